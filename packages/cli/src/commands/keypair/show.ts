import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { writeData } from '../../output/io.js';

/** `oscloud keypair show [--public-key]` */
export default class KeypairShow extends ShowCommand<typeof KeypairShow> {
  static override description = 'Display key details';
  static override args = { name: Args.string({ required: true, description: 'Public or private key to display (name only)' }) };
  static override flags = { 'public-key': Flags.boolean({ description: 'Show only bare public key paired with the generated key' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const keypair = await cloud.compute.keypairs.find(this.args.name);
    if (this.flags['public-key']) {
      // The key alone, as upstream prints it: ready for an authorized_keys file.
      const key = String(keypair.public_key ?? '');
      writeData(key.endsWith('\n') ? key : `${key}\n`);
      return { kind: 'none' };
    }
    // openstacksdk's keypair as python-openstackclient shows it: its id is the name, `deleted`
    // is `is_deleted`, the public key only with --public-key, private_key (never kept) null
    const raw = keypair as Record<string, unknown>;
    return show({
      created_at: raw.created_at ?? null,
      fingerprint: raw.fingerprint ?? null,
      id: raw.name ?? null,
      is_deleted: raw.deleted ?? null,
      name: raw.name ?? null,
      private_key: null,
      type: raw.type ?? null,
      user_id: raw.user_id ?? null,
    });
  }
}

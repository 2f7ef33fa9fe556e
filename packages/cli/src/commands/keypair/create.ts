import { readFileSync, writeFileSync } from 'node:fs';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { writeData } from '../../output/io.js';

/** `oscloud keypair create`: imports --public-key, or has the cloud generate one and prints the private key once. */
export default class KeypairCreate extends ShowCommand<typeof KeypairCreate> {
  static override description = 'Create new public or private key for server ssh access';
  static override args = { name: Args.string({ required: true, description: 'New public or private key name' }) };
  static override flags = {
    'public-key': Flags.string({ description: 'Filename for public key to add', exclusive: ['private-key'] }),
    'private-key': Flags.string({ description: 'Filename for private key to save (generated keys)' }),
    type: Flags.string({ options: ['ssh', 'x509'], description: 'Keypair type (2.2+)' }),
    user: Flags.string({ description: 'The owner of the keypair (admin only; 2.10+)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name };
    if (f['public-key']) body.public_key = readFileSync(f['public-key'], 'utf8').trim();
    if (f.type) body.type = f.type;
    if (f.user) body.user_id = (await cloud.identity.users.find(f.user)).id;
    const keypair = (await cloud.compute.keypairs.create(body as never)) as Record<string, unknown>;
    const privateKey = keypair.private_key as string | undefined;
    if (privateKey && !f['private-key']) {
      // python-openstackclient prints a generated private key as-is: it is shown once.
      writeData(privateKey.endsWith('\n') ? privateKey : `${privateKey}\n`);
      return { kind: 'none' };
    }
    if (privateKey && f['private-key']) {
      writeFileSync(f['private-key'], privateKey, { mode: 0o600 });
    }
    // openstacksdk's Keypair without its keys (python-openstackclient hides both): its id is its name
    return show({
      created_at: keypair.created_at ?? null,
      fingerprint: keypair.fingerprint,
      id: keypair.name,
      is_deleted: keypair.deleted ?? null,
      name: keypair.name,
      type: keypair.type ?? 'ssh',
      user_id: keypair.user_id,
    });
  }
}

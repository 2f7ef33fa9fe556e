import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { NotFoundError } from '@oscloud/sdk';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';

/**
 * `oscloud volume transfer request accept --auth-key KEY <transfer>`: POST .../accept. The
 * accepting project cannot see the request, so a name that finds nothing is sent as the ID, as upstream.
 */
export default class VolumeTransferRequestAccept extends ShowCommand<typeof VolumeTransferRequestAccept> {
  static override description = 'Accept volume transfer request.';
  static override args = { 'transfer-request': Args.string({ required: true, description: 'Volume transfer request to accept (ID only)' }) };
  static override flags = { 'auth-key': Flags.string({ required: true, description: 'Volume transfer request authentication key' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const ref = this.args['transfer-request'];
    const id = await cloud.volume.transfers.find(ref).then(
      (t) => t.id,
      (err: unknown) => {
        if (err instanceof NotFoundError) return ref;
        throw err;
      },
    );
    const body = (await cloud.call('volume', 'POST /v3/{project_id}/os-volume-transfer/{transfer_id}/accept', {
      path: { transfer_id: id },
      body: { accept: { auth_key: this.flags['auth-key'] } },
    })) as { transfer?: Record<string, unknown> };
    const { links: _links, ...transfer } = body.transfer ?? {};
    return show(transfer);
  }
}

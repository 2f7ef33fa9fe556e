import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/**
 * `oscloud compute service set <host> <service>`: the service found by host and binary,
 * then one PUT /os-services/{id} per change (microversion 2.53), as python-openstackclient does.
 */
export default class ComputeServiceSet extends OsCommand<typeof ComputeServiceSet> {
  static override description = 'Set compute service properties';
  static override args = {
    host: Args.string({ required: true, description: 'Name of host' }),
    service: Args.string({ required: true, description: 'Name of service (Binary name), for example nova-compute' }),
  };
  static override flags = {
    enable: Flags.boolean({ description: 'Enable service', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable service' }),
    'disable-reason': Flags.string({ description: 'Reason for disabling the service (in quotes). Should be used with --disable option.' }),
    up: Flags.boolean({ description: 'Force up service. Requires --os-compute-api-version 2.11 or greater.', exclusive: ['down'] }),
    down: Flags.boolean({ description: 'Force down service. Requires --os-compute-api-version 2.11 or greater.' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const { host, service: binary } = this.args;
    if (f['disable-reason'] !== undefined && !f.disable) throw new Error('Cannot specify option --disable-reason without --disable specified.');
    const cloud = await this.cloud();
    if (f.up || f.down) await this.requireMicroversion('compute', '2.11', f.up ? '--up' : '--down');
    await this.requireMicroversion('compute', '2.53', f.up || f.down ? (f.up ? '--up' : '--down') : f.enable ? '--enable' : '--disable');
    const found = [];
    for await (const s of cloud.compute.services.list({ host, binary })) if (s.host === host && s.binary === binary) found.push(s);
    if (found.length === 0) throw new Error(`Compute service for host ${host} and binary ${binary} not found.`);
    if (found.length > 1) throw new Error(`Multiple compute services found for host ${host} and binary ${binary}. Unable to proceed.`);
    const id = String(found[0]?.id);
    if (f.enable) await cloud.compute.services.update(id, { status: 'enabled' });
    if (f.disable) await cloud.compute.services.update(id, { status: 'disabled', ...(f['disable-reason'] ? { disabled_reason: f['disable-reason'] } : {}) });
    if (f.up || f.down) await cloud.compute.services.update(id, { forced_down: Boolean(f.down) });
    return { kind: 'none' };
  }
}

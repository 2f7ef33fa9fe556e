import * as Args from '@oclif/core/args';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

type Resource = { host?: string; project?: string; cpu?: number; memory_mb?: number; disk_gb?: number };

/** `oscloud host show <host>`: a list of the host's resource usage rows (DEPRECATED upstream: os-hosts at compute 2.1). */
export default class HostShow extends ListCommand<typeof HostShow> {
  static override description = 'DEPRECATED: Display host details';
  static override args = { host: Args.string({ required: true, description: 'Name of host' }) };

  async execute(): Promise<CommandResult> {
    this.warnLine("API has been deprecated. Please consider using 'hypervisor show' instead.");
    const cloud = await this.cloud();
    const body = (await cloud.call('compute', 'GET /v2.1/os-hosts/{host_name}', { microversion: '2.1', path: { host_name: this.args.host } })) as {
      host?: Array<{ resource: Resource }>;
    };
    return list((body.host ?? []).map((r) => r.resource), [
      ['Host', (r) => r.host ?? ''],
      ['Project', (r) => r.project ?? ''],
      ['CPU', (r) => r.cpu ?? ''],
      ['Memory MB', (r) => r.memory_mb ?? ''],
      ['Disk GB', (r) => r.disk_gb ?? ''],
    ]);
  }
}

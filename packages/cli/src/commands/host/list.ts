import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

type Host = { host_name?: string; service?: string; zone?: string };

/** `oscloud host list [--zone Z]` (DEPRECATED upstream: Nova's os-hosts, at compute 2.1 as upstream asks). */
export default class HostList extends ListCommand<typeof HostList> {
  static override description = 'DEPRECATED: List hosts';
  static override flags = { zone: Flags.string({ description: 'Only return hosts in the availability zone' }) };

  async execute(): Promise<CommandResult> {
    this.warnLine("API has been deprecated. Please consider using 'hypervisor list' instead.");
    const cloud = await this.cloud();
    const body = (await cloud.call('compute', 'GET /v2.1/os-hosts', { microversion: '2.1' })) as { hosts?: Host[] };
    const hosts = (body.hosts ?? []).filter((h) => this.flags.zone === undefined || h.zone === this.flags.zone);
    return list(hosts, [
      ['Host Name', (h) => h.host_name ?? ''],
      ['Service', (h) => h.service ?? ''],
      ['Zone', (h) => h.zone ?? ''],
    ]);
  }
}

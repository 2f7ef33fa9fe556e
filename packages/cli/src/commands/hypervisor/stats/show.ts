import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud hypervisor stats show`: GET /os-hypervisors/statistics (Nova removed it in 2.88; oscloud serves it up to 2.79). */
export default class HypervisorStats extends ShowCommand<typeof HypervisorStats> {
  static override description = 'Display hypervisor stats details';

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const body = (await cloud.call('compute', 'GET /v2.1/os-hypervisors/statistics')) as { hypervisor_statistics?: Record<string, unknown> };
    return show(body.hypervisor_statistics ?? {});
  }
}

import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

/** `oscloud limits show --absolute` (compute and block storage absolute limits). */
export default class LimitsShow extends ListCommand<typeof LimitsShow> {
  static override description = 'Show compute and block storage limits';
  static override flags = {
    absolute: Flags.boolean({ description: 'Show absolute limits (default)', exclusive: ['rate'] }),
    rate: Flags.boolean({ description: 'Show rate limits' }),
    project: Flags.string({ description: 'Show limits for a specific project (admin only)' }),
    'is-reserved': Flags.boolean({ description: 'Include reservations count' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    if (this.flags.rate) return list([], [['Verb', () => ''], ['URI', () => ''], ['Value', () => ''], ['Remain', () => ''], ['Unit', () => ''], ['Next Available', () => '']]);
    const tenantId = this.flags.project ? String((await cloud.identity.projects.find(this.flags.project)).id) : undefined;
    const compute = (await cloud.compute.limits.get({ tenantId, reserved: this.flags['is-reserved'] })) as { absolute?: Record<string, unknown> };
    const rows: Array<[string, unknown]> = Object.entries(compute.absolute ?? {});
    if (cloud.catalog.entryFor('volume')) {
      const volume = (await cloud.call('volume', 'GET /v3/{project_id}/limits', {})) as { limits?: { absolute?: Record<string, unknown> } };
      rows.push(...Object.entries(volume.limits?.absolute ?? {}));
    }
    return list(rows, [['Name', (r) => r[0]], ['Value', (r) => r[1]]]);
  }
}

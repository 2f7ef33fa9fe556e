import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../base.js';
import { type CommandResult } from '../../output/format.js';
import { writeData } from '../../output/io.js';
import { USAGE_DATE, USAGE_HEADERS, usageDay, usagePeriod, usageRow } from '../../views/usage.js';

/** `oscloud usage list`: every project's usage over a period (admin; os-simple-tenant-usage). */
export default class UsageList extends ListCommand<typeof UsageList> {
  static override description = 'List resource usage per project';
  static override flags = {
    start: Flags.string({ description: 'Usage range start date, ex 2012-01-20 (default: 4 weeks ago)', parse: async (v) => checkDate(v) }),
    end: Flags.string({ description: 'Usage range end date, ex 2012-01-20 (default: tomorrow)', parse: async (v) => checkDate(v) }),
  };

  async execute(): Promise<CommandResult> {
    const period = usagePeriod(this.flags.start, this.flags.end);
    const cloud = await this.cloud();
    const usages = await cloud.compute.usage.list({ ...period, detailed: true });
    // Project names when the caller may list projects, as python-openstackclient (ids otherwise).
    const names = new Map<string, string>();
    try {
      for await (const p of cloud.identity.projects.list()) names.set(String(p.id), String(p.name));
    } catch {
      // ids it is
    }
    if (((this.flags as { format?: string }).format ?? 'table') === 'table' && usages.length > 0) writeData(`Usage from ${usageDay(period.start)} to ${usageDay(period.end)}: \n`);
    return { kind: 'list', columns: [...USAGE_HEADERS], rows: usages.map((u) => usageRow(u, names)) };
  }
}

/** python-openstackclient's `%Y-%m-%d`. */
export function checkDate(v: string): string {
  if (!USAGE_DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new Error(`time data '${v}' does not match format '%Y-%m-%d'`);
  return v;
}

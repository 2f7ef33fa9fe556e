import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { writeData } from '../../output/io.js';
import { USAGE_HEADERS, usageDay, usagePeriod, usageRow } from '../../views/usage.js';
import { checkDate } from './list.js';

/** `oscloud usage show`: one project's usage over a period (its own by default). */
export default class UsageShow extends ShowCommand<typeof UsageShow> {
  static override description = 'Show resource usage for a single project';
  static override flags = {
    project: Flags.string({ description: 'Name or ID of project to show usage for' }),
    start: Flags.string({ description: 'Usage range start date, ex 2012-01-20 (default: 4 weeks ago)', parse: async (v) => checkDate(v) }),
    end: Flags.string({ description: 'Usage range end date, ex 2012-01-20 (default: tomorrow)', parse: async (v) => checkDate(v) }),
  };

  async execute(): Promise<CommandResult> {
    const period = usagePeriod(this.flags.start, this.flags.end);
    const cloud = await this.cloud();
    const project = this.flags.project ? String((await cloud.identity.projects.find(this.flags.project)).id) : cloud.projectId;
    if (!project) throw new Error('a project-scoped token or --project is needed');
    const usage = await cloud.compute.usage.get(project, period);
    if (((this.flags as { format?: string }).format ?? 'table') === 'table') writeData(`Usage from ${usageDay(period.start)} to ${usageDay(period.end)} on project ${project}: \n`);
    // An empty usage shows no project, no servers and zero hours.
    const row = usageRow(usage ?? {});
    return show(Object.fromEntries(USAGE_HEADERS.map((h, i) => [h, row[i]])));
  }
}

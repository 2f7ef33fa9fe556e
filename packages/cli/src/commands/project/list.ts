import * as Flags from '@oclif/core/flags';
import type { Project } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';
import type { Column } from '../../views/factory.js';
import { domainId } from '../../views/identity.js';

const COLUMNS: Column<Project>[] = [
  ['ID', (p) => p.id],
  ['Name', (p) => p.name],
];

/** `oscloud project list`: all projects (admin), or a user's (--user, --my-projects). */
export default class ProjectList extends ListCommand<typeof ProjectList> {
  static override description = 'List projects';
  static override flags = {
    domain: Flags.string({ description: 'Filter projects by <domain> (name or ID)' }),
    parent: Flags.string({ description: 'Filter projects whose parent is <parent> (name or ID)' }),
    user: Flags.string({ description: 'Filter projects by <user> (name or ID)', exclusive: ['my-projects'] }),
    'my-projects': Flags.boolean({ description: 'List projects for the authenticated user' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
    limit: Flags.integer({ description: 'Maximum number of projects to display' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const query: Record<string, unknown> = {};
    if (f.domain) query.domain_id = await domainId(cloud, f.domain);
    if (f.parent) query.parent_id = (await cloud.identity.projects.find(f.parent)).id;
    let projects: Project[] = [];
    if (f.user || f['my-projects']) {
      // The user's own projects (no admin role needed), then the other filters here.
      const route = f['my-projects'] ? 'GET /v3/auth/projects' : 'GET /v3/users/{user_id}/projects';
      const path = f.user ? { user_id: String((await cloud.identity.users.find(f.user)).id) } : undefined;
      projects = ((await cloud.call('identity', route, { path })) as { projects: Project[] }).projects.filter(
        (p) => (!query.domain_id || p.domain_id === query.domain_id) && (!query.parent_id || p.parent_id === query.parent_id),
      );
      if (f.limit) projects = projects.slice(0, f.limit);
    } else {
      for await (const p of cloud.identity.projects.list({ ...query, ...(f.limit ? { limit: f.limit, maxItems: f.limit } : {}) })) projects.push(p);
    }
    if (!f.long) return list(projects, COLUMNS);
    return list(projects, [...COLUMNS, ['Domain ID', (p) => p.domain_id], ['Description', (p) => p.description], ['Enabled', (p) => p.enabled]]);
  }
}

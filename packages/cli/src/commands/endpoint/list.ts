import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';
import { projectId } from '../../views/factory.js';

interface Endpoint {
  id: string;
  region_id?: string | null;
  region?: string | null;
  service_id: string;
  interface: string;
  url: string;
  enabled?: boolean;
}

/** `oscloud endpoint list [--project P [--project-domain D]]` (admin; with a project: its OS-EP-FILTER endpoints) */
export default class EndpointList extends ListCommand<typeof EndpointList> {
  static override description = 'List endpoints';
  static override flags = {
    service: Flags.string({ description: 'Filter by service (type, name or ID)' }),
    interface: Flags.string({ options: ['public', 'internal', 'admin'], description: 'Filter by interface type' }),
    region: Flags.string({ description: 'Filter by region ID' }),
    project: Flags.string({ description: 'Project to list filters (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    // With a project: the endpoints its catalog is filtered to (OS-EP-FILTER), directly or through endpoint groups.
    const project = this.flags.project === undefined ? undefined : await projectId(cloud, this.flags.project, this.flags['project-domain']);
    const [eps, svcs] = await Promise.all([
      (project === undefined
        ? cloud.call('identity', 'GET /v3/endpoints', { query: { interface: this.flags.interface, region_id: this.flags.region } })
        : cloud.identity.endpointFilter.endpointsForProject(project).then((endpoints) => ({ endpoints }))) as Promise<{ endpoints: Endpoint[] }>,
      cloud.call('identity', 'GET /v3/services', {}) as Promise<{ services: Array<{ id: string; name?: string; type: string }> }>,
    ]);
    const services = new Map(svcs.services.map((s) => [s.id, s]));
    const wanted = this.flags.service;
    const rows = eps.endpoints.filter((e) => {
      const s = services.get(e.service_id);
      if (project !== undefined && ((this.flags.interface && e.interface !== this.flags.interface) || (this.flags.region && e.region_id !== this.flags.region))) return false;
      return !wanted || wanted === e.service_id || wanted === s?.type || wanted === s?.name;
    });
    return list(rows, [
      ['ID', (e) => e.id],
      ['Region', (e) => e.region_id ?? e.region ?? ''],
      ['Service Name', (e) => services.get(e.service_id)?.name ?? ''],
      ['Service Type', (e) => services.get(e.service_id)?.type ?? ''],
      ['Enabled', (e) => e.enabled ?? true],
      ['Interface', (e) => e.interface],
      ['URL', (e) => e.url],
    ]);
  }
}

import * as Flags from '@oclif/core/flags';
import type { KeystoneItem } from '@oscloud/sdk';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/**
 * `oscloud endpoint group list [--endpointgroup G | --project P [--domain D]]`: the endpoint
 * groups, the projects of one group, or the groups of one project.
 */
export default class EndpointGroupList extends ListCommand<typeof EndpointGroupList> {
  static override description = 'List endpoint groups';
  static override flags = {
    endpointgroup: Flags.string({ exclusive: ['project'], description: 'Endpoint Group (name or ID)' }),
    project: Flags.string({ exclusive: ['endpointgroup'], description: 'Project (name or ID)' }),
    domain: Flags.string({ description: 'Domain owning <project> (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    let rows: KeystoneItem[];
    if (f.endpointgroup) {
      const group = await cloud.identity.endpointGroups.find(f.endpointgroup);
      rows = await cloud.identity.endpointFilter.projectsForEndpointGroup(String(group.id));
    } else if (f.project) {
      rows = await cloud.identity.endpointFilter.endpointGroupsForProject(await projectId(cloud, f.project, f.domain));
    } else {
      rows = [];
      for await (const g of cloud.identity.endpointGroups.list()) rows.push(g);
    }
    return list(rows, [
      ['ID', (r) => r.id],
      ['Name', (r) => r.name],
      ['Description', (r) => r.description],
    ]);
  }
}

import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud federation project list`: the projects the (federated) token can be scoped to. */
export default class FederationProjectList extends ListCommand<typeof FederationProjectList> {
  static override description = 'List accessible projects';

  async execute(): Promise<CommandResult> {
    const projects = await (await this.cloud()).identity.federation.projects();
    return list(projects, [['ID', (p) => p.id], ['Domain ID', (p) => p.domain_id], ['Enabled', (p) => p.enabled], ['Name', (p) => p.name]]);
  }
}

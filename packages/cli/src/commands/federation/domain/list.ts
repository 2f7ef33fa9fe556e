import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud federation domain list`: the domains the (federated) token can be scoped to. */
export default class FederationDomainList extends ListCommand<typeof FederationDomainList> {
  static override description = 'List accessible domains';

  async execute(): Promise<CommandResult> {
    const domains = await (await this.cloud()).identity.federation.domains();
    return list(domains, [['ID', (d) => d.id], ['Enabled', (d) => d.enabled], ['Name', (d) => d.name], ['Description', (d) => d.description]]);
  }
}

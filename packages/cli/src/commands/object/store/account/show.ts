import { ShowCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { accountView } from '../../../../views/object-store.js';

/** `oscloud object store account show` */
export default class ObjectStoreAccountShow extends ShowCommand<typeof ObjectStoreAccountShow> {
  static override description = 'Display account details';

  async execute(): Promise<CommandResult> {
    return accountView(await this.cloud());
  }
}

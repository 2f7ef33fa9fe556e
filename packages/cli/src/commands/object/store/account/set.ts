import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { parseProperties } from '../../../../views/common.js';

/** `oscloud object store account set --property <key=value>...` */
export default class ObjectStoreAccountSet extends OsCommand<typeof ObjectStoreAccountSet> {
  static override description = 'Set account properties';
  static override flags = { property: Flags.string({ required: true, multiple: true, multipleNonGreedy: true, description: 'Set a property on this account (repeat option to set multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    await (await this.cloud()).objectStore.setAccountMetadata(parseProperties(this.flags.property));
    return { kind: 'none' };
  }
}

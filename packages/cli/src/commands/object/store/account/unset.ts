import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud object store account unset --property <key>...` */
export default class ObjectStoreAccountUnset extends OsCommand<typeof ObjectStoreAccountUnset> {
  static override description = 'Unset account properties';
  static override flags = { property: Flags.string({ required: true, multiple: true, multipleNonGreedy: true, description: 'Property to remove from account (repeat option to remove multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    await (await this.cloud()).objectStore.setAccountMetadata(Object.fromEntries(this.flags.property.map((k) => [k, null])));
    return { kind: 'none' };
  }
}

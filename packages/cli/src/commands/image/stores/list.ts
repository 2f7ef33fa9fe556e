import * as Flags from '@oclif/core/flags';
import type { ImageStore } from '@oscloud/sdk';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';
import { dictColumn } from '../../../views/columns.js';

/** `oscloud image stores list [--detail]`: the stores of a multi-store Glance; "Multi Backend support not enabled" where it is not. */
export default class ImageStoresList extends ListCommand<typeof ImageStoresList> {
  static override description = 'Get available backends (only valid with Multi-Backend support)';
  static override flags = { detail: Flags.boolean({ description: 'Shows details of stores (admin only) (requires --os-image-api-version 2.15 or later)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const sdk = await this.sdk();
    let stores;
    try {
      stores = await cloud.image.info.stores(this.flags.detail);
    } catch (err) {
      if (err instanceof sdk.NotFoundError) throw new Error('Multi Backend support not enabled');
      throw err;
    }
    const columns: Array<[string, (s: ImageStore) => unknown]> = [
      ['ID', (s) => s.id],
      ['Description', (s) => s.description],
      ['Default', (s) => s.default ?? null],
    ];
    if (this.flags.detail) columns.push(['Properties', (s) => dictColumn(s.properties ?? {})]);
    return list(stores, columns);
  }
}

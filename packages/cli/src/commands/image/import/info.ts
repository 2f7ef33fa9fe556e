import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { listColumn } from '../../../views/columns.js';

/** `oscloud image import info`: the import methods the deployment offers. */
export default class ImageImportInfo extends ShowCommand<typeof ImageImportInfo> {
  static override description = 'Show available import methods';

  async execute(): Promise<CommandResult> {
    return show({ 'import-methods': listColumn(await (await this.cloud()).image.info.importMethods()) });
  }
}

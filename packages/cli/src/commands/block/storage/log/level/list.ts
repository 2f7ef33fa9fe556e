import { ListCommand } from '../../../../../base.js';
import { type CommandResult, list } from '../../../../../output/format.js';
import { logServiceFlags } from '../../../../../views/block-storage.js';

/** `oscloud block storage log level list [--host H] [--service S] [--log-prefix P]` (3.32+): one row per service logger. */
export default class BlockStorageLogLevelList extends ListCommand<typeof BlockStorageLogLevelList> {
  static override description = 'List log levels of block storage service.';
  static override flags = logServiceFlags('List');

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.32', "'block storage log level list' command");
    const f = this.flags;
    const services = await (await this.cloud()).volume.admin.logLevels({ binary: f.service, server: f.host, prefix: f['log-prefix'] });
    // cinderclient's flattening: each service's loggers, sorted by prefix
    const rows = services.flatMap((s) =>
      Object.entries(s.levels ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([prefix, level]) => ({ binary: s.binary, host: s.host, prefix, level })),
    );
    return list(rows, [['Binary', (r) => r.binary], ['Host', (r) => r.host], ['Prefix', (r) => r.prefix], ['Level', (r) => r.level]]);
  }
}

import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { compareVersions } from '@oscloud/sdk';
import { OsCommand, UsageError } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';

/**
 * `oscloud server migrate [--host H] [--wait] SERVER`: Nova's cold migration (admin): status
 * RESIZE, then VERIFY_RESIZE on another host until `server migrate confirm|revert` (or
 * `server resize confirm|revert`). `--host` needs compute API 2.56. With `--live-migration` the
 * server moves while it runs (os-migrateLive: status MIGRATING, then ACTIVE on the new host;
 * `--host` needs 2.30 there), `--block-migration`/`--shared-migration` and
 * `--disk-overcommit`/`--no-disk-overcommit` as python-openstackclient sends them.
 */
export default class ServerMigrate extends OsCommand<typeof ServerMigrate> {
  static override description = 'Migrate server to different host';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    host: Flags.string({ description: 'Migrate the server to the specified host (compute API 2.56+; with --live-migration 2.30+)' }),
    'live-migration': Flags.boolean({ description: 'Live migrate the server (the server keeps running)' }),
    'block-migration': Flags.boolean({ description: 'Block migration (copy the disks; the default from compute API 2.25 is auto)', exclusive: ['shared-migration'] }),
    'shared-migration': Flags.boolean({ description: 'Shared migration (no block migration)', exclusive: ['block-migration'] }),
    'disk-overcommit': Flags.boolean({ description: 'Allow disk over-commit on the destination host (compute API < 2.25)', exclusive: ['no-disk-overcommit'] }),
    'no-disk-overcommit': Flags.boolean({ description: 'Do not over-commit disk on the destination host (default; compute API < 2.25)', exclusive: ['disk-overcommit'] }),
    wait: Flags.boolean({ description: 'Wait for migrate to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const live = f['live-migration'];
    if (!live && (f['block-migration'] || f['shared-migration'] || f['disk-overcommit'] || f['no-disk-overcommit'])) {
      throw new UsageError('--block-migration, --shared-migration and --disk-overcommit need --live-migration');
    }
    if (f.host !== undefined) await this.requireMicroversion('compute', live ? '2.30' : '2.56', '--host');
    if (f['disk-overcommit'] || f['no-disk-overcommit']) {
      const mv = (await (await this.cloud()).microversion('compute')) ?? '2.1';
      if (compareVersions(mv, '2.25') >= 0) throw new UsageError('--disk-overcommit and --no-disk-overcommit are not supported from compute API 2.25');
    }
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const id = String(server.id);
    if (live) {
      const blockMigration = f['block-migration'] ? true : f['shared-migration'] ? false : undefined;
      await cloud.compute.servers.liveMigrate(id, { ...(f.host !== undefined ? { host: f.host } : {}), ...(blockMigration !== undefined ? { blockMigration } : {}), ...(f['disk-overcommit'] ? { diskOverCommit: true } : {}) });
    } else {
      await cloud.compute.servers.migrate(id, f.host === undefined ? {} : { host: f.host });
    }
    if (f.wait) {
      // python-openstackclient waits for ACTIVE (or VERIFY_RESIZE after a cold migration).
      await withStatusProgress(`server ${String(server.name)}`, (update) => cloud.compute.servers.waitForStatus(id, live ? ['ACTIVE', 'PAUSED'] : ['VERIFY_RESIZE', 'ACTIVE', 'SHUTOFF'], { onProgress: (_s, p) => update(String(p.status)) }));
    }
    return { kind: 'none' };
  }
}

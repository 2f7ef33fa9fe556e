/** Server migrations (Nova os-migrations / servers/{id}/migrations) as python-openstackclient addresses them. */
import type { Cloud } from '@oscloud/sdk';

/** One in-progress migration of a server. */
export type ServerMigration = Record<string, unknown>;

/**
 * A server's in-progress migration by integer ID (GET .../migrations/{id}) or, as upstream
 * emulates it (Nova has no lookup by UUID), by UUID found in the server's migration list.
 */
export async function findServerMigration(cloud: Cloud, serverId: string, ref: string): Promise<ServerMigration> {
  if (/^\d+$/.test(ref)) {
    const body = (await cloud.call('compute', 'GET /v2.1/servers/{server_id}/migrations/{migration_id}', { path: { server_id: serverId, migration_id: ref } })) as {
      migration: ServerMigration;
    };
    return body.migration;
  }
  const body = (await cloud.call('compute', 'GET /v2.1/servers/{server_id}/migrations', { path: { server_id: serverId } })) as { migrations?: ServerMigration[] };
  const found = (body.migrations ?? []).find((m) => m.uuid === ref);
  if (!found) throw new Error(`In-progress live migration ${ref} is not found for server ${serverId}.`);
  return found;
}

/** The integer ID Nova's migration actions take: the reference itself, or the ID of the migration with that UUID. */
export async function serverMigrationId(cloud: Cloud, serverId: string, ref: string): Promise<string> {
  return /^\d+$/.test(ref) ? ref : String((await findServerMigration(cloud, serverId, ref)).id);
}

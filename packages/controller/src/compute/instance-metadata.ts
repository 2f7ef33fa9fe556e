/**
 * What a host's metadata service serves an instance, as it is now (schemas/agent.yaml
 * `InstanceMetadata`): the server's metadata, key, user data and hostname, its ports (interfaces
 * attached after boot included) and the password it posted. The agent builds meta_data.json and
 * network_data.json from it the way it builds the config drive, so both stay one definition.
 * Nova's metadata API does not serve the admin password (only the config drive has it): neither
 * does this.
 */
import type { components } from '@oscloud/sdk/generated/agent';
import { withTransaction, type Db } from '../db/index.js';
import { agentNetworkInfo } from '../network/dataplane.js';
import { j } from './common.js';
import { serverPassword } from './server-password.js';

/** The document (schemas/agent.yaml `InstanceMetadata`). */
export type InstanceMetadata = components['schemas']['InstanceMetadata'];

/** The instance's metadata document, or undefined when it is deleted or not on `hostId`. */
export async function instanceMetadata(db: Db, hostId: string, instanceId: string): Promise<InstanceMetadata | undefined> {
  // One read snapshot: the ports and password belong to the same moment as the instance row.
  return withTransaction(db, async (trx) => {
    const row = await trx.selectFrom('instances').selectAll().where('id', '=', instanceId).where('deleted', '=', 0).executeTakeFirst();
    if (!row || row.host_id !== hostId) return undefined;
    const ports = await trx
      .selectFrom('net_ports')
      .select('id')
      .where('device_id', '=', instanceId)
      .where('device_owner', 'like', 'compute:%')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const networkInfo: InstanceMetadata['network_info'] = [];
    for (const p of ports) networkInfo.push((await agentNetworkInfo(trx, p.id)) as InstanceMetadata['network_info'][number]);
    return {
      instance: {
        uuid: row.id,
        name: row.name,
        hostname: row.hostname,
        metadata: j<Record<string, string>>(row.metadata, {}),
        ...(row.user_data !== null ? { user_data: row.user_data } : {}),
        ...(row.key_data !== null ? { key_data: row.key_data, ...(row.key_name !== null ? { key_name: row.key_name } : {}) } : {}),
        availability_zone: row.availability_zone ?? '',
        project_id: row.project_id,
        launch_index: Number(row.launch_index ?? 0),
      },
      network_info: networkInfo,
      password: await serverPassword(trx, row.id),
    };
  });
}

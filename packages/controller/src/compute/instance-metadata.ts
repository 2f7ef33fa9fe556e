/**
 * What a host's metadata service serves an instance, as it is now (schemas/agent.yaml
 * `InstanceMetadata`): the server's metadata, key, user data and hostname, its ports (interfaces
 * attached after boot included), their floating IPs (the EC2 public-ipv4) and the password it
 * posted. The agent builds meta_data.json and
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
    // NIC order: the boot ports (no instance_interfaces row), then the attached ones in attach
    // order (port timestamps are too coarse to tell a boot port from one attached in the same second).
    const ports = await trx
      .selectFrom('net_ports')
      .leftJoin('instance_interfaces as i', (jn) => jn.onRef('i.port_id', '=', 'net_ports.id').on('i.instance_id', '=', instanceId))
      .select(['net_ports.id as id', 'i.created_at as attached_at'])
      .where('net_ports.device_id', '=', instanceId)
      .where('net_ports.device_owner', 'like', 'compute:%')
      .orderBy('net_ports.created_at')
      .orderBy('net_ports.id')
      .execute();
    ports.sort((a, b) => (a.attached_at === b.attached_at ? 0 : a.attached_at === null ? -1 : b.attached_at === null ? 1 : a.attached_at < b.attached_at ? -1 : 1));
    const networkInfo: InstanceMetadata['network_info'] = [];
    for (const p of ports) networkInfo.push((await agentNetworkInfo(trx, p.id)) as InstanceMetadata['network_info'][number]);
    const floating = ports.length
      ? await trx
          .selectFrom('net_floatingips')
          .select(['floating_ip_address', 'fixed_ip_address'])
          .where('fixed_port_id', 'in', ports.map((p) => p.id))
          .where('fixed_ip_address', 'is not', null)
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      : [];
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
      floating_ips: floating.map((f) => ({ floating_ip_address: f.floating_ip_address, fixed_ip_address: f.fixed_ip_address! })),
    };
  });
}

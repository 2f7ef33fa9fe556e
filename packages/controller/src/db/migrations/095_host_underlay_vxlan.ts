/**
 * Several hosts: each host's address on the underlay that carries VXLAN networks
 * (`hosts.underlay_ip`, from its registration), and one network per VXLAN VNI.
 */
import { sql, type Kysely } from 'kysely';

/** Adds `hosts.underlay_ip` and the unique index of VXLAN segmentation ids. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hosts').addColumn('underlay_ip', 'text').execute();
  await db.schema
    .createIndex('net_networks_vxlan_vni')
    .unique()
    .on('net_networks')
    .column('provider_segmentation_id')
    .where(sql.ref('provider_network_type'), '=', 'vxlan')
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('net_networks_vxlan_vni').execute();
  await db.schema.alterTable('hosts').dropColumn('underlay_ip').execute();
}

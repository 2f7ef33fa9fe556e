/**
 * One real resource of every project-owned kind, created through the APIs as a project's member:
 * the by-id routes of the policy walk and the hostile tests point another project at them and
 * must get exactly 404.
 */
import { createFlavor, createImage, FakeAgent } from './compute/fixtures.js';
import { api, type TestController } from './helpers.js';

/** An imported key (no RSA generation). */
export const SEED_PUBKEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGz1Bq5mJ0v0Zq8D6m2rL0w2n3bYcQ5dXk1n0pQ9u1aB seed@oscloud';

/** The seeded resources' ids, by the spec's path parameter names. */
export type SeededIds = Record<string, string>;

/** Calls the API and fails loudly unless the status is 2xx; returns the body. */
async function must(c: TestController, method: string, path: string, token: string, body?: unknown): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await api(c, method, path, { token, body });
  if (r.status >= 300) throw new Error(`seed: ${method} ${path} -> ${r.status} ${r.text}`);
  return r.body;
}

/**
 * Creates, as `owner` (a member of its project): a server (on a fake host, left ACTIVE), a
 * private image, a volume and its snapshot, a volume attachment, a network with a subnet and a
 * port, a router with an interface and an external gateway, a floating IP, a security group
 * with a rule, a key pair and a server group. Returns their ids by path parameter name.
 */
export async function seedProject(c: TestController, owner: { token: string; projectId: string }): Promise<SeededIds> {
  const t = owner.token;
  const host = await FakeAgent.start(c, `seed-${owner.projectId.slice(0, 6)}`, { vcpus: 8, memory_mb: 8192, local_gb: 100 });
  const flavor = await createFlavor(c, { name: `seed-${owner.projectId.slice(0, 6)}`, vcpus: 1, ram: 64, disk: 1 });
  const publicImage = await createImage(c);
  const ids: SeededIds = {};

  ids.keypair_name = 'seed-kp';
  await must(c, 'POST', '/compute/v2.1/os-keypairs', t, { keypair: { name: ids.keypair_name, public_key: SEED_PUBKEY } });
  ids.server_group_id = (await must(c, 'POST', '/compute/v2.1/os-server-groups', t, { server_group: { name: 'seed-sg', policies: ['anti-affinity'] } })).server_group.id;
  const server = await api(c, 'POST', '/compute/v2.1/servers', { token: t, headers: { 'openstack-api-version': 'compute 2.37' }, body: { server: { name: 'seed-vm', flavorRef: flavor, imageRef: publicImage, networks: 'none' } } });
  if (server.status !== 202) throw new Error(`seed: server -> ${server.status} ${server.text}`);
  ids.server_id = server.body.server.id;
  await host.run(); // spawn: ACTIVE

  ids.image_id = (await must(c, 'POST', '/image/v2/images', t, { name: 'seed-img', disk_format: 'raw', container_format: 'bare', visibility: 'private' })).id;

  const vol = `/volume/v3/${owner.projectId}`;
  ids.volume_id = (await must(c, 'POST', `${vol}/volumes`, t, { volume: { size: 1, name: 'seed-vol' } })).volume.id;
  await host.run(); // create_volume: available
  ids.snapshot_id = (await must(c, 'POST', `${vol}/snapshots`, t, { snapshot: { volume_id: ids.volume_id, name: 'seed-snap' } })).snapshot.id;
  await host.run(); // create_snapshot
  const att = await api(c, 'POST', `${vol}/attachments`, { token: t, body: { attachment: { volume_uuid: ids.volume_id, instance_uuid: ids.server_id } }, headers: { 'openstack-api-version': 'volume 3.27' } });
  if (att.status !== 200) throw new Error(`seed: attachment -> ${att.status} ${att.text}`);
  ids.attachment_id = att.body.attachment.id;

  ids.network_id = (await must(c, 'POST', '/network/v2.0/networks', t, { network: { name: 'seed-net' } })).network.id;
  ids.subnet_id = (await must(c, 'POST', '/network/v2.0/subnets', t, { subnet: { network_id: ids.network_id, ip_version: 4, cidr: '10.77.0.0/24' } })).subnet.id;
  ids.port_id = (await must(c, 'POST', '/network/v2.0/ports', t, { port: { network_id: ids.network_id } })).port.id;
  ids.security_group_id = (await must(c, 'POST', '/network/v2.0/security-groups', t, { security_group: { name: 'seed-secgroup' } })).security_group.id;
  ids.security_group_rule_id = (await must(c, 'POST', '/network/v2.0/security-group-rules', t, { security_group_rule: { security_group_id: ids.security_group_id, direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 } })).security_group_rule.id;
  // The external network is the admin's (visible to all); the router and floating IP are the owner's.
  const ext = (await must(c, 'POST', '/network/v2.0/networks', c.adminToken, { network: { name: `seed-ext-${owner.projectId.slice(0, 6)}`, 'router:external': true } })).network.id;
  await must(c, 'POST', '/network/v2.0/subnets', c.adminToken, { subnet: { network_id: ext, ip_version: 4, cidr: `198.18.${Math.floor(Math.random() * 250)}.0/24` } });
  ids.router_id = (await must(c, 'POST', '/network/v2.0/routers', t, { router: { name: 'seed-router', external_gateway_info: { network_id: ext } } })).router.id;
  await must(c, 'PUT', `/network/v2.0/routers/${ids.router_id}/add_router_interface`, t, { subnet_id: ids.subnet_id });
  ids.floatingip_id = (await must(c, 'POST', '/network/v2.0/floatingips', t, { floatingip: { floating_network_id: ext } })).floatingip.id;
  return ids;
}

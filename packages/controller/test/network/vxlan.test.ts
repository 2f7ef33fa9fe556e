/**
 * VXLAN tenant networks (the provider extension): an admin-set or allocated VNI, Neutron's errors
 * for a VNI taken, a range exhausted, an unsupported type or attribute and an MTU too big, the
 * MTU left for VXLAN on the underlay; and what the hosts hear: each port's NetworkInfo carries the
 * VNI and the underlay addresses of the hosts with ports on the network, and a port bound to or
 * gone from a host sends the new peer list (`network_peers`) to every host carrying the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSpecs } from '../../src/spec.js';
import { api, backends, startTestController, type TestController } from '../helpers.js';
import { call } from './call.js';
import { createFlavor, createImage, FakeAgent } from '../compute/fixtures.js';


describe.each(backends())('VXLAN networks on %s', (backend) => {
  let c: TestController;
  let admin: string;
  let member: { token: string; projectId: string };

  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { network: { vni_ranges: '100:102', tenant_network_type: 'vxlan' } } } });
    admin = c.adminToken;
    member = await c.createProjectUser('member');
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('allocates VNIs from the range, takes an admin-set one, and answers as Neutron when it cannot', async () => {
    const create = (token: string, network: Record<string, unknown>, status: number) => call(c, token, 'POST', '/v2.0/networks', 'createNetwork', status, { network });
    // A tenant network takes the configured type: vxlan, the lowest free VNI, MTU 1500 - 50.
    const t = await create(member.token, { name: 't1' }, 201);
    const shown = await call(c, admin, 'GET', `/v2.0/networks/${t.body.network.id}`, 'showNetwork', 200);
    expect(shown.body.network).toMatchObject({ 'provider:network_type': 'vxlan', 'provider:segmentation_id': 100, mtu: 1450 });
    expect(t.body.network['provider:segmentation_id']).toBeUndefined(); // admin-only attribute
    const set = await create(admin, { name: 'v4242', 'provider:network_type': 'vxlan', 'provider:segmentation_id': 4242, mtu: 1400 }, 201);
    expect(set.body.network).toMatchObject({ 'provider:segmentation_id': 4242, mtu: 1400 });
    expect((await create(admin, { name: 'dup', 'provider:network_type': 'vxlan', 'provider:segmentation_id': 4242 }, 409)).body.NeutronError).toMatchObject({
      type: 'TunnelIdInUse',
      message: 'Unable to create the network. The tunnel ID 4242 is in use.',
    });
    expect((await create(admin, { name: 'big', 'provider:network_type': 'vxlan', mtu: 1500 }, 400)).body.NeutronError.message).toBe('Invalid input for operation: Requested MTU is too big, maximum is 1450');
    expect((await create(admin, { name: 'gre', 'provider:network_type': 'gre' }, 400)).body.NeutronError.message).toBe("Invalid input for operation: network_type value 'gre' not supported");
    await create(admin, { name: 'phys', 'provider:network_type': 'vxlan', 'provider:physical_network': 'physnet1' }, 400);
    await create(admin, { name: 'zero', 'provider:network_type': 'vxlan', 'provider:segmentation_id': 0 }, 400);
    await create(admin, { name: 'seg-local', 'provider:network_type': 'local', 'provider:segmentation_id': 5 }, 400);
    const local = await create(admin, { name: 'local', 'provider:network_type': 'local' }, 201);
    expect(local.body.network).toMatchObject({ 'provider:network_type': 'local', 'provider:segmentation_id': null, mtu: 1500 });
    // 101 and 102 left, then none: 503 NoNetworkAvailable; a deleted network's VNI is free again.
    await create(member.token, { name: 't2' }, 201);
    const t3 = await create(member.token, { name: 't3' }, 201);
    expect((await create(member.token, { name: 't4' }, 503)).body.NeutronError.type).toBe('NoNetworkAvailable');
    await call(c, member.token, 'DELETE', `/v2.0/networks/${t3.body.network.id}`, 'deleteNetwork', 204);
    const again = await create(admin, { name: 't5' }, 201);
    expect(again.body.network['provider:segmentation_id']).toBe(102);
    // Without a free VNI nothing was created.
    const names = (await call(c, admin, 'GET', '/v2.0/networks', 'listNetworks', 200)).body.networks.map((n: { name: string }) => n.name);
    expect(names).not.toContain('t4');
    expect(names).not.toContain('dup');
  });

  it('tells each host the VNI and its peers, every host carrying the network when ports come and go, and the network host every DHCP entry', async () => {
    const flavor = await createFlavor(c, { name: 'm1.vx', vcpus: 1, ram: 128, disk: 1 });
    const image = await createImage(c);
    // The first host with an underlay is the network host; no vCPU: no server lands there.
    const nh = await FakeAgent.start(c, 'vx-net', { vcpus: 0, memory_mb: 0, local_gb: 0, networkDriver: 'linuxbridge', underlayIp: '10.250.0.1' });
    const h1 = await FakeAgent.start(c, 'vx-1', { vcpus: 1, memory_mb: 1024, local_gb: 10, networkDriver: 'linuxbridge', underlayIp: '10.250.0.2' });
    const h2 = await FakeAgent.start(c, 'vx-2', { vcpus: 1, memory_mb: 1024, local_gb: 10, networkDriver: 'linuxbridge', underlayIp: '10.250.0.3' });
    const net = await call(c, admin, 'POST', '/v2.0/networks', 'createNetwork', 201, { network: { name: 'span', 'provider:network_type': 'vxlan', 'provider:segmentation_id': 777, shared: true } });
    const netId = net.body.network.id as string;
    await call(c, admin, 'POST', '/v2.0/subnets', 'createSubnet', 201, { subnet: { network_id: netId, cidr: '10.9.0.0/24', ip_version: 4 } });
    const validSpawn = sharedSpecs().require('agent').componentValidator('SpawnPayload');
    const validSync = sharedSpecs().require('agent').componentValidator('SyncPortsPayload');
    type Sync = { ports: unknown[]; network_peers?: Record<string, string[]>; dhcp_networks?: Record<string, { fixed_ips: { ip: string }[]; dhcp_port?: unknown }[]> };
    const syncs = (tasks: { type: string; payload: Record<string, unknown> }[]): Sync[] =>
      tasks
        .filter((t) => t.type === 'sync_ports')
        .map((t) => {
          expect(validSync(t.payload), JSON.stringify(validSync.errors)).toBe(true);
          return t.payload as Sync;
        });
    const peersOf = (tasks: { type: string; payload: Record<string, unknown> }[]): string[][] => syncs(tasks).flatMap((x) => (x.network_peers?.[netId] ? [x.network_peers[netId]] : []));
    const dhcpOf = (tasks: { type: string; payload: Record<string, unknown> }[]): string[][] =>
      syncs(tasks).flatMap((x) => (x.dhcp_networks?.[netId] ? [x.dhcp_networks[netId].map((p) => p.fixed_ips[0]!.ip).sort()] : []));
    const boot = async (name: string): Promise<string> => {
      const r = await api(c, 'POST', '/compute/v2.1/servers', { token: admin, body: { server: { name, flavorRef: flavor, imageRef: image, networks: [{ uuid: netId }] } } });
      expect(r.status, r.text).toBe(202);
      return r.body.server.id as string;
    };
    const first = await boot('vx-a');
    const [r1, r2] = [await h1.run(), await h2.run()];
    const firstOnH1 = r1.some((t) => t.type === 'spawn');
    const [ip1, ip2] = firstOnH1 ? ['10.250.0.2', '10.250.0.3'] : ['10.250.0.3', '10.250.0.2'];
    const spawn1 = [...r1, ...r2].find((t) => t.type === 'spawn')!;
    expect(validSpawn(spawn1.payload), JSON.stringify(validSpawn.errors)).toBe(true);
    const port1 = (spawn1.payload.network_info as Record<string, unknown>[])[0]!;
    expect(port1).toMatchObject({ network_type: 'vxlan', segmentation_id: 777, mtu: 1450, vxlan_peers: ['10.250.0.1', ip1] });
    // The network host carries the network from now on, with the one DHCP server of it.
    let atNh = await nh.run();
    expect(peersOf(atNh)).toContainEqual(['10.250.0.1', ip1]);
    const addr1 = (port1.fixed_ips as { ip: string }[])[0]!.ip;
    expect(dhcpOf(atNh).at(-1)).toEqual([addr1]);
    await boot('vx-b');
    const t2 = [...(await h1.run()), ...(await h2.run())];
    const spawn2 = t2.find((t) => t.type === 'spawn')!;
    const port2 = (spawn2.payload.network_info as Record<string, unknown>[])[0]!;
    expect(port2).toMatchObject({ vxlan_peers: ['10.250.0.1', ip1, ip2].sort() });
    // The first host hears of the second; the network host gets both entries.
    const firstTasks = firstOnH1 ? await h1.run() : await h2.run();
    expect([...peersOf(t2), ...peersOf(firstTasks)]).toContainEqual(['10.250.0.1', ip1, ip2].sort());
    atNh = await nh.run();
    expect(dhcpOf(atNh).at(-1)).toEqual([addr1, (port2.fixed_ips as { ip: string }[])[0]!.ip].sort());
    // The first server goes: the others are told it carries the network no more, its entry goes.
    expect((await api(c, 'DELETE', `/compute/v2.1/servers/${first}`, { token: admin })).status).toBe(204);
    const after = [...(await h1.run()), ...(await h2.run()), ...(await h1.run()), ...(await h2.run())];
    expect(peersOf(after)).toContainEqual(['10.250.0.1', ip2]);
    atNh = await nh.run();
    expect(dhcpOf(atNh).at(-1)).toEqual([(port2.fixed_ips as { ip: string }[])[0]!.ip]);
    // A router on the network runs on the network host, its interface on the VXLAN.
    const subnetId = (port2.fixed_ips as { subnet_id: string }[])[0]!.subnet_id;
    const router = await call(c, admin, 'POST', '/v2.0/routers', 'createRouter', 201, { router: { name: 'vx-r' } });
    await call(c, admin, 'PUT', `/v2.0/routers/${router.body.router.id}/add_router_interface`, 'addRouterInterface', 200, { subnet_id: subnetId });
    const sync = (await nh.run()).filter((t) => t.type === 'sync_router').at(-1);
    expect(sync?.payload.interfaces).toEqual([expect.objectContaining({ network_id: netId, network_type: 'vxlan', segmentation_id: 777, vxlan_peers: ['10.250.0.1', ip2] })]);
    expect([...(await h1.run()), ...(await h2.run())].filter((t) => t.type === 'sync_router')).toEqual([]);
  });
});

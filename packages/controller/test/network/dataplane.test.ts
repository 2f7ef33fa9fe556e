/**
 * What reaches a host's dataplane: a server's spawn payload carries its port's security state
 * (rules, remote group members, port security, address pairs) and the network's DHCP port; a
 * rule created or deleted, a port updated, a member joining or leaving a remote group enqueue
 * `sync_ports` with the new state to the hosts that run a dataplane (linuxbridge), and to no
 * other host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type ApiResponse, type TestController } from '../helpers.js';
import { withTransaction } from '../../src/db/index.js';
import { createNetwork, createSubnet } from '../../src/network/networks.js';
import { sharedSpecs } from '../../src/spec.js';
import { createFlavor, createImage, FakeAgent } from '../compute/fixtures.js';

type Port = { port_id: string; mac: string; fixed_ips: { ip: string }[]; security_group_rules: { id: string; direction: string; protocol: string | null; port_range_min: number | null; remote_group_id: string | null }[]; remote_group_members: Record<string, string[]>; port_security_enabled: boolean; dhcp_port?: { fixed_ips: { ip: string }[] } };

describe.each(backends())('dataplane updates on %s', (backend) => {
  let c: TestController;
  let lb: FakeAgent;
  let p: { token: string; projectId: string };
  let flavor: string;
  let image: string;
  let netId: string;

  beforeAll(async () => {
    c = await startTestController({ backend });
    p = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.dp', vcpus: 1, ram: 128, disk: 1 });
    image = await createImage(c);
    // The only host: its dataplane is real.
    lb = await FakeAgent.start(c, 'lb-host', { vcpus: 8, memory_mb: 8192, local_gb: 100, networkDriver: 'linuxbridge' });
    netId = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, p.projectId, { name: 'private' }, new Date());
      await createSubnet(trx, { projectId: p.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.7.0.0/24', ip_version: 4 }, new Date());
      return n.id;
    });
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  /** sync_ports tasks a run() claimed along with others. */
  let pending: Port[][] = [];
  /** The group_members of sync_ports tasks (membership changes), in the order they came. */
  let groupUpdates: Record<string, string[]>[] = [];
  const collect = (tasks: { type: string; payload: unknown }[]): Port[][] => {
    const sync = tasks.filter((t) => t.type === 'sync_ports').map((t) => t.payload as { ports: Port[]; group_members?: Record<string, string[]> });
    groupUpdates.push(...sync.flatMap((x) => (x.group_members ? [x.group_members] : [])));
    return sync.map((x) => x.ports).filter((x) => x.length > 0);
  };
  const takeGroupUpdates = () => {
    const out = groupUpdates;
    groupUpdates = [];
    return out;
  };
  const boot = async (name: string): Promise<{ id: string; port: Port }> => {
    const r = await api(c, 'POST', '/compute/v2.1/servers', { token: p.token, body: { server: { name, flavorRef: flavor, imageRef: image, networks: [{ uuid: netId }] } } });
    expect(r.status).toBe(202);
    const tasks = await lb.run();
    pending.push(...collect(tasks));
    const spawn = tasks.find((t) => t.type === 'spawn' && t.instanceId === r.body.server.id)!;
    const v = sharedSpecs().require('agent').componentValidator('SpawnPayload');
    expect(v(spawn.payload), JSON.stringify(v.errors)).toBe(true);
    return { id: r.body.server.id as string, port: (spawn.payload.network_info as Port[])[0]! };
  };
  const syncs = async (): Promise<Port[][]> => {
    const out = [...pending, ...collect(await lb.run())];
    pending = [];
    return out;
  };

  it('sends the port security state and DHCP port with the spawn, and every change after it', async () => {
    const a = await boot('a');
    expect(a.port.port_security_enabled).toBe(true);
    expect(a.port.dhcp_port?.fixed_ips).toHaveLength(1);
    // The default group: ingress from its members (IPv4 and IPv6), egress anywhere.
    const sgList = await api(c, "GET", "/network/v2.0/security-groups", { token: p.token });
    if (!sgList.body?.security_groups) throw new Error(`${sgList.status} ${sgList.text}`);
    const sg = sgList.body.security_groups.find((g: { name: string }) => g.name === "default");
    if (!sg) throw new Error(sgList.text);
    expect(a.port.security_group_rules.filter((r) => r.direction === 'ingress').map((r) => r.remote_group_id)).toEqual([sg.id, sg.id]);
    expect(a.port.remote_group_members[sg.id]).toEqual([a.port.fixed_ips[0]!.ip]);
    await syncs(); // whatever the create itself queued

    // A second member joins: a's host learns b's address as a member of the group, as the
    // group's member list (once per host), not as a's whole state.
    takeGroupUpdates();
    const b = await boot('b');
    let s = (await syncs()).flat();
    expect(s.find((x) => x.port_id === a.port.port_id)).toBeUndefined();
    expect(takeGroupUpdates().at(-1)?.[sg.id]).toEqual([a.port.fixed_ips[0]!.ip, b.port.fixed_ips[0]!.ip].sort());

    // A rule created and deleted: both ports' hosts get the new rules.
    const rule = await api(c, 'POST', '/network/v2.0/security-group-rules', { token: p.token, body: { security_group_rule: { security_group_id: sg.id, direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' } } });
    expect(rule.status).toBe(201);
    s = (await syncs()).flat();
    expect(s.map((x) => x.port_id).sort()).toEqual([a.port.port_id, b.port.port_id].sort());
    for (const x of s) expect(x.security_group_rules.some((r) => r.id === rule.body.security_group_rule.id && r.port_range_min === 22)).toBe(true);
    expect((await api(c, 'DELETE', `/network/v2.0/security-group-rules/${rule.body.security_group_rule.id}`, { token: p.token })).status).toBe(204);
    s = (await syncs()).flat();
    expect(s.length).toBeGreaterThan(0);
    for (const x of s) expect(x.security_group_rules.some((r) => r.id === rule.body.security_group_rule.id)).toBe(false);

    // b leaves: a's host forgets its address.
    takeGroupUpdates();
    expect((await api(c, 'DELETE', `/compute/v2.1/servers/${b.id}`, { token: p.token })).status).toBe(204);
    await syncs(); // the destroy runs along
    await syncs();
    expect(takeGroupUpdates().at(-1)?.[sg.id]).toEqual([a.port.fixed_ips[0]!.ip]);
  });

  it('runs routers on a dataplane host: interfaces, gateway and floating IPs reach it as sync_router', async () => {
    const routerTasks = async (): Promise<Record<string, unknown>[]> => (await lb.run()).filter((t) => t.type === 'sync_router').map((t) => t.payload);
    const ext = await api(c, 'POST', '/network/v2.0/networks', { token: c.adminToken, body: { network: { name: 'ext', 'router:external': true } } });
    await api(c, 'POST', '/network/v2.0/subnets', { token: c.adminToken, body: { subnet: { network_id: ext.body.network.id, cidr: '172.30.4.0/24', ip_version: 4, gateway_ip: '172.30.4.1', enable_dhcp: false } } });
    const r = await api(c, 'POST', '/network/v2.0/routers', { token: p.token, body: { router: { name: 'r1', external_gateway_info: { network_id: ext.body.network.id } } } });
    expect(r.status).toBe(201);
    const rid = r.body.router.id as string;
    let t = await routerTasks();
    expect(t.at(-1)).toMatchObject({ router_id: rid, interfaces: [], gateway: { network_id: ext.body.network.id, enable_snat: true, fixed_ips: [{ gateway: '172.30.4.1', cidr: '172.30.4.0/24' }] } });
    const subnetId = (await api(c, 'GET', `/network/v2.0/subnets?network_id=${netId}`, { token: p.token })).body.subnets[0].id as string;
    expect((await api(c, 'PUT', `/network/v2.0/routers/${rid}/add_router_interface`, { token: p.token, body: { subnet_id: subnetId } })).status).toBe(200);
    t = await routerTasks();
    expect(t.at(-1)).toMatchObject({ router_id: rid, interfaces: [{ network_id: netId, fixed_ips: [{ ip: '10.7.0.1', cidr: '10.7.0.0/24' }] }] });
    // A floating IP on a server's port.
    const server = await boot('fip-target');
    const fip = await api(c, 'POST', '/network/v2.0/floatingips', { token: p.token, body: { floatingip: { floating_network_id: ext.body.network.id, port_id: server.port.port_id } } });
    expect(fip.status).toBe(201);
    t = [...(await routerTasks())];
    expect(t.at(-1)).toMatchObject({ floating_ips: [{ id: fip.body.floatingip.id, floating_ip_address: fip.body.floatingip.floating_ip_address, fixed_ip_address: server.port.fixed_ips[0]!.ip }] });
    // Nova lists the floating IP after the fixed one, on the same network (what `server ssh` picks).
    const shown = await api(c, 'GET', `/compute/v2.1/servers/${server.id}`, { token: p.token });
    expect(shown.body.server.addresses.private).toEqual([
      expect.objectContaining({ addr: server.port.fixed_ips[0]!.ip, 'OS-EXT-IPS:type': 'fixed' }),
      expect.objectContaining({ addr: fip.body.floatingip.floating_ip_address, 'OS-EXT-IPS:type': 'floating', version: 4 }),
    ]);
    // Disassociated, deleted with its server's port, the router forgets it.
    expect((await api(c, 'PUT', `/network/v2.0/floatingips/${fip.body.floatingip.id}`, { token: p.token, body: { floatingip: { port_id: null } } })).status).toBe(200);
    expect((await routerTasks()).at(-1)).toMatchObject({ floating_ips: [] });
    expect((await api(c, 'DELETE', `/network/v2.0/floatingips/${fip.body.floatingip.id}`, { token: p.token })).status).toBe(204);
    expect((await api(c, 'PUT', `/network/v2.0/routers/${rid}/remove_router_interface`, { token: p.token, body: { subnet_id: subnetId } })).status).toBe(200);
    expect((await routerTasks()).at(-1)).toMatchObject({ interfaces: [] });
    expect((await api(c, 'DELETE', `/network/v2.0/routers/${rid}`, { token: p.token })).status).toBe(204);
    expect((await routerTasks()).at(-1)).toEqual({ router_id: rid, deleted: true });
    for (const x of t) {
      const v = sharedSpecs().require('agent').componentValidator('SyncRouterPayload');
      expect(v(x), JSON.stringify(v.errors)).toBe(true);
    }
    expect((await api(c, 'DELETE', `/compute/v2.1/servers/${server.id}`, { token: p.token })).status).toBe(204);
    await lb.run();
  });

  it('lists each host\'s dataplane agents (network agent list), admin only (others see none)', async () => {
    const r = await api(c, 'GET', '/network/v2.0/agents', { token: c.adminToken });
    expect(r.status).toBe(200);
    expect(checkResponse('network', 'listNetworkAgents', r.status, r.body)).toBeNull();
    const mine = (r.body.agents as { agent_type: string; host: string; alive: boolean; id: string }[]).filter((a) => a.host === 'lb-host');
    expect(mine.map((a) => a.agent_type).sort()).toEqual(['DHCP agent', 'Linux bridge agent']);
    expect(mine.every((a) => a.alive)).toBe(true);
    const one = await api(c, 'GET', `/network/v2.0/agents/${mine[0]!.id}`, { token: c.adminToken });
    expect(checkResponse('network', 'showNetworkAgent', one.status, one.body)).toBeNull();
    expect(one.body.agent).toMatchObject({ id: mine[0]!.id, host: 'lb-host', binary: 'oscloud-agent' });
    const filtered = await api(c, 'GET', '/network/v2.0/agents?agent_type=DHCP%20agent&alive=True', { token: c.adminToken });
    expect(filtered.body.agents.every((a: { agent_type: string }) => a.agent_type === 'DHCP agent')).toBe(true);
    const asMember = await api(c, 'GET', '/network/v2.0/agents', { token: p.token });
    expect([asMember.status, asMember.body]).toEqual([200, { agents: [] }]);
    expect((await api(c, 'GET', `/network/v2.0/agents/${mine[0]!.id}`, { token: p.token })).status).toBe(403);
    expect((await api(c, 'GET', `/network/v2.0/agents/${'0'.repeat(8)}-0000-4000-8000-000000000000`, { token: c.adminToken })).body).toMatchObject({ NeutronError: { type: 'AgentNotFound' } });
    // A host without a dataplane says so.
    const noop = await FakeAgent.start(c, 'noop-host', { vcpus: 1, memory_mb: 512, local_gb: 10 });
    const all = (await api(c, 'GET', '/network/v2.0/agents?host=noop-host', { token: c.adminToken })).body.agents;
    expect(all).toEqual([expect.objectContaining({ agent_type: 'Noop agent', host: 'noop-host', configurations: expect.objectContaining({ driver: 'noop' }) })]);
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', noop.hostId).execute();
  });

  it("answers out-of-range ports with Neutron's own message (Tempest matches it)", async () => {
    const sg = (await api(c, 'GET', '/network/v2.0/security-groups', { token: p.token })).body.security_groups.find((g: { name: string }) => g.name === 'default');
    for (const port of [-16, 65536]) {
      const r = await api(c, 'POST', '/network/v2.0/security-group-rules', { token: p.token, body: { security_group_rule: { security_group_id: sg.id, direction: 'ingress', protocol: 'tcp', port_range_min: port, port_range_max: 65535 } } });
      expect(r.status).toBe(400);
      expect(r.body.NeutronError).toMatchObject({ type: 'SecurityGroupInvalidPortValue', message: `Invalid value for port ${port}` });
    }
    // Numbers no port could be are still refused by the schema before any handler runs.
    const huge = await api(c, 'POST', '/network/v2.0/security-group-rules', { token: p.token, body: { security_group_rule: { security_group_id: sg.id, direction: 'ingress', protocol: 'tcp', port_range_min: 2 ** 53 + 2 } } });
    expect(huge.status).toBe(400);
  });

  /** Calls the network API; asserts the status, the spec's body for it, and Neutron's error shape. */
  const call = async (token: string, method: string, path: string, op: string, status: number, body?: unknown): Promise<ApiResponse> => {
    const res = await api(c, method, `/network/v2.0${path}`, { token, body });
    expect(res.status, `${method} ${path}: ${res.text}`).toBe(status);
    expect(checkResponse('network', op, res.status, res.body ?? undefined)).toBeNull();
    return res;
  };
  /** Every network row and every agent task (what they carry, not their delivery state). */
  const everything = async (): Promise<string> => {
    const tables = ['net_networks', 'net_subnets', 'net_ports', 'net_ip_allocations', 'net_security_groups', 'net_default_security_groups', 'net_security_group_rules', 'net_port_security_groups', 'net_routers', 'net_floatingips'] as const;
    const out: Record<string, unknown[]> = {};
    for (const t of tables) out[t] = (await c.db.selectFrom(t).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
    out.agent_tasks = (await c.db.selectFrom('agent_tasks').select(['id', 'host_id', 'type', 'payload']).execute()).map((r) => JSON.stringify(r)).sort();
    return JSON.stringify(out);
  };

  it('a port update reaches the hosts only when something their dataplane uses changed', async () => {
    const server = await boot('upd');
    await syncs();
    const path = `/ports/${server.port.port_id}`;
    // A rename, a description, a DNS name: no host needs them.
    await call(p.token, 'PUT', path, 'updatePort', 200, { port: { name: 'renamed', description: 'd' } });
    await call(p.token, 'PUT', path, 'updatePort', 200, { port: { dns_name: 'upd' } });
    expect(await syncs()).toEqual([]);
    // Security groups: the port's host gets its new rules.
    const web = await call(p.token, 'POST', '/security-groups', 'createSecurityGroup', 201, { security_group: { name: 'upd-web' } });
    const rule = await call(p.token, 'POST', '/security-group-rules', 'createSecurityGroupRule', 201, {
      security_group_rule: { security_group_id: web.body.security_group.id, direction: 'ingress', protocol: 'tcp', port_range_min: 80, port_range_max: 80 },
    });
    await syncs(); // the new group has no member yet
    await call(p.token, 'PUT', path, 'updatePort', 200, { port: { security_groups: [web.body.security_group.id] } });
    let s = (await syncs()).flat().filter((x) => x.port_id === server.port.port_id);
    expect(s).toHaveLength(1);
    expect(s[0]!.security_group_rules.map((r) => r.id)).toContain(rule.body.security_group_rule.id);
    // The same groups again: nothing changed.
    await call(p.token, 'PUT', path, 'updatePort', 200, { port: { security_groups: [web.body.security_group.id], name: 'again' } });
    expect(await syncs()).toEqual([]);
    // admin_state_up: the host takes the port's link down.
    await call(p.token, 'PUT', path, 'updatePort', 200, { port: { admin_state_up: false } });
    s = (await syncs()).flat().filter((x) => x.port_id === server.port.port_id);
    expect(s.map((x) => (x as unknown as { admin_state_up: boolean }).admin_state_up)).toEqual([false]);
    await call(p.token, 'PUT', path, 'updatePort', 200, { port: { admin_state_up: true } });
    expect((await syncs()).flat().filter((x) => x.port_id === server.port.port_id)).toHaveLength(1);
    // Allowed address pairs: the anti-spoofing rules change.
    await call(p.token, 'PUT', path, 'updatePort', 200, { port: { allowed_address_pairs: [{ ip_address: '10.7.0.250' }] } });
    s = (await syncs()).flat().filter((x) => x.port_id === server.port.port_id);
    expect(s).toHaveLength(1);
    expect(await c.db.selectFrom('agent_tasks').select('id').where('type', '=', 'sync_ports').where('state', '=', 'queued').execute()).toEqual([]);
    expect((await api(c, 'DELETE', `/compute/v2.1/servers/${server.id}`, { token: p.token })).status).toBe(204);
    await syncs();
    await syncs();
  });

  it("Nova's addSecurityGroup / removeSecurityGroup reach the server's host with the group's rules", async () => {
    const server = await boot('nova-sg');
    await syncs();
    const g = await call(p.token, 'POST', '/security-groups', 'createSecurityGroup', 201, { security_group: { name: 'nova-sg-ssh' } });
    const rule = await call(p.token, 'POST', '/security-group-rules', 'createSecurityGroupRule', 201, {
      security_group_rule: { security_group_id: g.body.security_group.id, direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
    });
    await syncs();
    const action = async (body: unknown) => expect((await api(c, 'POST', `/compute/v2.1/servers/${server.id}/action`, { token: p.token, body })).status).toBe(202);
    const rulesSent = async () => (await syncs()).flat().filter((x) => x.port_id === server.port.port_id).map((x) => x.security_group_rules.map((r) => r.id));
    await action({ addSecurityGroup: { name: 'nova-sg-ssh' } });
    const added = await rulesSent();
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(rule.body.security_group_rule.id);
    await action({ removeSecurityGroup: { name: 'nova-sg-ssh' } });
    const removed = await rulesSent();
    expect(removed).toHaveLength(1);
    expect(removed[0]).not.toContain(rule.body.security_group_rule.id);
    expect((await api(c, 'DELETE', `/compute/v2.1/servers/${server.id}`, { token: p.token })).status).toBe(204);
    await syncs();
    await syncs();
  });

  it("a subnet's DHCP options (DNS servers, host routes, gateway) reach the hosts of its ports; a rename does not", async () => {
    const server = await boot('subnet-upd');
    await syncs();
    const subnetId = (await call(p.token, 'GET', `/ports/${server.port.port_id}`, 'showPort', 200)).body.port.fixed_ips[0].subnet_id as string;
    const path = `/subnets/${subnetId}`;
    await call(p.token, 'PUT', path, 'updateSubnet', 200, { subnet: { name: 'renamed-subnet' } });
    expect(await syncs()).toEqual([]);
    await call(p.token, 'PUT', path, 'updateSubnet', 200, { subnet: { dns_nameservers: ['10.7.0.53'], host_routes: [{ destination: '192.168.77.0/24', nexthop: '10.7.0.254' }] } });
    const s = (await syncs()).flat().filter((x) => x.port_id === server.port.port_id) as unknown as { fixed_ips: { dns_nameservers: string[]; host_routes: { destination: string }[] }[] }[];
    expect(s).toHaveLength(1);
    expect(s[0]!.fixed_ips[0]!.dns_nameservers).toEqual(['10.7.0.53']);
    expect(s[0]!.fixed_ips[0]!.host_routes.map((r) => r.destination)).toEqual(['192.168.77.0/24']);
    await call(p.token, 'PUT', path, 'updateSubnet', 200, { subnet: { dns_nameservers: [], host_routes: [] } });
    expect((await syncs()).flat().filter((x) => x.port_id === server.port.port_id)).toHaveLength(1);
    expect((await api(c, 'DELETE', `/compute/v2.1/servers/${server.id}`, { token: p.token })).status).toBe(204);
    await syncs();
    await syncs();
  });

  it("refuses bad input with Neutron's error and leaves nothing behind: no row, no address, no task", async () => {
    const admin = c.adminToken;
    const ext = await call(admin, 'POST', '/networks', 'createNetwork', 201, { network: { name: 'ext-neg', 'router:external': true } });
    const extId = ext.body.network.id as string;
    const extSub = await call(admin, 'POST', '/subnets', 'createSubnet', 201, { subnet: { network_id: extId, cidr: '172.31.9.0/24', ip_version: 4, enable_dhcp: false } });
    const ext6 = await call(admin, 'POST', '/networks', 'createNetwork', 201, { network: { name: 'ext-v6', 'router:external': true } });
    await call(admin, 'POST', '/subnets', 'createSubnet', 201, { subnet: { network_id: ext6.body.network.id, cidr: '2001:db8:9::/64', ip_version: 6, enable_dhcp: false } });
    const privSub = (await call(p.token, 'GET', `/subnets?network_id=${netId}`, 'listSubnets', 200)).body.subnets[0];
    const r = await call(p.token, 'POST', '/routers', 'createRouter', 201, { router: { name: 'r-neg', external_gateway_info: { network_id: extId } } });
    const rid = r.body.router.id as string;
    const iface = await call(p.token, 'PUT', `/routers/${rid}/add_router_interface`, 'addRouterInterface', 200, { subnet_id: privSub.id });
    const net = async (name: string, subnet: Record<string, unknown>): Promise<{ net: string; sub: string }> => {
      const n = await call(p.token, 'POST', '/networks', 'createNetwork', 201, { network: { name } });
      const sb = await call(p.token, 'POST', '/subnets', 'createSubnet', 201, { subnet: { network_id: n.body.network.id, ip_version: 4, ...subnet } });
      return { net: n.body.network.id, sub: sb.body.subnet.id };
    };
    const overlapping = await net('neg-overlap', { cidr: '10.7.0.0/25' });
    const overlapsExt = await net('neg-overlap-ext', { cidr: '172.31.9.128/25' });
    const noGateway = await net('neg-nogw', { cidr: '10.8.1.0/24', gateway_ip: null });
    const unrouted = await net('neg-unrouted', { cidr: '10.8.2.0/24' });
    const overlapPort = await call(p.token, 'POST', '/ports', 'createPort', 201, { port: { network_id: overlapping.net } });
    const unroutedPort = await call(p.token, 'POST', '/ports', 'createPort', 201, { port: { network_id: unrouted.net } });
    const server = await boot('neg');
    const fip1 = await call(p.token, 'POST', '/floatingips', 'createFloatingIP', 201, { floatingip: { floating_network_id: extId, port_id: server.port.port_id } });
    const fip2 = await call(p.token, 'POST', '/floatingips', 'createFloatingIP', 201, { floatingip: { floating_network_id: extId } });
    const sg = await call(p.token, 'POST', '/security-groups', 'createSecurityGroup', 201, { security_group: { name: 'neg-web' } });
    const sgId = sg.body.security_group.id as string;
    const ssh = await call(p.token, 'POST', '/security-group-rules', 'createSecurityGroupRule', 201, {
      security_group_rule: { security_group_id: sgId, direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
    });
    const member = await call(p.token, 'POST', '/ports', 'createPort', 201, { port: { network_id: netId, security_groups: [sgId] } });
    const memberIp = member.body.port.fixed_ips[0].ip_address as string;
    await syncs();
    await lb.run();
    const before = await everything();

    /** One refused request: Neutron's status, type and message, and the database exactly as it was. */
    const refused = async (method: string, path: string, op: string, body: unknown, status: number, type: string, message: string | RegExp, token = p.token): Promise<void> => {
      const res = await call(token, method, path, op, status, body);
      expect(Object.keys(res.body)).toEqual(['NeutronError']);
      expect(res.body.NeutronError).toEqual({ type, message: expect.any(String), detail: '' });
      if (typeof message === 'string') expect(res.body.NeutronError.message).toBe(message);
      else expect(res.body.NeutronError.message).toMatch(message);
      expect(await everything(), `${method} ${path} left something behind`).toBe(before);
    };
    const bad = (msg: string): string => `Bad router request: ${msg}.`;
    // Router interfaces.
    await refused('PUT', `/routers/${rid}/add_router_interface`, 'addRouterInterface', { subnet_id: overlapping.sub }, 400, 'BadRequest',
      bad(`Cidr 10.7.0.0/25 of subnet ${overlapping.sub} overlaps with cidr 10.7.0.0/24 of subnet ${privSub.id}`));
    await refused('PUT', `/routers/${rid}/add_router_interface`, 'addRouterInterface', { port_id: overlapPort.body.port.id }, 400, 'BadRequest',
      bad(`Cidr 10.7.0.0/25 of subnet ${overlapping.sub} overlaps with cidr 10.7.0.0/24 of subnet ${privSub.id}`));
    await refused('PUT', `/routers/${rid}/add_router_interface`, 'addRouterInterface', { subnet_id: overlapsExt.sub }, 400, 'BadRequest',
      bad(`Cidr 172.31.9.128/25 of subnet ${overlapsExt.sub} overlaps with cidr 172.31.9.0/24 of subnet ${extSub.body.subnet.id}`));
    await refused('PUT', `/routers/${rid}/add_router_interface`, 'addRouterInterface', { subnet_id: privSub.id }, 400, 'BadRequest', bad(`Router already has a port on subnet ${privSub.id}`));
    // The gateway's own subnet (only an admin sees it).
    await refused('PUT', `/routers/${rid}/add_router_interface`, 'addRouterInterface', { subnet_id: extSub.body.subnet.id }, 400, 'BadRequest',
      bad(`Router already has a port on subnet ${extSub.body.subnet.id}`), admin);
    await refused('PUT', `/routers/${rid}/add_router_interface`, 'addRouterInterface', { subnet_id: noGateway.sub }, 400, 'BadRequest', bad('Subnet for router interface must have a gateway IP'));
    await refused('PUT', `/routers/${rid}/remove_router_interface`, 'removeRouterInterface', { subnet_id: unrouted.sub }, 404, 'RouterInterfaceNotFoundForSubnet', `Router ${rid} has no interface on subnet ${unrouted.sub}`);
    await refused('PUT', `/routers/${rid}/remove_router_interface`, 'removeRouterInterface', { port_id: unroutedPort.body.port.id }, 404, 'RouterInterfaceNotFound',
      `Router ${rid} does not have an interface with id ${unroutedPort.body.port.id}`);
    await refused('PUT', `/routers/${rid}/remove_router_interface`, 'removeRouterInterface', { port_id: iface.body.port_id, subnet_id: unrouted.sub }, 400, 'SubnetMismatchForPort',
      `Subnet on port ${iface.body.port_id} does not match the requested subnet ${unrouted.sub}.`);
    await refused('PUT', `/routers/${rid}/remove_router_interface`, 'removeRouterInterface', { subnet_id: privSub.id }, 409, 'RouterInterfaceInUseByFloatingIP',
      `Router interface for subnet ${privSub.id} on router ${rid} cannot be deleted, as it is required by one or more floating IPs.`);
    await refused('DELETE', `/routers/${rid}`, 'deleteRouter', undefined, 409, 'RouterInUse', `Router ${rid} has ports still attached: ${iface.body.port_id}`);
    // Floating IPs.
    const unreachable = `External network ${extId} is not reachable from subnet ${unrouted.sub}.  Therefore, cannot associate Port ${unroutedPort.body.port.id} with a Floating IP.`;
    await refused('POST', '/floatingips', 'createFloatingIP', { floatingip: { floating_network_id: extId, port_id: unroutedPort.body.port.id } }, 404, 'ExternalGatewayForFloatingIPNotFound', unreachable);
    await refused('PUT', `/floatingips/${fip2.body.floatingip.id}`, 'updateFloatingIP', { floatingip: { port_id: unroutedPort.body.port.id } }, 404, 'ExternalGatewayForFloatingIPNotFound', unreachable);
    await refused('POST', '/floatingips', 'createFloatingIP', { floatingip: { floating_network_id: netId } }, 400, 'BadRequest', `Bad floatingip request: Network ${netId} is not a valid external network.`);
    await refused('POST', '/floatingips', 'createFloatingIP', { floatingip: { floating_network_id: ext6.body.network.id } }, 400, 'BadRequest',
      `Bad floatingip request: Network ${ext6.body.network.id} does not contain any IPv4 subnet.`);
    await refused('POST', '/floatingips', 'createFloatingIP', { floatingip: { floating_network_id: extId, fixed_ip_address: server.port.fixed_ips[0]!.ip } }, 400, 'BadRequest',
      'Bad floatingip request: fixed_ip_address cannot be specified without a port_id.');
    const fixedIp = server.port.fixed_ips[0]!.ip;
    const taken = (fip: { id: string; floating_ip_address: string }): string =>
      `Cannot associate floating IP ${fip.floating_ip_address} (${fip.id}) with port ${server.port.port_id} using fixed IP ${fixedIp}, as that fixed IP already has a floating IP on external network ${extId}.`;
    await refused('PUT', `/floatingips/${fip2.body.floatingip.id}`, 'updateFloatingIP', { floatingip: { port_id: server.port.port_id } }, 409, 'FloatingIPPortAlreadyAssociated', taken(fip2.body.floatingip));
    await refused('POST', '/floatingips', 'createFloatingIP', { floatingip: { floating_network_id: extId, port_id: server.port.port_id } }, 409, 'FloatingIPPortAlreadyAssociated',
      new RegExp(`^Cannot associate floating IP 172\\.31\\.9\\.\\d+ \\([0-9a-f-]{36}\\) with port ${server.port.port_id} using fixed IP ${fixedIp.replace(/\./g, '\\.')}, as that`));
    expect(fip1.body.floatingip.port_id).toBe(server.port.port_id);
    // Networks and subnets in use.
    await refused('DELETE', `/networks/${netId}`, 'deleteNetwork', undefined, 409, 'NetworkInUse', `Unable to complete operation on network ${netId}. There are one or more ports still in use on the network.`);
    await refused('DELETE', `/subnets/${privSub.id}`, 'deleteSubnet', undefined, 409, 'SubnetInUse', `Unable to complete operation on subnet ${privSub.id}: One or more ports have an IP allocation from this subnet.`);
    // Security groups.
    const rule = (extra: Record<string, unknown>): unknown => ({ security_group_rule: { security_group_id: sgId, direction: 'ingress', protocol: 'tcp', ...extra } });
    await refused('POST', '/security-group-rules', 'createSecurityGroupRule', rule({ port_range_min: 90, port_range_max: 80 }), 400, 'SecurityGroupInvalidPortRange', 'For TCP/UDP protocols, port_range_min must be <= port_range_max');
    await refused('POST', '/security-group-rules', 'createSecurityGroupRule', rule({ port_range_min: 22, port_range_max: 22 }), 409, 'SecurityGroupRuleExists',
      `Security group rule already exists. Rule id is ${ssh.body.security_group_rule.id}.`);
    await refused('DELETE', `/security-groups/${sgId}`, 'deleteSecurityGroup', undefined, 409, 'SecurityGroupInUse', `Security Group ${sgId} in use.`);
    // Ports: fixed IPs outside their subnet, a MAC in use.
    const port = (extra: Record<string, unknown>): unknown => ({ port: { network_id: netId, ...extra } });
    await refused('POST', '/ports', 'createPort', port({ fixed_ips: [{ subnet_id: privSub.id, ip_address: '10.9.9.9' }] }), 400, 'InvalidIpForSubnet', 'IP address 10.9.9.9 is not a valid IP for the specified subnet.');
    await refused('POST', '/ports', 'createPort', port({ fixed_ips: [{ ip_address: '10.9.9.9' }] }), 400, 'InvalidIpForNetwork', 'IP address 10.9.9.9 is not a valid IP for any of the subnets on the specified network.');
    await refused('POST', '/ports', 'createPort', port({ fixed_ips: [{ ip_address: '10.7.0.255' }] }), 400, 'InvalidIpForNetwork', 'IP address 10.7.0.255 is not a valid IP for any of the subnets on the specified network.');
    await refused('POST', '/ports', 'createPort', port({ fixed_ips: [{ subnet_id: unrouted.sub }] }), 400, 'InvalidInput',
      `Invalid input for operation: Failed to create port on network ${netId}, because fixed_ips included invalid subnet ${unrouted.sub}`);
    const ghost = '0c5b5b8e-5e0f-4b0e-9a55-000000000000';
    await refused('POST', '/ports', 'createPort', port({ fixed_ips: [{ subnet_id: ghost }] }), 404, 'SubnetNotFound', `Subnet ${ghost} could not be found.`);
    await refused('POST', '/ports', 'createPort', port({ fixed_ips: [{ subnet_id: 'missing' }] }), 400, 'HTTPBadRequest', "Invalid input for fixed_ips. Reason: 'missing' is not a valid UUID.");
    await refused('PUT', `/ports/${member.body.port.id}`, 'updatePort', { port: { name: 'x', fixed_ips: [{ subnet_id: privSub.id, ip_address: '10.9.9.9' }] } }, 400, 'InvalidIpForSubnet',
      'IP address 10.9.9.9 is not a valid IP for the specified subnet.');
    await refused('PUT', `/ports/${member.body.port.id}`, 'updatePort', { port: { fixed_ips: [{ ip_address: fixedIp }] } }, 409, 'IpAddressAlreadyAllocated', `IP address ${fixedIp} already allocated in subnet ${privSub.id}`);
    await refused('POST', '/ports', 'createPort', port({ mac_address: server.port.mac }), 409, 'MacAddressInUse', `Unable to complete operation for network ${netId}. The mac address ${server.port.mac} is in use.`);
    // Changing a MAC is an admin's; an unbound port cannot take one in use either.
    await refused('PUT', `/ports/${member.body.port.id}`, 'updatePort', { port: { mac_address: server.port.mac } }, 409, 'MacAddressInUse',
      `Unable to complete operation for network ${netId}. The mac address ${server.port.mac} is in use.`, admin);
    expect(memberIp).toMatch(/^10\.7\.0\./);
    expect(before).toBe(await everything());
  });

  it("a server's ports follow its power: DOWN while stopped (by the API or from inside), ACTIVE while it runs or is paused", async () => {
    const s = await boot('power');
    const statuses = async () => ((await api(c, 'GET', `/network/v2.0/ports?device_id=${s.id}`, { token: p.token })).body.ports as { id: string; status: string }[]).map((x) => x.status);
    const act = async (body: unknown) => {
      expect((await api(c, 'POST', `/compute/v2.1/servers/${s.id}/action`, { token: p.token, body })).status).toBe(202);
      pending.push(...collect(await lb.run()));
    };
    expect(await statuses()).toEqual(['ACTIVE']);
    await act({ 'os-stop': null });
    expect(await statuses()).toEqual(['DOWN']);
    // An interface attached while the guest is off waits DOWN with the others (the attach waits for the host: drive it meanwhile).
    const attach = api(c, 'POST', `/compute/v2.1/servers/${s.id}/os-interface`, { token: p.token, body: { interfaceAttachment: { net_id: netId } } });
    let settled = false;
    void attach.finally(() => (settled = true));
    while (!settled) {
      pending.push(...collect(await lb.run()));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await attach).status).toBe(200);
    expect(await statuses()).toEqual(['DOWN', 'DOWN']);
    await act({ 'os-start': null });
    expect(await statuses()).toEqual(['ACTIVE', 'ACTIVE']);
    // Paused, QEMU still holds the NICs.
    await act({ pause: null });
    expect(await statuses()).toEqual(['ACTIVE', 'ACTIVE']);
    await act({ unpause: null });
    // The guest powers itself off: the host's heartbeat says so, the server is SHUTOFF, its ports DOWN.
    lb.instances.set(s.id, 4);
    await lb.heartbeat();
    expect((await api(c, 'GET', `/compute/v2.1/servers/${s.id}`, { token: p.token })).body.server.status).toBe('SHUTOFF');
    expect(await statuses()).toEqual(['DOWN', 'DOWN']);
    await act({ 'os-start': null });
    expect(await statuses()).toEqual(['ACTIVE', 'ACTIVE']);
    expect((await api(c, 'DELETE', `/compute/v2.1/servers/${s.id}`, { token: p.token })).status).toBe(204);
    pending.push(...collect(await lb.run()));
  });

  it('sends nothing to hosts without a dataplane', async () => {
    await syncs(); // what the tests before left queued
    await c.db.updateTable('hosts').set({ network_driver: 'noop' }).where('id', '=', lb.hostId).execute();
    try {
      const sgList = await api(c, "GET", "/network/v2.0/security-groups", { token: p.token });
    if (!sgList.body?.security_groups) throw new Error(`${sgList.status} ${sgList.text}`);
    const sg = sgList.body.security_groups.find((g: { name: string }) => g.name === "default");
    if (!sg) throw new Error(sgList.text);
      const rule = await api(c, 'POST', '/network/v2.0/security-group-rules', { token: p.token, body: { security_group_rule: { security_group_id: sg.id, direction: 'ingress', protocol: 'icmp' } } });
      expect(rule.status).toBe(201);
      expect(await syncs()).toEqual([]);
    } finally {
      await c.db.updateTable('hosts').set({ network_driver: 'linuxbridge' }).where('id', '=', lb.hostId).execute();
    }
  });
});

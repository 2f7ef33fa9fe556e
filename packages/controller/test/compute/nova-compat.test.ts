/**
 * Nova behaviours Tempest's compute API tests check (issue 18): user quotas and quota deletion,
 * the server list ignoring tenant_id without all_tenants, rebuild's answer and a rebuilt
 * stopped server staying SHUTOFF, the os-security-groups proxy (before 2.36).
 */
import { randomUUID as randomId } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

const V = { 'OpenStack-API-Version': 'compute 2.79' };

/** Calls the compute API; the answer must match the spec and never be a 5xx. */
async function call(c: TestController, method: string, path: string, op: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const r = await api(c, method, `/compute${path}`, { ...o, headers: { ...V, ...o.headers } });
  if (r.status >= 500) throw new Error(`${method} ${path}: ${r.status} body=${r.text}`);
  const err = checkResponse('compute', op, r.status, r.body);
  if (err) throw new Error(`${method} ${path}: ${err} body=${r.text}`);
  return r;
}

describe.each(backends())('Nova compatibility on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let flavor: string;
  let image: string;
  let host: FakeAgent;

  beforeAll(async () => {
    c = await startComputeController(backend, { network: true });
    member = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.compat', vcpus: 1, ram: 128, disk: 1 });
    image = await createImage(c);
    host = await FakeAgent.start(c, 'host-a', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const server = async (token: string, name: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<string> => {
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token, body: { server: { name, flavorRef: flavor, imageRef: image, networks: 'none', ...extra } }, headers });
    expect(r.status).toBe(202);
    await host.run();
    return r.body.server.id as string;
  };
  const show = async (id: string) => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;

  it('keeps user quotas apart from the project quota, and deletes quota sets', async () => {
    const p = member.projectId;
    const set = (q: string, quota_set: Record<string, unknown>) => call(c, 'PUT', `/v2.1/os-quota-sets/${p}${q}`, 'updateComputeQuotaSet', { token: c.adminToken, body: { quota_set } });
    expect((await set('', { ram: 5120 })).body.quota_set.ram).toBe(5120);
    expect((await set(`?user_id=${member.userId}`, { ram: 2048 })).body.quota_set.ram).toBe(2048);
    const get = async (q: string) => (await call(c, 'GET', `/v2.1/os-quota-sets/${p}${q}`, 'showComputeQuotaSet', { token: c.adminToken })).body.quota_set;
    expect((await get('')).ram).toBe(5120);
    expect((await get(`?user_id=${member.userId}`)).ram).toBe(2048);
    const detail = await call(c, 'GET', `/v2.1/os-quota-sets/${p}/detail`, 'showComputeQuotaSetDetail', { token: c.adminToken });
    expect(detail.body.quota_set.ram.limit).toBe(5120);
    // Only an admin deletes; deleting with user_id drops that user's overrides only.
    expect((await call(c, 'DELETE', `/v2.1/os-quota-sets/${p}`, 'deleteComputeQuotaSet', { token: member.token })).status).toBe(403);
    expect((await call(c, 'DELETE', `/v2.1/os-quota-sets/${p}?user_id=${member.userId}`, 'deleteComputeQuotaSet', { token: c.adminToken })).status).toBe(202);
    expect((await get(`?user_id=${member.userId}`)).ram).toBe(5120);
    await set(`?user_id=${member.userId}`, { ram: 1024 });
    expect((await call(c, 'DELETE', `/v2.1/os-quota-sets/${p}`, 'deleteComputeQuotaSet', { token: c.adminToken })).status).toBe(202);
    expect((await get('')).ram).toBe(51200);
    expect((await get(`?user_id=${member.userId}`)).ram).toBe(51200);
  });

  it('keeps quota classes; the default class gives every project its defaults', async () => {
    const get = async (v: string) => (await call(c, 'GET', '/v2.1/os-quota-class-sets/default', 'showComputeQuotaClassSet', { token: c.adminToken, headers: { 'OpenStack-API-Version': `compute ${v}` } })).body.quota_class_set;
    const old = await get('2.1');
    expect(old).toMatchObject({ id: 'default', instances: 10, ram: 51200, floating_ips: 10, injected_files: 5 });
    expect(old).not.toHaveProperty('server_groups');
    const at257 = await get('2.57');
    expect(at257).toMatchObject({ server_groups: 10 });
    expect(at257).not.toHaveProperty('injected_files');
    expect(at257).not.toHaveProperty('floating_ips');
    const put = (body: unknown, token = c.adminToken) => call(c, 'PUT', '/v2.1/os-quota-class-sets/default', 'updateComputeQuotaClassSet', { token, body: { quota_class_set: body }, headers: { 'OpenStack-API-Version': 'compute 2.1' } });
    expect((await put({ instances: 20 }, member.token)).status).toBe(403);
    for (const bad of [{ instances: -2 }, { instances: 'x' }, { server_groups: 1 }]) expect((await put(bad)).status, JSON.stringify(bad)).toBe(400);
    const r = await put({ instances: 20, floating_ips: 30 });
    expect(r.body.quota_class_set).toMatchObject({ instances: 20, floating_ips: 30 });
    expect(r.body.quota_class_set).not.toHaveProperty('id');
    // A project without overrides gets the new default; defaults show it too.
    const fresh = await c.createProjectUser('member');
    expect((await call(c, 'GET', `/v2.1/os-quota-sets/${fresh.projectId}`, 'showComputeQuotaSet', { token: c.adminToken })).body.quota_set.instances).toBe(20);
    expect((await call(c, 'GET', `/v2.1/os-quota-sets/${fresh.projectId}/defaults`, 'showComputeDefaultQuotaSet', { token: c.adminToken })).body.quota_set.instances).toBe(20);
    await put({ instances: 10, floating_ips: 10 });
    expect((await get('2.1')).instances).toBe(10);
  });

  it('lists only the caller project unless all_tenants is given (tenant_id alone is ignored)', async () => {
    const id = await server(member.token, 'tenant-filter');
    const names = async (q: string) => (await call(c, 'GET', `/v2.1/servers/detail${q}`, 'listServersDetailed', { token: c.adminToken })).body.servers.map((s: { id: string }) => s.id);
    expect(await names(`?tenant_id=${member.projectId}`)).not.toContain(id);
    expect(await names(`?all_tenants=&tenant_id=${member.projectId}`)).toContain(id);
    expect(await names(`?all_tenants=1&project_id=${member.projectId}`)).toEqual([id]);
  });

  it('answers rebuild with key_name (2.54) and user_data (2.57), and a stopped server stays SHUTOFF', async () => {
    const id = await server(member.token, 'rebuild-stopped');
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-stop': null } })).status).toBe(202);
    await host.run();
    expect((await show(id)).status).toBe('SHUTOFF');
    const r = await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { rebuild: { imageRef: image, user_data: 'aGk=' } } });
    expect(r.status).toBe(202);
    expect(r.body.server).toMatchObject({ key_name: null, user_data: 'aGk=' });
    const tasks = await host.run();
    expect(tasks.find((t) => t.type === 'rebuild_instance')?.payload.power_on).toBe(false);
    expect(await show(id)).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:power_state': 4 });
    // 2.75 as admin: the extended attributes, but user_data only at the top level (Nova's rebuild view).
    const asAdmin = await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: c.adminToken, body: { rebuild: { imageRef: image } } });
    expect(asAdmin.body.server['OS-EXT-SRV-ATTR:host']).toBe('host-a');
    expect(asAdmin.body.server).not.toHaveProperty('OS-EXT-SRV-ATTR:user_data');
    await host.run();
    // Before 2.54 neither is in the answer.
    const old = await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { rebuild: { imageRef: image } }, headers: { 'OpenStack-API-Version': 'compute 2.53' } });
    expect(old.body.server.key_name).toBeUndefined();
    expect(old.body.server.user_data).toBeUndefined();
    await host.run();
    // A running server is rebuilt running.
    await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-start': null } });
    await host.run();
    await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { rebuild: { imageRef: image } } });
    expect((await host.run()).find((t) => t.type === 'rebuild_instance')?.payload.power_on).toBe(true);
    expect((await show(id)).status).toBe('ACTIVE');
  });

  it('proxies security groups and ingress rules in Nova shape before 2.36, with Nova checks', async () => {
    const v235 = { 'OpenStack-API-Version': 'compute 2.35' };
    const sg = (method: string, path: string, op: string, body?: unknown, token = member.token) => call(c, method, `/v2.1${path}`, op, { token, body, headers: v235 });
    const a = await sg('POST', '/os-security-groups', 'createComputeSecurityGroup', { security_group: { name: 'web', description: 'web servers' } });
    expect(a.status).toBe(200);
    expect(a.body.security_group).toMatchObject({ name: 'web', description: 'web servers', tenant_id: member.projectId, rules: [] });
    const b = (await sg('POST', '/os-security-groups', 'createComputeSecurityGroup', { security_group: { name: 'peer', description: ' d ' } })).body.security_group;
    expect(b.description).toBe(' d ');
    expect((await sg('POST', '/os-security-groups', 'createComputeSecurityGroup', { security_group: { name: ' ', description: 'd' } })).status).toBe(400);
    const gid = a.body.security_group.id as string;
    // Rules: from a CIDR (default 0.0.0.0/0) or a peer group; Nova's port and protocol checks.
    const rule = (r: Record<string, unknown>) => sg('POST', '/os-security-group-rules', 'createComputeSecurityGroupRule', { security_group_rule: { parent_group_id: gid, ...r } });
    const ssh = await rule({ ip_protocol: 'tcp', from_port: 22, to_port: 22 });
    expect(ssh.status).toBe(200);
    expect(ssh.body.security_group_rule).toMatchObject({ parent_group_id: gid, ip_protocol: 'tcp', from_port: 22, to_port: 22, ip_range: { cidr: '0.0.0.0/0' }, group: {} });
    expect((await rule({ ip_protocol: 'tcp', from_port: 22, to_port: 22 })).body.badRequest.message).toBe(`This rule already exists in group ${gid}`);
    const ping = await rule({ ip_protocol: 'icmp', from_port: -1, to_port: -1, cidr: '10.1.2.3/8' });
    expect(ping.body.security_group_rule).toMatchObject({ ip_protocol: 'icmp', from_port: -1, to_port: -1, ip_range: { cidr: '10.1.2.3/8' } });
    const peer = await rule({ ip_protocol: 'tcp', group_id: b.id });
    expect(peer.body.security_group_rule).toMatchObject({ from_port: 1, to_port: 65535, ip_range: {}, group: { name: 'peer', tenant_id: member.projectId } });
    for (const bad of [{ ip_protocol: 'tcp', from_port: 22, to_port: 21 }, { ip_protocol: 'tcp', from_port: 0, to_port: 22 }, { ip_protocol: 'xyz', from_port: 1, to_port: 2 }, { ip_protocol: 'tcp', from_port: 'a', to_port: 2 }, { ip_protocol: 'tcp' }, { parent_group_id: 'not-a-uuid', ip_protocol: 'tcp', from_port: 1, to_port: 2 }]) {
      expect((await rule(bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await rule({ parent_group_id: '00000000-0000-4000-8000-000000000000', ip_protocol: 'tcp', from_port: 1, to_port: 2 })).status).toBe(404);
    // The group shows its ingress rules only (the two egress rules Neutron made are not Nova's).
    const shown = (await sg('GET', `/os-security-groups/${gid}`, 'showComputeSecurityGroup')).body.security_group;
    expect(shown.rules.map((r: { id: string }) => r.id).sort()).toEqual([ssh.body.security_group_rule.id, ping.body.security_group_rule.id, peer.body.security_group_rule.id].sort());
    // Deleting the peer group removes the rules naming it (Neutron's cascade).
    expect((await sg('DELETE', `/os-security-groups/${b.id}`, 'deleteComputeSecurityGroup')).status).toBe(202);
    expect((await sg('GET', `/os-security-groups/${gid}`, 'showComputeSecurityGroup')).body.security_group.rules).toHaveLength(2);
    expect((await sg('DELETE', `/os-security-group-rules/${ping.body.security_group_rule.id}`, 'deleteComputeSecurityGroupRule')).status).toBe(202);
    expect((await sg('DELETE', `/os-security-group-rules/${ping.body.security_group_rule.id}`, 'deleteComputeSecurityGroupRule')).status).toBe(404);
    const upd = await sg('PUT', `/os-security-groups/${gid}`, 'updateComputeSecurityGroup', { security_group: { name: 'web2', description: 'new' } });
    expect(upd.body.security_group).toMatchObject({ id: gid, name: 'web2', description: 'new' });
    // The list has the project's default group, which a member cannot delete (Nova: 400).
    const list = (await sg('GET', '/os-security-groups', 'listComputeSecurityGroups')).body.security_groups;
    const def = list.find((g: { name: string }) => g.name === 'default');
    expect(list.map((g: { name: string }) => g.name).sort()).toEqual(['default', 'web2']);
    expect((await sg('DELETE', `/os-security-groups/${def.id}`, 'deleteComputeSecurityGroup')).status).toBe(400);
    // Admin: all_tenants lists every project's groups; without it only the admin's own.
    const all = (await sg('GET', '/os-security-groups?all_tenants=1', 'listComputeSecurityGroups', undefined, c.adminToken)).body.security_groups.map((g: { id: string }) => g.id);
    expect(all).toContain(gid);
    expect((await sg('GET', '/os-security-groups', 'listComputeSecurityGroups', undefined, c.adminToken)).body.security_groups.map((g: { id: string }) => g.id)).not.toContain(gid);
    expect((await sg('GET', '/os-security-groups/nope', 'showComputeSecurityGroup')).status).toBe(400);
    // Gone from 2.36.
    expect((await call(c, 'GET', '/v2.1/os-security-groups', 'listComputeSecurityGroups', { token: member.token, headers: { 'OpenStack-API-Version': 'compute 2.36' } })).status).toBe(404);
    expect((await sg('DELETE', `/os-security-groups/${gid}`, 'deleteComputeSecurityGroup')).status).toBe(202);
  });

  it('proxies floating IPs before 2.36 and associates them with addFloatingIp/removeFloatingIp before 2.44', async () => {
    const v235 = { 'OpenStack-API-Version': 'compute 2.35' };
    const fip = (method: string, path: string, op: string, body?: unknown, token = member.token) => call(c, method, `/v2.1${path}`, op, { token, body, headers: v235 });
    const net = (method: string, path: string, body: unknown, token = member.token) => api(c, method, `/network/v2.0${path}`, { token, body });
    const ext = (await net('POST', '/networks', { network: { name: 'public-fip', 'router:external': true } }, c.adminToken)).body.network;
    await net('POST', '/subnets', { subnet: { network_id: ext.id, cidr: '172.31.50.0/24', ip_version: 4, enable_dhcp: false } }, c.adminToken);
    const priv = (await net('POST', '/networks', { network: { name: 'fip-priv' } })).body.network;
    const sub = (await net('POST', '/subnets', { subnet: { network_id: priv.id, cidr: '10.50.0.0/24', ip_version: 4 } })).body.subnet;
    const router = (await net('POST', '/routers', { router: { name: 'fip-r', external_gateway_info: { network_id: ext.id } } })).body.router;
    expect((await net('PUT', `/routers/${router.id}/add_router_interface`, { subnet_id: sub.id })).status).toBe(200);
    const s1 = await server(member.token, 'fip-a', { networks: [{ uuid: priv.id }] });
    const s2 = await server(member.token, 'fip-b', { networks: [{ uuid: priv.id }] });

    expect((await fip('GET', '/os-floating-ip-pools', 'listComputeFloatingIpPools')).body.floating_ip_pools).toContainEqual({ name: 'public-fip' });
    expect((await fip('POST', '/os-floating-ips', 'createComputeFloatingIp', { pool: 'no-such-pool' })).status).toBe(404);
    const a = (await fip('POST', '/os-floating-ips', 'createComputeFloatingIp', { pool: 'public-fip' })).body.floating_ip;
    expect(a).toMatchObject({ pool: 'public-fip', fixed_ip: null, instance_id: null });
    expect(a.ip).toMatch(/^172\.31\.50\./);
    const b = (await fip('POST', '/os-floating-ips', 'createComputeFloatingIp', { pool: ext.id })).body.floating_ip;
    expect((await fip('GET', '/os-floating-ips', 'listComputeFloatingIps')).body.floating_ips.map((f: { id: string }) => f.id).sort()).toEqual([a.id, b.id].sort());
    expect((await fip('GET', `/os-floating-ips/${randomId()}`, 'showComputeFloatingIp')).status).toBe(404);

    const action = (id: string, body: unknown, headers = v235) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body, headers });
    const add1 = await action(s1, { addFloatingIp: { address: a.ip } });
    expect(add1.status, add1.text).toBe(202);
    const shown = (await fip('GET', `/os-floating-ips/${a.id}`, 'showComputeFloatingIp')).body.floating_ip;
    expect(shown).toMatchObject({ instance_id: s1 });
    expect(shown.fixed_ip).toMatch(/^10\.50\.0\./);
    // A second floating IP for the same fixed IP: Neutron's conflict is Nova's 400.
    expect((await action(s1, { addFloatingIp: { address: b.ip } })).status).toBe(400);
    expect((await action(s1, { addFloatingIp: { address: '192.0.2.99' } })).status).toBe(404);
    expect((await action(s1, { addFloatingIp: { address: a.ip, fixed_address: '10.99.0.1' } })).status).toBe(400);
    // An associated floating IP moves to another server; the first no longer has it (409).
    expect((await action(s2, { addFloatingIp: { address: a.ip } })).status).toBe(202);
    expect((await fip('GET', `/os-floating-ips/${a.id}`, 'showComputeFloatingIp')).body.floating_ip.instance_id).toBe(s2);
    expect((await action(s1, { removeFloatingIp: { address: a.ip } })).status).toBe(409);
    expect((await action(s2, { removeFloatingIp: { address: a.ip } })).status).toBe(202);
    expect((await fip('GET', `/os-floating-ips/${a.id}`, 'showComputeFloatingIp')).body.floating_ip).toMatchObject({ instance_id: null, fixed_ip: null });
    // The actions are gone from 2.44, the resources from 2.36.
    expect((await action(s1, { addFloatingIp: { address: a.ip } }, { 'OpenStack-API-Version': 'compute 2.44' })).status).toBe(404);
    expect((await call(c, 'GET', '/v2.1/os-floating-ips', 'listComputeFloatingIps', { token: member.token, headers: { 'OpenStack-API-Version': 'compute 2.36' } })).status).toBe(404);
    // Release: disassociated first, 202; then 404.
    await action(s1, { addFloatingIp: { address: b.ip } });
    expect((await fip('DELETE', `/os-floating-ips/${b.id}`, 'deleteComputeFloatingIp')).status).toBe(202);
    expect((await fip('DELETE', `/os-floating-ips/${b.id}`, 'deleteComputeFloatingIp')).status).toBe(404);
    expect((await net('GET', `/floatingips/${b.id}`, undefined)).status).toBe(404);
    await fip('DELETE', `/os-floating-ips/${a.id}`, 'deleteComputeFloatingIp');
  });

  it('takes personality files before 2.57 into the spawn and rebuild payloads, within the injected_files quotas', async () => {
    const h = (v: string) => ({ 'OpenStack-API-Version': `compute ${v}` });
    const file = (path: string, text = 'x') => ({ path, contents: Buffer.from(text).toString('base64') });
    const create = (personality: unknown, v = '2.56') => call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'pers', flavorRef: flavor, imageRef: image, networks: 'none', personality } }, headers: h(v) });
    const r = await create([file('/etc/motd', 'hello')]);
    expect(r.status).toBe(202);
    const spawn = (await host.run()).find((t) => t.type === 'spawn');
    expect((spawn?.payload.instance as { files: unknown }).files).toEqual([file('/etc/motd', 'hello')]);
    expect((await create([file('/a')], '2.57')).status).toBe(400);
    expect((await create([{ path: '/a', contents: 'not base64!' }])).status).toBe(400);
    // Nova's default injected_files quota is 5 files, 255-byte paths and 10240 bytes of content.
    expect((await create([1, 2, 3, 4, 5, 6].map((i) => file(`/f${i}`)))).status).toBe(403);
    expect((await create([file(`/${'p'.repeat(300)}`)])).status).toBe(403);
    expect((await create([file('/big', 'y'.repeat(10241))])).status).toBe(403);
    // Rebuild replaces them.
    const id = r.body.server.id as string;
    const rb = await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { rebuild: { imageRef: image, personality: [file('/etc/issue', 'new')] } }, headers: h('2.56') });
    expect(rb.status).toBe(202);
    const task = (await host.run()).find((t) => t.type === 'rebuild_instance');
    expect((task?.payload.instance as { files: unknown }).files).toEqual([file('/etc/issue', 'new')]);
    await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { rebuild: { imageRef: image } }, headers: h('2.56') });
    expect(((await host.run()).find((t) => t.type === 'rebuild_instance')?.payload.instance as { files?: unknown }).files).toBeUndefined();
  });

  it('serves os-hosts before 2.43: list by zone, resources, enable/disable, power actions 501', async () => {
    const v = { 'OpenStack-API-Version': 'compute 2.42' };
    // 501 is Nova's documented answer here (the spec declares it), so this helper allows it.
    const hosts = async (path: string, op: string, o: { token?: string; body?: unknown; method?: string } = {}) => {
      const r = await api(c, o.method ?? 'GET', `/compute/v2.1/os-hosts${path}`, { token: o.token ?? c.adminToken, body: o.body, headers: { ...V, ...v } });
      const err = r.status > 501 || r.status === 500 ? `status ${r.status}` : checkResponse('compute', op, r.status, r.body);
      if (err) throw new Error(`${path}: ${err} body=${r.text}`);
      return r;
    };
    const list = (await hosts('', 'listComputeHosts')).body.hosts;
    expect(list).toContainEqual({ host_name: 'host-a', service: 'compute', zone: 'nova' });
    expect((await hosts('?zone=nova', 'listComputeHosts')).body.hosts).toEqual(list);
    expect((await hosts('?zone=', 'listComputeHosts')).body.hosts).toEqual(list);
    expect((await hosts('?zone=xxx', 'listComputeHosts')).body.hosts).toEqual([]);
    expect((await hosts('', 'listComputeHosts', { token: member.token })).status).toBe(403);
    const id = await server(member.token, 'on-host');
    const res = (await hosts('/host-a', 'showComputeHost')).body.host.map((r: { resource: Record<string, unknown> }) => r.resource);
    expect(res[0]).toEqual({ host: 'host-a', project: '(total)', cpu: 8, memory_mb: 8192, disk_gb: 100 });
    expect(res.map((r: { project: string }) => r.project)).toContain(member.projectId);
    expect(res.find((r: { project: string }) => r.project === member.projectId).memory_mb).toBeGreaterThanOrEqual(128);
    expect((await hosts('/nope', 'showComputeHost')).status).toBe(404);
    // Enable/disable is the compute service's status; maintenance mode and power actions are libvirt's 501.
    expect((await hosts('/host-a', 'updateComputeHost', { method: 'PUT', body: { status: 'disable' } })).body).toEqual({ host: 'host-a', status: 'disabled' });
    const svc = (await call(c, 'GET', '/v2.1/os-services', 'listComputeServices', { token: c.adminToken })).body.services.find((x: { host: string }) => x.host === 'host-a');
    expect(svc.status).toBe('disabled');
    expect((await hosts('/host-a', 'updateComputeHost', { method: 'PUT', body: { status: 'Enable' } })).body.status).toBe('enabled');
    for (const body of [{}, { status: 'invalid' }, { status: 'enable', maintenance_mode: 'invalid' }]) expect((await hosts('/host-a', 'updateComputeHost', { method: 'PUT', body })).status).toBe(400);
    expect((await hosts('/host-a', 'updateComputeHost', { method: 'PUT', body: { maintenance_mode: 'enable' } })).status).toBe(501);
    expect((await hosts('/nope', 'updateComputeHost', { method: 'PUT', body: { status: 'enable' } })).status).toBe(404);
    for (const a of ['reboot', 'shutdown', 'startup']) {
      expect((await hosts(`/host-a/${a}`, `${a}ComputeHost`)).status).toBe(501);
      expect((await hosts(`/nope/${a}`, `${a}ComputeHost`)).status).toBe(404);
      expect((await hosts(`/host-a/${a}`, `${a}ComputeHost`, { token: member.token })).status).toBe(403);
    }
    expect((await call(c, 'GET', '/v2.1/os-hosts', 'listComputeHosts', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.43' } })).status).toBe(404);
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await host.run();
  });
});

/** Compute API end to end on a live controller (SQLite and PostgreSQL) with simulated host agents. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { withTransaction } from '../../src/db/index.js';
import { createNetwork, createSubnet } from '../../src/network/networks.js';
import { createPort } from '../../src/network/ports.js';
import { sharedSpecs } from '../../src/spec.js';
import { createFlavor, createImage, FakeAgent, startComputeController, waitServer } from './fixtures.js';

const V = { 'OpenStack-API-Version': 'compute 2.79' };

/**
 * Calls the compute API and checks the response against the spec (any declared status; a
 * bodyless answer only needs its status declared). A 5xx fails the test: the controller must
 * answer bad input with 4xx, never 500. 406 (microversion negotiation) is outside the spec.
 */
async function call(c: TestController, method: string, path: string, op: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const r = await api(c, method, `/compute${path}`, { ...o, headers: { ...V, ...o.headers } });
  if (r.status >= 500) throw new Error(`${method} ${path}: ${r.status} body=${r.text}`);
  if (r.status !== 406) {
    const err = checkResponse('compute', op, r.status, r.body);
    if (err) throw new Error(`${method} ${path}: ${err} body=${r.text}`);
  }
  return r;
}

/** Checks a spawn task's payload against agent.yaml's SpawnPayload (the agent's contract). */
function checkSpawnPayload(payload: unknown): void {
  const v = sharedSpecs().require('agent').componentValidator('SpawnPayload');
  if (!v(payload)) throw new Error(`spawn payload does not match agent.yaml SpawnPayload: ${JSON.stringify(v.errors)} payload=${JSON.stringify(payload)}`);
}

describe.each(backends())('compute on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let other: { token: string; projectId: string };
  let flavor: string;
  let image: string;
  let hosts: FakeAgent[];

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.small', vcpus: 1, ram: 256, disk: 1 });
    image = await createImage(c);
    hosts = [await FakeAgent.start(c, 'host-a', { vcpus: 4, memory_mb: 4096, local_gb: 100 }), await FakeAgent.start(c, 'host-b', { vcpus: 4, memory_mb: 4096, local_gb: 100 })];
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const runAllTasks = async (opts?: Parameters<FakeAgent['run']>[0]) => (await Promise.all(hosts.map((h) => h.run(opts)))).flat();
  const runAll = async (opts?: Parameters<FakeAgent['run']>[0]): Promise<void> => {
    for (const h of hosts) await h.run(opts);
  };
  const create = (token: string, server: Record<string, unknown>, headers?: Record<string, string>) =>
    call(c, 'POST', '/v2.1/servers', 'createServer', { token, body: { server: { name: 'web', flavorRef: flavor, imageRef: image, networks: 'none', ...server } }, headers });

  it('serves version documents and negotiates microversions', async () => {
    const root = await call(c, 'GET', '/', 'listComputeVersions');
    expect(root.status).toBe(200);
    // Nova lists the legacy v2.0 first (Tempest checks it), then v2.1 with its microversions.
    expect(root.body.versions.map((v: { id: string }) => v.id)).toEqual(['v2.0', 'v2.1']);
    expect(root.body.versions[1].version).toBe('2.79');
    const v2 = await call(c, 'GET', '/v2/', 'showComputeLegacyVersion');
    expect(v2.body.version).toMatchObject({ id: 'v2.0', version: '', links: [{ href: root.body.versions[0].links[0].href, rel: 'self' }, { rel: 'describedby' }] });
    for (const p of ['/v2.1', '/v2.1/']) {
      const r = await call(c, 'GET', p, 'showComputeVersion');
      expect(r.status).toBe(200);
      expect(r.body.version.min_version).toBe('2.1');
    }
    const legacy = await api(c, 'GET', '/compute/v2.1/flavors', { token: member.token, headers: { 'X-OpenStack-Nova-API-Version': '2.50' } });
    expect(legacy.headers.get('openstack-api-version')).toBe('compute 2.50');
    expect(legacy.headers.get('x-openstack-nova-api-version')).toBe('2.50');
    const none = await api(c, 'GET', '/compute/v2.1/flavors', { token: member.token });
    expect(none.headers.get('openstack-api-version')).toBe('compute 2.1');
    const latest = await api(c, 'GET', '/compute/v2.1/flavors', { token: member.token, headers: { 'OpenStack-API-Version': 'compute latest' } });
    expect(latest.headers.get('openstack-api-version')).toBe('compute 2.79');
    const bad = await api(c, 'GET', '/compute/v2.1/flavors', { token: member.token, headers: { 'OpenStack-API-Version': 'compute 2.999' } });
    expect(bad.status).toBe(406);
    expect(bad.body.computeFault.code).toBe(406);
  });

  it('manages flavors, access and extra specs', async () => {
    const priv = await call(c, 'POST', '/v2.1/flavors', 'createFlavor', { token: c.adminToken, body: { flavor: { name: 'priv', vcpus: 2, ram: 512, disk: 5, 'os-flavor-access:is_public': false } } });
    expect(priv.status).toBe(200);
    const id = priv.body.flavor.id;
    expect((await call(c, 'POST', '/v2.1/flavors', 'createFlavor', { token: c.adminToken, body: { flavor: { name: 'priv', vcpus: 1, ram: 1, disk: 1 } } })).status).toBe(409);
    expect((await call(c, 'POST', '/v2.1/flavors', 'createFlavor', { token: member.token, body: { flavor: { name: 'x', vcpus: 1, ram: 1, disk: 1 } } })).status).toBe(403);
    expect((await call(c, 'GET', `/v2.1/flavors/${id}`, 'showFlavor', { token: member.token })).status).toBe(404);
    const acc = await call(c, 'POST', `/v2.1/flavors/${id}/action`, 'flavorAction', { token: c.adminToken, body: { addTenantAccess: { tenant: member.projectId } } });
    expect(acc.body.flavor_access).toEqual([{ flavor_id: id, tenant_id: member.projectId }]);
    expect((await call(c, 'GET', `/v2.1/flavors/${id}`, 'showFlavor', { token: member.token })).status).toBe(200);
    expect((await call(c, 'GET', `/v2.1/flavors/${id}/os-flavor-access`, 'listFlavorAccess', { token: c.adminToken })).body.flavor_access).toHaveLength(1);
    const es = await call(c, 'POST', `/v2.1/flavors/${id}/os-extra_specs`, 'createFlavorExtraSpecs', { token: c.adminToken, body: { extra_specs: { 'hw:cpu_policy': 'shared', n: 1 } } });
    expect(es.body.extra_specs).toEqual({ 'hw:cpu_policy': 'shared', n: '1' });
    expect((await call(c, 'GET', `/v2.1/flavors/${id}/os-extra_specs/n`, 'showFlavorExtraSpec', { token: member.token })).body).toEqual({ n: '1' });
    expect((await call(c, 'PUT', `/v2.1/flavors/${id}/os-extra_specs/n`, 'updateFlavorExtraSpec', { token: c.adminToken, body: { m: '2' } })).status).toBe(400);
    expect((await call(c, 'PUT', `/v2.1/flavors/${id}/os-extra_specs/n`, 'updateFlavorExtraSpec', { token: c.adminToken, body: { n: '3' } })).body).toEqual({ n: '3' });
    expect((await call(c, 'GET', `/v2.1/flavors/${id}/os-extra_specs`, 'listFlavorExtraSpecs', { token: member.token })).body.extra_specs).toEqual({ 'hw:cpu_policy': 'shared', n: '3' });
    expect((await call(c, 'DELETE', `/v2.1/flavors/${id}/os-extra_specs/n`, 'deleteFlavorExtraSpec', { token: c.adminToken })).status).toBe(200);
    expect((await call(c, 'GET', `/v2.1/flavors/${id}/os-extra_specs/n`, 'showFlavorExtraSpec', { token: member.token })).status).toBe(404);
    const detail = await call(c, 'GET', '/v2.1/flavors/detail?limit=1', 'listFlavorsDetailed', { token: member.token });
    expect(detail.body.flavors).toHaveLength(1);
    expect(detail.body.flavors_links[0].href).toContain('marker=');
    expect((await call(c, 'GET', '/v2.1/flavors?marker=nope', 'listFlavors', { token: member.token })).status).toBe(400);
    const names = (await call(c, 'GET', '/v2.1/flavors', 'listFlavors', { token: member.token })).body.flavors.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['m1.small', 'priv']));
    expect((await call(c, 'DELETE', `/v2.1/flavors/${id}`, 'deleteFlavor', { token: c.adminToken })).status).toBe(202);
    expect((await call(c, 'GET', `/v2.1/flavors/${id}`, 'showFlavor', { token: c.adminToken })).status).toBe(404);
  });

  it('takes a flavor id given as a string, a number or null, and stores it as a string', async () => {
    const mk = (name: string, id: unknown) => call(c, 'POST', '/v2.1/flavors', 'createFlavor', { token: c.adminToken, body: { flavor: { name, vcpus: 1, ram: 64, disk: 0, id } } });
    const num = await mk('by-int', 424242);
    expect(num.status).toBe(200);
    expect(num.body.flavor.id).toBe('424242');
    expect((await call(c, 'GET', '/v2.1/flavors/424242', 'showFlavor', { token: c.adminToken })).body.flavor.name).toBe('by-int');
    expect((await mk('by-int-again', '424242')).status).toBe(409);
    expect((await mk('by-string', 'flv-1')).body.flavor.id).toBe('flv-1');
    expect((await mk('by-null', null)).body.flavor.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await mk('by-bool', true)).status).toBe(400);
    expect((await mk('by-bad-string', ' x')).status).toBe(400);
    for (const id of ['424242', 'flv-1']) await call(c, 'DELETE', `/v2.1/flavors/${id}`, 'deleteFlavor', { token: c.adminToken });
  });

  it('generates and imports key pairs', async () => {
    const gen = await call(c, 'POST', '/v2.1/os-keypairs', 'createKeypair', { token: member.token, body: { keypair: { name: 'k1' } } });
    expect(gen.status).toBe(201);
    expect(gen.body.keypair.private_key).toContain('PRIVATE KEY');
    expect(gen.body.keypair.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const pub = gen.body.keypair.public_key as string;
    const imp = await call(c, 'POST', '/v2.1/os-keypairs', 'createKeypair', { token: member.token, body: { keypair: { name: 'k2', public_key: pub } } });
    expect(imp.body.keypair.fingerprint).toBe(gen.body.keypair.fingerprint);
    expect(imp.body.keypair.private_key).toBeUndefined();
    expect((await call(c, 'POST', '/v2.1/os-keypairs', 'createKeypair', { token: member.token, body: { keypair: { name: 'k2', public_key: pub } } })).status).toBe(409);
    expect((await call(c, 'POST', '/v2.1/os-keypairs', 'createKeypair', { token: member.token, body: { keypair: { name: 'k3', public_key: 'ssh-rsa nonsense' } } })).status).toBe(400);
    const list = await call(c, 'GET', '/v2.1/os-keypairs', 'listKeypairs', { token: member.token });
    expect(list.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual(['k1', 'k2']);
    expect((await call(c, 'GET', '/v2.1/os-keypairs', 'listKeypairs', { token: other.token })).body.keypairs).toEqual([]);
    expect((await call(c, 'GET', '/v2.1/os-keypairs/k1', 'showKeypair', { token: member.token })).body.keypair.user_id).toBe(member.userId);
    expect((await call(c, 'GET', '/v2.1/os-keypairs/k1', 'showKeypair', { token: other.token })).status).toBe(404);
    expect((await call(c, 'DELETE', '/v2.1/os-keypairs/k2', 'deleteKeypair', { token: member.token })).status).toBe(204);
  });

  it('runs a server through its lifecycle', async () => {
    const r = await create(member.token, { key_name: 'k1', metadata: { a: 'b' } });
    expect(r.status).toBe(202);
    expect(r.headers.get('location')).toContain(`/servers/${r.body.server.id}`);
    const id = r.body.server.id as string;
    const building = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(building.body.server.status).toBe('BUILD');
    expect(building.body.server['OS-EXT-STS:task_state']).toBe('spawning');
    const tasks = (await Promise.all(hosts.map((h) => h.run()))).flat();
    const spawn = tasks.find((t) => t.type === 'spawn' && t.instanceId === id)!;
    expect((spawn.payload.instance as Record<string, unknown>).key_data).toContain('ssh-rsa');
    expect((spawn.payload.image as Record<string, unknown>).id).toBe(image);
    const active = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(active.body.server.status).toBe('ACTIVE');
    expect(active.body.server['OS-EXT-STS:power_state']).toBe(1);
    expect(active.body.server.flavor.original_name).toBe('m1.small');
    expect(active.body.server.key_name).toBe('k1');

    // stop, stop again (409), start, reboot
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-stop': null } })).status).toBe(202);
    const again = await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-stop': null } });
    expect(again.status).toBe(409);
    expect(again.body.conflictingRequest.message).toBe(`Cannot 'os-stop' instance ${id} while it is in task_state powering-off`);
    await runAll();
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server.status).toBe('SHUTOFF');
    const stopped = await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-stop': null } });
    expect(stopped.status).toBe(409);
    expect(stopped.body.conflictingRequest.message).toContain('vm_state stopped');
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { reboot: { type: 'SOFT' } } })).status).toBe(409);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-start': {} } })).status).toBe(202);
    await runAll();
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server.status).toBe('ACTIVE');
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { reboot: { type: 'HARD' } } })).status).toBe(202);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server.status).toBe('HARD_REBOOT');
    await runAll();
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server.status).toBe('ACTIVE');

    // console output through the agent (request/response)
    const consoleP = call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-getConsoleOutput': { length: 2 } } });
    const agentLoop = (async () => {
      for (let i = 0; i < 100; i++) {
        const done = (await Promise.all(hosts.map((h) => h.run()))).flat();
        if (done.some((t) => t.type === 'console_output')) return;
        await new Promise((res) => setTimeout(res, 20));
      }
    })();
    const [out] = await Promise.all([consoleP, agentLoop]);
    expect(out.status).toBe(200);
    expect(out.body.output).toBe('line2\nline3\n');

    // metadata
    expect((await call(c, 'POST', `/v2.1/servers/${id}/metadata`, 'createServerMetadata', { token: member.token, body: { metadata: { c: 'd' } } })).body.metadata).toEqual({ a: 'b', c: 'd' });
    expect((await call(c, 'PUT', `/v2.1/servers/${id}/metadata/c`, 'updateServerMetadataItem', { token: member.token, body: { meta: { c: 'e' } } })).body.meta).toEqual({ c: 'e' });
    expect((await call(c, 'GET', `/v2.1/servers/${id}/metadata/c`, 'showServerMetadataItem', { token: member.token })).body.meta).toEqual({ c: 'e' });
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}/metadata/a`, 'deleteServerMetadataItem', { token: member.token })).status).toBe(204);
    expect((await call(c, 'PUT', `/v2.1/servers/${id}/metadata`, 'replaceServerMetadata', { token: member.token, body: { metadata: { x: 'y' } } })).body.metadata).toEqual({ x: 'y' });
    expect((await call(c, 'GET', `/v2.1/servers/${id}/metadata`, 'listServerMetadata', { token: member.token })).body.metadata).toEqual({ x: 'y' });

    // update
    const upd = await call(c, 'PUT', `/v2.1/servers/${id}`, 'updateServer', { token: member.token, body: { server: { name: 'renamed', description: 'hello' } } });
    expect(upd.body.server.name).toBe('renamed');
    expect(upd.body.server.description).toBe('hello');
    // Before 2.75 Nova's update answers without the extension attributes (Tempest's schema
    // forbids them); from 2.75 it is the show view. Access IPs come back canonical.
    const EXTENSIONS = ['OS-EXT-STS:vm_state', 'OS-EXT-STS:task_state', 'OS-EXT-STS:power_state', 'OS-EXT-AZ:availability_zone', 'OS-SRV-USG:launched_at', 'OS-SRV-USG:terminated_at', 'os-extended-volumes:volumes_attached', 'config_drive', 'key_name', 'OS-EXT-SRV-ATTR:host'];
    for (const [version, token] of [['2.1', member.token], ['2.74', c.adminToken]] as const) {
      const basic = await call(c, 'PUT', `/v2.1/servers/${id}`, 'updateServer', {
        token,
        headers: { 'OpenStack-API-Version': `compute ${version}` },
        body: { server: { accessIPv4: '10.0.0.1', accessIPv6: '0000:0000:0000:0000:0000:babe:220.12.22.2' } },
      });
      expect(basic.status).toBe(200);
      for (const k of EXTENSIONS) expect(basic.body.server, `${version} ${k}`).not.toHaveProperty(k);
      expect(basic.body.server.accessIPv4).toBe('10.0.0.1');
      expect(basic.body.server.accessIPv6).toBe('::babe:dc0c:1602');
      expect(basic.body.server.status).toBe('ACTIVE');
    }
    const full = await call(c, 'PUT', `/v2.1/servers/${id}`, 'updateServer', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.75' }, body: { server: { accessIPv6: '2001:DB8:0:0:1:0:0:1' } } });
    expect(full.body.server['OS-EXT-STS:vm_state']).toBe('active');
    expect(full.body.server['OS-EXT-SRV-ATTR:host']).toBeTruthy();
    expect(full.body.server.key_name).toBe('k1');
    expect(full.body.server.accessIPv6).toBe('2001:db8::1:0:0:1');
    const shown = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(shown.body.server.accessIPv6).toBe('2001:db8::1:0:0:1');
    for (const [field, value] of [['accessIPv4', '10.0.0.256'], ['accessIPv4', '::1'], ['accessIPv6', '1.2.3.4'], ['accessIPv6', 'fe80::1::2']] as const) {
      const bad = await call(c, 'PUT', `/v2.1/servers/${id}`, 'updateServer', { token: member.token, body: { server: { [field]: value } } });
      expect(bad.status, `${field}=${value}`).toBe(400);
      expect(bad.body.badRequest.message).toContain(field);
    }
    const badCreate = await create(member.token, { accessIPv6: 'zz::1' });
    expect(badCreate.status).toBe(400);
    expect(badCreate.body.badRequest.message).toContain('accessIPv6');

    // instance actions with events
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['reboot', 'start', 'stop', 'create']);
    const createReq = acts.body.instanceActions[3].request_id;
    const act = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${createReq}`, 'showInstanceAction', { token: member.token });
    expect(act.body.instanceAction.events.every((e: { result: string }) => e.result === 'Success')).toBe(true);

    // other project: 404 everywhere
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: other.token })).status).toBe(404);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: other.token, body: { 'os-stop': null } })).status).toBe(404);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: other.token })).status).toBe(404);

    // delete: task_state deleting, then gone once the agent destroyed it
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    const deleting = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(deleting.body.server['OS-EXT-STS:task_state']).toBe('deleting');
    await runAll();
    const gone = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(gone.status).toBe(404);
    expect(gone.body.itemNotFound.message).toBe(`Instance ${id} could not be found.`);
    const alloc = await c.db.selectFrom('allocations').selectAll().where('instance_id', '=', id).execute();
    expect(alloc).toEqual([]);
  });

  it('locks and unlocks servers; unsupported and unknown actions answer a clear 400', async () => {
    const r = await create(member.token, { name: 'lockme' });
    const id = r.body.server.id as string;
    await runAll();
    const act = (token: string, body: unknown, headers?: Record<string, string>) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body, headers });
    const show = async () => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    expect((await act(member.token, { lock: { locked_reason: 'maintenance' } })).status).toBe(202);
    expect(await show()).toMatchObject({ locked: true, locked_reason: 'maintenance' });
    const locked = await call(c, 'GET', '/v2.1/servers/detail?locked=true', 'listServersDetailed', { token: member.token });
    expect(locked.body.servers.map((x: { id: string }) => x.id)).toEqual([id]);
    // A locked server refuses changes from its project (409) but not from an admin.
    const refused = await act(member.token, { 'os-stop': null });
    expect(refused.status).toBe(409);
    expect(refused.body.conflictingRequest.message).toBe(`Instance ${id} is locked`);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(409);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/metadata`, 'createServerMetadata', { token: member.token, body: { metadata: { k: 'v' } } })).status).toBe(409);
    expect((await act(c.adminToken, { reboot: { type: 'HARD' } })).status).toBe(202);
    await runAll();
    expect((await act(member.token, { unlock: null })).status).toBe(202);
    expect(await show()).toMatchObject({ locked: false, locked_reason: null });
    // An admin's lock (from another project) takes an admin to undo.
    expect((await act(c.adminToken, { lock: null })).status).toBe(202);
    expect((await act(member.token, { unlock: null })).status).toBe(403);
    expect((await act(c.adminToken, { unlock: null })).status).toBe(202);
    expect((await act(member.token, { lock: { locked_reason: 'x' } }, { 'OpenStack-API-Version': 'compute 2.72' })).status).toBe(400);
    expect((await act(member.token, { lock: null }, { 'OpenStack-API-Version': 'compute 2.72' })).status).toBe(202);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token, headers: { 'OpenStack-API-Version': 'compute 2.9' } })).body.server.locked).toBe(true);
    expect((await act(member.token, { unlock: {} })).status).toBe(202);
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toContain('lock');

    // Nova's actions this cloud lacks name themselves; a missing server is 404 first; other names are Nova's message.
    const unsupported = await act(member.token, { addFixedIp: { networkId: 'n' } });
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.badRequest.message).toBe("Action 'addFixedIp' is not supported by this cloud.");
    // changePassword takes a guest agent, which no guest here runs: Nova's libvirt 409, after its body (400), lock and state checks.
    const noAgent = await act(member.token, { changePassword: { adminPass: 'x' } });
    expect(noAgent.status).toBe(409);
    expect(noAgent.body.conflictingRequest.message).toBe('QEMU guest agent is not enabled');
    expect((await act(member.token, { changePassword: {} })).status).toBe(400);
    expect((await act(member.token, { changePassword: { adminPass: 'x', extra: 1 } })).status).toBe(400);
    expect((await act(member.token, { lock: null })).status).toBe(202);
    expect((await act(member.token, { changePassword: { adminPass: 'x' } })).body.conflictingRequest.message).toBe(`Instance ${id} is locked`);
    expect((await act(member.token, { unlock: null })).status).toBe(202);
    // restore: servers are deleted at once here, so none is SOFT_DELETED: Nova's 409 for the state.
    const restore = await act(member.token, { restore: null });
    expect(restore.status).toBe(409);
    expect(restore.body.conflictingRequest.message).toMatch(new RegExp(`^Cannot 'restore' instance ${id} while it is in vm_state active`));
    expect((await act(member.token, { restore: { x: 1 } })).status).toBe(400);
    const missing = await call(c, 'POST', `/v2.1/servers/${randomUUID()}/action`, 'serverAction', { token: member.token, body: { rebuild: { imageRef: image } } });
    expect(missing.status).toBe(404);
    const bogus = await act(member.token, { bogus: {} });
    expect(bogus.body.badRequest.message).toBe('There is no such action: bogus');
    // A known action with a bad body is reported about that action, not about another one.
    const badReboot = await act(member.token, { reboot: { type: 'sideways' } });
    expect(badReboot.status).toBe(400);
    expect(badReboot.body.badRequest.message).toContain('reboot.type');
    expect((await act(member.token, { 'os-stop': null, 'os-start': null })).status).toBe(400);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    await runAll();
  });

  it('lists with filters and pagination', async () => {
    const r = await create(member.token, { name: 'multi', min_count: 3, max_count: 3 });
    expect(r.status).toBe(202);
    const spawns = (await runAllTasks()).filter((t) => t.type === 'spawn');
    for (const t of spawns) checkSpawnPayload(t.payload);
    // Nova's launch_index: each server's index within its multi-create request, 0-based.
    const indexes = spawns.map((t) => t.payload.instance as { name: string; launch_index: number }).filter((i) => i.name.startsWith('multi-'));
    expect(indexes.map((i) => [i.name, i.launch_index]).sort()).toEqual([['multi-1', 0], ['multi-2', 1], ['multi-3', 2]]);
    const list = await call(c, 'GET', '/v2.1/servers?name=^multi-&limit=2', 'listServers', { token: member.token });
    expect(list.body.servers).toHaveLength(2);
    const next = new URL(list.body.servers_links[0].href);
    const page2 = await call(c, 'GET', `/v2.1/servers?${next.searchParams.toString()}`, 'listServers', { token: member.token });
    expect(page2.body.servers).toHaveLength(1);
    const names = [...list.body.servers, ...page2.body.servers].map((s: { name: string }) => s.name).sort();
    expect(names).toEqual(['multi-1', 'multi-2', 'multi-3']);
    const detail = await call(c, 'GET', '/v2.1/servers/detail?status=ACTIVE&name=multi', 'listServersDetailed', { token: member.token });
    expect(detail.body.servers).toHaveLength(3);
    expect((await call(c, 'GET', '/v2.1/servers/detail?status=SHUTOFF&name=multi', 'listServersDetailed', { token: member.token })).body.servers).toHaveLength(0);
    expect((await call(c, 'GET', '/v2.1/servers', 'listServers', { token: other.token })).body.servers).toHaveLength(0);
    const all = await call(c, 'GET', '/v2.1/servers/detail?all_tenants=1', 'listServersDetailed', { token: c.adminToken });
    expect(all.body.servers.length).toBeGreaterThanOrEqual(3);
    expect((await call(c, 'GET', '/v2.1/servers?sort_key=bogus', 'listServers', { token: member.token })).status).toBe(400);
    expect((await call(c, 'GET', '/v2.1/servers?marker=nope', 'listServers', { token: member.token })).status).toBe(400);
    for (const s of detail.body.servers) expect((await call(c, 'DELETE', `/v2.1/servers/${s.id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    await runAll();
  });

  it('rejects bad bodies and ids with Nova faults', async () => {
    expect((await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'x' } } })).status).toBe(400);
    expect((await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'x', flavorRef: flavor, imageRef: image, networks: 'none', bogus: 1 } } })).status).toBe(400);
    const badFlavor = await create(member.token, { flavorRef: 'nope' });
    expect(badFlavor.status).toBe(400);
    expect(badFlavor.body.badRequest.message).toBe('Flavor nope could not be found.');
    expect((await create(member.token, { imageRef: '8f1c0f70-0000-4000-8000-000000000000' })).status).toBe(400);
    expect((await create(member.token, { key_name: 'missing' })).status).toBe(400);
    expect((await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'x', flavorRef: flavor, imageRef: image } } })).status).toBe(400); // networks required at 2.37+
    expect((await call(c, 'GET', '/v2.1/servers/not-a-uuid', 'showServer', { token: member.token })).status).toBe(404);
    expect((await call(c, 'POST', '/v2.1/servers/not-a-uuid/action', 'serverAction', { token: member.token, body: { 'os-start': null } })).status).toBe(404);
    expect((await call(c, 'POST', '/v2.1/servers/not-a-uuid/action', 'serverAction', { token: member.token, body: { nope: {} } })).status).toBe(400);
    expect((await call(c, 'POST', '/v2.1/servers', 'createServer', { token: undefined, body: {} })).status).toBe(401);
  });

  it('reschedules a failed spawn to an alternate host', async () => {
    const r = await create(member.token, { name: 'resched' });
    const id = r.body.server.id as string;
    const first = await c.db.selectFrom('instances').select('host_id').where('id', '=', id).executeTakeFirstOrThrow();
    const bad = hosts.find((h) => h.hostId === first.host_id)!;
    const good = hosts.find((h) => h.hostId !== first.host_id)!;
    await bad.run({ fail: (t) => (t === 'spawn' ? { code: 500, message: 'qemu exploded' } : null) });
    const moved = await c.db.selectFrom('instances').select(['host_id', 'attempts', 'vm_state']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(moved).toEqual({ host_id: good.hostId, attempts: 2, vm_state: 'building' });
    await good.run();
    const s = await waitServer(c, member.token, id, (x) => x.status === 'ACTIVE');
    expect(s['OS-EXT-STS:power_state']).toBe(1);
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
  });

  it('goes to ERROR with the fault when every attempt fails', async () => {
    const r = await create(member.token, { name: 'doomed' });
    const id = r.body.server.id as string;
    for (let i = 0; i < 3; i++) await runAll({ fail: (t) => (t === 'spawn' ? { code: 500, message: 'qemu exploded' } : null) });
    const s = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(s.body.server.status).toBe('ERROR');
    expect(s.body.server.fault.message).toBe('qemu exploded');
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).status).toBe(404);
  });

  it('changes the state of a server without a host at once, with the action and its event, and queues no task', async () => {
    const big = await createFlavor(c, { name: 'nohost-huge', vcpus: 1, ram: 256, disk: 1000 });
    const id = (await create(member.token, { name: 'hostless', flavorRef: big })).body.server.id as string;
    const act = (body: unknown) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body });
    const show = async () => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    expect((await show()).status).toBe('ERROR');
    expect((await act({ 'os-stop': null })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 4 });
    expect((await act({ 'os-start': null })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    expect((await act({ pause: null })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'PAUSED', 'OS-EXT-STS:power_state': 3 });
    expect((await act({ unpause: null })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:power_state': 1 });
    expect((await act({ reboot: { type: 'SOFT' } })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    expect(await c.db.selectFrom('agent_tasks').select('id').where('instance_id', '=', id).execute()).toEqual([]);
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['reboot', 'unpause', 'pause', 'start', 'stop', 'create']);
    const stopReq = acts.body.instanceActions[4].request_id;
    const stop = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${stopReq}`, 'showInstanceAction', { token: member.token });
    expect(stop.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['compute_stop_instance', 'Success']]);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
  });

  it('reports No valid host when nothing fits, and enforces quotas', async () => {
    const big = await createFlavor(c, { name: 'huge', vcpus: 1, ram: 256, disk: 1000 });
    const r = await create(c.adminToken, { name: 'big', flavorRef: big });
    expect(r.status).toBe(202);
    const s = await call(c, 'GET', `/v2.1/servers/${r.body.server.id}`, 'showServer', { token: c.adminToken });
    expect(s.body.server.status).toBe('ERROR');
    expect(s.body.server.fault.message).toContain('No valid host was found');
    expect(s.body.server.fault.code).toBe(500);
    await call(c, 'DELETE', `/v2.1/servers/${r.body.server.id}`, 'deleteServer', { token: c.adminToken });

    const q = await c.createProjectUser('member');
    expect((await call(c, 'PUT', `/v2.1/os-quota-sets/${q.projectId}`, 'updateComputeQuotaSet', { token: c.adminToken, body: { quota_set: { instances: 1 } } })).status).toBe(200);
    const q1 = await create(q.token, { name: 'q1' });
    expect(q1.status).toBe(202);
    const over = await create(q.token, { name: 'q2' });
    expect(over.status).toBe(403);
    expect(over.body.forbidden.message).toBe('Quota exceeded for instances: Requested 1, but already used 1 of 1 instances');
    const lim = await call(c, 'GET', '/v2.1/limits', 'showComputeLimits', { token: q.token });
    expect(lim.body.limits.absolute.totalInstancesUsed).toBe(1);
    const detail = await call(c, 'GET', `/v2.1/os-quota-sets/${q.projectId}/detail`, 'showComputeQuotaSetDetail', { token: q.token });
    expect(detail.body.quota_set.instances).toEqual({ limit: 1, in_use: 1, reserved: 0 });
    expect((await call(c, 'GET', `/v2.1/os-quota-sets/${member.projectId}`, 'showComputeQuotaSet', { token: q.token })).status).toBe(403);
    expect((await call(c, 'GET', `/v2.1/os-quota-sets/${q.projectId}`, 'showComputeQuotaSet', { token: q.token })).body.quota_set).toMatchObject({ id: q.projectId, instances: 1 });
    expect((await call(c, 'GET', `/v2.1/os-quota-sets/${q.projectId}/defaults`, 'showComputeDefaultQuotaSet', { token: q.token })).body.quota_set.instances).toBe(10);
    await call(c, 'DELETE', `/v2.1/servers/${q1.body.server.id}`, 'deleteServer', { token: q.token });
    await runAll();
    expect(await c.db.selectFrom('allocations').selectAll().execute()).toEqual([]);
  });

  it('places anti-affinity group members on different hosts', async () => {
    const g = await call(c, 'POST', '/v2.1/os-server-groups', 'createServerGroup', { token: member.token, body: { server_group: { name: 'g', policy: 'anti-affinity' } } });
    expect(g.status).toBe(200);
    const gid = g.body.server_group.id;
    const a = await create(member.token, { name: 'ga' }, undefined);
    void a;
    // concurrently: the group's placements are read under the scheduler's lock
    const created = await Promise.all(
      ['g1', 'g2', 'g3'].map((n) => call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: n, flavorRef: flavor, imageRef: image, networks: 'none' }, 'os:scheduler_hints': { group: gid } } })),
    );
    const ids: string[] = created.map((r) => r.body.server.id);
    const rows = await c.db.selectFrom('instances').select(['id', 'host_id', 'vm_state']).where('id', 'in', ids).execute();
    const placed = rows.filter((x) => x.host_id);
    expect(new Set(placed.map((x) => x.host_id)).size).toBe(2);
    expect(rows.filter((x) => x.vm_state === 'error')).toHaveLength(1);
    const show = await call(c, 'GET', `/v2.1/os-server-groups/${gid}`, 'showServerGroup', { token: member.token });
    expect(show.body.server_group.members).toHaveLength(3);
    expect((await call(c, 'GET', '/v2.1/os-server-groups', 'listServerGroups', { token: member.token })).body.server_groups).toHaveLength(1);
    expect((await call(c, 'GET', `/v2.1/os-server-groups/${gid}`, 'showServerGroup', { token: other.token })).status).toBe(404);
    for (const id of [...ids, a.body.server.id]) await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    expect((await call(c, 'DELETE', `/v2.1/os-server-groups/${gid}`, 'deleteServerGroup', { token: member.token })).status).toBe(204);
  });

  it('shows hosts as hypervisors, services and availability zones', async () => {
    const hv = await call(c, 'GET', '/v2.1/os-hypervisors/detail', 'listHypervisorsDetailed', { token: c.adminToken });
    expect(hv.body.hypervisors).toHaveLength(2);
    expect((await call(c, 'GET', '/v2.1/os-hypervisors?with_servers=true', 'listHypervisors', { token: c.adminToken })).status).toBe(200);
    expect((await call(c, 'GET', `/v2.1/os-hypervisors/${hosts[0]!.hostId}`, 'showHypervisor', { token: c.adminToken })).body.hypervisor.vcpus).toBe(4);
    expect((await call(c, 'GET', '/v2.1/os-hypervisors', 'listHypervisors', { token: member.token })).status).toBe(403);
    const svc = await call(c, 'GET', '/v2.1/os-services', 'listComputeServices', { token: c.adminToken });
    expect(svc.body.services.map((s: { state: string }) => s.state)).toEqual(['up', 'up']);
    const dis = await call(c, 'PUT', `/v2.1/os-services/${hosts[1]!.hostId}`, 'updateComputeService', { token: c.adminToken, body: { status: 'disabled', disabled_reason: 'maintenance' } });
    expect(dis.body.service.status).toBe('disabled');
    const r = await create(member.token, { name: 'only-a', min_count: 2, max_count: 2 });
    expect(r.status).toBe(202);
    const placed = await c.db.selectFrom('instances').select('host_id').where('reservation_id', '=', (await c.db.selectFrom('instances').select('reservation_id').where('id', '=', r.body.server.id).executeTakeFirstOrThrow()).reservation_id).execute();
    expect(placed.every((p) => p.host_id === hosts[0]!.hostId)).toBe(true);
    await call(c, 'PUT', `/v2.1/os-services/${hosts[1]!.hostId}`, 'updateComputeService', { token: c.adminToken, body: { status: 'enabled' } });
    // Before 2.53 services and hypervisors have integer ids (registration order), UUIDs from 2.53.
    const old = { 'OpenStack-API-Version': 'compute 2.52' };
    const svcOld = await call(c, 'GET', '/v2.1/os-services', 'listComputeServices', { token: c.adminToken, headers: old });
    expect(svcOld.body.services.map((x: { id: unknown; host: string }) => [x.host, x.id])).toEqual([['host-a', 1], ['host-b', 2]]);
    const hvOld = await call(c, 'GET', '/v2.1/os-hypervisors/detail', 'listHypervisorsDetailed', { token: c.adminToken, headers: old });
    expect(hvOld.body.hypervisors.map((x: { id: unknown; service: { id: unknown } }) => [x.id, x.service.id])).toEqual([[1, 1], [2, 2]]);
    expect(hvOld.body.hypervisors[0].cpu_info).toEqual({});
    expect((await call(c, 'GET', '/v2.1/os-hypervisors', 'listHypervisors', { token: c.adminToken, headers: old })).body.hypervisors.map((x: { id: unknown }) => x.id)).toEqual([1, 2]);
    expect((await call(c, 'GET', '/v2.1/os-hypervisors/2', 'showHypervisor', { token: c.adminToken, headers: old })).body.hypervisor.hypervisor_hostname).toBe('host-b');
    expect((await call(c, 'GET', `/v2.1/os-hypervisors/${hosts[1]!.hostId}`, 'showHypervisor', { token: c.adminToken, headers: old })).status).toBe(404);
    expect((await call(c, 'GET', '/v2.1/os-hypervisors/2', 'showHypervisor', { token: c.adminToken })).status).toBe(400);
    // cpu_info: a JSON string before 2.28.
    expect((await call(c, 'GET', '/v2.1/os-hypervisors/1', 'showHypervisor', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.27' } })).body.hypervisor.cpu_info).toBe('{}');
    // Nova's boolean query values.
    const withServers = await call(c, 'GET', '/v2.1/os-hypervisors?with_servers=True', 'listHypervisors', { token: c.adminToken });
    expect(withServers.body.hypervisors[0]).toHaveProperty('servers');
    expect((await call(c, 'GET', '/v2.1/os-hypervisors?with_servers=maybe', 'listHypervisors', { token: c.adminToken })).status).toBe(400);
    const az = await call(c, 'GET', '/v2.1/os-availability-zone', 'listComputeAvailabilityZones', { token: member.token });
    expect(az.body.availabilityZoneInfo).toEqual([{ zoneName: 'nova', zoneState: { available: true }, hosts: null }]);
    expect((await call(c, 'GET', '/v2.1/os-availability-zone/detail', 'listComputeAvailabilityZonesDetailed', { token: c.adminToken })).status).toBe(200);
    expect((await create(member.token, { name: 'noaz', availability_zone: 'mars' })).status).toBe(400);
    await runAll();
    const servers = await call(c, 'GET', '/v2.1/servers?name=only-a', 'listServers', { token: member.token });
    for (const s of servers.body.servers) await call(c, 'DELETE', `/v2.1/servers/${s.id}`, 'deleteServer', { token: member.token });
    await runAll();
  });

  it('pauses and unpauses through the agent, with Nova guards, events and a failed pause left visible', async () => {
    const r = await create(member.token, { name: 'pauser' });
    const id = r.body.server.id as string;
    await runAll();
    const act = (body: unknown, token = member.token) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body });
    const show = async () => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    // unpause of an active server: Nova's InstanceInvalidState.
    const notPaused = await act({ unpause: null });
    expect(notPaused.status).toBe(409);
    expect(notPaused.body.conflictingRequest.message).toBe(`Cannot 'unpause' instance ${id} while it is in vm_state active`);
    expect((await act({ pause: null })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'pausing' });
    expect((await act({ pause: {} })).status).toBe(409);
    const tasks = await runAllTasks();
    expect(tasks.find((t) => t.instanceId === id)?.type).toBe('pause');
    expect(await show()).toMatchObject({ status: 'PAUSED', 'OS-EXT-STS:vm_state': 'paused', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 3 });
    // Paused: no stop, no soft reboot, no second pause; the console still answers.
    expect((await act({ 'os-stop': null })).body.conflictingRequest.message).toBe(`Cannot 'os-stop' instance ${id} while it is in vm_state paused`);
    expect((await act({ reboot: { type: 'SOFT' } })).status).toBe(409);
    expect((await act({ pause: null })).status).toBe(409);
    // A heartbeat that still sees it paused changes nothing; one that sees its process gone stops it.
    const h = hosts.find((x) => x.instances.has(id))!;
    await h.heartbeat();
    expect((await show()).status).toBe('PAUSED');
    expect((await act({ unpause: null })).status).toBe(202);
    expect((await show())['OS-EXT-STS:task_state']).toBe('unpausing');
    await runAll();
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:power_state': 1 });
    // A pause the host fails: back to ACTIVE, no task left, the fault recorded (Nova shows it
    // only on ERROR servers) and the action's event says Error.
    expect((await act({ pause: null })).status).toBe(202);
    await runAll({ fail: (type) => (type === 'pause' ? { code: 409, message: 'guest is not running' } : null) });
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    const faults = await c.db.selectFrom('instance_faults').select('message').where('instance_id', '=', id).execute();
    expect(faults.map((f) => f.message)).toContain('guest is not running');
    // Hard reboot is allowed from PAUSED and ends ACTIVE.
    expect((await act({ pause: null })).status).toBe(202);
    await runAll();
    expect((await act({ reboot: { type: 'HARD' } })).status).toBe(202);
    await runAll();
    expect((await show()).status).toBe('ACTIVE');
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['reboot', 'pause', 'pause', 'unpause', 'pause', 'create']);
    const pauseReq = acts.body.instanceActions[4].request_id;
    const detail = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${pauseReq}`, 'showInstanceAction', { token: member.token });
    expect(detail.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['compute_pause_instance', 'Success']]);
    const failedReq = acts.body.instanceActions[2].request_id;
    const failedDetail = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${failedReq}`, 'showInstanceAction', { token: member.token });
    expect(failedDetail.body.instanceAction.events[0].result).toBe('Error');
    // Another project's pause is a 404; a paused server whose process died is stopped.
    expect((await act({ pause: null }, other.token)).status).toBe(404);
    expect((await act({ pause: null })).status).toBe(202);
    await runAll();
    h.instances.set(id, 4);
    await h.heartbeat();
    expect(await show()).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:power_state': 4 });
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    await runAll();
  });

  it('suspends and resumes through the agent: Nova states, guards, lock, events, a failed resume kept suspended', async () => {
    const r = await create(member.token, { name: 'sleeper' });
    const id = r.body.server.id as string;
    await runAll();
    const act = (body: unknown, token = member.token) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body });
    const show = async () => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    const notSuspended = await act({ resume: null });
    expect(notSuspended.status).toBe(409);
    expect(notSuspended.body.conflictingRequest.message).toBe(`Cannot 'resume' instance ${id} while it is in vm_state active`);
    // A locked server refuses both to its owner; an admin may.
    expect((await act({ lock: null })).status).toBe(202);
    expect((await act({ suspend: null })).body.conflictingRequest.message).toBe(`Instance ${id} is locked`);
    expect((await act({ unlock: null })).status).toBe(202);
    expect((await act({ suspend: {} })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'suspending' });
    expect((await act({ suspend: null })).body.conflictingRequest.message).toBe(`Cannot 'suspend' instance ${id} while it is in task_state suspending`);
    expect((await act({ suspend: { now: true } })).status).toBe(400);
    const tasks = await runAllTasks();
    expect(tasks.find((t) => t.instanceId === id)).toMatchObject({ type: 'suspend', payload: { instance: { uuid: id, name: 'sleeper' } } });
    // Nova's libvirt driver: a managed-saved domain is shut off, power_state 4.
    expect(await show()).toMatchObject({ status: 'SUSPENDED', 'OS-EXT-STS:vm_state': 'suspended', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 4 });
    // Suspended: no stop, start, pause, soft reboot or second suspend; heartbeats seeing no process change nothing.
    for (const body of [{ 'os-stop': null }, { 'os-start': null }, { pause: null }, { reboot: { type: 'SOFT' } }, { suspend: null }]) expect((await act(body)).status).toBe(409);
    const h = hosts.find((x) => x.instances.has(id))!;
    await h.heartbeat();
    expect(await show()).toMatchObject({ status: 'SUSPENDED', 'OS-EXT-STS:power_state': 4 });
    // A resume the host fails: still SUSPENDED, the fault recorded, the event Error.
    expect((await act({ resume: null })).status).toBe(202);
    expect((await show())['OS-EXT-STS:task_state']).toBe('resuming');
    await runAll({ fail: (type) => (type === 'resume' ? { code: 500, message: 'restoring failed: qemu is inmigrate' } : null) });
    expect(await show()).toMatchObject({ status: 'SUSPENDED', 'OS-EXT-STS:task_state': null });
    const faults = await c.db.selectFrom('instance_faults').select('message').where('instance_id', '=', id).execute();
    expect(faults.map((f) => f.message)).toContain('restoring failed: qemu is inmigrate');
    expect((await act({ resume: null }, other.token)).status).toBe(404);
    expect((await act({ resume: null })).status).toBe(202);
    await runAll();
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:vm_state': 'active', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 1 });
    // A hard reboot is allowed from SUSPENDED (the host boots afresh) and ends ACTIVE.
    expect((await act({ suspend: null })).status).toBe(202);
    await runAll();
    expect((await act({ reboot: { type: 'HARD' } })).status).toBe(202);
    await runAll();
    expect((await show()).status).toBe('ACTIVE');
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['reboot', 'suspend', 'resume', 'resume', 'suspend', 'unlock', 'lock', 'create']);
    const events = async (i: number) =>
      (await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[i].request_id}`, 'showInstanceAction', { token: member.token })).body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result]);
    expect(await events(4)).toEqual([['compute_suspend_instance', 'Success']]);
    expect(await events(3)).toEqual([['compute_resume_instance', 'Error']]);
    expect(await events(2)).toEqual([['compute_resume_instance', 'Success']]);
    // A suspended server is deleted like any other (the host removes its saved state with its directory).
    expect((await act({ suspend: null })).status).toBe(202);
    await runAll();
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    const done = await runAllTasks();
    expect(done.find((t) => t.instanceId === id)?.type).toBe('destroy');
  });

  it('triggers a crash dump (2.17) in a running server only: no task_state, the event ends with the result', async () => {
    const r = await create(member.token, { name: 'dumper' });
    const id = r.body.server.id as string;
    await runAll();
    const act = (body: unknown, mv = '2.17') => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body, headers: { 'OpenStack-API-Version': `compute ${mv}` } });
    const show = async () => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    expect((await act({ trigger_crash_dump: null }, '2.16')).status).toBe(404);
    expect((await act({ trigger_crash_dump: { x: 1 } })).status).toBe(400);
    expect((await act({ trigger_crash_dump: null })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    const tasks = await runAllTasks();
    expect(tasks.find((t) => t.instanceId === id)?.type).toBe('trigger_crash_dump');
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:vm_state': 'active', 'OS-EXT-STS:power_state': 1 });
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['trigger_crash_dump', 'create']);
    const detail = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[0].request_id}`, 'showInstanceAction', { token: member.token });
    expect(detail.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['compute_trigger_crash_dump', 'Success']]);
    // A host that fails it: the states stay, the fault and the Error event are recorded.
    expect((await act({ trigger_crash_dump: null })).status).toBe(202);
    await runAll({ fail: (type) => (type === 'trigger_crash_dump' ? { code: 409, message: 'guest is not running (power state 3)' } : null) });
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    const faults = await c.db.selectFrom('instance_faults').select('message').where('instance_id', '=', id).execute();
    expect(faults.map((f) => f.message)).toContain('guest is not running (power state 3)');
    // Paused (power_state 3): Nova's InstanceNotRunning, and no action recorded; stopped: the vm_state guard.
    expect((await act({ pause: null })).status).toBe(202);
    await runAll();
    const paused = await act({ trigger_crash_dump: null });
    expect(paused.status).toBe(409);
    expect(paused.body.conflictingRequest.message).toBe(`Instance ${id} is not running.`);
    expect((await act({ unpause: null })).status).toBe(202);
    await runAll();
    expect((await act({ 'os-stop': null })).status).toBe(202);
    await runAll();
    expect((await act({ trigger_crash_dump: null })).body.conflictingRequest.message).toBe(`Cannot 'trigger_crash_dump' instance ${id} while it is in vm_state stopped`);
    const after = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(after.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['stop', 'unpause', 'pause', 'trigger_crash_dump', 'trigger_crash_dump', 'create']);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    await runAll();
  });

  it('rescues (200 adminPass, the own or a given image sent to the agent) and unrescues, with Nova guards', async () => {
    const r = await create(member.token, { name: 'rescuee' });
    const id = r.body.server.id as string;
    await runAll();
    const act = (body: unknown, token = member.token) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body });
    const show = async () => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    expect((await act({ unrescue: null })).body.conflictingRequest.message).toBe(`Cannot 'unrescue' instance ${id} while it is in vm_state active`);
    // Bad input changes nothing.
    const missing = randomUUID();
    const bad = await act({ rescue: { rescue_image_ref: missing } });
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.message).toBe(`Image ${missing} could not be found.`);
    expect((await act({ rescue: { rescue_image_ref: 'not-a-uuid' } })).status).toBe(400);
    expect((await act({ rescue: { adminPass: 'x', other: 1 } })).status).toBe(400);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    const res = await act({ rescue: null });
    expect(res.status).toBe(200);
    expect(res.body.adminPass).toMatch(/^[A-Za-z0-9x]{12}$/);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'rescuing' });
    const tasks = await runAllTasks();
    const t = tasks.find((x) => x.instanceId === id)!;
    expect(t.type).toBe('rescue');
    expect(t.payload).toMatchObject({ instance: { uuid: id, name: 'rescuee' }, image: { id: image } });
    expect(sharedSpecs().require('agent').componentValidator('RescuePayload')(t.payload)).toBe(true);
    expect(await show()).toMatchObject({ status: 'RESCUE', 'OS-EXT-STS:vm_state': 'rescued', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 1 });
    // Rescued: no second rescue, stop, pause or suspend.
    for (const body of [{ rescue: null }, { 'os-stop': null }, { pause: null }, { suspend: null }]) expect((await act(body)).status).toBe(409);
    expect((await act({ unrescue: null }, other.token)).status).toBe(404);
    expect((await act({ unrescue: {} })).status).toBe(202);
    expect((await show())['OS-EXT-STS:task_state']).toBe('unrescuing');
    await runAll();
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:vm_state': 'active', 'OS-EXT-STS:power_state': 1 });
    // From SHUTOFF too, with the caller's password; a failed rescue leaves it as it was with a fault.
    expect((await act({ 'os-stop': null })).status).toBe(202);
    await runAll();
    expect((await act({ rescue: { adminPass: 'Rescue-Me-1', rescue_image_ref: image } })).body).toEqual({ adminPass: 'Rescue-Me-1' });
    await runAll({ fail: (type) => (type === 'rescue' ? { code: 500, message: 'qemu failed to start' } : null) });
    expect(await show()).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:task_state': null });
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['rescue', 'stop', 'unrescue', 'rescue', 'create']);
    const detail = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[3].request_id}`, 'showInstanceAction', { token: member.token });
    expect(detail.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['compute_rescue_instance', 'Success']]);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    await runAll();
  });

  it('reconciles power states from heartbeats', async () => {
    const r = await create(member.token, { name: 'pw' });
    const id = r.body.server.id as string;
    await runAll();
    const h = hosts.find((x) => x.instances.has(id))!;
    h.instances.set(id, 4);
    await h.heartbeat();
    const s = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(s.body.server.status).toBe('SHUTOFF');
    expect(s.body.server['OS-EXT-STS:power_state']).toBe(4);
    h.instances.set('00000000-0000-4000-8000-00000000dead', 1);
    expect(await h.heartbeat()).toEqual(['00000000-0000-4000-8000-00000000dead']);
    h.instances.delete('00000000-0000-4000-8000-00000000dead');
    // host down: the delete is local, and the host's next heartbeat is told to clean up
    await c.db.updateTable('hosts').set({ status: 'down' }).where('id', '=', h.hostId).execute();
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).status).toBe(404);
    expect(await h.heartbeat()).toEqual([id]);
    h.instances.delete(id);
  });

  it('boots on a network without port security when no group is asked for (the default group is not forced on it)', async () => {
    const p = await c.createProjectUser('member');
    const net = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, p.projectId, { name: 'nosec', port_security_enabled: false }, new Date());
      await createSubnet(trx, { projectId: p.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.19.0.0/24', ip_version: 4 }, new Date());
      return n;
    });
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: p.token, body: { server: { name: 'nosec1', flavorRef: flavor, imageRef: image, networks: [{ uuid: net.id }] } } });
    expect(r.status).toBe(202);
    const port = await c.db.selectFrom('net_ports').selectAll().where('device_id', '=', r.body.server.id).executeTakeFirstOrThrow();
    expect(port.port_security_enabled).toBe(0);
    expect(await c.db.selectFrom('net_port_security_groups').select('security_group_id').where('port_id', '=', port.id).execute()).toEqual([]);
    // Nor does the server say it has one.
    const shown = await call(c, 'GET', `/v2.1/servers/${r.body.server.id}`, 'showServer', { token: p.token });
    expect(shown.body.server.security_groups ?? []).toEqual([]);
    await call(c, 'DELETE', `/v2.1/servers/${r.body.server.id}`, 'deleteServer', { token: p.token });
    await runAll();
  });

  it('gives servers ports, addresses and security groups', async () => {
    const p = await c.createProjectUser('member');
    const net = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, p.projectId, { name: 'private' }, new Date());
      await createSubnet(trx, { projectId: p.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.9.0.0/24', ip_version: 4, enable_dhcp: false, dns_nameservers: ['10.9.0.53'] }, new Date());
      await trx.insertInto('net_security_groups').values({ id: '6a1b3c5d-0000-4000-8000-00000000beef', project_id: p.projectId, name: 'web', description: '', stateful: 1, tags: '[]', created_at: new Date().toISOString(), updated_at: new Date().toISOString(), revision_number: 0 }).execute();
      return n;
    });
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: p.token, body: { server: { name: 'net1', flavorRef: flavor, imageRef: image, networks: 'auto' } } });
    expect(r.status).toBe(202);
    expect(r.body.server.security_groups).toEqual([{ name: 'default' }]);
    const id = r.body.server.id as string;
    // Bound to its host at scheduling but not plugged yet: DOWN, as Neutron shows it.
    const bound = await c.db.selectFrom('net_ports').selectAll().where('device_id', '=', id).executeTakeFirstOrThrow();
    expect(bound).toMatchObject({ status: 'DOWN', binding_vif_type: 'bridge' });
    expect(bound.binding_host_id).not.toBe('');
    const tasks = (await Promise.all(hosts.map((h) => h.run()))).flat();
    const spawn = tasks.find((t) => t.instanceId === id)!;
    checkSpawnPayload(spawn.payload);
    // The host reported the spawn (its ports plugged): ACTIVE.
    expect((await c.db.selectFrom('net_ports').select('status').where('id', '=', bound.id).executeTakeFirstOrThrow()).status).toBe('ACTIVE');
    const nics = spawn.payload.network_info as { network_id: string; mac: string; mtu: number; fixed_ips: { ip: string; cidr: string; enable_dhcp: boolean; dns_nameservers: string[] }[] }[];
    expect(nics).toHaveLength(1);
    expect(nics[0]!.network_id).toBe(net.id);
    expect(nics[0]!.mtu).toBeGreaterThan(0);
    // What the agent's config drive needs for a static address: no DHCP, the subnet's DNS.
    expect(nics[0]!.fixed_ips[0]).toMatchObject({ cidr: '10.9.0.0/24', enable_dhcp: false, dns_nameservers: ['10.9.0.53'] });
    const s = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: p.token });
    expect(s.body.server.addresses.private).toEqual([{ version: 4, addr: nics[0]!.fixed_ips[0]!.ip, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': nics[0]!.mac }]);
    expect((await call(c, 'GET', `/v2.1/servers/${id}/ips`, 'listServerAddresses', { token: p.token })).body.addresses.private).toHaveLength(1);
    const port = await c.db.selectFrom('net_ports').selectAll().where('device_id', '=', id).executeTakeFirstOrThrow();
    expect(port.binding_host_id).toBe(spawn && hosts.find((h) => h.instances.has(id))!.hostId);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: p.token, body: { addSecurityGroup: { name: 'web' } } })).status).toBe(202);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: p.token, body: { addSecurityGroup: { name: 'web' } } })).status).toBe(400);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: p.token, body: { addSecurityGroup: { name: 'nope' } } })).status).toBe(404);
    const sgs = await call(c, 'GET', `/v2.1/servers/${id}/os-security-groups`, 'listServerSecurityGroups', { token: p.token });
    expect(sgs.body.security_groups.map((g: { name: string }) => g.name).sort()).toEqual(['default', 'web']);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: p.token, body: { removeSecurityGroup: { name: 'web' } } })).status).toBe(202);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: p.token })).body.server.security_groups).toEqual([{ name: 'default' }]);
    const byIp = await call(c, 'GET', `/v2.1/servers?ip=${encodeURIComponent('^10\\.9\\.')}`, 'listServers', { token: p.token });
    expect(byIp.body.servers.map((x: { id: string }) => x.id)).toEqual([id]);
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: p.token });
    await runAll();
    expect(await c.db.selectFrom('net_ports').selectAll().where('device_id', '=', id).execute()).toEqual([]);
  });

  it('attaches and detaches volumes through the agent', async () => {
    const r = await create(member.token, { name: 'vol' });
    const id = r.body.server.id as string;
    await runAll();
    const volId = '7b2c0f70-0000-4000-8000-0000000000aa';
    const now = new Date().toISOString();
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    await c.db
      .insertInto('vol_volumes')
      .values({ id: volId, project_id: member.projectId, user_id: member.userId, name: 'v', description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 0, multiattach: 0, snapshot_id: null, source_volid: null, host_id: hosts[0]!.hostId, host_name: 'host-a', metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
      .execute();
    const att = await call(c, 'POST', `/v2.1/servers/${id}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: volId } } });
    expect(att.status).toBe(200);
    expect(att.body.volumeAttachment).toMatchObject({ device: '/dev/vdb', serverId: id, volumeId: volId, delete_on_termination: false });
    expect((await call(c, 'POST', `/v2.1/servers/${id}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: volId } } })).status).toBe(400);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: '7b2c0f70-0000-4000-8000-0000000000ab' } } })).status).toBe(404);
    await runAll();
    expect((await c.db.selectFrom('vol_volumes').select('status').where('id', '=', volId).executeTakeFirstOrThrow()).status).toBe('in-use');
    const list = await call(c, 'GET', `/v2.1/servers/${id}/os-volume_attachments`, 'listServerVolumeAttachments', { token: member.token });
    expect(list.body.volumeAttachments).toHaveLength(1);
    expect((await call(c, 'GET', `/v2.1/servers/${id}/os-volume_attachments/${volId}`, 'showServerVolumeAttachment', { token: member.token })).status).toBe(200);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server['os-extended-volumes:volumes_attached']).toEqual([{ id: volId, delete_on_termination: false }]);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}/os-volume_attachments/${volId}`, 'deleteServerVolumeAttachment', { token: member.token })).status).toBe(202);
    await runAll();
    expect((await c.db.selectFrom('vol_volumes').select('status').where('id', '=', volId).executeTakeFirstOrThrow()).status).toBe('available');
    expect((await call(c, 'GET', `/v2.1/servers/${id}/os-volume_attachments/${volId}`, 'showServerVolumeAttachment', { token: member.token })).status).toBe(404);
    // attached again, then the server is deleted: the attachment goes with it
    await call(c, 'POST', `/v2.1/servers/${id}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: volId } } });
    await runAll();
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['attach_volume', 'detach_volume', 'attach_volume', 'create']);
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    expect((await c.db.selectFrom('vol_volumes').select('status').where('id', '=', volId).executeTakeFirstOrThrow()).status).toBe('available');
  });

  // swap volume
  it('swaps an attached volume for another (admin): old available, new in-use on the same device; Nova\'s checks and rollback', async () => {
    const r = await create(member.token, { name: 'swap' });
    const id = r.body.server.id as string;
    await runAll();
    const [v1, v2, v3, small] = ['7b2c0f70-0000-4000-8000-0000000000c1', '7b2c0f70-0000-4000-8000-0000000000c2', '7b2c0f70-0000-4000-8000-0000000000c3', '7b2c0f70-0000-4000-8000-0000000000c4'];
    const now = new Date().toISOString();
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    for (const [vid, size] of [[v1, 2], [v2, 2], [v3, 3], [small, 1]] as const) {
      await c.db
        .insertInto('vol_volumes')
        .values({ id: vid, project_id: member.projectId, user_id: member.userId, name: vid.slice(-2), description: null, size, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 0, multiattach: 0, snapshot_id: null, source_volid: null, host_id: hosts[0]!.hostId, host_name: 'host-a', metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
        .execute();
    }
    const status = async (vid: string) => (await c.db.selectFrom('vol_volumes').select('status').where('id', '=', vid).executeTakeFirstOrThrow()).status;
    const swap = (token: string, from: string, to: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
      call(c, 'PUT', `/v2.1/servers/${id}/os-volume_attachments/${from}`, 'updateServerVolumeAttachment', { token, headers, body: { volumeAttachment: { volumeId: to, ...extra } } });
    // Not attached yet: Nova's InvalidVolume.
    expect((await swap(c.adminToken, v1, v2)).body.badRequest.message).toBe('Invalid volume: Old volume is attached to a different instance.');
    await call(c, 'POST', `/v2.1/servers/${id}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: v1 } } });
    await runAll();
    expect(await status(v1)).toBe('in-use');
    // admin only; the old volume in the path 404, the new one in the body 400; Nova's size and status checks
    expect((await swap(member.token, v1, v2)).status).toBe(403);
    expect((await swap(c.adminToken, '7b2c0f70-0000-4000-8000-0000000000ff', v2)).status).toBe(404);
    expect((await swap(c.adminToken, v1, '7b2c0f70-0000-4000-8000-0000000000ff')).status).toBe(400);
    expect((await swap(c.adminToken, v1, small)).body.badRequest.message).toBe('Invalid volume: New volume must be the same size or larger.');
    expect((await swap(c.adminToken, v1, v1)).body.badRequest.message).toBe('Invalid volume: New volume must be detached in order to swap.');
    expect((await swap(c.adminToken, v1, v2, { delete_on_termination: true })).status).toBe(400);

    expect((await swap(c.adminToken, v1, v2)).status).toBe(202);
    expect([await status(v1), await status(v2)]).toEqual(['detaching', 'attaching']);
    // A second swap or a detach meanwhile: the attachment is busy.
    expect((await swap(c.adminToken, v1, v3)).status).toBe(400);
    const tasks = await runAllTasks();
    expect(tasks.find((t) => t.type === 'swap_volume')?.payload).toMatchObject({ old_volume_id: v1, new_volume_id: v2, bdm_id: expect.any(String) });
    expect([await status(v1), await status(v2)]).toEqual(['available', 'in-use']);
    const list = await call(c, 'GET', `/v2.1/servers/${id}/os-volume_attachments`, 'listServerVolumeAttachments', { token: member.token });
    expect(list.body.volumeAttachments).toEqual([expect.objectContaining({ id: v2, device: '/dev/vdb', serverId: id, volumeId: v2 })]);
    const attachments = await c.db.selectFrom('vol_attachments').select(['volume_id', 'status', 'instance_id']).where('volume_id', 'in', [v1, v2]).execute();
    expect(attachments).toEqual([{ volume_id: v2, status: 'attached', instance_id: id }]);

    // A failed swap rolls back: the old volume stays attached, the new one available, a fault and a failed event.
    expect((await swap(c.adminToken, v2, v3)).status).toBe(202);
    await runAllTasks({ fail: (type) => (type === 'swap_volume' ? { code: 500, message: 'mirror failed' } : null) });
    expect([await status(v2), await status(v3)]).toEqual(['in-use', 'available']);
    const after = await call(c, 'GET', `/v2.1/servers/${id}/os-volume_attachments`, 'listServerVolumeAttachments', { token: member.token });
    expect(after.body.volumeAttachments.map((a: { volumeId: string }) => a.volumeId)).toEqual([v2]);
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['swap_volume', 'swap_volume', 'attach_volume', 'create']);
    const failed = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[0].request_id}`, 'showInstanceAction', { token: c.adminToken });
    expect(failed.body.instanceAction.events).toEqual([expect.objectContaining({ event: 'compute_swap_volume', result: 'Error' })]);
    // Nova's swap_volume states: not a stopped server.
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-stop': null } })).status).toBe(202);
    await runAll();
    expect((await swap(c.adminToken, v2, v3)).body.conflictingRequest.message).toBe(`Cannot 'swap_volume' instance ${id} while it is in vm_state stopped`);
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    expect(await status(v2)).toBe('available');
    // The volumes go (their gigabytes would count on the host for the tests below).
    await c.db.deleteFrom('vol_volumes').where('id', 'in', [v1, v2, v3, small]).execute();
  });

  it('attaches and detaches port interfaces (os-interface) through the agent', async () => {
    const p = await c.createProjectUser('member');
    const net = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, p.projectId, { name: 'ifnet' }, new Date());
      await createSubnet(trx, { projectId: p.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.44.0.0/24', ip_version: 4 }, new Date());
      return n;
    });
    const r = await create(p.token, { name: 'if1', networks: [{ uuid: net.id }] });
    const id = r.body.server.id as string;
    await runAll();
    const base = `/v2.1/servers/${id}/os-interface`;
    const list = async (headers?: Record<string, string>) => (await call(c, 'GET', base, 'listServerInterfaces', { token: p.token, headers })).body.interfaceAttachments as Record<string, unknown>[];
    const boot = await list();
    expect(boot).toEqual([{ fixed_ips: [{ ip_address: expect.stringMatching(/^10\.44\.0\./), subnet_id: expect.any(String) }], mac_addr: expect.stringMatching(/^fa:16:3e/), net_id: net.id, port_id: expect.any(String), port_state: 'ACTIVE', tag: null }]);
    expect((await list({ 'OpenStack-API-Version': 'compute 2.69' }))[0]).not.toHaveProperty('tag');
    // Attach answers once the host plugged the port (Nova's attach is synchronous): drive the agents meanwhile.
    const attach = async (body: unknown, opts: { fail?: boolean; headers?: Record<string, string> } = {}) => {
      // A failed plug is Nova's 500 InterfaceAttachFailed, declared in the spec (call() refuses any 5xx).
      const pending = opts.fail
        ? api(c, 'POST', `/compute${base}`, { token: p.token, body, headers: { ...V, ...opts.headers } }).then((res) => {
            const err = checkResponse('compute', 'createServerInterface', res.status, res.body);
            if (err) throw new Error(err);
            return res;
          })
        : call(c, 'POST', base, 'createServerInterface', { token: p.token, body, headers: opts.headers });
      let settled = false;
      void pending.finally(() => (settled = true));
      const seen: { type: string; payload: Record<string, unknown> }[] = [];
      while (!settled) {
        seen.push(...(await runAllTasks(opts.fail ? { fail: (t) => (t === 'attach_interface' ? { code: 500, message: 'QMP device_add failed' } : null) } : undefined)));
        await new Promise((res) => setTimeout(res, 10));
      }
      return { res: await pending, seen };
    };

    // by network, with a tag (2.49) shown from 2.70
    const byNet = await attach({ interfaceAttachment: { net_id: net.id, tag: 'second' } });
    expect(byNet.res.status).toBe(200);
    expect(byNet.res.body.interfaceAttachment).toMatchObject({ net_id: net.id, port_state: 'ACTIVE', tag: 'second' });
    const task = byNet.seen.find((t) => t.type === 'attach_interface')!;
    const payloadCheck = sharedSpecs().require('agent').componentValidator('AttachInterfacePayload');
    expect(payloadCheck(task.payload), JSON.stringify(payloadCheck.errors)).toBe(true);
    expect(task.payload).toMatchObject({ instance: { uuid: id }, tag: 'second', port: { port_id: byNet.res.body.interfaceAttachment.port_id, network_id: net.id, mac: byNet.res.body.interfaceAttachment.mac_addr } });
    const netPort = await c.db.selectFrom('net_ports').selectAll().where('id', '=', byNet.res.body.interfaceAttachment.port_id).executeTakeFirstOrThrow();
    expect(netPort).toMatchObject({ device_id: id, device_owner: 'compute:nova', status: 'ACTIVE', preserve_on_delete: 0 });
    expect(netPort.binding_host_id).toBe(hosts.find((h) => h.instances.has(id))!.hostId);

    // a fixed IP on the network; a user's own port
    const byIp = await attach({ interfaceAttachment: { net_id: net.id, fixed_ips: [{ ip_address: '10.44.0.200' }] } });
    expect(byIp.res.body.interfaceAttachment.fixed_ips).toEqual([{ ip_address: '10.44.0.200', subnet_id: expect.any(String) }]);
    const own = await withTransaction(c.db, (trx) => createPort(trx, { projectId: p.projectId, isAdmin: false }, { networkId: net.id, projectId: p.projectId, name: 'mine' }, new Date()));
    const byPort = await attach({ interfaceAttachment: { port_id: own.id } });
    expect(byPort.res.body.interfaceAttachment).toMatchObject({ port_id: own.id, port_state: 'ACTIVE', mac_addr: own.mac_address });
    expect(await list()).toHaveLength(4);
    expect((await call(c, 'GET', `${base}/${own.id}`, 'showServerInterface', { token: p.token })).body.interfaceAttachment).toMatchObject({ port_id: own.id, net_id: net.id });

    // Nova's errors
    const bad = async (body: unknown, status: number, message?: string, headers?: Record<string, string>) => {
      const res = await call(c, 'POST', base, 'createServerInterface', { token: p.token, body, headers });
      expect(res.status, res.text).toBe(status);
      if (message) expect(Object.values(res.body as Record<string, { message: string }>)[0]!.message).toBe(message);
    };
    await bad({ interfaceAttachment: { net_id: net.id, port_id: own.id } }, 400, 'Must not input both network_id and port_id');
    await bad({ interfaceAttachment: { fixed_ips: [{ ip_address: '10.44.0.9' }] } }, 400, 'Must input network_id when request IP address');
    await bad({ interfaceAttachment: { net_id: net.id, tag: 'x' } }, 400, undefined, { 'OpenStack-API-Version': 'compute 2.48' });
    await bad({ interfaceAttachment: { port_id: own.id } }, 409, `Port ${own.id} is still in use.`);
    await bad({ interfaceAttachment: { net_id: net.id, fixed_ips: [{ ip_address: '10.44.0.200' }] } }, 409);
    await bad({ interfaceAttachment: { net_id: randomUUID() } }, 404);
    await bad({ interfaceAttachment: { port_id: randomUUID() } }, 404);
    const noSubnet = await withTransaction(c.db, (trx) => createNetwork(trx, p.projectId, { name: 'nosubnet' }, new Date()));
    await bad({ interfaceAttachment: { net_id: noSubnet.id } }, 400, `Network ${noSubnet.id} requires a subnet in order to boot instances on.`);
    // two networks of the project: none can be picked for an attach without one
    await bad({ interfaceAttachment: {} }, 400, 'Multiple possible networks found, use a Network ID to be more specific.');
    await c.db.insertInto('net_quotas').values({ project_id: p.projectId, resource: 'port', hard_limit: 4 }).execute();
    await bad({ interfaceAttachment: { net_id: net.id } }, 403, 'Maximum number of ports exceeded');
    await c.db.deleteFrom('net_quotas').where('project_id', '=', p.projectId).execute();
    expect((await call(c, 'GET', `${base}/${randomUUID()}`, 'showServerInterface', { token: p.token })).status).toBe(404);
    expect((await call(c, 'GET', base, 'listServerInterfaces', { token: other.token })).status).toBe(404);
    expect(await list()).toHaveLength(4);

    // a failed plug is rolled back: 500, the port it made is gone, the server is left as it was
    const before = await c.db.selectFrom('net_ports').select('id').where('device_id', '=', id).execute();
    const failed = await attach({ interfaceAttachment: { net_id: net.id } }, { fail: true });
    expect(failed.res.status).toBe(500);
    expect(failed.res.body).toEqual({ computeFault: { code: 500, message: `Failed to attach network adapter device to ${id}` } });
    expect(await c.db.selectFrom('net_ports').select('id').where('device_id', '=', id).execute()).toEqual(before);
    const failedPort = (failed.seen.find((t) => t.type === 'attach_interface')!.payload.port as { port_id: string }).port_id;
    expect(await c.db.selectFrom('net_ports').select('id').where('id', '=', failedPort).executeTakeFirst()).toBeUndefined();
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: p.token })).body.server).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    // a failed plug of the user's port keeps the port, unbound
    const own2 = await withTransaction(c.db, (trx) => createPort(trx, { projectId: p.projectId, isAdmin: false }, { networkId: net.id, projectId: p.projectId }, new Date()));
    expect((await attach({ interfaceAttachment: { port_id: own2.id } }, { fail: true })).res.status).toBe(500);
    expect(await c.db.selectFrom('net_ports').selectAll().where('id', '=', own2.id).executeTakeFirstOrThrow()).toMatchObject({ device_id: '', binding_host_id: '', status: 'DOWN' });

    // detach: 202, the interface stays until the host unplugged it; a created port is deleted,
    // the user's port is unbound and kept, the boot port too can go
    expect((await call(c, 'DELETE', `${base}/${randomUUID()}`, 'deleteServerInterface', { token: p.token })).status).toBe(404);
    expect((await call(c, 'DELETE', `${base}/${byNet.res.body.interfaceAttachment.port_id}`, 'deleteServerInterface', { token: p.token })).status).toBe(202);
    expect((await call(c, 'DELETE', `${base}/${own.id}`, 'deleteServerInterface', { token: p.token })).status).toBe(202);
    expect((await call(c, 'DELETE', `${base}/${boot[0]!.port_id}`, 'deleteServerInterface', { token: p.token })).status).toBe(202);
    expect(await list()).toHaveLength(4);
    const detached = await runAllTasks();
    const detachCheck = sharedSpecs().require('agent').componentValidator('DetachInterfacePayload');
    for (const t of detached.filter((x) => x.type === 'detach_interface')) expect(detachCheck(t.payload)).toBe(true);
    expect(detached.filter((t) => t.type === 'detach_interface')).toHaveLength(3);
    expect((await list()).map((x) => x.port_id)).toEqual([byIp.res.body.interfaceAttachment.port_id]);
    expect(await c.db.selectFrom('net_ports').select('id').where('id', '=', byNet.res.body.interfaceAttachment.port_id).executeTakeFirst()).toBeUndefined();
    expect(await c.db.selectFrom('net_ports').selectAll().where('id', '=', own.id).executeTakeFirstOrThrow()).toMatchObject({ device_id: '', device_owner: '', binding_host_id: '', status: 'DOWN' });
    // a detach the host fails leaves the interface attached
    const last = byIp.res.body.interfaceAttachment.port_id as string;
    expect((await call(c, 'DELETE', `${base}/${last}`, 'deleteServerInterface', { token: p.token })).status).toBe(202);
    await runAll({ fail: (t) => (t === 'detach_interface' ? { code: 409, message: 'guest did not release device' } : null) });
    expect((await list()).map((x) => x.port_id)).toEqual([last]);
    const acts = await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: p.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action).filter((a: string) => a.endsWith('_interface'))).toEqual([
      'detach_interface', 'detach_interface', 'detach_interface', 'detach_interface', 'attach_interface', 'attach_interface', 'attach_interface', 'attach_interface', 'attach_interface',
    ]);
    // locked: 409; deleting the server releases what is left
    await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: p.token, body: { lock: null } });
    expect((await call(c, 'DELETE', `${base}/${last}`, 'deleteServerInterface', { token: p.token })).status).toBe(409);
    await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: p.token, body: { unlock: null } });
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: p.token });
    await runAll();
    expect(await c.db.selectFrom('net_ports').select('id').where('device_id', '=', id).execute()).toEqual([]);
    expect(await c.db.selectFrom('instance_interfaces').select('port_id').where('instance_id', '=', id).execute()).toEqual([]);
  });

  it('boots from a volume', async () => {
    const volId = '7b2c0f70-0000-4000-8000-0000000000bb';
    const now = new Date().toISOString();
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    await c.db
      .insertInto('vol_volumes')
      .values({ id: volId, project_id: member.projectId, user_id: member.userId, name: 'root', description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 1, multiattach: 0, snapshot_id: null, source_volid: null, host_id: hosts[0]!.hostId, host_name: 'host-a', metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
      .execute();
    const bad = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'bfv', flavorRef: flavor, networks: 'none', block_device_mapping_v2: [{ boot_index: 0, source_type: 'blank', destination_type: 'volume' }] } } });
    expect(bad.status).toBe(400);
    const bfv = { server: { name: 'bfv', flavorRef: flavor, networks: 'none', block_device_mapping_v2: [{ boot_index: 0, uuid: volId, source_type: 'volume', destination_type: 'volume' }] } };
    // A volume not marked bootable is refused before anything is built.
    await c.db.updateTable('vol_volumes').set({ bootable: 0 }).where('id', '=', volId).execute();
    const notBootable = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: bfv });
    expect(notBootable.status).toBe(400);
    expect(notBootable.body.badRequest.message).toBe(`Block Device ${volId} is not bootable.`);
    await c.db.updateTable('vol_volumes').set({ bootable: 1 }).where('id', '=', volId).execute();
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: bfv });
    expect(r.status).toBe(202);
    const id = r.body.server.id as string;
    const tasks = await Promise.all(hosts.map((h) => h.run()));
    const spawn = tasks.flat().find((t) => t.instanceId === id)!;
    // No image: the agent boots the boot_index 0 volume, on the host that has the volume.
    checkSpawnPayload(spawn.payload);
    expect(spawn.payload).not.toHaveProperty('image');
    expect(spawn.payload.block_devices).toMatchObject([{ volume_id: volId, device: '/dev/vda', boot_index: 0 }]);
    expect(tasks[0]!.map((t) => t.instanceId)).toContain(id);
    const s = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    expect(s.body.server.status).toBe('ACTIVE');
    expect(s.body.server.image).toBe('');
    expect(s.body.server['os-extended-volumes:volumes_attached']).toEqual([{ id: volId, delete_on_termination: false }]);
    expect((await c.db.selectFrom('vol_volumes').select('status').where('id', '=', volId).executeTakeFirstOrThrow()).status).toBe('in-use');
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}/os-volume_attachments/${volId}`, 'deleteServerVolumeAttachment', { token: member.token })).status).toBe(400);
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    expect((await c.db.selectFrom('vol_volumes').select('status').where('id', '=', volId).executeTakeFirstOrThrow()).status).toBe('available');
  });

  it('deletes delete_on_termination volumes with the server, and only those', async () => {
    // Only compute is mounted here: the volumes are rows, their states read from the table.
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    const vol = async (name: string): Promise<string> => {
      const id = randomUUID();
      const now = new Date().toISOString();
      await c.db
        .insertInto('vol_volumes')
        .values({ id, project_id: member.projectId, user_id: member.userId, name, description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 1, multiattach: 0, snapshot_id: null, source_volid: null, host_id: hosts[1]!.hostId, host_name: 'host-b', metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
        .execute();
      return id;
    };
    const [root, data] = [await vol('dot-root'), await vol('dot-data')];
    const showVol = async (id: string) => (await c.db.selectFrom('vol_volumes').select('status').where('id', '=', id).executeTakeFirst())?.status ?? 'gone';
    const r = await create(member.token, {
      imageRef: undefined,
      block_device_mapping_v2: [
        { boot_index: 0, uuid: root, source_type: 'volume', destination_type: 'volume', delete_on_termination: true },
        { boot_index: 1, uuid: data, source_type: 'volume', destination_type: 'volume', delete_on_termination: false },
      ],
    });
    expect(r.status).toBe(202);
    const id = r.body.server.id as string;
    await runAll();
    const shown = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token });
    const attached = [...shown.body.server['os-extended-volumes:volumes_attached']].sort((a: { id: string }, b: { id: string }) => (a.id === root ? -1 : b.id === root ? 1 : 0));
    expect(attached).toEqual([{ id: root, delete_on_termination: true }, { id: data, delete_on_termination: false }]);
    expect(await showVol(root)).toBe('in-use');
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    // destroy (detach), then Cinder is asked to delete the root volume: delete_volume on its host.
    const tasks = [...(await runAllTasks()), ...(await runAllTasks())];
    expect(tasks.filter((t) => t.type === 'delete_volume').map((t) => t.payload.volume_id)).toEqual([root]);
    expect(await showVol(root)).toBe('gone');
    expect(await showVol(data)).toBe('available');
  });

  it('answers the remaining routes as the spec says', async () => {
    const extensions = (await call(c, 'GET', '/v2.1/extensions', 'listComputeExtensions', { token: member.token })).body as { extensions: { alias: string }[] };
    expect(extensions.extensions.map((e) => e.alias)).toEqual(expect.arrayContaining(['OS-EXT-AZ', 'OS-EXT-IPS']));
    const upd = await call(c, 'PUT', `/v2.1/flavors/${flavor}`, 'updateFlavor', { token: c.adminToken, body: { flavor: { description: 'small one' } } });
    expect(upd.body.flavor.description).toBe('small one');
    const r = await create(member.token, { name: 'reset' });
    const id = r.body.server.id as string;
    await runAll();
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { 'os-resetState': { state: 'error' } } })).status).toBe(403);
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: c.adminToken, body: { 'os-resetState': { state: 'error' } } })).status).toBe(202);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server.status).toBe('ERROR');
    const old = await api(c, 'GET', `/compute/v2.1/servers/${id}`, { token: member.token, headers: { 'OpenStack-API-Version': 'compute 2.1' } });
    expect(checkResponse('compute', 'showServer', 200, old.body)).toBeNull();
    expect(old.body.server.flavor.id).toBe(flavor);
    expect(old.body.server.description).toBeUndefined();
    expect((await call(c, 'PUT', `/v2.1/servers/${id}/os-volume_attachments/7b2c0f70-0000-4000-8000-0000000000fe`, 'updateServerVolumeAttachment', { token: c.adminToken, body: { volumeAttachment: { volumeId: '7b2c0f70-0000-4000-8000-0000000000fe' } } })).status).toBe(404);
    await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    const kernel = await createImage(c);
    const ami = await createImage(c, { kernel_id: kernel });
    const k = await create(member.token, { name: 'ami', imageRef: ami });
    const spawn = (await Promise.all(hosts.map((h) => h.run()))).flat().find((t) => t.instanceId === k.body.server.id)!;
    expect((spawn.payload.kernel as { id: string }).id).toBe(kernel);
    expect((await create(member.token, { name: 'ami', imageRef: await createImage(c, { ramdisk_id: '8f1c0f70-0000-4000-8000-000000000000' }) })).status).toBe(400);
    await call(c, 'DELETE', `/v2.1/servers/${k.body.server.id}`, 'deleteServer', { token: member.token });
    await runAll();
    const lone = await FakeAgent.start(c, 'host-z', { vcpus: 1, memory_mb: 512, local_gb: 10 });
    expect((await call(c, 'DELETE', `/v2.1/os-services/${lone.hostId}`, 'deleteComputeService', { token: c.adminToken })).status).toBe(204);
    expect((await call(c, 'DELETE', `/v2.1/os-services/${lone.hostId}`, 'deleteComputeService', { token: c.adminToken })).status).toBe(404);
  });

  it('never overcommits under 50 concurrent creates', async () => {
    const p = await c.createProjectUser('member');
    await call(c, 'PUT', `/v2.1/os-quota-sets/${p.projectId}`, 'updateComputeQuotaSet', { token: c.adminToken, body: { quota_set: { instances: -1, cores: -1, ram: -1 } } });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => create(p.token, { name: `c${i}` })));
    expect(results.every((r) => r.status === 202)).toBe(true);
    const rows = await c.db.selectFrom('instances').select(['id', 'host_id', 'vm_state']).where('project_id', '=', p.projectId).execute();
    expect(rows).toHaveLength(50);
    const placed = rows.filter((r) => r.host_id);
    expect(placed).toHaveLength(8);
    for (const h of hosts) expect(placed.filter((r) => r.host_id === h.hostId)).toHaveLength(4);
    expect(rows.filter((r) => r.vm_state === 'error')).toHaveLength(42);
    const faults = await c.db.selectFrom('instance_faults').select('message').where('instance_id', 'in', rows.filter((r) => r.vm_state === 'error').map((r) => r.id)).execute();
    expect(faults.every((f) => f.message.startsWith('No valid host was found'))).toBe(true);
    await runAll();
    const active = await call(c, 'GET', '/v2.1/servers/detail?status=ACTIVE', 'listServersDetailed', { token: p.token });
    expect(active.body.servers).toHaveLength(8);
    await Promise.all(rows.map((r) => call(c, 'DELETE', `/v2.1/servers/${r.id}`, 'deleteServer', { token: p.token })));
    await runAll();
    expect(await c.db.selectFrom('allocations').selectAll().execute()).toEqual([]);
  }, 30000);

  it('50 concurrent creates on a real subnet with a small pool: unique IPs, no overcommit, failed builds free their ports', async () => {
    const p = await c.createProjectUser('member');
    await call(c, 'PUT', `/v2.1/os-quota-sets/${p.projectId}`, 'updateComputeQuotaSet', { token: c.adminToken, body: { quota_set: { instances: -1, cores: -1, ram: -1 } } });
    const pool = { start: '10.50.0.10', end: '10.50.0.21' }; // 12 addresses for 50 servers
    const net = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, p.projectId, { name: 'small' }, new Date());
      await createSubnet(trx, { projectId: p.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.50.0.0/24', ip_version: 4, allocation_pools: [pool] }, new Date());
      return n;
    });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => create(p.token, { name: `s${i}`, networks: [{ uuid: net.id }] })));
    // A failed build releases its port in the same transaction, so the pool (12) never runs dry.
    expect(results.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    const rows = await c.db.selectFrom('instances').select(['id', 'host_id', 'vm_state']).where('project_id', '=', p.projectId).execute();
    const placed = rows.filter((r) => r.host_id);
    const errored = rows.filter((r) => r.vm_state === 'error');
    expect(placed).toHaveLength(8); // 2 hosts x 4 vCPUs, 1 vCPU each: no overcommit
    for (const h of hosts) expect(placed.filter((r) => r.host_id === h.hostId)).toHaveLength(4);
    expect(errored).toHaveLength(42);
    await runAll();
    // What a client sees: 8 ACTIVE servers, each with one distinct address from the pool; the
    // ERROR ones without addresses.
    const detail = await call(c, 'GET', '/v2.1/servers/detail?limit=100', 'listServersDetailed', { token: p.token });
    const addrs = (s: { addresses: Record<string, { addr: string }[]> }) => Object.values(s.addresses).flat().map((a) => a.addr);
    const active = detail.body.servers.filter((s: { status: string }) => s.status === 'ACTIVE');
    expect(active).toHaveLength(8);
    const ips = active.flatMap(addrs);
    expect(ips).toHaveLength(8);
    expect(new Set(ips).size).toBe(8);
    const last = (ip: string) => Number(ip.split('.')[3]);
    for (const ip of ips) expect(ip.startsWith('10.50.0.') && last(ip) >= 10 && last(ip) <= 21, ip).toBe(true);
    for (const s of detail.body.servers.filter((x: { status: string }) => x.status === 'ERROR')) expect(addrs(s)).toEqual([]);
    const portRows = await c.db.selectFrom('net_ports').select(['device_id', 'device_owner']).where('network_id', '=', net.id).execute();
    // The servers' ports, plus the network's one DHCP port (it holds one pool address of its own).
    expect(portRows.filter((r) => r.device_owner === 'compute:nova').map((r) => r.device_id).sort()).toEqual(placed.map((r) => r.id).sort());
    expect(portRows.filter((r) => r.device_owner === 'network:dhcp')).toHaveLength(1);
    await Promise.all(rows.map((r) => call(c, 'DELETE', `/v2.1/servers/${r.id}`, 'deleteServer', { token: p.token })));
    await runAll();
    // Only the network's DHCP port and its one address stay (until the subnet or network goes).
    expect(await c.db.selectFrom('net_ports').select('device_owner').where('network_id', '=', net.id).execute()).toEqual([{ device_owner: 'network:dhcp' }]);
    expect(await c.db.selectFrom('net_ip_allocations').select('ip_address').where('network_id', '=', net.id).execute()).toHaveLength(1);
    expect(await c.db.selectFrom('allocations').selectAll().execute()).toEqual([]);
  }, 30000);
});

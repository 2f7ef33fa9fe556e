/** os-instance-actions events as Nova shows them: admins' (with tracebacks) before 2.51, everyone's from 2.51, host/hostId from 2.62. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { createFlavor, createImage, FakeAgent, startComputeController, waitServer } from './fixtures.js';

async function call(c: TestController, method: string, path: string, op: string, token: string, v: string, body?: unknown) {
  const r = await api(c, method, `/compute/v2.1${path}`, { token, body, headers: { 'OpenStack-API-Version': `compute ${v}` } });
  if (r.status >= 500) throw new Error(`${path}: ${r.status} body=${r.text}`);
  const err = checkResponse('compute', op, r.status, r.body);
  if (err) throw new Error(`${path}: ${err} body=${r.text}`);
  return r;
}

const STACK = 'ConflictError: qemu refused\n    at QemuDriver.powerOff (qemu.ts:1:1)';

describe.each(backends())('instance action events on %s', (backend) => {
  let c: TestController;
  let member: { token: string };
  let serverId: string;
  let requestId: string;

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    const flavor = await createFlavor(c, { name: 'ia.small', vcpus: 1, ram: 128, disk: 1 });
    const image = await createImage(c);
    const host = await FakeAgent.start(c, 'ia-host', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
    const r = await call(c, 'POST', '/servers', 'createServer', member.token, '2.79', { server: { name: 'ia', flavorRef: flavor, imageRef: image, networks: 'none' } });
    serverId = r.body.server.id;
    await host.run();
    await waitServer(c, member.token, serverId, (s) => s.status === 'ACTIVE');
    const stop = await api(c, 'POST', `/compute/v2.1/servers/${serverId}/action`, { token: member.token, body: { 'os-stop': null } });
    requestId = stop.headers.get('x-openstack-request-id')!;
    await host.run({ fail: (type) => (type === 'power_off' ? { code: 409, message: 'qemu refused', details: STACK } : null) });
    await waitServer(c, member.token, serverId, (s) => s['OS-EXT-STS:task_state'] === null);
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const show = (token: string, v: string) => call(c, 'GET', `/servers/${serverId}/os-instance-actions/${requestId}`, 'showInstanceAction', token, v);

  it('records a failed task as an Error event with the host fault as details and its stack as traceback', async () => {
    const r = await show(c.adminToken, '2.79');
    expect(r.body.instanceAction).toMatchObject({ action: 'stop', message: 'Error', request_id: requestId });
    expect(r.body.instanceAction.events).toEqual([
      { event: 'compute_stop_instance', start_time: expect.any(String), finish_time: expect.any(String), result: 'Error', traceback: STACK, host: 'ia-host', hostId: expect.stringMatching(/^[0-9a-f]{56}$/) },
    ]);
    const row = await c.db.selectFrom('instance_action_events').select(['details']).where('event', '=', 'compute_stop_instance').executeTakeFirstOrThrow();
    expect(row.details).toBe('qemu refused');
  });

  it('shows events to non-admins from 2.51 only, never their traceback or host', async () => {
    const before = await show(member.token, '2.50');
    expect(before.body.instanceAction.events).toBeUndefined();
    expect(before.body.instanceAction.action).toBe('stop');
    const from = await show(member.token, '2.51');
    expect(from.body.instanceAction.events).toEqual([{ event: 'compute_stop_instance', start_time: expect.any(String), finish_time: expect.any(String), result: 'Error' }]);
    const withHostId = await show(member.token, '2.62');
    expect(Object.keys(withHostId.body.instanceAction.events[0]).sort()).toEqual(['event', 'finish_time', 'hostId', 'result', 'start_time']);
  });

  it('shows admins events with tracebacks in every version, host and hostId from 2.62', async () => {
    const old = await show(c.adminToken, '2.1');
    expect(old.body.instanceAction.events[0]).toEqual({ event: 'compute_stop_instance', start_time: expect.any(String), finish_time: expect.any(String), result: 'Error', traceback: STACK });
    const v262 = await show(c.adminToken, '2.62');
    expect(v262.body.instanceAction.events[0].host).toBe('ia-host');
  });
});

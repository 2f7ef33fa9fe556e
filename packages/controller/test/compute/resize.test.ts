/**
 * resize / confirmResize / revertResize on a live controller, hosts simulated (FakeAgent): Nova's
 * states and errors, the migration record, instance actions, quota and host claims while a
 * resize is pending, a failed resize, a stopped server, and the auto-confirm on a fake clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestController } from '../helpers.js';
import { confirmStaleResizes } from '../../src/compute/migrations.js';
import { claimTasks, recordProgress, recordResult } from '../../src/agentapi/tasks.js';
import { computeCall, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('server resize on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let small: string;
  let big: string;
  let smallDisk: string;
  let image: string;
  let host: FakeAgent;

  beforeAll(async () => {
    c = await startComputeController(backend, { agentBootstrapToken: 'resize-test-bootstrap' });
    member = await c.createProjectUser('member');
    small = await createFlavor(c, { name: 'r.small', vcpus: 1, ram: 256, disk: 2 });
    big = await createFlavor(c, { name: 'r.big', vcpus: 2, ram: 512, disk: 3 });
    smallDisk = await createFlavor(c, { name: 'r.tinydisk', vcpus: 2, ram: 512, disk: 1 });
    image = await createImage(c);
    host = await FakeAgent.start(c, 'host-r', { vcpus: 32, memory_mb: 8192, local_gb: 100 });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const boot = async (name: string, token = member.token): Promise<string> => {
    const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token, body: { server: { name, flavorRef: small, imageRef: image, networks: 'none' } } });
    expect(r.status).toBe(202);
    await host.run();
    return r.body.server.id as string;
  };
  const act = (id: string, body: unknown, token = member.token) => computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body });
  const show = async (id: string) => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
  const migrations = async (id: string) => (await computeCall(c, 'GET', `/v2.1/os-migrations?instance_uuid=${id}`, 'listMigrations', { token: c.adminToken })).body.migrations;
  const claim = async (id: string) => c.db.selectFrom('allocations').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
  const used = async () => (await computeCall(c, 'GET', `/v2.1/os-quota-sets/${member.projectId}/detail`, 'showComputeQuotaSetDetail', { token: member.token })).body.quota_set;

  it('resizes: RESIZE through the host\'s steps, VERIFY_RESIZE with the new flavor, confirm (204) to ACTIVE; events and a migration record', async () => {
    const id = await boot('grow');
    const before = await used();
    const r = await act(id, { resize: { flavorRef: big, 'OS-DCF:diskConfig': 'AUTO' } });
    expect(r.status).toBe(202);
    expect(await show(id)).toMatchObject({ status: 'RESIZE', 'OS-EXT-STS:task_state': 'resize_prep', 'OS-DCF:diskConfig': 'AUTO' });
    // Busy: a second resize or a confirm is Nova's 409.
    expect((await act(id, { resize: { flavorRef: big } })).status).toBe(409);
    // While pending the larger flavor counts (quota and the host claim).
    const during = await used();
    expect(during.cores.in_use - before.cores.in_use).toBe(1);
    expect(during.ram.in_use - before.ram.in_use).toBe(256);
    expect(await claim(id)).toMatchObject({ vcpus: 2, memory_mb: 512, disk_gb: 3 });
    const [m] = await migrations(id);
    expect(m).toMatchObject({ status: 'migrating', migration_type: 'resize', instance_uuid: id, source_compute: 'host-r', dest_compute: 'host-r' });
    const tasks = await host.run();
    expect(tasks.find((t) => t.type === 'resize_instance')?.payload).toEqual({ instance: { uuid: id, name: 'grow' }, flavor: { vcpus: 2, memory_mb: 512, root_gb: 3 }, power_on: true });
    const verify = await show(id);
    expect(verify).toMatchObject({ status: 'VERIFY_RESIZE', 'OS-EXT-STS:vm_state': 'resized', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 1 });
    expect(verify.flavor).toMatchObject({ original_name: 'r.big', vcpus: 2, ram: 512, disk: 3 });
    expect((await migrations(id))[0].status).toBe('finished');
    // Only VERIFY_RESIZE servers resize again? No: Nova refuses a resize of a resized server.
    expect((await act(id, { resize: { flavorRef: small } })).body.conflictingRequest.message).toBe(`Cannot 'resize' instance ${id} while it is in vm_state resized`);
    const confirm = await act(id, { confirmResize: null });
    expect(confirm.status).toBe(204);
    // A second confirm while the first runs: the resize is no longer waiting (Nova's MigrationNotFound).
    expect((await act(id, { confirmResize: null })).body.badRequest.message).toBe('Instance has not been resized.');
    expect((await act(id, { revertResize: null })).status).toBe(400);
    const confirmed = await host.run();
    expect(confirmed.map((t) => t.type)).toEqual(['confirm_resize']);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:vm_state': 'active', flavor: { original_name: 'r.big', vcpus: 2 } });
    expect((await migrations(id))[0].status).toBe('confirmed');
    expect(await claim(id)).toMatchObject({ vcpus: 2, memory_mb: 512, disk_gb: 3 });
    const after = await used();
    expect(after.cores.in_use - before.cores.in_use).toBe(1);
    const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['confirmResize', 'resize', 'create']);
    const events = async (requestId: string): Promise<[string, string][]> => {
      const d = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${requestId}`, 'showInstanceAction', { token: member.token });
      return (d.body.instanceAction.events as { event: string; result: string }[]).map((e) => [e.event, e.result] as [string, string]).sort();
    };
    expect(await events(acts.body.instanceActions[0].request_id)).toEqual([['compute_confirm_resize', 'Success']]);
    // Nova's three resize events (this host reported no progress: all end with the result).
    expect(await events(acts.body.instanceActions[1].request_id)).toEqual([['compute_finish_resize', 'Success'], ['compute_prep_resize', 'Success'], ['compute_resize_instance', 'Success']]);
    // Not waiting any more: confirm and revert are 409 (Nova's check_instance_state).
    expect((await act(id, { confirmResize: null })).body.conflictingRequest.message).toBe(`Cannot 'confirmResize' instance ${id} while it is in vm_state active`);
    expect((await act(id, { revertResize: null })).status).toBe(409);
  });

  it("records Nova's resize events as the host reports its steps: prep, resize_instance (Error with the fault), no finish after a failure", async () => {
    const id = await boot('steps');
    expect((await act(id, { resize: { flavorRef: big } })).status).toBe(202);
    const eventsNow = async (): Promise<{ event: string; result: string | null; finish_time: string | null; traceback?: string | null }[]> => {
      const list = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken });
      const reqId = list.body.instanceActions.find((a: { action: string }) => a.action === 'resize').request_id as string;
      const d = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${reqId}`, 'showInstanceAction', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.51' } });
      return (d.body.instanceAction.events as { event: string; result: string | null; finish_time: string | null }[]).sort((a, b) => a.event.localeCompare(b.event));
    };
    expect((await eventsNow()).map((e) => [e.event, e.result])).toEqual([['compute_prep_resize', null]]);
    const opts = { dialect: c.ctx.dialect, leaseMs: 60000, maxAttempts: 5, now: new Date(), hub: c.ctx.agentHub };
    const task = (await claimTasks(c.db, host.hostId, 10, opts)).find((t) => t.type === 'resize_instance' && t.instance_id === id)!;
    expect(await recordProgress(c.db, host.hostId, task.id, { task_state: 'resize_migrating', message: 'stopping the guest', percent: 10 }, opts)).toBe('recorded');
    expect(await show(id)).toMatchObject({ 'OS-EXT-STS:task_state': 'resize_migrating' });
    expect((await eventsNow()).map((e) => [e.event, e.result])).toEqual([['compute_prep_resize', 'Success'], ['compute_resize_instance', null]]);
    // resize_migrated is still the disk's step: no new event.
    await recordProgress(c.db, host.hostId, task.id, { task_state: 'resize_migrated', message: 'growing the root disk', percent: 40 }, opts);
    expect((await eventsNow()).map((e) => [e.event, e.result])).toEqual([['compute_prep_resize', 'Success'], ['compute_resize_instance', null]]);
    await recordResult(c.db, host.hostId, task.id, { status: 'failed', result: null, fault: { code: 500, message: 'disk grow failed', details: 'Traceback: qemu-img resize' } }, { dialect: c.ctx.dialect, now: new Date(), hub: c.ctx.agentHub, ctx: c.ctx });
    const after = await eventsNow();
    expect(after.map((e) => [e.event, e.result])).toEqual([['compute_prep_resize', 'Success'], ['compute_resize_instance', 'Error']]);
    expect(after[1]!.traceback).toBe('Traceback: qemu-img resize');
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
  });

  it('reverts: REVERT_RESIZE, then ACTIVE with the old flavor and claim; the host gets the old flavor', async () => {
    const id = await boot('back');
    expect((await act(id, { resize: { flavorRef: big } })).status).toBe(202);
    await host.run();
    expect((await act(id, { revertResize: {} })).status).toBe(202);
    expect(await show(id)).toMatchObject({ status: 'REVERT_RESIZE', 'OS-EXT-STS:task_state': 'resize_reverting' });
    const tasks = await host.run();
    expect(tasks.find((t) => t.type === 'revert_resize')?.payload).toEqual({ instance: { uuid: id, name: 'back' }, flavor: { vcpus: 1, memory_mb: 256, root_gb: 2 }, power_on: true });
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, flavor: { original_name: 'r.small', vcpus: 1, ram: 256 } });
    expect((await migrations(id))[0].status).toBe('reverted');
    expect(await claim(id)).toMatchObject({ vcpus: 1, memory_mb: 256, disk_gb: 2 });
  });

  it('refuses bad resizes with Nova\'s errors, the server unchanged', async () => {
    const id = await boot('bad');
    const same = await act(id, { resize: { flavorRef: small } });
    expect(same.status).toBe(400);
    expect(same.body.badRequest.message).toBe('When resizing, instances must change flavor!');
    const missing = await act(id, { resize: { flavorRef: 'no-such-flavor' } });
    expect(missing.status).toBe(400);
    expect(missing.body.badRequest.message).toBe('Unable to locate requested flavor.');
    const down = await act(id, { resize: { flavorRef: smallDisk } });
    expect(down.status).toBe(400);
    expect(down.body.badRequest.message).toContain('Unable to resize disk down.');
    // No room on the server's host (100 GB of disk): Nova's NoValidHost is a 400 here.
    const huge = await createFlavor(c, { name: 'r.hugedisk', vcpus: 1, ram: 256, disk: 500 });
    expect((await act(id, { resize: { flavorRef: huge } })).body.badRequest.message).toMatch(/^No valid host was found\./);
    // A server without a host (its build failed, an admin reset it to active) has none to resize on.
    const lost = await boot('lost');
    await c.db.updateTable('instances').set({ host_id: null, host_name: null }).where('id', '=', lost).execute();
    expect((await act(lost, { resize: { flavorRef: big } })).body.badRequest.message).toMatch(/^No valid host was found\./);
    expect((await migrations(lost)).length).toBe(0);
    expect((await act(id, { resize: {} })).status).toBe(400);
    expect((await act(id, { resize: { flavorRef: big, extra: 1 } })).status).toBe(400);
    expect((await act(id, { confirmResize: null })).status).toBe(409);
    expect((await act(id, { revertResize: null })).status).toBe(409);
    // Locked: 409 for its owner.
    expect((await act(id, { lock: null })).status).toBe(202);
    expect((await act(id, { resize: { flavorRef: big } })).body.conflictingRequest.message).toBe(`Instance ${id} is locked`);
    expect((await act(id, { unlock: null })).status).toBe(202);
    // Over quota: 403, as Nova's TooManyInstances.
    const q = await c.createProjectUser('member');
    const qid = await boot('quota', q.token);
    expect((await computeCall(c, 'PUT', `/v2.1/os-quota-sets/${q.projectId}`, 'updateComputeQuotaSet', { token: c.adminToken, body: { quota_set: { cores: 1 } } })).status).toBe(200);
    const over = await act(qid, { resize: { flavorRef: big } }, q.token);
    expect(over.status).toBe(403);
    expect(over.body.forbidden.message).toMatch(/^Quota exceeded for cores/);
    for (const sid of [id, qid]) {
      const s = await computeCall(c, 'GET', `/v2.1/servers/${sid}`, 'showServer', { token: c.adminToken });
      expect(s.body.server).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, flavor: { original_name: 'r.small' } });
      expect((await migrations(sid)).length).toBe(0);
    }
  });

  it('a failed resize leaves the server ACTIVE with its old flavor and a fault; the migration is error', async () => {
    const id = await boot('fails');
    expect((await act(id, { resize: { flavorRef: big } })).status).toBe(202);
    await host.run({ fail: (t) => (t === 'resize_instance' ? { code: 500, message: 'qemu-img resize failed' } : null) });
    const s = (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;
    expect(s).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, flavor: { original_name: 'r.small' } });
    expect((await migrations(id))[0].status).toBe('error');
    expect(await claim(id)).toMatchObject({ vcpus: 1, memory_mb: 256 });
  });

  it('a stopped server resizes stopped and confirms to SHUTOFF', async () => {
    const id = await boot('cold');
    expect((await act(id, { 'os-stop': null })).status).toBe(202);
    await host.run();
    expect((await act(id, { resize: { flavorRef: big } })).status).toBe(202);
    const tasks = await host.run();
    expect(tasks.find((t) => t.type === 'resize_instance')?.payload.power_on).toBe(false);
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', 'OS-EXT-STS:power_state': 4 });
    expect((await act(id, { confirmResize: null })).status).toBe(204);
    await host.run();
    expect(await show(id)).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:vm_state': 'stopped', flavor: { original_name: 'r.big' } });
  });

  it('auto-confirms a resize left waiting longer than resize_confirm_window (the clock from ctx)', async () => {
    const id = await boot('auto');
    const r = await act(id, { resize: { flavorRef: big } });
    expect(r.status).toBe(202);
    await host.run();
    const compute = (c.ctx.config.services.compute ??= {});
    const realNow = c.ctx.now;
    try {
      compute.resize_confirm_window = 0;
      expect(await confirmStaleResizes(c.ctx)).toEqual([]);
      compute.resize_confirm_window = 600;
      expect(await confirmStaleResizes(c.ctx)).toEqual([]);
      c.ctx.now = () => new Date(Date.now() + 601_000);
      expect(await confirmStaleResizes(c.ctx)).toEqual([id]);
      // Confirming: not picked up twice.
      expect(await confirmStaleResizes(c.ctx)).toEqual([]);
    } finally {
      c.ctx.now = realNow;
      compute.resize_confirm_window = 0;
    }
    await host.run();
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', flavor: { original_name: 'r.big' } });
    expect((await migrations(id))[0].status).toBe('confirmed');
    const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions[0].action).toBe('confirmResize');
  });

  it('deleting a server in VERIFY_RESIZE confirms its resize and frees the larger flavor', async () => {
    const before = await used();
    const id = await boot('gone');
    expect((await act(id, { resize: { flavorRef: big } })).status).toBe(202);
    await host.run();
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    await host.run();
    expect((await migrations(id))[0].status).toBe('confirmed');
    expect((await used()).cores.in_use).toBe(before.cores.in_use);
  });

  it('os-migrations is for admins', async () => {
    expect((await computeCall(c, 'GET', '/v2.1/os-migrations', 'listMigrations', { token: member.token })).status).toBe(403);
    const all = await computeCall(c, 'GET', '/v2.1/os-migrations?migration_type=resize', 'listMigrations', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.1' } });
    expect(all.status).toBe(200);
    expect(all.body.migrations.length).toBeGreaterThan(0);
    expect(all.body.migrations[0]).not.toHaveProperty('migration_type');
  });
});

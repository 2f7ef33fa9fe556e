import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/db/index.js';
import {
  awaitTaskResult,
  enqueueTask,
  getHost,
  listHosts,
  registerTaskHandler,
  setHostDisabled,
  setInstanceExistsChecker,
  setPowerStateReconciler,
  setVolumeStatusReconciler,
  TaskFailedError,
  TaskTimeoutError,
  type TaskOutcome,
  type TaskProgress,
  type TaskRecord,
} from '../../src/agentapi/internal.js';
import { api, backends } from '../helpers.js';
import { BOOTSTRAP_TOKEN, eventually, expectSpec, heartbeatBody, registerAgent, startAgentController, type AgentTestController } from './helpers.js';

const enqueue = (c: AgentTestController, hostId: string, type: Parameters<typeof enqueueTask>[1]['type'], payload: Record<string, unknown> = {}, instanceId?: string): Promise<string> =>
  withTransaction(c.ctx.db, (trx) => enqueueTask(trx, { hostId, type, payload, instanceId }));

const spawnPayload = (uuid: string): Record<string, unknown> => ({
  instance: { uuid, name: 'web1', hostname: 'web1', vcpus: 1, memory_mb: 96, root_gb: 1, ephemeral_gb: 0, metadata: {}, availability_zone: 'nova' },
  image: { id: randomUUID(), checksum: null, os_hash_value: null, disk_format: 'qcow2', size: 1024 },
  network_info: [{ port_id: randomUUID(), mac: 'fa:16:3e:00:00:01', network_id: randomUUID(), fixed_ips: [{ ip: '10.0.0.5', subnet_id: randomUUID(), cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] }],
  block_devices: [],
});

describe.each(backends())('agent API on %s', (backend) => {
  let c: AgentTestController;
  // A host that sends one heartbeat at the start; the last test checks that the monitor marked it
  // down (3 missed 1 s intervals elapse while the other tests run).
  let silent: { agent: Awaited<ReturnType<typeof registerAgent>>; at: number };
  beforeAll(async () => {
    c = await startAgentController(backend, { lease_seconds: 2 });
    const agent = await registerAgent(c);
    expect((await agent.call('POST', `/agent/v1/hosts/${agent.id}/heartbeat`, heartbeatBody())).status).toBe(200);
    silent = { agent, at: Date.now() };
  });
  afterAll(async () => {
    await c?.close();
  });
  afterEach(() => {
    setPowerStateReconciler(c.ctx, null);
    setInstanceExistsChecker(c.ctx, null);
    setVolumeStatusReconciler(c.ctx, null);
  });

  describe('registration', () => {
    it('registers, rotates the credential on re-registration and keeps the id', async () => {
      const a = await registerAgent(c);
      const host = await getHost(c.ctx.db, a.id);
      expect(host).toMatchObject({ name: a.name, status: 'down', disabled: false, availability_zone: 'nova', cpu_allocation_ratio: 16, ram_allocation_ratio: 1.5, disk_allocation_ratio: 1 });
      // Used once, the old credential is remembered by the controller: re-registration must still end it.
      expect((await a.call('POST', `/agent/v1/hosts/${a.id}/heartbeat`, heartbeatBody())).status).toBe(200);
      const again = await registerAgent(c, a.name);
      expect(again.id).toBe(a.id);
      expect(again.credential).not.toBe(a.credential);
      const old = await a.call('POST', `/agent/v1/hosts/${a.id}/heartbeat`, heartbeatBody());
      expect(old.status).toBe(401);
      expectSpec('reportHostHeartbeat', old);
      const fresh = await again.call('POST', `/agent/v1/hosts/${a.id}/heartbeat`, heartbeatBody());
      expect(fresh.status).toBe(200);
    });

    it('refuses a wrong bootstrap token (401) and a bad body (400)', async () => {
      const wrong = await api(c, 'POST', '/agent/v1/hosts/register', {
        body: { bootstrap_token: 'nope', hostname: 'h-wrong', hypervisor_type: 'fake', agent_version: '0.1.0' },
      });
      expect(wrong.status).toBe(401);
      expectSpec('registerHost', wrong);
      const bad = await api(c, 'POST', '/agent/v1/hosts/register', { body: { bootstrap_token: BOOTSTRAP_TOKEN, hypervisor_type: 'fake', agent_version: '0.1.0' } });
      expect(bad.status).toBe(400);
      expectSpec('registerHost', bad);
      expect(await c.ctx.db.selectFrom('hosts').select('id').where('name', '=', 'h-wrong').executeTakeFirst()).toBeUndefined();
    });
  });

  describe('heartbeat', () => {
    it('records inventory, marks the host up, reconciles and reports deleted instances', async () => {
      const a = await registerAgent(c);
      const kept = randomUUID();
      const gone = randomUUID();
      const seen: { hostId: string; ids: string[] }[] = [];
      setPowerStateReconciler(c.ctx, async (_trx, hostId, instances) => {
        seen.push({ hostId, ids: instances.map((i) => i.id) });
      });
      setInstanceExistsChecker(c.ctx, async (_trx, ids) => new Set(ids.filter((id) => id === kept)));
      const volumes: unknown[] = [];
      setVolumeStatusReconciler(c.ctx, async (_trx, hostId, vols) => void volumes.push([hostId, vols]));
      const volumeId = randomUUID();
      const res = await a.call('POST', `/agent/v1/hosts/${a.id}/heartbeat`, {
        ...heartbeatBody([
          { id: kept, power_state: 1 },
          { id: gone, power_state: 4 },
        ]),
        volumes: [{ id: volumeId, status: 'available' }],
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-openstack-request-id')).toMatch(/^req-/);
      expect(volumes).toEqual([[a.id, [{ id: volumeId, status: 'available' }]]]);
      expectSpec('reportHostHeartbeat', res);
      expect(res.body).toEqual({ heartbeat_interval: 1, host: { status: 'up', disabled: false }, deleted_instances: [gone] });
      expect(seen).toEqual([{ hostId: a.id, ids: [kept, gone] }]);
      const host = await getHost(c.ctx.db, a.id);
      expect(host).toMatchObject({ status: 'up', vcpus: 8, memory_mb: 16384, local_gb: 100, kvm_usable: false, hypervisor_version: 1000000, host_ip: '127.0.0.1' });
      expect(host!.last_heartbeat_at).not.toBeNull();
      expect((await listHosts(c.ctx.db)).map((h) => h.id)).toContain(a.id);

      await withTransaction(c.ctx.db, (trx) => setHostDisabled(trx, a.id, true, 'maintenance'));
      const res2 = await a.call('POST', `/agent/v1/hosts/${a.id}/heartbeat`, {
        inventory: { ...(heartbeatBody().inventory as object), cpu_allocation_ratio: 4 },
        instances: [],
      });
      expect(res2.body.host).toEqual({ status: 'up', disabled: true });
      expect(await getHost(c.ctx.db, a.id)).toMatchObject({ disabled: true, disabled_reason: 'maintenance', cpu_allocation_ratio: 4 });
      expect(await withTransaction(c.ctx.db, (trx) => setHostDisabled(trx, randomUUID(), true, null))).toBeNull();
    });

    it('answers 401 without or with a wrong credential, 403 for another host id, 400 for a bad body', async () => {
      const a = await registerAgent(c);
      const b = await registerAgent(c);
      const none = await api(c, 'POST', `/agent/v1/hosts/${a.id}/heartbeat`, { body: heartbeatBody() });
      expect(none.status).toBe(401);
      expectSpec('reportHostHeartbeat', none);
      const wrong = await api(c, 'POST', `/agent/v1/hosts/${a.id}/heartbeat`, { body: heartbeatBody(), headers: { authorization: 'Bearer not-a-credential' } });
      expect(wrong.status).toBe(401);
      expectSpec('reportHostHeartbeat', wrong);
      const keystone = await api(c, 'GET', `/agent/v1/hosts/${a.id}/tasks`, { token: 'some-keystone-token' });
      expect(keystone.status).toBe(401);
      const other = await b.call('POST', `/agent/v1/hosts/${a.id}/heartbeat`, heartbeatBody());
      expect(other.status).toBe(403);
      expectSpec('reportHostHeartbeat', other);
      const otherTasks = await b.call('GET', `/agent/v1/hosts/${a.id}/tasks`);
      expect(otherTasks.status).toBe(403);
      expectSpec('listHostTasks', otherTasks);
      const bad = await a.call('POST', `/agent/v1/hosts/${a.id}/heartbeat`, { instances: [] });
      expect(bad.status).toBe(400);
      expectSpec('reportHostHeartbeat', bad);
      const badQuery = await a.call('GET', `/agent/v1/hosts/${a.id}/tasks?wait=61`);
      expect(badQuery.status).toBe(400);
      expectSpec('listHostTasks', badQuery);
    });
  });

  describe('tasks', () => {
    it('delivers an enqueued task to a waiting long poll at once; progress and result reach the handler', async () => {
      const a = await registerAgent(c);
      const progress: [TaskRecord, TaskProgress][] = [];
      const results: [TaskRecord, TaskOutcome][] = [];
      registerTaskHandler(c.ctx, 'spawn', {
        onProgress: async (_trx, task, p) => {
          progress.push([task, p]);
        },
        onResult: async (_trx, task, outcome) => {
          results.push([task, outcome]);
        },
      });
      const instanceId = randomUUID();
      const empty = await a.call('GET', `/agent/v1/hosts/${a.id}/tasks`);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ tasks: [] });

      const t0 = Date.now();
      const poll = a.call('GET', `/agent/v1/hosts/${a.id}/tasks?wait=20&max=5`);
      await new Promise((r) => setTimeout(r, 300));
      const taskId = await enqueue(c, a.id, 'spawn', spawnPayload(instanceId), instanceId);
      const res = await poll;
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(res.status).toBe(200);
      expectSpec('listHostTasks', res);
      expect(res.body.tasks).toHaveLength(1);
      const task = res.body.tasks[0];
      expect(task).toMatchObject({ id: taskId, type: 'spawn', instance_id: instanceId, attempt: 1, payload: { instance: { uuid: instanceId } } });
      expect(Date.parse(task.lease_expires_at)).toBeGreaterThan(Date.now());

      const p = await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/progress`, { task_state: 'spawning', percent: 50 });
      expect(p.status).toBe(204);
      expectSpec('reportTaskProgress', p);
      expect(progress).toHaveLength(1);
      expect(progress[0]![0]).toMatchObject({ id: taskId, hostId: a.id, type: 'spawn', instanceId, attempt: 1, state: 'leased' });
      expect(progress[0]![1]).toEqual({ task_state: 'spawning', percent: 50 });
      const row = await c.ctx.db.selectFrom('agent_tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
      expect(row.lease_expires_at! >= task.lease_expires_at).toBe(true);

      const r = await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/result`, { status: 'succeeded', result: { power_state: 1 } });
      expect(r.status).toBe(204);
      expectSpec('reportTaskResult', r);
      expect(results).toHaveLength(1);
      expect(results[0]![0]).toMatchObject({ id: taskId, state: 'succeeded' });
      expect(results[0]![1]).toEqual({ status: 'succeeded', result: { power_state: 1 }, fault: null });

      // Duplicate result: 204, ignored; late progress: 204, ignored.
      const dup = await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/result`, { status: 'failed', fault: { code: 500, message: 'late' } });
      expect(dup.status).toBe(204);
      expectSpec('reportTaskResult', dup);
      expect((await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/progress`, { message: 'late' })).status).toBe(204);
      expect(results).toHaveLength(1);
      expect(progress).toHaveLength(1);
      const done = await c.ctx.db.selectFrom('agent_tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
      expect(done.state).toBe('succeeded');
      expect(done.finished_at).not.toBeNull();
      // A finished task is never delivered again.
      expect((await a.call('GET', `/agent/v1/hosts/${a.id}/tasks`)).body).toEqual({ tasks: [] });
    });

    it('redelivers a task whose lease ran out, with attempt 2', async () => {
      const a = await registerAgent(c);
      const taskId = await enqueue(c, a.id, 'power_off', {}, randomUUID());
      const first = await a.call('GET', `/agent/v1/hosts/${a.id}/tasks?wait=1`);
      expect(first.body.tasks.map((t: { id: string; attempt: number }) => [t.id, t.attempt])).toEqual([[taskId, 1]]);
      // Not acknowledged: a waiting poll gets it again once the 2 s lease runs out.
      const t0 = Date.now();
      const second = await a.call('GET', `/agent/v1/hosts/${a.id}/tasks?wait=10`);
      expect(Date.now() - t0).toBeLessThan(6000);
      expectSpec('listHostTasks', second);
      expect(second.body.tasks.map((t: { id: string; attempt: number }) => [t.id, t.attempt])).toEqual([[taskId, 2]]);
      const r = await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/result`, { status: 'succeeded' });
      expect(r.status).toBe(204);
    });

    it('hands a re-registered agent the tasks its predecessor had leased at once', async () => {
      const a = await registerAgent(c);
      const taskId = await enqueue(c, a.id, 'destroy', {}, randomUUID());
      expect((await a.call('GET', `/agent/v1/hosts/${a.id}/tasks`)).body.tasks).toHaveLength(1);
      const again = await registerAgent(c, a.name);
      const res = await again.call('GET', `/agent/v1/hosts/${a.id}/tasks`);
      expect(res.body.tasks.map((t: { id: string; attempt: number }) => [t.id, t.attempt])).toEqual([[taskId, 2]]);
      expect((await again.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/result`, { status: 'succeeded' })).status).toBe(204);
    });

    it('fails a task that keeps losing its lease after max attempts', async () => {
      const a = await registerAgent(c);
      const outcomes: TaskOutcome[] = [];
      registerTaskHandler(c.ctx, 'reboot', { onResult: async (_trx, _task, o) => void outcomes.push(o) });
      const taskId = await enqueue(c, a.id, 'reboot', { hard: true }, randomUUID());
      await c.ctx.db.updateTable('agent_tasks').set({ state: 'leased', attempt: 5, lease_expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', taskId).execute();
      const waiting = awaitTaskResult(c.ctx, taskId, 5000);
      waiting.catch(() => undefined); // asserted below
      const res = await a.call('GET', `/agent/v1/hosts/${a.id}/tasks`);
      expect(res.body).toEqual({ tasks: [] });
      expect(outcomes).toEqual([{ status: 'failed', result: null, fault: { code: 500, message: expect.stringContaining('lease expired') } }]);
      await expect(waiting).rejects.toBeInstanceOf(TaskFailedError);
    });

    it('refuses reports on another host’s task (409) and unknown tasks (404)', async () => {
      const a = await registerAgent(c);
      const b = await registerAgent(c);
      const taskId = await enqueue(c, a.id, 'destroy', {}, randomUUID());
      const other = await b.call('POST', `/agent/v1/hosts/${b.id}/tasks/${taskId}/result`, { status: 'succeeded' });
      expect(other.status).toBe(409);
      expectSpec('reportTaskResult', other);
      const otherP = await b.call('POST', `/agent/v1/hosts/${b.id}/tasks/${taskId}/progress`, { percent: 1 });
      expect(otherP.status).toBe(409);
      expectSpec('reportTaskProgress', otherP);
      const crossPath = await b.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/result`, { status: 'succeeded' });
      expect(crossPath.status).toBe(403);
      expectSpec('reportTaskResult', crossPath);
      const unknown = await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${randomUUID()}/result`, { status: 'succeeded' });
      expect(unknown.status).toBe(404);
      expectSpec('reportTaskResult', unknown);
      const noFault = await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${taskId}/result`, { status: 'failed' });
      expect(noFault.status).toBe(400);
      expectSpec('reportTaskResult', noFault);
      const row = await c.ctx.db.selectFrom('agent_tasks').select('state').where('id', '=', taskId).executeTakeFirstOrThrow();
      expect(row.state).toBe('queued');
    });

    it('awaitTaskResult resolves with the result, rejects on failure and on timeout', async () => {
      const a = await registerAgent(c);
      const ok = await enqueue(c, a.id, 'console_output', { length: 10 }, randomUUID());
      const bad = await enqueue(c, a.id, 'console_output', { length: null }, randomUUID());
      const slow = await enqueue(c, a.id, 'console_output', {}, randomUUID());
      const pOk = awaitTaskResult(c.ctx, ok, 10_000);
      const pBad = awaitTaskResult(c.ctx, bad, 10_000);
      const pSlow = awaitTaskResult(c.ctx, slow, 300);
      for (const p of [pOk, pBad, pSlow]) p.catch(() => undefined); // asserted below
      const claimed = await a.call('GET', `/agent/v1/hosts/${a.id}/tasks?max=10`);
      expectSpec('listHostTasks', claimed);
      expect(claimed.body.tasks.map((t: { id: string }) => t.id)).toEqual([ok, bad, slow]);
      await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${ok}/result`, { status: 'succeeded', result: { output: 'login:' } });
      await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${bad}/result`, { status: 'failed', fault: { code: 404, message: 'no console' } });
      await expect(pOk).resolves.toEqual({ output: 'login:' });
      await expect(pBad).rejects.toMatchObject({ name: 'TaskFailedError', fault: { code: 404, message: 'no console' } });
      await expect(pSlow).rejects.toBeInstanceOf(TaskTimeoutError);
      // Already finished before anyone waited: read from the database.
      await expect(awaitTaskResult(c.ctx, ok, 2000)).resolves.toEqual({ output: 'login:' });
      await a.call('POST', `/agent/v1/hosts/${a.id}/tasks/${slow}/result`, { status: 'succeeded' });
    });

    it('never hands the same task to two concurrent long polls', async () => {
      const a = await registerAgent(c);
      const b = await registerAgent(c);
      const got: { id: string; host: string; attempt: number }[] = [];
      const deadline = Date.now() + 15_000;
      const poller = async (h: typeof a): Promise<void> => {
        while (got.length < 30 && Date.now() < deadline) {
          const res = await h.call('GET', `/agent/v1/hosts/${h.id}/tasks?wait=1&max=3`);
          expect(res.status).toBe(200);
          for (const t of res.body.tasks as { id: string; attempt: number }[]) {
            got.push({ id: t.id, host: h.id, attempt: t.attempt });
            expect((await h.call('POST', `/agent/v1/hosts/${h.id}/tasks/${t.id}/result`, { status: 'succeeded' })).status).toBe(204);
          }
        }
      };
      const running = [a, a, a, a, b, b, b, b].map(poller);
      const ids: Record<string, string> = {};
      for (let i = 0; i < 15; i++) {
        ids[await enqueue(c, a.id, 'power_on', {}, randomUUID())] = a.id;
        ids[await enqueue(c, b.id, 'power_on', {}, randomUUID())] = b.id;
      }
      await Promise.all(running);
      expect(got.length).toBe(30);
      expect(new Set(got.map((g) => g.id)).size).toBe(30);
      for (const g of got) {
        expect(ids[g.id]).toBe(g.host);
        expect(g.attempt).toBe(1);
      }
    });

    it('two controllers on one database serve one host without handing a task out twice', async () => {
      const c2 = await startAgentController(backend, { lease_seconds: 2 }, { sharedDbUrl: c.dbUrl });
      try {
        const a = await registerAgent(c);
        const via = (url: string, method: string, path: string, body?: unknown): ReturnType<typeof api> =>
          api({ url }, method, path, { body, headers: { authorization: `Bearer ${a.credential}` } });
        const got: string[] = [];
        const deadline = Date.now() + 15_000;
        const poller = async (url: string): Promise<void> => {
          while (got.length < 20 && Date.now() < deadline) {
            const res = await via(url, 'GET', `/agent/v1/hosts/${a.id}/tasks?wait=1&max=2`);
            expect(res.status).toBe(200);
            for (const t of res.body.tasks as { id: string }[]) {
              got.push(t.id);
              expect((await via(url, 'POST', `/agent/v1/hosts/${a.id}/tasks/${t.id}/result`, { status: 'succeeded' })).status).toBe(204);
            }
          }
        };
        const running = [c.url, c2.url, c.url, c2.url, c.url, c2.url].map(poller);
        for (let i = 0; i < 10; i++) {
          await enqueue(c, a.id, 'power_on', {}, randomUUID());
          await withTransaction(c2.ctx.db, (trx) => enqueueTask(trx, { hostId: a.id, type: 'power_off', instanceId: randomUUID() }));
        }
        await Promise.all(running);
        expect(got.length).toBe(20);
        expect(new Set(got).size).toBe(20);
        // The heartbeat monitor and registration work through either controller.
        expect((await via(c2.url, 'POST', `/agent/v1/hosts/${a.id}/heartbeat`, heartbeatBody())).status).toBe(200);
      } finally {
        await c2.close();
      }
    });

    it('wakes a waiting poll for a task enqueued by another controller (shared database)', async () => {
      const a = await registerAgent(c);
      const t0 = Date.now();
      const poll = a.call('GET', `/agent/v1/hosts/${a.id}/tasks?wait=10`);
      await new Promise((r) => setTimeout(r, 200));
      // A row written behind this controller's back: no in-process notification.
      const id = randomUUID();
      const now = new Date().toISOString();
      await c.ctx.db
        .insertInto('agent_tasks')
        .values({ id, host_id: a.id, type: 'destroy', instance_id: null, volume_id: null, state: 'queued', attempt: 0, lease_expires_at: null, payload: '{}', result: null, fault: null, progress: null, created_at: now, updated_at: now })
        .execute();
      const res = await poll;
      expect(res.body.tasks.map((t: { id: string }) => t.id)).toEqual([id]);
      expect(Date.now() - t0).toBeLessThan(3000);
    });
  });

  describe('liveness', () => {
    it('marks a host down after 3 missed heartbeat intervals, up again on its next heartbeat', async () => {
      const { agent, at } = silent;
      await eventually(async () => (await getHost(c.ctx.db, agent.id))!.status === 'down', 8000);
      expect(Date.now() - at).toBeGreaterThanOrEqual(2500);
      const res = await agent.call('POST', `/agent/v1/hosts/${agent.id}/heartbeat`, heartbeatBody());
      expect(res.body.host.status).toBe('up');
      expect((await getHost(c.ctx.db, agent.id))!.status).toBe('up');
    });
  });
});

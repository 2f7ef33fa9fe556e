import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultBackoff } from '../src/backoff.js';
import { ProgressReporter } from '../src/daemon.js';
import { PowerState, type TaskProgress } from '../src/protocol.js';
import { FakeVirtDriver } from '../src/virt/fake.js';
import { FakeController } from './helpers/fake-controller.js';
import { fakeHost, spawnPayload, until, type FakeHost } from './helpers/fake-host.js';

const U1 = '00000000-0000-4000-8000-000000000001';
const U2 = '00000000-0000-4000-8000-000000000002';

describe('AgentDaemon against a fake controller', () => {
  let ctl: FakeController;
  const hosts: FakeHost[] = [];

  beforeEach(async () => {
    ctl = new FakeController();
    await ctl.listen();
  });

  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((h) => h.daemon.stop()));
    await ctl.close();
  });

  function host(name = 'h1', opts: Parameters<typeof fakeHost>[2] = {}): FakeHost {
    const h = fakeHost(ctl.url, name, opts);
    hosts.push(h);
    return h;
  }

  it('registers, heartbeats its inventory and runs a spawn task', async () => {
    const h = host('h1', { virt: { vcpus: 8, memoryMb: 4096 } });
    await h.daemon.start();
    expect(ctl.registrations).toBe(1);
    await until(() => ctl.heartbeats.length > 0, 5000, 'heartbeat');
    const inv = ctl.heartbeats[0]!.body.inventory;
    expect(inv).toMatchObject({ vcpus: 8, memory_mb: 4096, hypervisor_type: 'fake', kvm_usable: false });
    expect(inv.local_gb).toBeGreaterThan(0);

    const t = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    const r = await ctl.waitResult(t.id);
    expect(r).toEqual({ status: 'succeeded', result: { power_state: PowerState.RUNNING, vm_state: 'active' } });
    expect(ctl.progress.filter((p) => p.taskId === t.id).map((p) => p.body.task_state)).toContain('spawning');
    // The config drive carries what cloud-init reads.
    const cd = [...h.configDrive.drives.values()][0]!;
    expect(cd.metaData).toMatchObject({ uuid: U1, hostname: 'vm-0000', public_keys: { k: 'ssh-ed25519 AAAA test' }, meta: { k: 'v' } });
    // The next heartbeat reports the guest.
    const n = ctl.heartbeats.length;
    await until(() => ctl.heartbeats.length > n, 5000, 'heartbeat after spawn');
    expect(ctl.heartbeats.at(-1)!.body.instances).toEqual([{ id: U1, power_state: 1, vm_state: 'active' }]);
  });

  it('reports a fault when the driver fails, and rolls back', async () => {
    const h = host();
    h.virt.injectFailure('spawn', new Error('qemu exploded'));
    await h.daemon.start();
    const t = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    const r = await ctl.waitResult(t.id);
    expect(r.status).toBe('failed');
    expect(r.fault).toMatchObject({ code: 500, message: 'qemu exploded' });
    expect(await h.storage.listInstanceDirs()).toEqual([]);
    expect(h.network.addresses(U1)).toEqual([]);
    expect(await h.virt.list()).toEqual([]);
  });

  it('answers a redelivered task id with the earlier result instead of redoing the work', async () => {
    const h = host();
    await h.daemon.start();
    const t = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    await ctl.waitResult(t.id);
    const spawns = h.virt.calls.filter((c) => c.op === 'spawn').length;
    ctl.enqueue('h1', { ...t, attempt: 2 });
    await until(() => ctl.results.filter((r) => r.taskId === t.id).length === 2, 5000, 'second result');
    const [a, b] = ctl.results.filter((r) => r.taskId === t.id);
    expect(b!.body).toEqual(a!.body);
    expect(h.virt.calls.filter((c) => c.op === 'spawn').length).toBe(spawns);
  });

  it('runs power, volume and console tasks', async () => {
    const h = host();
    await h.daemon.start();
    const run = async (type: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown> | undefined> => {
      const t = ctl.enqueue('h1', { type, instance_id: U1, ...extra });
      const r = await ctl.waitResult(t.id);
      expect(r.status, JSON.stringify(r.fault)).toBe('succeeded');
      return r.result;
    };
    await run('spawn', { payload: spawnPayload(U1) });
    expect(await run('power_off')).toMatchObject({ power_state: PowerState.SHUTDOWN, vm_state: 'stopped' });
    expect(await run('power_on')).toMatchObject({ power_state: PowerState.RUNNING });
    expect(await run('reboot', { payload: { hard: true } })).toMatchObject({ power_state: PowerState.RUNNING });
    expect(await run('create_volume', { instance_id: null, volume_id: 'vol-1', payload: { size_gb: 2 } })).toMatchObject({ status: 'available', size_gb: 2 });
    expect(await run('attach_volume', { volume_id: 'vol-1', payload: { device: '/dev/vdb' } })).toMatchObject({ status: 'in-use' });
    expect(h.virt.attachments().get('vol-1')).toBe(U1);
    // A volume in use cannot be deleted.
    const del = ctl.enqueue('h1', { type: 'delete_volume', volume_id: 'vol-1' });
    expect((await ctl.waitResult(del.id)).fault?.code).toBe(409);
    await run('extend_volume', { volume_id: 'vol-1', payload: { new_size: 3 } });
    await run('detach_volume', { volume_id: 'vol-1' });
    await run('create_snapshot', { volume_id: 'vol-1', payload: { snapshot_id: 'snap-1' } });
    expect((await h.storage.listVolumes())[0]).toMatchObject({ id: 'vol-1', snapshots: ['snap-1'] });
    await run('delete_snapshot', { volume_id: 'vol-1', payload: { snapshot_id: 'snap-1' } });
    await run('delete_volume', { volume_id: 'vol-1' });
    // Spawn, power_on and reboot each "started" the fake guest; nothing claims a real boot.
    const out = await run('console_output', { payload: { length: 5 } });
    expect(out!.output.split('\n')).toEqual([
      `fake-virt: instance ${U1} started (boot 2; no guest runs)`,
      'fake-virt: power on (boot 3)',
      `fake-virt: 1 vCPUs, 96 MiB RAM, 0 NICs, 0 volumes`,
      `fake-virt: no firmware or kernel is executed by the fake driver`,
      `fake-virt: instance ${U1} started (boot 3; no guest runs)`,
    ]);
    expect(out!.output).not.toContain('oscloud-guest: booted');
    await run('destroy');
    expect(await h.virt.list()).toEqual([]);
  });

  it('reconnects with backoff when the controller goes away and comes back', async () => {
    const h = host();
    await h.daemon.start();
    await ctl.close();
    await new Promise((r) => setTimeout(r, 400));
    const before = h.daemon.stats.reconnects;
    expect(before).toBeGreaterThan(0);
    await ctl.listen();
    const t = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    expect((await ctl.waitResult(t.id)).status).toBe('succeeded');
    await until(() => ctl.heartbeats.length > 0, 5000, 'heartbeat after reconnect');
  });

  it('treats a 5xx controller like an absent one, and resumes', async () => {
    const h = host();
    await h.daemon.start();
    ctl.failWith = 503;
    await until(() => h.daemon.stats.reconnects > 2, 5000, 'reconnect attempts');
    ctl.failWith = undefined;
    const t = ctl.enqueue('h1', { type: 'power_off', instance_id: U1 });
    expect((await ctl.waitResult(t.id)).fault?.code).toBe(404);
  });

  it('registers again when its credential is rejected', async () => {
    const h = host();
    await h.daemon.start();
    expect(ctl.registrations).toBe(1);
    ctl.revokeCredentials();
    await until(() => ctl.registrations === 2, 5000, 're-registration');
    const t = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    expect((await ctl.waitResult(t.id)).status).toBe('succeeded');
    expect(h.daemon.hostId).toBe([...ctl.hosts.keys()][0]);
  });

  it('keeps retrying registration until the controller accepts', async () => {
    ctl.failWith = 502;
    const h = host();
    const started = h.daemon.start();
    await new Promise((r) => setTimeout(r, 200));
    ctl.failWith = undefined;
    await started;
    expect(h.daemon.hostId).toBeDefined();
  });

  it('cleans up instances the controller says are deleted', async () => {
    const virt = new FakeVirtDriver({
      preexisting: [U1, U2].map((uuid) => ({ uuid, name: uuid, vcpus: 1, memoryMb: 96, root: { path: 'x', format: 'qcow2' as const }, nics: [], volumes: [] })),
    });
    const h = host('h1', { virtDriver: virt });
    ctl.deleted.add(U2);
    await h.daemon.start();
    await until(async () => (await virt.list()).length === 1, 5000, 'cleanup');
    expect((await virt.list()).map((g) => g.uuid)).toEqual([U1]);
    expect(h.daemon.stats.cleanedUp).toBe(1);
  });

  it('stops cleanly and leaves guests running; a new daemon re-adopts them', async () => {
    const virt = new FakeVirtDriver();
    const h = host('h1', { virtDriver: virt });
    await h.daemon.start();
    const t = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    await ctl.waitResult(t.id);
    const t0 = Date.now();
    await h.daemon.stop();
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(await virt.list()).toEqual([{ uuid: U1, powerState: PowerState.RUNNING }]);
    const h2 = host('h1', { virtDriver: virt });
    await h2.daemon.start();
    expect(ctl.registrations).toBe(2);
    expect(h2.daemon.hostId).toBe(h.daemon.hostId);
    await until(() => ctl.heartbeats.some((b) => b.body.instances.some((i) => i.id === U1)), 5000, 'adopted guest in heartbeat');
  });

  it('stops at once while the controller is gone, with a task result still to report', async () => {
    // Production settings: reports retried with backoff up to 30 s, 20 s grace for running tasks.
    const h = host('h1', { virt: { delayMs: 300 }, daemon: { backoff: defaultBackoff, stopGraceMs: 20_000 } });
    await h.daemon.start();
    const t = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    await until(() => ctl.progress.some((p) => p.taskId === t.id), 5000, 'task started');
    await ctl.close();
    // The spawn finishes with nobody to take its result: the report is being retried.
    await until(async () => (await h.virt.list()).length === 1, 5000, 'spawn done');
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    await h.daemon.stop();
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(ctl.results.filter((r) => r.taskId === t.id)).toEqual([]);
  });

  it('runs many fake hosts in one process', async () => {
    const n = 50;
    const hs = Array.from({ length: n }, (_, i) => host(`scale-${i}`, { virt: { vcpus: 4, memoryMb: 1024 } }));
    await Promise.all(hs.map((h) => h.daemon.start()));
    expect(ctl.hosts.size).toBe(n);
    const tasks = hs.map((_, i) => ctl.enqueue(`scale-${i}`, { type: 'spawn', instance_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, payload: spawnPayload(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) }));
    const results = await Promise.all(tasks.map((t) => ctl.waitResult(t.id)));
    expect(results.every((r) => r.status === 'succeeded')).toBe(true);
    for (const h of hs) expect((await h.virt.list()).length).toBe(1);
  });

  it('refuses guests beyond the fake capacity', async () => {
    const h = host('h1', { virt: { vcpus: 1, memoryMb: 100, cpuAllocationRatio: 1, ramAllocationRatio: 1 } });
    await h.daemon.start();
    const a = ctl.enqueue('h1', { type: 'spawn', instance_id: U1, payload: spawnPayload(U1) });
    expect((await ctl.waitResult(a.id)).status).toBe('succeeded');
    const b = ctl.enqueue('h1', { type: 'spawn', instance_id: U2, payload: spawnPayload(U2) });
    expect((await ctl.waitResult(b.id)).fault?.code).toBe(507);
    expect(await h.storage.listInstanceDirs()).toEqual([U1]);
  });
});

describe('ProgressReporter', () => {
  it('sends one report at a time, keeps only the latest waiting one, and drops it on close', async () => {
    const sent: TaskProgress[] = [];
    const pending: (() => void)[] = [];
    const r = new ProgressReporter(
      (p) =>
        new Promise<void>((resolve) => {
          sent.push(p);
          pending.push(resolve);
        }),
      () => undefined,
    );
    r.report({ percent: 10 });
    r.report({ percent: 40 });
    r.report({ percent: 80 });
    r.keepalive(); // a report is in flight: no empty one
    expect(sent).toEqual([{ percent: 10 }]);
    pending.shift()!();
    await until(() => sent.length === 2, 1000, 'second report');
    expect(sent[1]).toEqual({ percent: 80 }); // 40 was superseded while 10 was in flight
    r.report({ percent: 90 });
    r.close();
    pending.shift()!();
    await new Promise((res) => setTimeout(res, 20));
    expect(sent).toHaveLength(2); // 90 was waiting when the task ended
    r.report({ percent: 95 });
    expect(sent).toHaveLength(2);
  });

  it('a failed report does not stop the next one; keepalive sends an empty report when idle', async () => {
    const sent: TaskProgress[] = [];
    const errors: unknown[] = [];
    const r = new ProgressReporter(async (p) => {
      sent.push(p);
      if (sent.length === 1) throw new Error('controller away');
    }, (e) => errors.push(e));
    r.report({ percent: 10 });
    await until(() => errors.length === 1, 1000, 'error reported');
    r.keepalive();
    await until(() => sent.length === 2, 1000, 'keepalive');
    expect(sent).toEqual([{ percent: 10 }, {}]);
  });
});

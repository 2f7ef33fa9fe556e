/** Compute test fixtures: fake hosts driven through the agent API module, a flavor, an image. */
import { randomUUID } from 'node:crypto';
import { recordHeartbeat, registerHost } from '../../src/agentapi/hosts.js';
import { claimTasks, recordResult } from '../../src/agentapi/tasks.js';
import type { TaskFault } from '../../src/agentapi/types.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultConfig } from '../../src/config.js';
import { nowIso } from '../../src/db/index.js';
import { bootstrap } from '../../src/identity/bootstrap.js';
import { hashSecret } from '../../src/identity/passwords.js';
import { newId } from '../../src/identity/store.js';
import { createLogger, nullLogger } from '../../src/logger.js';
import { startController } from '../../src/runtime.js';
import { api, checkResponse, createPgDatabase, freePort, type Backend, type TestController } from '../helpers.js';
import { padded, qcow2Header } from '../hostile-bodies.js';

/**
 * Like startTestController, but mounting only the compute API: the other services' routes are not
 * needed (compute calls their internal modules) and a half-written one must not break these tests.
 */
export async function startComputeController(backend: Backend, opts: { agentBootstrapToken?: string; images?: boolean; network?: boolean } = {}): Promise<TestController> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oscloud-compute-'));
  const pgdb = backend === 'postgres' ? await createPgDatabase() : null;
  const port = await freePort();
  const config = defaultConfig({ dataDir, dbUrl: pgdb ? pgdb.url : `sqlite:${join(dataDir, 'oscloud.db')}`, host: '127.0.0.1', port, publicUrl: `http://127.0.0.1:${port}`, services: { compute: { consoleTimeoutMs: 5000 }, ...(opts.agentBootstrapToken ? { agent: { bootstrap_token: opts.agentBootstrapToken } } : {}) } });
  const logger = process.env.OSCLOUD_TEST_LOG ? createLogger(process.stderr, 'debug') : nullLogger;
  // With a bootstrap token the agent API is mounted too (routes the agents call, e.g. the metadata service's).
  const services = [
    { name: 'compute', prefix: '/compute', errorStyle: 'nova', module: 'compute/routes' },
    ...(opts.agentBootstrapToken ? [{ name: 'agent', prefix: '/agent', errorStyle: 'agent', module: 'agentapi/routes' }] : []),
    // snapshot, shelve, rebuild
    ...(opts.images ? [{ name: 'image', prefix: '/image', errorStyle: 'glance', module: 'image/routes' }] : []),
    // Nova's network proxies (floating IPs) against the network API.
    ...(opts.network ? [{ name: 'network', prefix: '/network', errorStyle: 'neutron', module: 'network/routes' }] : []),
  ] as const;
  const running = await startController(config, logger, { services: [...services] });
  const adminPassword = `pw-${randomBytes(8).toString('hex')}`;
  const boot = await bootstrap(running.ctx, { password: adminPassword });
  const ctx = running.ctx;
  const issue = async (userId: string, projectId: string): Promise<string> => (await ctx.tokens.issue({ userId, methods: ["password"], projectId })).token;
  return {
    backend,
    url: running.url,
    config,
    ctx,
    db: ctx.db,
    adminToken: await issue(boot.userId, boot.projectId),
    adminUserId: boot.userId,
    adminProjectId: boot.projectId,
    adminPassword,
    async createProjectUser(role, o = {}) {
      const now = nowIso();
      let projectId = o.projectId;
      if (!projectId) {
        projectId = newId();
        await ctx.db.insertInto('projects').values({ id: projectId, name: `p-${projectId.slice(0, 8)}`, domain_id: 'default', description: '', enabled: 1, parent_id: null, tags: '[]', created_at: now }).execute();
      }
      const userId = newId();
      const userName = `u-${userId.slice(0, 8)}`;
      const password = o.password ?? `pw-${randomBytes(6).toString('hex')}`;
      await ctx.db.insertInto('users').values({ id: userId, name: userName, domain_id: 'default', enabled: 1, password_hash: await hashSecret(password), password_changed_at: now, default_project_id: null, description: null, email: null, created_at: now }).execute();
      const r = await ctx.db.selectFrom('roles').select('id').where('name', '=', role).executeTakeFirstOrThrow();
      await ctx.db.insertInto('role_assignments').values({ actor_type: 'user', actor_id: userId, target_type: 'project', target_id: projectId, role_id: r.id }).execute();
      return { token: await issue(userId, projectId), userId, projectId, userName, password };
    },
    async close() {
      await running.close();
      if (pgdb) await pgdb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A simulated host agent: registers, heartbeats, claims tasks and reports results. */
export class FakeAgent {
  readonly instances = new Map<string, number>();
  private constructor(
    readonly c: TestController,
    readonly hostId: string,
    readonly name: string,
    readonly inv: { vcpus: number; memory_mb: number; local_gb: number; cpu_allocation_ratio?: number; ram_allocation_ratio?: number },
    /** The host's bearer credential for the agent API. */
    readonly credential: string,
  ) {}

  /** Registers a host and sends its first heartbeat (status up). */
  static async start(c: TestController, name: string, inv: { vcpus: number; memory_mb: number; local_gb: number; cpu_allocation_ratio?: number; ram_allocation_ratio?: number; az?: string; networkDriver?: 'linuxbridge' | 'noop'; underlayIp?: string }): Promise<FakeAgent> {
    const { host, credential } = await registerHost(c.db, { hostname: name, hypervisor_type: 'fake', agent_version: 'test', availability_zone: inv.az, network_driver: inv.networkDriver, underlay_ip: inv.underlayIp }, { defaultAvailabilityZone: 'nova', hostIp: '127.0.0.1', now: new Date() });
    const a = new FakeAgent(c, host.id, name, inv, credential);
    await a.heartbeat();
    return a;
  }

  /** Sends a heartbeat with the inventory and the instances' power states. */
  async heartbeat(): Promise<string[]> {
    const r = await recordHeartbeat(
      this.c.db,
      this.hostId,
      {
        inventory: {
          vcpus: this.inv.vcpus,
          memory_mb: this.inv.memory_mb,
          local_gb: this.inv.local_gb,
          hypervisor_type: 'fake',
          hypervisor_version: 1,
          kvm_usable: false,
          cpu_allocation_ratio: this.inv.cpu_allocation_ratio ?? 1,
          ram_allocation_ratio: this.inv.ram_allocation_ratio ?? 1,
          disk_allocation_ratio: 1,
        },
        instances: [...this.instances.entries()].map(([id, power_state]) => ({ id, power_state })),
      },
      { hostIp: '127.0.0.1', now: new Date(), hub: this.c.ctx.agentHub },
    );
    return r?.deletedInstances ?? [];
  }

  // snapshot, shelve, rebuild
  /** PUT /agent/v1/images/{id}/file with this host's credential (a snapshot's data). */
  uploadImage(imageId: string, data: Buffer): Promise<Response> {
    return fetch(`${this.c.url}/agent/v1/images/${imageId}/file`, { method: 'PUT', headers: { authorization: `Bearer ${this.credential}`, 'content-type': 'application/octet-stream' }, body: data });
  }

  /** Claims queued tasks and answers each: `fail` decides which fail (with which fault). */
  async run(opts: { fail?: (type: string) => TaskFault | null; console?: string; snapshotData?: Buffer } = {}): Promise<{ type: string; instanceId: string | null; payload: Record<string, unknown> }[]> {
    const tasks = await claimTasks(this.c.db, this.hostId, 100, { dialect: this.c.ctx.dialect, leaseMs: 60000, maxAttempts: 5, now: new Date(), hub: this.c.ctx.agentHub });
    const done: { type: string; instanceId: string | null; payload: Record<string, unknown> }[] = [];
    for (const t of tasks) {
      const fault = opts.fail?.(t.type) ?? null;
      const iid = t.instance_id;
      let result: Record<string, unknown> | null = null;
      if (!fault && iid) {
        if (t.type === 'spawn' || t.type === 'power_on' || t.type === 'reboot' || t.type === 'unpause' || t.type === 'rebuild_instance') this.instances.set(iid, 1);
        if (t.type === 'pause') this.instances.set(iid, 3);
        if (t.type === 'power_off') this.instances.set(iid, 4);
        if (t.type === 'suspend') this.instances.set(iid, 4);
        if (t.type === 'resume' || t.type === 'rescue' || t.type === 'unrescue') this.instances.set(iid, 1);
        if (t.type === 'destroy') this.instances.delete(iid);
        // resize: the guest comes back running unless it was stopped.
        if (t.type === 'resize_instance' || t.type === 'revert_resize') this.instances.set(iid, (JSON.parse(t.payload) as { power_on: boolean }).power_on ? 1 : 4);
        if (t.type === 'console_output') result = { output: opts.console ?? 'line1\nline2\nline3\n' };
        else result = { power_state: this.instances.get(iid) ?? 0 };
        // snapshot, shelve, rebuild
        if (t.type === 'snapshot_instance' || t.type === 'backup_instance') {
          const imageId = (JSON.parse(t.payload) as { image: { id: string } }).image.id;
          const up = await this.uploadImage(imageId, opts.snapshotData ?? padded(qcow2Header(), 256 * 1024));
          if (up.status !== 204) throw new Error(`snapshot upload: ${up.status} ${await up.text()}`);
        }
        // shelve: powered off, the image (if any) uploaded, with offload the guest removed.
        if (t.type === 'shelve_instance') {
          const p = JSON.parse(t.payload) as { image?: { id: string }; offload: boolean };
          if (p.image) {
            const up = await this.uploadImage(p.image.id, opts.snapshotData ?? padded(qcow2Header(), 256 * 1024));
            if (up.status !== 204) throw new Error(`shelve upload: ${up.status} ${await up.text()}`);
          }
          if (p.offload) this.instances.delete(iid);
          else this.instances.set(iid, 4);
          result = { power_state: p.offload ? 0 : 4, offloaded: p.offload };
        }
        if (t.type === 'shelve_offload_instance') {
          this.instances.delete(iid);
          result = { power_state: 0, offloaded: true };
        }
        // evacuate: spawned here, stopped afterwards when it was stopped before.
        if (t.type === 'evacuate_instance') {
          const on = (JSON.parse(t.payload) as { power_on: boolean }).power_on;
          this.instances.set(iid, on ? 1 : 4);
          result = { power_state: on ? 1 : 4 };
        }
        // rebuild: a server that was stopped is powered off again (power_on false).
        if (t.type === 'rebuild_instance' && (JSON.parse(t.payload) as { power_on?: boolean }).power_on === false) {
          this.instances.set(iid, 4);
          result = { power_state: 4 };
        }
        if (t.type === 'unshelve_instance') {
          this.instances.set(iid, 1);
          result = { power_state: 1 };
        }
        // cold migration: the source stops and exports (nothing to copy here), the destination
        // creates the guest; confirm removes the source's copy, revert the destination's.
        const mp = JSON.parse(t.payload) as { migration?: unknown; power_on?: boolean };
        if (t.type === 'migrate_instance' || (t.type === 'resize_instance' && mp.migration)) {
          this.instances.set(iid, 4);
          result = { power_state: 4, export: { transport: 'none' } };
        }
        if (t.type === 'finish_migration' || t.type === 'finish_revert_migration') {
          this.instances.set(iid, mp.power_on ? 1 : 4);
          result = { power_state: mp.power_on ? 1 : 4 };
        }
        // live migration: the destination waits (paused), the source copies and removes its guest, the destination runs it.
        if (t.type === 'pre_live_migration') {
          this.instances.set(iid, 3);
          result = { power_state: 3, endpoints: { migration_uri: 'tcp:10.250.0.9:49152', nbd: { host: '10.250.0.9', port: 10850, export: 'root' } } };
        }
        if (t.type === 'live_migration') {
          this.instances.delete(iid);
          const mem = 256 * 1024 * 1024;
          result = { power_state: 0, live_migration: { memory_total_bytes: mem, memory_processed_bytes: mem, memory_remaining_bytes: 0, disk_total_bytes: 2 ** 30, disk_processed_bytes: 2 ** 30, disk_remaining_bytes: 0, downtime_ms: 40, total_time_ms: 900 } };
        }
        if (t.type === 'post_live_migration_at_destination') {
          const paused = (JSON.parse(t.payload) as { paused?: boolean }).paused === true;
          this.instances.set(iid, paused ? 3 : 1);
          result = { power_state: paused ? 3 : 1 };
        }
        if (t.type === 'rollback_live_migration_at_destination') {
          this.instances.delete(iid);
          result = { deleted: true, power_state: 0 };
        }
        if (t.type === 'live_migration_control') result = { applied: true };
        if ((t.type === 'revert_resize' || t.type === 'confirm_resize') && mp.migration) {
          this.instances.delete(iid);
          result = t.type === 'revert_resize' ? { deleted: true, power_state: 0 } : {};
        }
      }
      // volumes across hosts: a memory pool serves nothing (the fake driver attaches by id).
      if (!fault && t.type === 'export_volume') result = { volume_id: t.volume_id, export: { transport: 'none' } };
      await recordResult(this.c.db, this.hostId, t.id, fault ? { status: 'failed', result: null, fault } : { status: 'succeeded', result, fault: null }, { dialect: this.c.ctx.dialect, now: new Date(), hub: this.c.ctx.agentHub, ctx: this.c.ctx });
      done.push({ type: t.type, instanceId: iid, payload: JSON.parse(t.payload) as Record<string, unknown> });
    }
    return done;
  }
}

/** Creates a public flavor through the API (admin). */
export async function createFlavor(c: TestController, f: { name: string; vcpus: number; ram: number; disk: number; id?: string }): Promise<string> {
  const r = await api(c, 'POST', '/compute/v2.1/flavors', { token: c.adminToken, body: { flavor: { name: f.name, vcpus: f.vcpus, ram: f.ram, disk: f.disk, ...(f.id ? { id: f.id } : {}) } } });
  if (r.status !== 200) throw new Error(`flavor create: ${r.status} ${r.text}`);
  return r.body.flavor.id as string;
}

/** Inserts an active public image row (the image service's table) and returns its id. */
export async function createImage(c: TestController, properties: Record<string, string> = {}): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await c.db
    .insertInto('img_images')
    .values({
      id, name: 'tiny', status: 'active', visibility: 'public', protected: 0, os_hidden: 0, checksum: 'abc', os_hash_algo: 'sha512', os_hash_value: 'def',
      size: 1024, virtual_size: 1024, disk_format: 'qcow2', container_format: 'bare', min_disk: 0, min_ram: 0, owner: c.adminProjectId, properties: JSON.stringify(properties), tags: '[]', created_at: now, updated_at: now,
    })
    .execute();
  return id;
}

/** Polls a server until `pred` holds (or fails after `ms`). */
export async function waitServer(c: TestController, token: string, id: string, pred: (s: Record<string, unknown>) => boolean, ms = 5000): Promise<Record<string, unknown>> {
  const end = Date.now() + ms;
  for (;;) {
    const r = await api(c, 'GET', `/compute/v2.1/servers/${id}`, { token });
    if (r.status === 200 && pred(r.body.server)) return r.body.server;
    if (Date.now() > end) throw new Error(`server ${id} not in the expected state: ${r.status} ${r.text}`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

/**
 * Calls the compute API (at microversion 2.79 unless `headers` say otherwise) and checks the
 * answer against the spec; a 5xx fails the test.
 */
export async function computeCall(c: TestController, method: string, path: string, op: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const r = await api(c, method, `/compute${path}`, { ...o, headers: { 'OpenStack-API-Version': 'compute 2.79', ...o.headers } });
  if (r.status >= 500) throw new Error(`${method} ${path}: ${r.status} body=${r.text}`);
  const err = checkResponse('compute', op, r.status, r.text ? r.body : undefined);
  if (err) throw new Error(`${method} ${path}: ${err} body=${r.text}`);
  return r;
}

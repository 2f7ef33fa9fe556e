/** A small in-process controller speaking the agent API (docs/agent-protocol.md) for tests. */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { HeartbeatRequest, InstanceMetadata, Task, TaskProgress, TaskResult, TaskType } from '../../src/protocol.js';

interface HostRec {
  id: string;
  name: string;
  credential: string;
  pending: Task[];
  waiters: (() => void)[];
}

/** What the fake recorded. */
export class FakeController {
  private server: Server | undefined;
  port = 0;
  readonly hosts = new Map<string, HostRec>();
  readonly heartbeats: { hostId: string; body: HeartbeatRequest }[] = [];
  readonly results: { hostId: string; taskId: string; body: TaskResult }[] = [];
  readonly progress: { taskId: string; body: TaskProgress }[] = [];
  // snapshot, shelve, rebuild
  /** Where PUT /v1/images/{id}/file writes uploads (set it to accept them); they join `images`. */
  uploadDir: string | undefined;
  readonly images = new Map<string, string>();
  readonly imageDownloads: string[] = [];
  /** Instance id -> the metadata document the metadata service gets (absent: 404, not this host's). */
  readonly instanceMetadata = new Map<string, InstanceMetadata>();
  /** Instance id -> the password its guest posted (through the metadata service). */
  readonly passwords = new Map<string, string>();
  /** Instances returned in deleted_instances to the next heartbeats. */
  readonly deleted = new Set<string>();
  /** Answer every request with this status (simulating a broken controller). */
  failWith: number | undefined;
  /** Accept requests and never answer them (a controller wedged or behind a black hole). */
  hang = false;
  heartbeatInterval = 1;
  registrations = 0;
  private readonly resultWaiters: (() => void)[] = [];

  constructor(readonly bootstrapToken = 'boot-secret') {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Listens (on the previous port again after `close`, to simulate a restart). */
  async listen(): Promise<void> {
    const srv = createServer((req, res) => {
      this.route(req, res).catch((e: unknown) => this.send(res, 500, { error: { code: 500, message: String(e) } }));
    });
    await new Promise<void>((resolve, reject) => {
      srv.once('error', reject);
      srv.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (srv.address() as AddressInfo).port;
    this.server = srv;
  }

  /** Stops listening and drops open connections (the controller "goes away"). */
  async close(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    for (const h of this.hosts.values()) for (const w of h.waiters.splice(0)) w();
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }

  /** Queues a task for a host (by name). */
  enqueue(hostName: string, t: Omit<Partial<Task>, 'type' | 'instance_id' | 'volume_id'> & { type: TaskType | string; instance_id?: string | null; volume_id?: string | null }): Task {
    const h = [...this.hosts.values()].find((x) => x.name === hostName);
    if (!h) throw new Error(`no host ${hostName}`);
    const task: Task = {
      id: t.id ?? randomUUID(),
      // Unknown types are allowed on purpose: the agent must fail them cleanly.
      type: t.type as TaskType,
      ...(t.instance_id ? { instance_id: t.instance_id } : {}),
      ...(t.volume_id ? { volume_id: t.volume_id } : {}),
      payload: t.payload ?? {},
      attempt: t.attempt ?? 1,
      lease_expires_at: new Date(Date.now() + 60_000).toISOString(),
      created_at: new Date().toISOString(),
    };
    h.pending.push(task);
    for (const w of h.waiters.splice(0)) w();
    return task;
  }

  /** Resolves with the first result for `taskId` (polling the record). */
  async waitResult(taskId: string, timeoutMs = 10_000): Promise<TaskResult> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const r = this.results.find((x) => x.taskId === taskId);
      if (r) return r.body;
      if (Date.now() > end) throw new Error(`no result for task ${taskId}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, 200);
        this.resultWaiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  /** Rotates every host credential: agents get 401 until they register again. */
  revokeCredentials(): void {
    for (const h of this.hosts.values()) h.credential = randomUUID();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.hang) return;
    if (this.failWith) return this.send(res, this.failWith, { error: { code: this.failWith, message: 'injected' } });
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (req.method === 'POST' && path === '/agent/v1/hosts/register') {
      const b = body as { bootstrap_token?: string; hostname?: string };
      if (b.bootstrap_token !== this.bootstrapToken) return this.send(res, 401, { error: { code: 401, message: 'bad bootstrap token' } });
      const name = b.hostname ?? 'x';
      let h = [...this.hosts.values()].find((x) => x.name === name);
      if (!h) {
        h = { id: randomUUID(), name, credential: '', pending: [], waiters: [] };
        this.hosts.set(h.id, h);
      }
      h.credential = randomUUID();
      this.registrations++;
      return this.send(res, 201, { host: { id: h.id, name, status: 'up' }, credential: h.credential, heartbeat_interval: this.heartbeatInterval });
    }
    const auth = req.headers.authorization?.replace(/^Bearer /, '');
    let m = /^\/agent\/v1\/images\/([^/]+)\/file$/.exec(path);
    if (m && req.method === 'GET') {
      if (![...this.hosts.values()].some((h) => h.credential === auth)) return this.send(res, 401, { error: { code: 401, message: 'unauthorized' } });
      const file = this.images.get(decodeURIComponent(m[1]!));
      if (!file) return this.send(res, 404, { error: { code: 404, message: 'no image' } });
      this.imageDownloads.push(m[1]!);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String((await stat(file)).size) });
      createReadStream(file).pipe(res);
      return;
    }
    // snapshot, shelve, rebuild
    if (m && req.method === 'PUT') {
      if (![...this.hosts.values()].some((h) => h.credential === auth)) return this.send(res, 401, { error: { code: 401, message: 'unauthorized' } });
      if (!this.uploadDir) return this.send(res, 403, { error: { code: 403, message: 'uploads not accepted' } });
      const id = decodeURIComponent(m[1]!);
      const file = join(this.uploadDir, `${id}.img`);
      await pipeline(req, createWriteStream(file));
      this.images.set(id, file);
      return this.send(res, 204, undefined);
    }
    m = /^\/agent\/v1\/hosts\/([^/]+)(\/.*)$/.exec(path);
    const h = m ? this.hosts.get(decodeURIComponent(m[1]!)) : undefined;
    if (!m || !h) return this.send(res, 404, { error: { code: 404, message: 'not found' } });
    if (auth !== h.credential) return this.send(res, 401, { error: { code: 401, message: 'unauthorized' } });
    const rest = m[2]!;
    if (req.method === 'POST' && rest === '/heartbeat') {
      this.heartbeats.push({ hostId: h.id, body: body as HeartbeatRequest });
      const reported = new Set((body as HeartbeatRequest).instances.map((i) => i.id));
      return this.send(res, 200, {
        heartbeat_interval: this.heartbeatInterval,
        host: { status: 'up', disabled: false },
        deleted_instances: [...this.deleted].filter((id) => reported.has(id)),
      });
    }
    if (req.method === 'GET' && rest === '/tasks') {
      const wait = Math.min(60, Number(url.searchParams.get('wait') ?? '0'));
      const max = Number(url.searchParams.get('max') ?? '10');
      if (!h.pending.length && wait > 0) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, wait * 1000);
          h.waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
          req.on('close', () => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      if (res.destroyed) return;
      return this.send(res, 200, { tasks: h.pending.splice(0, Math.max(1, max)) });
    }
    m = /^\/instances\/([^/]+)\/(metadata|password)$/.exec(rest);
    if (m) {
      const id = decodeURIComponent(m[1]!);
      const doc = this.instanceMetadata.get(id);
      if (!doc) return this.send(res, 404, { error: { code: 404, message: `Instance ${id} could not be found on this host.` } });
      if (req.method === 'GET' && m[2] === 'metadata') return this.send(res, 200, { ...doc, password: this.passwords.get(id) ?? '' });
      if (req.method === 'POST' && m[2] === 'password') {
        if (this.passwords.has(id)) return this.send(res, 409, { error: { code: 409, message: 'already set' } });
        this.passwords.set(id, (body as { password: string }).password);
        res.writeHead(204).end();
        return;
      }
    }
    m = /^\/tasks\/([^/]+)\/(progress|result)$/.exec(rest);
    if (req.method === 'POST' && m) {
      if (m[2] === 'progress') this.progress.push({ taskId: m[1]!, body: body as TaskProgress });
      else {
        this.results.push({ hostId: h.id, taskId: m[1]!, body: body as TaskResult });
        for (const w of this.resultWaiters.splice(0)) w();
      }
      res.writeHead(204).end();
      return;
    }
    return this.send(res, 404, { error: { code: 404, message: 'not found' } });
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const t = Buffer.concat(chunks).toString('utf8');
  return t ? JSON.parse(t) : {};
}

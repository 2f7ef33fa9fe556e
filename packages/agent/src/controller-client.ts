/**
 * Client of the controller's agent API (docs/agent-protocol.md) on Node's global fetch.
 * The daemon depends on the `ControllerClient` interface only, so tests can swap it.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, type Duplex } from 'node:stream';
import { createWebSocketStream, WebSocket } from 'ws';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Backoff, sleep, type BackoffOptions } from './backoff.js';
import type {
  HeartbeatRequest,
  HeartbeatResponse,
  InstanceMetadata,
  RegisterRequest,
  RegisterResponse,
  Task,
  TaskList,
  TaskProgress,
  TaskResult,
} from './protocol.js';

/** What the agent needs from the controller. Every call ends early (rejects) when `signal` aborts. */
export interface ControllerClient {
  /** Trades the bootstrap token for a per-host credential (kept by the client). */
  register(req: RegisterRequest, signal?: AbortSignal): Promise<RegisterResponse>;
  /** Sends inventory + observed instances; learns which instances the controller deleted. */
  heartbeat(body: HeartbeatRequest, signal?: AbortSignal): Promise<HeartbeatResponse>;
  /** Long-polls the task queue (`waitS` <= 60). */
  pollTasks(waitS: number, max: number, signal?: AbortSignal): Promise<Task[]>;
  /** Reports progress; also extends the task's lease. */
  progress(taskId: string, body: TaskProgress, signal?: AbortSignal): Promise<void>;
  /** Reports the end of a task (idempotent on the controller side). */
  result(taskId: string, body: TaskResult, signal?: AbortSignal): Promise<void>;
  /** Streams an image's data into `destPath`. */
  downloadImage(imageId: string, destPath: string, signal?: AbortSignal): Promise<void>;
  // snapshot, shelve, rebuild
  /** Streams a file as the data of an instance snapshot's image (createImage). */
  uploadImage(imageId: string, srcPath: string, signal?: AbortSignal): Promise<void>;
  // backups
  /** Streams a file as a volume backup's data (PUT /v1/backups/{id}/file). */
  uploadBackup(backupId: string, srcPath: string, signal?: AbortSignal): Promise<void>;
  /** Streams a volume backup's data into `destPath` (GET /v1/backups/{id}/file). */
  downloadBackup(backupId: string, destPath: string, signal?: AbortSignal): Promise<void>;
  /** What the metadata service serves an instance of this host now; undefined when the controller says it is not here (404). */
  instanceMetadata(instanceId: string, signal?: AbortSignal): Promise<InstanceMetadata | undefined>;
  /**
   * Records the password an instance's guest posted: 'conflict' when it has one already,
   * 'not_found' when the instance is not on this host. Never retried: the guest sees the answer.
   */
  postInstancePassword(instanceId: string, password: string, signal?: AbortSignal): Promise<'set' | 'conflict' | 'not_found'>;
  // consoles, usage
  /** Opens this host's end of a console session (a websocket to the controller) as a byte stream. */
  openConsole?(session: string, signal?: AbortSignal): Promise<Duplex>;
}

/** The controller answered with an error status. */
export class ControllerHttpError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    message: string,
  ) {
    super(`${method} ${url}: ${status} ${message}`);
    this.name = 'ControllerHttpError';
  }

  /** 5xx, 408 and 429 are worth retrying; other 4xx are not. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** The controller could not be reached (connection refused, reset, timeout). */
export class ControllerUnreachableError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`${method} ${url}: controller unreachable (${(options.cause as Error)?.message ?? String(options.cause)})`, options);
    this.name = 'ControllerUnreachableError';
  }
}

/** True when the failure is transient (network, 5xx): back off and try again. */
export function isTransient(err: unknown): boolean {
  if (err instanceof ControllerUnreachableError) return true;
  if (err instanceof ControllerHttpError) return err.retryable;
  return false;
}

/** Options of the fetch-based client. */
export interface HttpControllerClientOptions {
  /** Controller base URL, e.g. http://127.0.0.1:8774 (with or without the /agent suffix). */
  url: string;
  /** Retries for idempotent reports (progress, result) on transient errors; 0 in unit tests. */
  retries?: number;
  backoff?: BackoffOptions;
  /** Per-request timeout (long polls add their wait). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** ControllerClient over HTTP with the per-host bearer credential. */
export class HttpControllerClient implements ControllerClient {
  private readonly base: string;
  private readonly fetchFn: typeof fetch;
  private hostId: string | undefined;
  private credential: string | undefined;

  constructor(private readonly opts: HttpControllerClientOptions) {
    const u = opts.url.replace(/\/+$/, '');
    this.base = u.endsWith('/agent') ? u : `${u}/agent`;
    this.fetchFn = opts.fetch ?? fetch;
  }

  /** The host id learned at registration. */
  get host(): string | undefined {
    return this.hostId;
  }

  async register(req: RegisterRequest, signal?: AbortSignal): Promise<RegisterResponse> {
    const res = await this.json<RegisterResponse>('POST', '/v1/hosts/register', req, { auth: false, signal });
    this.hostId = res.host.id;
    this.credential = res.credential;
    return res;
  }

  heartbeat(body: HeartbeatRequest, signal?: AbortSignal): Promise<HeartbeatResponse> {
    return this.json<HeartbeatResponse>('POST', `${this.hostPath()}/heartbeat`, body, { signal });
  }

  async pollTasks(waitS: number, max: number, signal?: AbortSignal): Promise<Task[]> {
    const q = `?wait=${encodeURIComponent(String(waitS))}&max=${encodeURIComponent(String(max))}`;
    const res = await this.json<TaskList>('GET', `${this.hostPath()}/tasks${q}`, undefined, {
      timeoutMs: waitS * 1000 + (this.opts.timeoutMs ?? 15_000),
      signal,
    });
    return res.tasks ?? [];
  }

  progress(taskId: string, body: TaskProgress, signal?: AbortSignal): Promise<void> {
    return this.retrying(() => this.json<void>('POST', `${this.hostPath()}/tasks/${encodeURIComponent(taskId)}/progress`, body, { signal }), signal);
  }

  result(taskId: string, body: TaskResult, signal?: AbortSignal): Promise<void> {
    return this.retrying(() => this.json<void>('POST', `${this.hostPath()}/tasks/${encodeURIComponent(taskId)}/result`, body, { signal }), signal);
  }

  downloadImage(imageId: string, destPath: string, signal?: AbortSignal): Promise<void> {
    return this.download(`/v1/images/${encodeURIComponent(imageId)}/file`, destPath, signal);
  }

  // snapshot, shelve, rebuild
  uploadImage(imageId: string, srcPath: string, signal?: AbortSignal): Promise<void> {
    return this.upload(`/v1/images/${encodeURIComponent(imageId)}/file`, srcPath, signal);
  }

  // backups
  uploadBackup(backupId: string, srcPath: string, signal?: AbortSignal): Promise<void> {
    return this.upload(`/v1/backups/${encodeURIComponent(backupId)}/file`, srcPath, signal);
  }

  downloadBackup(backupId: string, destPath: string, signal?: AbortSignal): Promise<void> {
    return this.download(`/v1/backups/${encodeURIComponent(backupId)}/file`, destPath, signal);
  }

  /** Streams the body of `GET path` into `destPath`. */
  private async download(path: string, destPath: string, signal?: AbortSignal): Promise<void> {
    const res = await this.send('GET', path, undefined, { signal, timeoutMs: 0 });
    if (!res.body) throw new ControllerHttpError(res.status, 'GET', path, 'empty body');
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(destPath));
  }

  /** Streams the file `srcPath` as the body of `PUT path`. */
  private async upload(path: string, srcPath: string, signal?: AbortSignal): Promise<void> {
    const { size } = await stat(srcPath);
    const body = Readable.toWeb(createReadStream(srcPath)) as unknown as NonNullable<RequestInit['body']>;
    await this.send('PUT', path, undefined, { signal, timeoutMs: 0, raw: { body, type: 'application/octet-stream', length: size } });
  }

  async instanceMetadata(instanceId: string, signal?: AbortSignal): Promise<InstanceMetadata | undefined> {
    try {
      return await this.json<InstanceMetadata>('GET', `${this.hostPath()}/instances/${encodeURIComponent(instanceId)}/metadata`, undefined, { signal });
    } catch (e) {
      if (e instanceof ControllerHttpError && e.status === 404) return undefined;
      throw e;
    }
  }

  async postInstancePassword(instanceId: string, password: string, signal?: AbortSignal): Promise<'set' | 'conflict' | 'not_found'> {
    try {
      await this.json<void>('POST', `${this.hostPath()}/instances/${encodeURIComponent(instanceId)}/password`, { password }, { signal });
      return 'set';
    } catch (e) {
      if (e instanceof ControllerHttpError && e.status === 409) return 'conflict';
      if (e instanceof ControllerHttpError && e.status === 404) return 'not_found';
      throw e;
    }
  }

  // consoles, usage
  openConsole(session: string, signal?: AbortSignal): Promise<Duplex> {
    const url = `${this.base.replace(/^http/, 'ws')}${this.hostPath()}/consoles/${encodeURIComponent(session)}`;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: this.credential ? { authorization: `Bearer ${this.credential}` } : {}, handshakeTimeout: this.opts.timeoutMs ?? 15_000, maxPayload: 64 * 1024 });
      const abort = (): void => ws.terminate();
      signal?.addEventListener('abort', abort, { once: true });
      ws.once('open', () => {
        signal?.removeEventListener('abort', abort);
        ws.removeAllListeners('error');
        ws.removeAllListeners('unexpected-response');
        resolve(createWebSocketStream(ws));
      });
      ws.once('unexpected-response', (_req, res) => {
        ws.terminate();
        reject(new ControllerHttpError(res.statusCode ?? 500, 'GET', url, `console session refused (${res.statusCode})`));
      });
      ws.once('error', (cause) => reject(new ControllerUnreachableError('GET', url, { cause })));
    });
  }

  private hostPath(): string {
    if (!this.hostId) throw new Error('agent is not registered');
    return `/v1/hosts/${encodeURIComponent(this.hostId)}`;
  }

  /** Retries transient failures with backoff; no further attempt once `signal` aborted. */
  private async retrying<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const retries = this.opts.retries ?? 5;
    const b = new Backoff(this.opts.backoff);
    for (let i = 0; ; i++) {
      try {
        return await fn();
      } catch (err) {
        if (i >= retries || !isTransient(err) || signal?.aborted) throw err;
        await sleep(b.next(), signal);
        if (signal?.aborted) throw err;
      }
    }
  }

  private async json<T>(
    method: string,
    path: string,
    body?: unknown,
    o: { auth?: boolean; timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<T> {
    const res = await this.send(method, path, body, o);
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async send(
    method: string,
    path: string,
    body: unknown,
    o: { auth?: boolean; timeoutMs?: number; signal?: AbortSignal; raw?: { body: NonNullable<RequestInit['body']>; type: string; length: number } },
  ): Promise<Response> {
    const url = `${this.base}${path}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (o.raw) Object.assign(headers, { 'content-type': o.raw.type, 'content-length': String(o.raw.length) });
    if (o.auth !== false && this.credential) headers.authorization = `Bearer ${this.credential}`;
    const signals: AbortSignal[] = [];
    const timeout = o.timeoutMs ?? this.opts.timeoutMs ?? 15_000;
    if (timeout > 0) signals.push(AbortSignal.timeout(timeout));
    if (o.signal) signals.push(o.signal);
    let res: Response;
    try {
      res = await this.fetchFn(url, {
        method,
        headers,
        body: o.raw ? o.raw.body : body === undefined ? undefined : JSON.stringify(body),
        ...(o.raw ? { duplex: 'half' } : {}),
        signal: signals.length ? AbortSignal.any(signals) : undefined,
      });
    } catch (cause) {
      throw new ControllerUnreachableError(method, url, { cause });
    }
    if (res.status >= 400) {
      let message = res.statusText;
      try {
        const t = await res.text();
        const parsed = JSON.parse(t) as { error?: { message?: string } };
        message = parsed.error?.message ?? t;
      } catch {
        /* keep statusText */
      }
      throw new ControllerHttpError(res.status, method, url, message);
    }
    return res;
  }
}

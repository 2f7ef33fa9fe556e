/**
 * Serial and noVNC consoles: the URLs handed out by `POST /servers/{id}/remote-consoles` (2.6+)
 * and the legacy `os-getSerialConsole` / `os-getVNCConsole` actions, and the websocket proxy
 * behind them (nova-serialproxy's `ws://host:port/?token=T`, the token valid until it expires;
 * nova-novncproxy's `http://host:port/novnc/vnc_lite.html?path=%3Ftoken%3DT`, a page whose
 * websocket `/?token=T` relays the guest's VNC server, the token good for one connection).
 *
 * The proxy runs inside the controller, on its own HTTP server (websocket upgrades), because the
 * agent dials out: a host is never connected to, so the guest's serial port reaches the proxy
 * through a websocket the host's agent opens to the controller (`GET
 * /agent/v1/hosts/{host_id}/consoles/{session}` with its host credential) when it gets the
 * `serial_console` task the proxy queued for the client's connection. The proxy pairs the two
 * sockets and relays bytes both ways; either side closing closes the other.
 * @see https://docs.openstack.org/api-ref/compute/#create-remote-console
 * @see ../../../../docs/consoles.md
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { WebSocket, WebSocketServer } from 'ws';
import { awaitTaskResult, bearerHostId, enqueueTask, TaskFailedError } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { dashboardFile } from '../dashboard.js';
import { withTransaction } from '../db/index.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import type { ActionCall } from './actions/types.js';
import { mvAtLeast } from './common.js';
import { loadServer } from './servers.js';
import { PowerState, VmState } from './states.js';
import type { InstanceRow } from './views.js';

/** Nova's [consoleauth] token_ttl default: a console URL works for 10 minutes. */
const DEFAULT_TOKEN_TTL_S = 600;
/** How long a client waits for the host's end of the console. */
const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
/** Largest websocket frame accepted (a serial console carries keystrokes and screen text). */
const MAX_FRAME = 64 * 1024;
/** The agent's end of a console: `/agent/v1/hosts/{host_id}/consoles/{session}`. */
const AGENT_PATH = /^\/agent\/v1\/hosts\/([^/?#]+)\/consoles\/([A-Za-z0-9_-]{16,64})\/?$/;

const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Nova's ConsoleTypeUnavailable (400). */
const unavailable = (type: string) => badRequest(`Unavailable console type ${type}.`);

/** The consoles served: the token table's `console_type`, and the agent task that opens each. */
export type ConsoleKind = 'serial' | 'novnc';
const CONSOLE_TASK = { serial: 'serial_console', novnc: 'vnc_console' } as const;

/** Where the noVNC page is served (at the host root, as nova-novncproxy serves it at its own). */
export const NOVNC_PATH = '/novnc';

/** The console settings (`services.compute.*`). */
function settings(ctx: AppContext): { ttlS: number; connectTimeoutMs: number; baseUrl: string; novncBaseUrl: string } {
  const c = ctx.config.services.compute ?? {};
  const ttl = Number(c.console_token_ttl ?? c.consoleTokenTtl ?? DEFAULT_TOKEN_TTL_S);
  const timeout = Number(c.console_connect_timeout_ms ?? c.consoleConnectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
  const configured = c.serial_proxy_url ?? c.serialProxyUrl;
  // By default the controller's own public address, websocket scheme: the proxy is this server.
  const base = typeof configured === 'string' && configured ? configured : `${ctx.config.publicUrl.replace(/^http/, 'ws')}/`;
  // Nova's [vnc] novncproxy_base_url: the page; its websocket is on the same origin.
  const novnc = c.novncproxy_base_url ?? c.novncproxyBaseUrl;
  const novncBase = typeof novnc === 'string' && novnc ? novnc : `${ctx.config.publicUrl.replace(/\/+$/, '')}${NOVNC_PATH}/vnc_lite.html`;
  return { ttlS: ttl > 0 ? ttl : DEFAULT_TOKEN_TTL_S, connectTimeoutMs: timeout > 0 ? timeout : DEFAULT_CONNECT_TIMEOUT_MS, baseUrl: base, novncBaseUrl: novncBase };
}

/** Nova's InstanceNotReady (409) unless the server runs on a host. */
function assertRunning(row: InstanceRow): void {
  if (!row.host_id || row.vm_state !== VmState.ACTIVE || row.power_state !== PowerState.RUNNING) throw conflict(`Instance ${row.id} is not ready`);
}

/**
 * A console URL for a server: checks it runs, stores the new token's hash with its expiry (and
 * drops expired tokens), and returns `ws://.../?token=T` (serial) or the noVNC page's
 * `...vnc_lite.html?path=%3Ftoken%3DT` (novnc, as Nova builds it). `type` is the requested console
 * type; anything but `kind` is Nova's ConsoleTypeUnavailable (after the server's 404).
 */
export async function consoleUrl(ctx: AppContext, call: Pick<ActionCall<never>, 'auth' | 'serverId'>, kind: ConsoleKind, type: string): Promise<string> {
  const { ttlS, baseUrl, novncBaseUrl } = settings(ctx);
  return withTransaction(ctx.db, async (trx) => {
    const row = await loadServer(trx, call.auth, call.serverId);
    if (type !== kind) throw unavailable(type);
    assertRunning(row);
    const now = ctx.now();
    const token = randomBytes(32).toString('base64url');
    await trx.deleteFrom('console_auth_tokens').where('expires_at', '<=', now.toISOString()).execute();
    await trx
      .insertInto('console_auth_tokens')
      .values({ token_hash: hashToken(token), instance_id: row.id, console_type: kind, expires_at: new Date(now.getTime() + ttlS * 1000).toISOString(), created_at: now.toISOString() })
      .execute();
    const url = new URL(kind === 'novnc' ? novncBaseUrl : baseUrl);
    url.searchParams.set(kind === 'novnc' ? 'path' : 'token', kind === 'novnc' ? `?token=${token}` : token);
    return url.toString();
  });
}

/** os-getSerialConsole (2.1 to 2.5): `{console: {type, url}}`. */
export async function legacySerialConsole(call: ActionCall<'os-getSerialConsole'>): Promise<{ console: { type: string; url: string } }> {
  const type = call.body.type;
  return { console: { type, url: await consoleUrl(call.ctx, call, 'serial', type) } };
}

/** os-getVNCConsole (2.1 to 2.5): `{console: {type, url}}`; `xvpvnc` is unavailable (400). */
export async function legacyVncConsole(call: ActionCall<'os-getVNCConsole'>): Promise<{ console: { type: string; url: string } }> {
  const type = call.body.type;
  return { console: { type, url: await consoleUrl(call.ctx, call, 'novnc', type) } };
}

/** The remote-consoles protocol each served console type goes with. */
const PROTOCOL_OF: Record<ConsoleKind, string> = { serial: 'serial', novnc: 'vnc' };

/** Registers POST /servers/{id}/remote-consoles (2.6+) and the console proxy on the app's server. */
export function registerConsoleRoutes(app: FastifyInstance, ctx: AppContext): void {
  interface Body {
    remote_console: { protocol: string; type: string };
  }
  defineRoute<{ Params: { server_id: string }; Body: Body }>(app, ctx, { service: 'compute', op: 'createRemoteConsole' }, async (req) => {
    if (!mvAtLeast(req, 6)) throw notFound();
    const { protocol, type } = req.body.remote_console;
    // mks / webmks exist from 2.8 (Nova's create_v28 schema); before that they fail validation.
    if (!mvAtLeast(req, 8) && (protocol === 'mks' || type === 'webmks')) {
      throw badRequest(`Invalid input for field/attribute remote_console. Value: ${protocol === 'mks' ? 'mks' : 'webmks'} is not one of the allowed values`);
    }
    const kind = (Object.keys(PROTOCOL_OF) as ConsoleKind[]).find((k) => PROTOCOL_OF[k] === protocol);
    if (!kind) {
      await loadServer(ctx.db, req.auth!, req.params.server_id);
      throw unavailable(type);
    }
    const url = await consoleUrl(ctx, { auth: req.auth!, serverId: req.params.server_id }, kind, type);
    return { remote_console: { protocol, type, url } };
  });
  const proxy = new ConsoleProxy(ctx);
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => proxy.upgrade(req, socket, head);
  app.server.on('upgrade', onUpgrade);
  app.addHook('onClose', async () => {
    app.server.off('upgrade', onUpgrade);
    proxy.close();
  });
}

/** Our page (vnc_lite.html, its script and style), beside src/ and dist/ alike. */
const NOVNC_PAGE_DIR = resolve(fileURLToPath(new URL('../../novnc', import.meta.url)));
/** noVNC's client library (@novnc/novnc: core/ and vendor/), which the page imports. */
const NOVNC_LIB_DIR = resolve(dirname(createRequire(import.meta.url).resolve('@novnc/novnc')), '..');
const STATIC_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
/** The page talks to this origin only: its scripts, style and the console's websocket. */
const NOVNC_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/**
 * GET /novnc/* at the host root: the noVNC console page (`vnc_lite.html`, nova-novncproxy's
 * page name) and the noVNC library's `core/` and `vendor/` modules it loads. No token is checked
 * here: the page is public, its websocket is what the (single-use) token opens.
 */
export function registerNovncPage(app: FastifyInstance): void {
  app.get<{ Params: { '*': string } }>(`${NOVNC_PATH}/*`, async (req, reply) => {
    const path = `/${req.params['*']}`;
    const lib = path.startsWith('/core/') || path.startsWith('/vendor/');
    const file = dashboardFile(lib ? NOVNC_LIB_DIR : NOVNC_PAGE_DIR, path);
    const type = STATIC_TYPES[extname(path)];
    const info = file && type ? await stat(file).catch(() => undefined) : undefined;
    reply.header('content-security-policy', NOVNC_CSP).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    if (!file || !type || !info?.isFile()) return reply.code(404).type('text/plain; charset=utf-8').send(`${NOVNC_PATH}${path} not found\n`);
    return reply.type(type).header('cache-control', 'no-cache').send(await readFile(file));
  });
}

/** A client waiting for its host's end of the console. */
interface Waiting {
  hostId: string;
  client: WebSocket;
  timer: NodeJS.Timeout;
  /** What the client sent before its host's end connected, relayed once it does. */
  early: Buffer[];
  /** The listener collecting `early`, removed when the relay starts. */
  collect: (data: Buffer) => void;
}

/** How much a client may send before its host's end is there; more closes it (1009). */
const EARLY_MAX_BYTES = 64 * 1024;

/**
 * The websocket side: clients with a token, agents with a session. State (the sessions waiting
 * for their agent) lives in this object, one per app.
 */
export class ConsoleProxy {
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME,
    // nova-serialproxy (websockify) speaks `binary`; a client offering it gets it.
    handleProtocols: (protocols) => (protocols.has('binary') ? 'binary' : false),
  });
  private readonly waiting = new Map<string, Waiting>();
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly ctx: AppContext) {}

  /** Handles an HTTP upgrade of the app's server (every upgrade comes here; other paths are refused). */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://proxy.invalid');
    const agent = AGENT_PATH.exec(url.pathname);
    const work = agent ? this.agentUpgrade(req, socket, head, decodeURIComponent(agent[1]!), agent[2]!) : this.clientUpgrade(req, socket, head, url.searchParams.get('token'));
    work.catch((e: unknown) => {
      this.ctx.logger.warn('console upgrade failed', { error: e instanceof Error ? e.message : String(e) });
      refuse(socket, 500, 'Internal Server Error');
    });
  }

  /** Closes every console and session. */
  close(): void {
    for (const w of this.waiting.values()) clearTimeout(w.timer);
    this.waiting.clear();
    for (const s of this.sockets) s.terminate();
    this.wss.close();
  }

  private accept(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<WebSocket> {
    return new Promise((resolve) =>
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.add(ws);
        ws.on('close', () => this.sockets.delete(ws));
        ws.on('error', () => ws.terminate());
        resolve(ws);
      }),
    );
  }

  /** A client with a token: checked, upgraded, and its host asked for the console. */
  private async clientUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, token: string | null): Promise<void> {
    if (!token || token.length > 256) return refuse(socket, token ? 401 : 404, token ? 'Unauthorized' : 'Not Found');
    const now = this.ctx.now().toISOString();
    const tokenHash = hashToken(token);
    const row = await this.ctx.db
      .selectFrom('console_auth_tokens as t')
      .innerJoin('instances as i', 'i.id', 't.instance_id')
      .select(['t.instance_id', 't.console_type', 'i.name', 'i.host_id', 'i.vm_state', 'i.power_state', 'i.deleted'])
      .where('t.token_hash', '=', tokenHash)
      .where('t.expires_at', '>', now)
      .executeTakeFirst();
    // An unknown, expired or deleted server's token: 401 as websockify answers an invalid token.
    if (!row || row.deleted) return refuse(socket, 401, 'Unauthorized');
    const kind = row.console_type as ConsoleKind;
    if (!(kind in CONSOLE_TASK)) return refuse(socket, 401, 'Unauthorized');
    // A noVNC token is good for one connection: the one that deletes its row uses it.
    if (kind === 'novnc') {
      const used = await this.ctx.db.deleteFrom('console_auth_tokens').where('token_hash', '=', tokenHash).executeTakeFirst();
      if (Number(used.numDeletedRows) !== 1) return refuse(socket, 401, 'Unauthorized');
    }
    if (!row.host_id || row.vm_state !== VmState.ACTIVE || row.power_state !== PowerState.RUNNING) return refuse(socket, 409, 'Conflict');
    const hostId = row.host_id;
    const client = await this.accept(req, socket, head);
    const session = randomBytes(24).toString('base64url');
    const { connectTimeoutMs } = settings(this.ctx);
    const timer = setTimeout(() => this.abandon(session, 'the host did not connect the console in time'), connectTimeoutMs);
    // What the client sends before the host's end is paired is kept (bounded) and relayed first,
    // so a client that writes at once (a script piping into `console connect`) loses nothing.
    const early: Buffer[] = [];
    let earlyBytes = 0;
    const collect = (data: Buffer): void => {
      earlyBytes += data.length;
      if (earlyBytes > EARLY_MAX_BYTES) client.close(1009, 'Too much input before the console connected');
      else early.push(data);
    };
    client.on('message', collect);
    this.waiting.set(session, { hostId, client, timer, early, collect });
    client.on('close', () => this.abandon(session));
    const taskId = await withTransaction(this.ctx.db, (trx) =>
      enqueueTask(trx, { hostId, type: CONSOLE_TASK[kind], instanceId: row.instance_id, payload: { instance: { uuid: row.instance_id, name: row.name }, session } }),
    );
    try {
      await awaitTaskResult(this.ctx, taskId, connectTimeoutMs);
    } catch (e) {
      this.abandon(session, e instanceof TaskFailedError ? e.fault.message : 'the host did not connect the console in time');
    }
  }

  /** Drops a waiting session, closing its client with `reason` (1011) when given. */
  private abandon(session: string, reason?: string): void {
    const w = this.waiting.get(session);
    if (!w) return;
    clearTimeout(w.timer);
    this.waiting.delete(session);
    if (reason !== undefined && w.client.readyState === WebSocket.OPEN) w.client.close(1011, closeReason(`Console unavailable: ${reason}`));
  }

  /** The host's end: its credential, its own host id, a session waiting for it. */
  private async agentUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, hostId: string, session: string): Promise<void> {
    const id = await bearerHostId(this.ctx, req.headers.authorization);
    if (!id) return refuse(socket, 401, 'Unauthorized');
    if (id !== hostId) return refuse(socket, 403, 'Forbidden');
    const w = this.waiting.get(session);
    if (!w || w.hostId !== hostId) return refuse(socket, 404, 'Not Found');
    clearTimeout(w.timer);
    this.waiting.delete(session);
    const host = await this.accept(req, socket, head);
    w.client.off('message', w.collect);
    for (const data of w.early) host.send(data, { binary: true });
    relay(w.client, host);
  }
}

/** Relays frames both ways (binary), with backpressure: a side's socket pauses while the other's buffer is full. */
function relay(a: WebSocket, b: WebSocket): void {
  const pipe = (from: WebSocket, to: WebSocket): void => {
    from.on('message', (data: Buffer) => {
      if (to.readyState !== WebSocket.OPEN) return;
      to.send(data, { binary: true });
      if (to.bufferedAmount > 1024 * 1024) {
        from.pause();
        const resume = setInterval(() => {
          if (to.bufferedAmount < 256 * 1024 || to.readyState !== WebSocket.OPEN) {
            clearInterval(resume);
            from.resume();
          }
        }, 20);
      }
    });
    from.on('close', (code, reason) => {
      if (to.readyState === WebSocket.OPEN || to.readyState === WebSocket.CONNECTING) to.close(code >= 1000 && code < 5000 && code !== 1005 && code !== 1006 ? code : 1000, reason);
    });
  };
  if (a.readyState !== WebSocket.OPEN) {
    b.close(1000, 'client gone');
    return;
  }
  pipe(a, b);
  pipe(b, a);
}

/** A close reason fits 123 bytes. */
function closeReason(s: string): string {
  const b = Buffer.from(s, 'utf8');
  return b.length <= 123 ? s : b.subarray(0, 120).toString('utf8').replace(/\uFFFD+$/, '') + '...';
}

/** Answers an upgrade request with a plain HTTP status and closes it. */
function refuse(socket: Duplex, status: number, text: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
}

/**
 * Serial and noVNC consoles: remote-consoles (2.6+) and os-getSerialConsole / os-getVNCConsole
 * (2.1-2.5), their errors, the noVNC page, and the websocket proxy relaying a client to the host's
 * end (a simulated agent opening the agent-side websocket as the real agent does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { claimTasks, recordResult } from '../../src/agentapi/tasks.js';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { createFlavor, createImage, FakeAgent, startComputeController, waitServer } from './fixtures.js';

async function call(c: TestController, method: string, path: string, op: string, o: { token?: string; body?: unknown; v?: string } = {}) {
  const r = await api(c, method, `/compute${path}`, { token: o.token, body: o.body, headers: { 'OpenStack-API-Version': `compute ${o.v ?? '2.79'}` } });
  if (r.status >= 500) throw new Error(`${method} ${path}: ${r.status} body=${r.text}`);
  const err = checkResponse('compute', op, r.status, r.body);
  if (err) throw new Error(`${method} ${path}: ${err} body=${r.text}`);
  return r;
}

/** Opens a websocket; resolves when open, rejects with the HTTP status of a refused upgrade. */
function connect(url: string, headers: Record<string, string> = {}, onMessage?: (d: Buffer) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ['binary'], { headers });
    if (onMessage) ws.on('message', onMessage);
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      reject(new Error(`HTTP ${res.statusCode}`));
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

/** Collects what a websocket receives until `pred` holds (or `ms` pass). */
function receiveUntil(ws: WebSocket, pred: (text: string) => boolean, ms = 10000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`timed out; got ${JSON.stringify(text)}`)), ms);
    const on = (d: Buffer) => {
      text += d.toString('utf8');
      if (pred(text)) {
        clearTimeout(timer);
        ws.off('message', on);
        resolve(text);
      }
    };
    ws.on('message', on);
  });
}

const closed = (ws: WebSocket): Promise<{ code: number; reason: string }> =>
  new Promise((resolve) => (ws.readyState === WebSocket.CLOSED ? resolve({ code: 1006, reason: '' }) : ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))));

describe.each(backends())('serial consoles on %s', (backend) => {
  let c: TestController;
  let member: { token: string };
  let other: { token: string };
  let host: FakeAgent;
  let serverId: string;
  const sockets: WebSocket[] = [];

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    const flavor = await createFlavor(c, { name: 'm1.con', vcpus: 1, ram: 128, disk: 1 });
    const image = await createImage(c);
    host = await FakeAgent.start(c, 'con-host', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'con', flavorRef: flavor, imageRef: image, networks: 'none' } } });
    serverId = r.body.server.id;
    await host.run();
    await waitServer(c, member.token, serverId, (s) => s.status === 'ACTIVE');
  }, 60000);
  afterAll(async () => {
    for (const s of sockets) s.terminate();
    await c?.close();
  });

  const create = (body: unknown, o: { token?: string; v?: string; id?: string } = {}) =>
    call(c, 'POST', `/v2.1/servers/${o.id ?? serverId}/remote-consoles`, 'createRemoteConsole', { token: o.token ?? member.token, body, v: o.v });
  const serial = { remote_console: { protocol: 'serial', type: 'serial' } };

  it('hands out a ws:// URL with a token, stored hashed', async () => {
    const r = await create(serial);
    expect(r.status).toBe(200);
    expect(r.body.remote_console).toMatchObject({ protocol: 'serial', type: 'serial' });
    const url = new URL(r.body.remote_console.url);
    expect(url.protocol).toBe('ws:');
    expect(url.host).toBe(new URL(c.url).host);
    const token = url.searchParams.get('token')!;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const rows = await c.db.selectFrom('console_auth_tokens').selectAll().where('instance_id', '=', serverId).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.token_hash === token)).toBe(false);
    expect(rows.every((row) => Date.parse(row.expires_at) > Date.now())).toBe(true);
  });

  it("answers Nova's errors: 400 unsupported console, 404 unknown or another project's server and before 2.6, 409 not running", async () => {
    const spice = await create({ remote_console: { protocol: 'spice', type: 'spice-html5' } });
    expect(spice.status).toBe(400);
    expect(spice.body.badRequest.message).toBe('Unavailable console type spice-html5.');
    expect((await create({ remote_console: { protocol: 'serial', type: 'novnc' } })).status).toBe(400);
    expect((await create({ remote_console: { protocol: 'vnc', type: 'xvpvnc' } })).body.badRequest.message).toBe('Unavailable console type xvpvnc.');
    expect((await create({ remote_console: { protocol: 'vnc', type: 'serial' } })).status).toBe(400);
    expect((await create({ remote_console: { protocol: 'telnet', type: 'serial' } })).status).toBe(400);
    expect((await create({ remote_console: { protocol: 'mks', type: 'webmks' } }, { v: '2.6' })).status).toBe(400);
    expect((await create({ remote_console: { protocol: 'serial' } })).status).toBe(400);
    expect((await create(serial, { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await create(serial, { token: other.token })).status).toBe(404);
    expect((await create(serial, { v: '2.5' })).status).toBe(404);

    const stop = await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-stop': null } });
    expect(stop.status).toBe(202);
    await host.run();
    await waitServer(c, member.token, serverId, (s) => s.status === 'SHUTOFF');
    const notRunning = await create(serial);
    expect(notRunning.status).toBe(409);
    expect(notRunning.body.conflictingRequest.message).toBe(`Instance ${serverId} is not ready`);
    await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-start': null } });
    await host.run();
    await waitServer(c, member.token, serverId, (s) => s.status === 'ACTIVE');
  });

  it('serves the legacy os-getSerialConsole action up to 2.5, and 404 from 2.6', async () => {
    const r = await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-getSerialConsole': { type: 'serial' } }, v: '2.5' });
    expect(r.status).toBe(200);
    expect(r.body.console.type).toBe('serial');
    expect(r.body.console.url).toMatch(/^ws:\/\/.*\/\?token=[A-Za-z0-9_-]+$/);
    const bad = await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-getSerialConsole': { type: 'novnc' } }, v: '2.1' });
    expect(bad.status).toBe(400);
    expect((await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-getSerialConsole': { type: 'serial' } }, v: '2.6' })).status).toBe(404);
  });

  /** Plays the host's agent: claims the console task, opens its end of the console, reports the result. */
  async function hostEnd(onMessage?: (d: Buffer) => void, type = 'serial_console'): Promise<WebSocket> {
    for (let i = 0; i < 250; i++) {
      const tasks = await claimTasks(c.db, host.hostId, 10, { dialect: c.ctx.dialect, leaseMs: 60000, maxAttempts: 5, now: new Date(), hub: c.ctx.agentHub });
      const t = tasks.find((x) => x.type === type);
      if (t) {
        const payload = JSON.parse(t.payload) as { session: string; instance: { uuid: string } };
        expect(payload.instance.uuid).toBe(serverId);
        const ws = await connect(`${c.url.replace(/^http/, 'ws')}/agent/v1/hosts/${host.hostId}/consoles/${payload.session}`, { authorization: `Bearer ${host.credential}` }, onMessage);
        sockets.push(ws);
        await recordResult(c.db, host.hostId, t.id, { status: 'succeeded', result: { session: payload.session }, fault: null }, { dialect: c.ctx.dialect, now: new Date(), hub: c.ctx.agentHub });
        return ws;
      }
      await new Promise((res) => setTimeout(res, 20));
    }
    throw new Error(`no ${type} task`);
  }

  it('hands out a noVNC page URL (remote-consoles vnc/novnc, os-getVNCConsole up to 2.5) and serves the page', async () => {
    const r = await create({ remote_console: { protocol: 'vnc', type: 'novnc' } });
    expect(r.status).toBe(200);
    expect(r.body.remote_console).toMatchObject({ protocol: 'vnc', type: 'novnc' });
    const url = new URL(r.body.remote_console.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${c.url}/novnc/vnc_lite.html`);
    // Nova's form: ?path=%3Ftoken%3D<token>
    expect(r.body.remote_console.url).toMatch(/\?path=%3Ftoken%3D[A-Za-z0-9_-]{40,}$/);
    const legacy = await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-getVNCConsole': { type: 'novnc' } }, v: '2.5' });
    expect(legacy.status).toBe(200);
    expect(legacy.body.console.type).toBe('novnc');
    expect(legacy.body.console.url).toMatch(/\/novnc\/vnc_lite\.html\?path=%3Ftoken%3D/);
    const xvp = await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-getVNCConsole': { type: 'xvpvnc' } }, v: '2.5' });
    expect(xvp.status).toBe(400);
    expect(xvp.body.badRequest.message).toBe('Unavailable console type xvpvnc.');
    expect((await call(c, 'POST', `/v2.1/servers/${serverId}/action`, 'serverAction', { token: member.token, body: { 'os-getVNCConsole': { type: 'novnc' } }, v: '2.6' })).status).toBe(404);

    // The page (what Tempest checks: html, noVNC, a script) and the noVNC modules it imports.
    const page = await fetch(r.body.remote_console.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<html.*>/);
    expect(html).toContain('noVNC');
    expect(html).toContain('<script');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const js = await fetch(`${c.url}/novnc/vnc_lite.js`);
    expect(await js.text()).toContain("from './core/rfb.js'");
    const rfb = await fetch(`${c.url}/novnc/core/rfb.js`);
    expect(rfb.status).toBe(200);
    expect(rfb.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${c.url}/novnc/core/../../package.json`)).status).toBe(404);
    expect((await fetch(`${c.url}/novnc/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${c.url}/novnc/nothing.html`)).status).toBe(404);
  });

  it("relays the guest's VNC server through the page's websocket; the token opens one connection only", async () => {
    const pageUrl = new URL((await create({ remote_console: { protocol: 'vnc', type: 'novnc' } })).body.remote_console.url as string);
    // As noVNC (and Tempest) do: the websocket is `/<path>` on the page's origin.
    const wsUrl = `${c.url.replace(/^http/, 'ws')}/${pageUrl.searchParams.get('path')}`;
    let got = '';
    const client = await connect(wsUrl, {}, (d) => (got += d.toString('latin1')));
    sockets.push(client);
    const agent = await hostEnd(undefined, 'vnc_console');
    agent.send(Buffer.from('RFB 003.008\n'));
    for (let i = 0; i < 500 && !got; i++) await new Promise((res) => setTimeout(res, 10));
    expect(got).toBe('RFB 003.008\n');
    const atHost = receiveUntil(agent, (t) => t === 'RFB 003.008\n');
    client.send(Buffer.from('RFB 003.008\n'));
    await atHost;
    // Used: the same URL is refused, as is an expired token.
    await expect(connect(wsUrl)).rejects.toThrow('HTTP 401');
    const gone = closed(agent);
    client.close();
    await gone;
    const later = new URL((await create({ remote_console: { protocol: 'vnc', type: 'novnc' } })).body.remote_console.url as string);
    await c.db.updateTable('console_auth_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('console_type', '=', 'novnc').execute();
    await expect(connect(`${c.url.replace(/^http/, 'ws')}/${later.searchParams.get('path')}`)).rejects.toThrow('HTTP 401');
  });

  it('relays bytes both ways between the client and the host, and closes one side when the other goes', async () => {
    const url = (await create(serial)).body.remote_console.url as string;
    const client = await connect(url);
    sockets.push(client);
    expect(client.protocol).toBe('binary');
    const agent = await hostEnd();
    const atHost = receiveUntil(agent, (t) => t.includes('echo hi\r'));
    client.send(Buffer.from('echo hi\r'));
    expect(await atHost).toBe('echo hi\r');
    const atClient = receiveUntil(client, (t) => t.includes('hi\r\n/ # '));
    agent.send(Buffer.from('echo hi\r\nhi\r\n/ # '));
    expect(await atClient).toContain('hi\r\n/ # ');
    const gone = closed(client);
    agent.close(1000, 'guest gone');
    expect((await gone).code).toBe(1000);

    // The token stays valid until it expires (Nova's TTL; Tempest reconnects with the same URL).
    const again = await connect(url);
    sockets.push(again);
    const agent2 = await hostEnd();
    const hostGone = closed(agent2);
    again.close();
    await hostGone;
  });

  it('keeps what the client sends before the host connects and relays it first, in order', async () => {
    const url = (await create(serial)).body.remote_console.url as string;
    const client = await connect(url);
    sockets.push(client);
    // A script piping into `console connect` writes at once, before the host's end is there.
    client.send(Buffer.from('echo one\r'));
    client.send(Buffer.from('echo two\r'));
    let atHost = '';
    const agent = await hostEnd((d) => (atHost += d.toString('utf8')));
    client.send(Buffer.from('echo three\r'));
    for (let i = 0; i < 500 && !atHost.includes('three'); i++) await new Promise((res) => setTimeout(res, 20));
    expect(atHost).toBe('echo one\recho two\recho three\r');
    const gone = closed(agent);
    client.close();
    await gone;
  });

  it('refuses a bad, expired or deleted-server token, and an agent without a waiting session or with another host id', async () => {
    const base = c.url.replace(/^http/, 'ws');
    await expect(connect(`${base}/?token=nope`)).rejects.toThrow('HTTP 401');
    await expect(connect(`${base}/`)).rejects.toThrow('HTTP 404');
    const url = (await create(serial)).body.remote_console.url as string;
    await c.db.updateTable('console_auth_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
    await expect(connect(url)).rejects.toThrow('HTTP 401');
    const session = 'A'.repeat(32);
    await expect(connect(`${base}/agent/v1/hosts/${host.hostId}/consoles/${session}`, { authorization: `Bearer ${host.credential}` })).rejects.toThrow('HTTP 404');
    await expect(connect(`${base}/agent/v1/hosts/${host.hostId}/consoles/${session}`)).rejects.toThrow('HTTP 401');
    await expect(connect(`${base}/agent/v1/hosts/other/consoles/${session}`, { authorization: `Bearer ${host.credential}` })).rejects.toThrow('HTTP 403');
  });

  it('closes the client with the fault when the host cannot open the console', async () => {
    const url = (await create(serial)).body.remote_console.url as string;
    const client = await connect(url);
    sockets.push(client);
    const done = closed(client);
    for (let i = 0; i < 250; i++) {
      const tasks = await claimTasks(c.db, host.hostId, 10, { dialect: c.ctx.dialect, leaseMs: 60000, maxAttempts: 5, now: new Date(), hub: c.ctx.agentHub });
      const t = tasks.find((x) => x.type === 'serial_console');
      if (t) {
        await recordResult(c.db, host.hostId, t.id, { status: 'failed', result: null, fault: { code: 409, message: 'instance has no serial socket' } }, { dialect: c.ctx.dialect, now: new Date(), hub: c.ctx.agentHub });
        break;
      }
      await new Promise((res) => setTimeout(res, 20));
    }
    const { code, reason } = await done;
    expect(code).toBe(1011);
    expect(reason).toContain('instance has no serial socket');
  });
});

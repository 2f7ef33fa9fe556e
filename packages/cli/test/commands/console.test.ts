import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NOVA = 'https://cloud.test:8774';
const SERVER = { id: '9168b536-cd40-4630-b43f-b259807c6e87', name: 'web1', status: 'ACTIVE' };

describe('console url show and console connect', () => {
  useNock();
  let wss: WebSocketServer | undefined;
  afterEach(async () => {
    for (const c of wss?.clients ?? []) c.terminate();
    await new Promise<void>((res) => (wss ? wss.close(() => res()) : res()));
    wss = undefined;
  });

  it('console url show --serial prints protocol, type and url as python-openstackclient does', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/remote-consoles`, { remote_console: { protocol: 'serial', type: 'serial' } })
      .reply(200, { remote_console: { protocol: 'serial', type: 'serial', url: 'ws://127.0.0.1:6083/?token=t1' } });
    const res = await runCli(['console', 'url', 'show', '--serial', SERVER.id, '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ protocol: 'serial', type: 'serial', url: 'ws://127.0.0.1:6083/?token=t1' });
    nova.done();
  });

  it('console url show asks for noVNC by default (--novnc) and prints its page URL; refuses two console flags', async () => {
    mockAuth();
    const url = 'http://127.0.0.1:8774/novnc/vnc_lite.html?path=%3Ftoken%3Dt2';
    const nova = nock(NOVA)
      .get(`/v2.1/servers/${SERVER.id}`)
      .times(2)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/remote-consoles`, { remote_console: { protocol: 'vnc', type: 'novnc' } })
      .times(2)
      .reply(200, { remote_console: { protocol: 'vnc', type: 'novnc', url } });
    const res = await runCli(['console', 'url', 'show', SERVER.id, '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ protocol: 'vnc', type: 'novnc', url });
    mockAuth();
    const flag = await runCli(['console', 'url', 'show', '--novnc', SERVER.id, '-f', 'json'], PASSWORD_ENV);
    expect(flag.stderr).toBe('');
    expect(JSON.parse(flag.stdout).url).toBe(url);
    nova.done();
    const both = await runCli(['console', 'url', 'show', '--serial', '--novnc', SERVER.id], PASSWORD_ENV);
    expect(both.exitCode).toBe(2);
  });

  it('console url show prints the cloud\'s error for an unavailable console type', async () => {
    mockAuth();
    nock(NOVA)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/remote-consoles`, { remote_console: { protocol: 'spice', type: 'spice-html5' } })
      .reply(400, { badRequest: { code: 400, message: 'Unavailable console type spice-html5.' } });
    const res = await runCli(['console', 'url', 'show', '--spice', SERVER.id], PASSWORD_ENV);
    expect(res.exitCode).toBe(6);
    expect(res.stderr).toContain('Unavailable console type spice-html5.');
  });

  it('console connect without a terminal sends stdin, prints what comes back, and leaves once the guest is quiet', async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: (p) => (p.has('binary') ? 'binary' : false) });
    await once(wss, 'listening');
    const port = (wss.address() as AddressInfo).port;
    const received: string[] = [];
    const seen: { protocol?: string; token?: string | null } = {};
    wss.on('connection', (ws, req) => {
      seen.protocol = ws.protocol;
      seen.token = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
      // A pretend shell: echoes each line and answers it.
      ws.on('message', (d: Buffer) => {
        received.push(d.toString());
        ws.send(Buffer.from(`${d.toString()}\r\nok\r\n/ # `));
      });
    });
    nock.enableNetConnect('127.0.0.1');
    mockAuth();
    nock(NOVA)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/remote-consoles`, { remote_console: { protocol: 'serial', type: 'serial' } })
      .reply(200, { remote_console: { protocol: 'serial', type: 'serial', url: `ws://127.0.0.1:${port}/?token=t2` } });
    const stdin = new PassThrough();
    stdin.end('uname\n');
    const res = await runCli(['console', 'connect', SERVER.id, '--linger', '200'], PASSWORD_ENV, { stdin });
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(received.join('')).toBe('uname\n');
    expect(res.stdout).toBe('uname\n\r\nok\r\n/ # ');
    expect(seen).toEqual({ protocol: 'binary', token: 't2' });
  });

  it('console connect reports a refused (expired) URL and a console the cloud could not reach', async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1', verifyClient: (info: { req: { url?: string } }) => !info.req.url?.includes('expired') });
    await once(wss, 'listening');
    const port = (wss.address() as AddressInfo).port;
    wss.on('connection', (ws) => ws.close(1011, 'Console unavailable: instance has no serial console socket'));
    nock.enableNetConnect('127.0.0.1');
    for (const [token, message] of [
      ['expired', 'The console URL is not valid any more (its token expired or is unknown)'],
      ['t3', 'Console unavailable: instance has no serial console socket'],
    ] as const) {
      mockAuth();
      nock(NOVA)
        .get(`/v2.1/servers/${SERVER.id}`)
        .reply(200, { server: SERVER })
        .post(`/v2.1/servers/${SERVER.id}/remote-consoles`)
        .reply(200, { remote_console: { protocol: 'serial', type: 'serial', url: `ws://127.0.0.1:${port}/?token=${token}` } });
      const stdin = new PassThrough();
      const res = await runCli(['console', 'connect', SERVER.id], PASSWORD_ENV, { stdin });
      stdin.end();
      expect(res.exitCode).toBe(1);
      expect(res.stderr).toContain(message);
    }
  });
});

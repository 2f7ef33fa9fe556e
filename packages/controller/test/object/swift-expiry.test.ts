/** Expiring objects: X-Delete-At / X-Delete-After (src/object/expiry.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiredObjects } from '../../src/object/expiry.js';
import { backends, startTestController, type TestController } from '../helpers.js';

describe.each(backends())('expiring objects on %s', (backend) => {
  let c: TestController;
  let owner: { token: string; projectId: string };
  let acct: string;
  let shift = 0;
  const call = async (method: string, path: string, o: { headers?: Record<string, string>; body?: string } = {}) => {
    const res = await fetch(`${c.url}/object-store${acct}${path}`, { method, headers: { 'x-auth-token': owner.token, ...o.headers }, body: o.body });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const nowS = () => Math.floor((Date.now() + shift) / 1000);

  beforeAll(async () => {
    c = await startTestController({ backend });
    owner = await c.createProjectUser('member');
    acct = `/v1/AUTH_${owner.projectId}`;
    // The controller's clock, moved forward by the test instead of waiting.
    c.ctx.now = () => new Date(Date.now() + shift);
    expect((await call('PUT', '/box')).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('refuses malformed or past expiries with Swift\'s messages, writing nothing', async () => {
    for (const [h, v, msg] of [['X-Delete-At', 'soon', 'Non-integer X-Delete-At'], ['X-Delete-At', String(nowS() - 10), 'X-Delete-At in past'], ['X-Delete-After', '-5', 'X-Delete-After in past'], ['X-Delete-After', '1.5', 'Non-integer X-Delete-After']] as const) {
      const r = await call('PUT', '/box/bad', { body: 'x', headers: { [h]: v } });
      expect(r.status).toBe(400);
      expect(r.text).toBe(msg);
    }
    expect((await call('HEAD', '/box/bad')).status).toBe(404);
  });

  it('an expired object is 404 at once, listed until the sweep removes it with its bytes', async () => {
    let r = await call('PUT', '/box/short', { body: 'short-lived', headers: { 'X-Delete-After': '30' } });
    expect(r.status).toBe(201);
    const at = nowS() + 30;
    r = await call('HEAD', '/box/short');
    expect(Math.abs(Number(r.headers.get('x-delete-at')) - at)).toBeLessThanOrEqual(1);
    expect((await call('PUT', '/box/keep', { body: 'kept', headers: { 'X-Delete-At': String(nowS() + 3600) } })).status).toBe(201);
    expect((await call('PUT', '/box/forever', { body: 'forever' })).status).toBe(201);
    // A POST without the header clears the expiry (Swift's object POST), with it sets one.
    expect((await call('POST', '/box/keep', { headers: { 'X-Object-Meta-A': 'b' } })).status).toBe(202);
    expect((await call('HEAD', '/box/keep')).headers.get('x-delete-at')).toBeNull();
    expect((await call('POST', '/box/forever', { headers: { 'X-Delete-After': '40' } })).status).toBe(202);
    expect(await sweepExpiredObjects(c.ctx)).toBe(0);
    shift = 60_000;
    expect((await call('GET', '/box/short')).status).toBe(404);
    expect((await call('HEAD', '/box/forever')).status).toBe(404);
    expect((await call('POST', '/box/short', { headers: { 'X-Object-Meta-A': 'b' } })).status).toBe(404);
    expect((await call('DELETE', '/box/short')).status).toBe(404);
    expect((await call('GET', '/box/keep')).text).toBe('kept');
    expect((await call('GET', '/box')).text).toBe('forever\nkeep\nshort\n');
    expect(await sweepExpiredObjects(c.ctx)).toBe(2);
    expect((await call('GET', '/box')).text).toBe('keep\n');
    r = await call('HEAD', '/box');
    expect(r.headers.get('x-container-object-count')).toBe('1');
    expect(r.headers.get('x-container-bytes-used')).toBe('4');
    shift = 0;
  });

  it('an expired segment cuts an SLO read and cannot be put in a manifest', async () => {
    expect((await call('PUT', '/box/seg', { body: 'segment', headers: { 'X-Delete-After': '30' } })).status).toBe(201);
    expect((await call('PUT', '/box/slo?multipart-manifest=put', { body: JSON.stringify([{ path: '/box/seg' }]) })).status).toBe(201);
    shift = 60_000;
    const r = await call('PUT', '/box/slo2?multipart-manifest=put', { body: JSON.stringify([{ path: '/box/seg' }]) });
    expect(r.status).toBe(400);
    expect(r.text).toContain('/box/seg, 404 Not Found');
    const got = await fetch(`${c.url}/object-store${acct}/box/slo`, { headers: { 'x-auth-token': owner.token } }).then((res) => res.text(), () => '');
    expect(got).not.toContain('segment');
    shift = 0;
  });
});

/** Container ACLs: X-Container-Read (users, `.r:*`, `.rlistings`) and X-Container-Write. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

describe.each(backends())('container ACLs on %s', (backend) => {
  let c: TestController;
  let owner: { token: string; projectId: string };
  let otherUser: { token: string; projectId: string; userId: string };
  let acct: string;
  const call = async (method: string, path: string, o: { token?: string; headers?: Record<string, string>; body?: string } = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers['x-auth-token'] = o.token;
    const res = await fetch(`${c.url}/object-store${acct}${path}`, { method, headers, body: o.body === undefined ? undefined : Buffer.from(o.body) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  beforeAll(async () => {
    c = await startTestController({ backend });
    owner = await c.createProjectUser('member');
    otherUser = await c.createProjectUser('member');
    acct = `/v1/AUTH_${owner.projectId}`;
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('.r:* lets anonymous requests read objects, .rlistings list them; nothing else', async () => {
    expect((await call('PUT', '/pub', { token: owner.token, headers: { 'X-Container-Read': '.r:*' } })).status).toBe(201);
    expect((await call('PUT', '/pub/hello', { token: owner.token, body: 'hi' })).status).toBe(201);
    let r = await call('GET', '/pub/hello');
    expect(r.status).toBe(200);
    expect(r.text).toBe('hi');
    expect((await call('HEAD', '/pub/hello', { token: 'not-a-token' })).status).toBe(200);
    expect((await call('GET', '/pub')).status).toBe(401);
    expect((await call('PUT', '/pub/x', { body: 'x' })).status).toBe(401);
    expect((await call('DELETE', '/pub/hello')).status).toBe(401);
    expect((await call('GET', '/pub/hello', { token: otherUser.token })).status).toBe(200);
    expect((await call('DELETE', '/pub/hello', { token: otherUser.token })).status).toBe(403);
    expect((await call('POST', '/pub', { token: owner.token, headers: { 'X-Container-Read': '.r:*,.rlistings' } })).status).toBe(204);
    r = await call('GET', '/pub');
    expect(r.status).toBe(200);
    expect(r.text).toBe('hello\n');
    // The ACL headers are the owner's to see.
    expect(r.headers.get('x-container-read')).toBeNull();
    r = await call('HEAD', '/pub', { token: owner.token });
    expect(r.headers.get('x-container-read')).toBe('.r:*,.rlistings');
    // Removing the ACL closes it again; other containers never opened.
    expect((await call('POST', '/pub', { token: owner.token, headers: { 'X-Remove-Container-Read': 'x' } })).status).toBe(204);
    expect((await call('GET', '/pub/hello')).status).toBe(401);
  });

  it('user elements grant reads and object writes to another project, never container writes', async () => {
    expect((await call('PUT', '/shared', { token: owner.token })).status).toBe(201);
    expect((await call('PUT', '/shared/o', { token: otherUser.token, body: 'x' })).status).toBe(403);
    expect((await call('POST', '/shared', { token: owner.token, headers: { 'X-Container-Read': `${otherUser.projectId}:*`, 'X-Container-Write': `*:${otherUser.userId}` } })).status).toBe(204);
    expect((await call('PUT', '/shared/o', { token: otherUser.token, body: 'from other' })).status).toBe(201);
    expect((await call('GET', '/shared/o', { token: otherUser.token })).text).toBe('from other');
    expect((await call('GET', '/shared', { token: otherUser.token })).text).toBe('o\n');
    expect((await call('COPY', '/shared/o', { token: otherUser.token, headers: { Destination: 'shared/o2' } })).status).toBe(201);
    // Not the container itself, nor the account, nor another container.
    expect((await call('POST', '/shared', { token: otherUser.token, headers: { 'X-Container-Meta-A': 'b' } })).status).toBe(403);
    expect((await call('DELETE', '/shared', { token: otherUser.token })).status).toBe(403);
    expect((await call('GET', '', { token: otherUser.token })).status).toBe(403);
    expect((await call('PUT', '/other-box', { token: owner.token })).status).toBe(201);
    expect((await call('PUT', '/shared/o3', { token: otherUser.token, headers: { 'X-Copy-From': 'other-box/none', 'Content-Length': '0' } })).status).toBe(403);
    expect((await call('DELETE', '/shared/o', { token: otherUser.token })).status).toBe(204);
    for (const p of ['/shared/o2', '/shared', '/other-box']) expect((await call('DELETE', p, { token: owner.token })).status).toBe(204);
  });

  it('refuses malformed ACLs with Swift errors', async () => {
    let r = await call('PUT', '/bad', { token: owner.token, headers: { 'X-Container-Write': '.r:*' } });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/Referrers not allowed in write ACL/);
    r = await call('PUT', '/bad', { token: owner.token, headers: { 'X-Container-Read': '.r:' } });
    expect(r.status).toBe(400);
    r = await call('PUT', '/bad', { token: owner.token, headers: { 'X-Container-Read': '.x:y' } });
    expect(r.status).toBe(400);
    expect((await call('HEAD', '/bad', { token: owner.token })).status).toBe(404);
  });
});

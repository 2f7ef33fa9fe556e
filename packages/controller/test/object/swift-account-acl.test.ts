/** Account ACLs (X-Account-Access-Control): read-only, read-write and admin grantees from another project. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

describe.each(backends())('account ACLs on %s', (backend) => {
  let c: TestController;
  let owner: { token: string; projectId: string; userId: string };
  let reader: { token: string; projectId: string; userId: string };
  let writer: { token: string; projectId: string; userId: string };
  let stranger: { token: string; projectId: string; userId: string };
  let acct: string;
  const call = async (method: string, path: string, o: { token?: string; headers?: Record<string, string>; body?: string } = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers['x-auth-token'] = o.token;
    const res = await fetch(`${c.url}/object-store${acct}${path}`, { method, headers, body: o.body === undefined ? undefined : Buffer.from(o.body) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const setAcl = (acl: unknown, token = owner.token) =>
    call('POST', '', { token, headers: { 'X-Account-Access-Control': typeof acl === 'string' ? acl : JSON.stringify(acl) } });
  beforeAll(async () => {
    c = await startTestController({ backend });
    owner = await c.createProjectUser('member');
    reader = await c.createProjectUser('member');
    writer = await c.createProjectUser('member');
    stranger = await c.createProjectUser('member');
    acct = `/v1/AUTH_${owner.projectId}`;
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('read-only reads everything, writes nothing; read-write writes containers and objects, not the account', async () => {
    expect((await call('PUT', '/box', { token: owner.token, headers: { 'X-Container-Read': `${stranger.projectId}:*`, 'X-Container-Meta-Temp-URL-Key': 'k1' } })).status).toBe(201);
    expect((await call('PUT', '/box/o', { token: owner.token, body: 'data' })).status).toBe(201);
    expect((await call('POST', '', { token: owner.token, headers: { 'X-Account-Meta-Temp-URL-Key': 'secret', 'X-Account-Meta-Color': 'blue' } })).status).toBe(204);
    // Nothing granted yet.
    expect((await call('GET', '', { token: reader.token })).status).toBe(403);
    expect((await call('GET', '/box/o', { token: writer.token })).status).toBe(403);

    const acl = { 'read-only': [reader.projectId], 'read-write': [`${writer.projectId}:${writer.userId}`] };
    expect((await setAcl(acl)).status).toBe(204);
    // The owner sees the ACL (sorted, compact: Swift's format_acl); grantees never do.
    let r = await call('HEAD', '', { token: owner.token });
    expect(r.headers.get('x-account-access-control')).toBe(JSON.stringify({ 'read-only': acl['read-only'], 'read-write': acl['read-write'] }));

    // read-only: account and container listings, metadata (not the privileged headers), objects.
    r = await call('GET', '', { token: reader.token });
    expect(r.status).toBe(200);
    expect(r.text).toBe('box\n');
    expect(r.headers.get('x-account-access-control')).toBeNull();
    expect(r.headers.get('x-account-meta-temp-url-key')).toBeNull();
    expect(r.headers.get('x-account-meta-color')).toBe('blue');
    r = await call('HEAD', '/box', { token: reader.token });
    expect(r.status).toBe(204);
    expect(r.headers.get('x-container-read')).toBeNull();
    expect(r.headers.get('x-container-meta-temp-url-key')).toBeNull();
    expect((await call('GET', '/box', { token: reader.token })).text).toBe('o\n');
    expect((await call('GET', '/box/o', { token: reader.token })).text).toBe('data');
    for (const [m, p, body] of [['PUT', '/box/o2', 'x'], ['DELETE', '/box/o', undefined], ['POST', '/box/o', undefined], ['PUT', '/new', undefined], ['POST', '/box', undefined], ['DELETE', '/box', undefined], ['POST', '', undefined]] as const) {
      expect((await call(m, p, { token: reader.token, body })).status, `${m} ${p}`).toBe(403);
    }
    expect((await setAcl({ admin: [reader.projectId] }, reader.token)).status).toBe(403);

    // read-write: containers and objects, copies included, but privileged container headers are ignored.
    expect((await call('PUT', '/wbox', { token: writer.token, headers: { 'X-Container-Read': '.r:*', 'X-Container-Meta-Temp-URL-Key': 'mine', 'X-Container-Meta-A': 'b' } })).status).toBe(201);
    r = await call('HEAD', '/wbox', { token: owner.token });
    expect(r.headers.get('x-container-read')).toBeNull();
    expect(r.headers.get('x-container-meta-temp-url-key')).toBeNull();
    expect(r.headers.get('x-container-meta-a')).toBe('b');
    expect((await call('PUT', '/wbox/w', { token: writer.token, body: 'written' })).status).toBe(201);
    expect((await call('PUT', '/box/copy', { token: writer.token, headers: { 'X-Copy-From': 'wbox/w', 'Content-Length': '0' } })).status).toBe(201);
    expect((await call('GET', '/box/copy', { token: owner.token })).text).toBe('written');
    expect((await call('POST', '/box/copy', { token: writer.token, headers: { 'X-Object-Meta-K': 'v' } })).status).toBe(202);
    expect((await call('DELETE', '/box/copy', { token: writer.token })).status).toBe(204);
    expect((await call('DELETE', '/wbox/w', { token: writer.token })).status).toBe(204);
    expect((await call('DELETE', '/wbox', { token: writer.token })).status).toBe(204);
    // Not the account: metadata, the ACL, bulk operations.
    expect((await call('POST', '', { token: writer.token, headers: { 'X-Account-Meta-X': 'y' } })).status).toBe(403);
    expect((await setAcl({ admin: [`*:${writer.userId}`] }, writer.token)).status).toBe(403);
    expect((await call('POST', '?bulk-delete', { token: writer.token, headers: { 'Content-Type': 'text/plain' }, body: 'box/o\n' })).status).toBe(403);
    // The read-write grant names one user of that project: another user of it gets nothing.
    const colleague = await c.createProjectUser('member', { projectId: writer.projectId });
    expect((await call('GET', '/box/o', { token: colleague.token })).status).toBe(403);
    expect((await call('GET', '/box/o', { token: stranger.token })).status).toBe(200); // the container ACL, not the account's
    expect((await call('GET', '', { token: stranger.token })).status).toBe(403);
    expect((await call('GET', '')).status).toBe(401);
  });

  it('an admin grantee is an owner: sets the ACL, sees privileged headers; removal closes it', async () => {
    expect((await setAcl({ admin: [`${stranger.projectId}:*`] })).status).toBe(204);
    let r = await call('HEAD', '', { token: stranger.token });
    expect(r.status).toBe(204);
    expect(r.headers.get('x-account-meta-temp-url-key')).toBe('secret');
    expect(r.headers.get('x-account-access-control')).toBe(JSON.stringify({ admin: [`${stranger.projectId}:*`] }));
    expect((await call('POST', '', { token: stranger.token, headers: { 'X-Account-Meta-By': 'admin-grantee' } })).status).toBe(204);
    expect((await setAcl({ admin: [`${stranger.projectId}:*`], 'read-only': [`${reader.projectId}:${reader.userId}`] }, stranger.token)).status).toBe(204);
    expect((await call('GET', '/box/o', { token: reader.token })).status).toBe(200);
    expect((await call('GET', '/box/o', { token: writer.token })).status).toBe(403);
    // An empty value removes the ACL.
    expect((await setAcl('', stranger.token)).status).toBe(204);
    r = await call('HEAD', '', { token: owner.token });
    expect(r.headers.get('x-account-access-control')).toBeNull();
    expect(r.headers.get('x-account-meta-by')).toBe('admin-grantee');
    expect((await call('HEAD', '', { token: stranger.token })).status).toBe(403);
    expect((await call('GET', '', { token: reader.token })).status).toBe(403);
  });

  it('refuses malformed ACLs with tempauth messages and changes nothing', async () => {
    expect((await setAcl({ 'read-only': [reader.projectId] })).status).toBe(204);
    const cases: [string, RegExp][] = [
      ['not json', /Syntax error in input/],
      ['[1]', /Syntax error in input/],
      [JSON.stringify({ owner: ['x'] }), /Key "owner" not recognized/],
      [JSON.stringify({ admin: 'x' }), /Value for key "admin" must be a list/],
      [JSON.stringify({ 'read-only': [1] }), /Elements of "read-only" list must be strings/],
    ];
    for (const [value, message] of cases) {
      const r = await call('POST', '', { token: owner.token, headers: { 'X-Account-Access-Control': value, 'X-Account-Meta-Bad': 'x' } });
      expect(r.status, value).toBe(400);
      expect(r.text).toMatch(message);
    }
    const r = await call('HEAD', '', { token: owner.token });
    expect(r.headers.get('x-account-access-control')).toBe(JSON.stringify({ 'read-only': [reader.projectId] }));
    expect(r.headers.get('x-account-meta-bad')).toBeNull();
  });
});

/** Swift's legacy object versioning: X-Versions-Location (stack) and X-History-Location (history), src/object/versioning.ts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE_MARKER_TYPE, versionName, versionUpdates } from '../../src/object/versioning.js';
import { backends, startTestController, type TestController } from '../helpers.js';

describe('versioning headers and names', () => {
  it('parses container headers as Swift does', () => {
    expect(versionUpdates({ 'x-versions-location': 'arch' })).toEqual({ location: 'arch', mode: 'stack' });
    expect(versionUpdates({ 'x-history-location': 'a%20b' })).toEqual({ location: 'a b', mode: 'history' });
    expect(versionUpdates({ 'x-versions-location': '', 'x-history-location': 'h' })).toEqual({ location: 'h', mode: 'history' });
    expect(versionUpdates({ 'x-versions-location': 'v', 'x-history-location': '' })).toEqual({ location: 'v', mode: 'stack' });
    expect(versionUpdates({ 'x-versions-location': 'v', 'x-remove-versions-location': 'x' })).toEqual({ location: 'v', mode: 'stack' });
    expect(versionUpdates({ 'x-remove-history-location': 'x' })).toEqual({ location: '', mode: '' });
    expect(versionUpdates({ 'x-versions-location': '' })).toEqual({ location: '', mode: '' });
    expect(versionUpdates({ 'x-remove-versions-location': '' })).toBeUndefined();
    expect(versionUpdates({})).toBeUndefined();
    expect(() => versionUpdates({ 'x-versions-location': 'a', 'x-history-location': 'b' })).toThrow(/Only one of/);
    expect(() => versionUpdates({ 'x-versions-location': 'a/b' })).toThrow(/cannot contain slashes/);
  });
  it('names versions by the UTF-8 length of the name in 3 hex digits', () => {
    expect(versionName('myobject', '1700000000.00000')).toBe('008myobject/1700000000.00000');
    expect(versionName('é', '1.00000')).toBe('002é/1.00000');
  });
});

describe.each(backends())('object versioning on %s', (backend) => {
  let c: TestController;
  let owner: { token: string; projectId: string };
  let other: { token: string; projectId: string; userId: string };
  let acct: string;
  let tick = 0;
  const call = async (method: string, path: string, o: { token?: string; headers?: Record<string, string>; body?: string } = {}) => {
    const res = await fetch(`${c.url}/object-store${acct}${path}`, { method, headers: { 'x-auth-token': o.token ?? owner.token, ...o.headers }, body: o.body });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const listing = async (container: string): Promise<{ name: string; content_type: string }[]> => JSON.parse((await call('GET', `/${container}?format=json`)).text);

  beforeAll(async () => {
    c = await startTestController({ backend });
    owner = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    acct = `/v1/AUTH_${owner.projectId}`;
    // Every request one second later than the one before: distinct version timestamps without waiting.
    const base = Date.now();
    c.ctx.now = () => new Date(base + 1000 * tick++);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('sets, shows and removes the location; refuses both modes at once', async () => {
    expect((await call('PUT', '/vc', { headers: { 'X-Versions-Location': 'arch' } })).status).toBe(201);
    let r = await call('HEAD', '/vc');
    expect(r.headers.get('x-versions-location')).toBe('arch');
    expect(r.headers.get('x-history-location')).toBeNull();
    r = await call('POST', '/vc', { headers: { 'X-Versions-Location': 'a', 'X-History-Location': 'b' } });
    expect(r.status).toBe(400);
    expect(r.text).toBe('Only one of x-versions-location or x-history-location may be specified');
    expect((await call('POST', '/vc', { headers: { 'X-Versions-Location': 'a/b' } })).status).toBe(412);
    expect((await call('POST', '/vc', { headers: { 'X-History-Location': 'hist' } })).status).toBe(204);
    r = await call('GET', '/vc');
    expect(r.headers.get('x-history-location')).toBe('hist');
    expect(r.headers.get('x-versions-location')).toBeNull();
    expect((await call('POST', '/vc', { headers: { 'X-Remove-History-Location': 'x' } })).status).toBe(204);
    r = await call('HEAD', '/vc');
    expect(r.headers.get('x-history-location')).toBeNull();
    expect(r.headers.get('x-versions-location')).toBeNull();
    expect((await call('DELETE', '/vc')).status).toBe(204);
    // /info advertises it.
    const info = await (await fetch(`${c.url}/object-store/info`)).json() as Record<string, unknown>;
    expect(info.versioned_writes).toEqual({ allowed_flags: ['x-versions-location', 'x-history-location'] });
  });

  it('stack mode: overwrites archive the old versions, DELETE restores them newest first', async () => {
    expect((await call('PUT', '/arch')).status).toBe(201);
    expect((await call('PUT', '/docs', { headers: { 'X-Versions-Location': 'arch' } })).status).toBe(201);
    expect((await call('PUT', '/docs/obj', { body: 'v1', headers: { 'Content-Type': 'text/x-one', 'X-Object-Meta-N': '1' } })).status).toBe(201);
    expect(await listing('arch')).toEqual([]);
    expect((await call('PUT', '/docs/obj', { body: 'v2' })).status).toBe(201);
    expect((await call('COPY', '/docs/other', { headers: { Destination: 'docs/obj' } })).status).toBe(404);
    expect((await call('PUT', '/docs/src', { body: 'v3' })).status).toBe(201);
    expect((await call('COPY', '/docs/src', { headers: { Destination: 'docs/obj' } })).status).toBe(201);
    const arch = await listing('arch');
    expect(arch.map((e) => e.name)).toEqual([expect.stringMatching(/^003obj\/\d{10}\.\d{5}$/), expect.stringMatching(/^003obj\/\d{10}\.\d{5}$/)]);
    const first = await call('GET', `/arch/${arch[0]!.name}`);
    expect(first.text).toBe('v1');
    expect(first.headers.get('content-type')).toBe('text/x-one');
    expect(first.headers.get('x-object-meta-n')).toBe('1');
    expect((await call('GET', `/arch/${arch[1]!.name}`)).text).toBe('v2');
    // DELETE pops: v3 -> v2 -> v1 -> gone.
    expect((await call('GET', '/docs/obj')).text).toBe('v3');
    expect((await call('DELETE', '/docs/obj')).status).toBe(204);
    expect((await call('GET', '/docs/obj')).text).toBe('v2');
    expect((await listing('arch')).length).toBe(1);
    expect((await call('DELETE', '/docs/obj')).status).toBe(204);
    const back = await call('GET', '/docs/obj');
    expect(back.text).toBe('v1');
    expect(back.headers.get('x-object-meta-n')).toBe('1');
    expect(await listing('arch')).toEqual([]);
    expect((await call('DELETE', '/docs/obj')).status).toBe(204);
    expect((await call('GET', '/docs/obj')).status).toBe(404);
    expect((await call('DELETE', '/docs/obj')).status).toBe(404);
    // Counters follow: only `src` is left in docs, nothing in the archive.
    expect((await call('HEAD', '/docs')).headers.get('x-container-object-count')).toBe('1');
    expect((await call('HEAD', '/arch')).headers.get('x-container-object-count')).toBe('0');
  });

  it('history mode: DELETE archives the object and writes a delete marker', async () => {
    expect((await call('PUT', '/hist')).status).toBe(201);
    expect((await call('PUT', '/hc', { headers: { 'X-History-Location': 'hist' } })).status).toBe(201);
    expect((await call('PUT', '/hc/o', { body: 'h1', headers: { 'Content-Type': 'text/x-h' } })).status).toBe(201);
    expect((await call('PUT', '/hc/o', { body: 'h2', headers: { 'Content-Type': 'text/x-h' } })).status).toBe(201);
    expect((await call('DELETE', '/hc/o')).status).toBe(204);
    expect((await call('GET', '/hc/o')).status).toBe(404);
    const entries = await listing('hist');
    expect(entries.map((e) => e.content_type)).toEqual(['text/x-h', 'text/x-h', DELETE_MARKER_TYPE]);
    expect((await call('GET', `/hist/${entries[0]!.name}`)).text).toBe('h1');
    expect((await call('GET', `/hist/${entries[1]!.name}`)).text).toBe('h2');
    // Deleting what is not there still records a marker, and answers 404.
    expect((await call('DELETE', '/hc/o')).status).toBe(404);
    expect((await listing('hist')).length).toBe(4);
    // Switched to stack mode, a DELETE behind a marker brings back the version before it.
    expect((await call('POST', '/hc', { headers: { 'X-Versions-Location': 'hist' } })).status).toBe(204);
    expect((await call('DELETE', '/hc/o')).status).toBe(204);
    expect((await listing('hist')).length).toBe(3);
    expect((await call('DELETE', '/hc/o')).status).toBe(204);
    expect((await call('GET', '/hc/o')).text).toBe('h2');
    expect((await listing('hist')).map((e) => e.content_type)).toEqual(['text/x-h']);
  });

  it('a missing archive container is 412 and nothing changes; an ACL writer versions without rights on the archive', async () => {
    expect((await call('PUT', '/lost', { headers: { 'X-Versions-Location': 'nowhere' } })).status).toBe(201);
    // Nothing to version yet: the first write goes through.
    expect((await call('PUT', '/lost/o', { body: 'one' })).status).toBe(201);
    expect((await call('PUT', '/lost/o', { body: 'two' })).status).toBe(412);
    expect((await call('GET', '/lost/o')).text).toBe('one');
    // Stack mode with no archive: DELETE simply deletes.
    expect((await call('DELETE', '/lost/o')).status).toBe(204);
    expect((await call('POST', '/lost', { headers: { 'X-History-Location': 'nowhere' } })).status).toBe(204);
    expect((await call('PUT', '/lost/p', { body: 'p' })).status).toBe(201);
    expect((await call('DELETE', '/lost/p')).status).toBe(412);
    expect((await call('GET', '/lost/p')).text).toBe('p');

    // Another project's user with X-Container-Write on the versioned container only (Swift writes the archive pre-authorized).
    expect((await call('PUT', '/priv')).status).toBe(201);
    expect((await call('PUT', '/shared', { headers: { 'X-Versions-Location': 'priv', 'X-Container-Write': `${other.projectId}:*`, 'X-Container-Read': `${other.projectId}:*` } })).status).toBe(201);
    expect((await call('PUT', '/shared/s', { token: other.token, body: 's1' })).status).toBe(201);
    expect((await call('PUT', '/shared/s', { token: other.token, body: 's2' })).status).toBe(201);
    expect((await call('GET', '/priv', { token: other.token })).status).toBe(403);
    expect((await listing('priv')).length).toBe(1);
    expect((await call('DELETE', '/shared/s', { token: other.token })).status).toBe(204);
    expect((await call('GET', '/shared/s', { token: other.token })).text).toBe('s1');
    // Without write on the versioned container nothing happens at all.
    expect((await call('DELETE', '/docs/src', { token: other.token })).status).toBe(403);
  });
});

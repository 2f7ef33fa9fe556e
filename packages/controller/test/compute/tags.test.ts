/** Server tags (Nova microversion 2.26) end to end on a live controller (SQLite and PostgreSQL). */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

const V = { 'OpenStack-API-Version': 'compute 2.79' };
const mv = (v: string): Record<string, string> => ({ 'OpenStack-API-Version': `compute ${v}` });

/** Calls the compute API and checks the answer against the spec (a 5xx fails the test). */
async function call(c: TestController, method: string, path: string, op: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const r = await api(c, method, `/compute${path}`, { ...o, headers: { ...V, ...o.headers } });
  if (r.status >= 500) throw new Error(`${method} ${path}: ${r.status} body=${r.text}`);
  const err = checkResponse('compute', op, r.status, r.text ? r.body : undefined);
  if (err) throw new Error(`${method} ${path}: ${err} body=${r.text}`);
  return r;
}

describe.each(backends())('server tags on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let reader: { token: string };
  let other: { token: string; projectId: string };
  let flavor: string;
  let image: string;
  let hosts: FakeAgent[];

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    reader = await c.createProjectUser('reader', { projectId: member.projectId });
    other = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.tiny', vcpus: 1, ram: 64, disk: 1 });
    image = await createImage(c);
    hosts = [await FakeAgent.start(c, 'tag-host', { vcpus: 64, memory_mb: 65536, local_gb: 1000 })];
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const runAll = async (): Promise<void> => {
    for (const h of hosts) await h.run();
  };
  /** Creates a server (ACTIVE unless `building`) and returns its id. */
  const server = async (token: string, extra: Record<string, unknown> = {}, o: { building?: boolean; headers?: Record<string, string> } = {}): Promise<string> => {
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token, headers: o.headers, body: { server: { name: 'tagged', flavorRef: flavor, imageRef: image, networks: 'none', ...extra } } });
    if (r.status !== 202) throw new Error(`create: ${r.status} ${r.text}`);
    if (!o.building) await runAll();
    return r.body.server.id as string;
  };
  const tagsPath = (id: string) => `/v2.1/servers/${id}/tags`;

  it('lists, replaces, checks, adds and deletes tags', async () => {
    const id = await server(member.token);
    const empty = await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ tags: [] });

    const put = await call(c, 'PUT', tagsPath(id), 'replaceServerTags', { token: member.token, body: { tags: ['b', 'a', 'b', 'with space', 'ünï'] } });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ tags: ['a', 'b', 'with space', 'ünï'] });
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: reader.token })).body.tags).toEqual(['a', 'b', 'with space', 'ünï']);

    const added = await call(c, 'PUT', `${tagsPath(id)}/c`, 'addServerTag', { token: member.token });
    expect(added.status).toBe(201);
    expect(added.text).toBe('');
    expect(added.headers.get('location')).toBe(`${c.url}/compute/v2.1/servers/${id}/tags/c`);
    const again = await call(c, 'PUT', `${tagsPath(id)}/c`, 'addServerTag', { token: member.token });
    expect(again.status).toBe(204);
    expect(again.headers.get('location')).toBeNull();
    const spaced = await call(c, 'PUT', `${tagsPath(id)}/${encodeURIComponent('x y')}`, 'addServerTag', { token: member.token });
    expect(spaced.status).toBe(201);
    expect(spaced.headers.get('location')).toBe(`${c.url}/compute/v2.1/servers/${id}/tags/x%20y`);

    expect((await call(c, 'GET', `${tagsPath(id)}/c`, 'checkServerTag', { token: reader.token })).status).toBe(204);
    expect((await call(c, 'GET', `${tagsPath(id)}/${encodeURIComponent('with space')}`, 'checkServerTag', { token: member.token })).status).toBe(204);
    const missing = await call(c, 'GET', `${tagsPath(id)}/zz`, 'checkServerTag', { token: member.token });
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toBe(`Server ${id} has no tag 'zz'`);

    // The server views carry the tags from 2.26 (show, detail, update).
    const show = await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token, headers: mv('2.26') });
    expect(show.body.server.tags).toEqual(['a', 'b', 'c', 'with space', 'x y', 'ünï']);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token, headers: mv('2.25') })).body.server).not.toHaveProperty('tags');
    const detail = await call(c, 'GET', '/v2.1/servers/detail', 'listServersDetailed', { token: member.token });
    expect(detail.body.servers.find((s: { id: string }) => s.id === id).tags).toContain('c');
    const upd = await call(c, 'PUT', `/v2.1/servers/${id}`, 'updateServer', { token: member.token, headers: mv('2.26'), body: { server: { name: 'renamed' } } });
    expect(upd.body.server.tags).toContain('c');

    const del = await call(c, 'DELETE', `${tagsPath(id)}/c`, 'deleteServerTag', { token: member.token });
    expect(del.status).toBe(204);
    const delAgain = await call(c, 'DELETE', `${tagsPath(id)}/c`, 'deleteServerTag', { token: member.token });
    expect(delAgain.status).toBe(404);
    expect(delAgain.body.itemNotFound.message).toBe(`Instance ${id} has no tag 'c'`);
    expect((await call(c, 'GET', `${tagsPath(id)}/c`, 'checkServerTag', { token: member.token })).status).toBe(404);

    expect((await call(c, 'DELETE', tagsPath(id), 'deleteServerTags', { token: member.token })).status).toBe(204);
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token })).body.tags).toEqual([]);
    expect((await call(c, 'DELETE', tagsPath(id), 'deleteServerTags', { token: member.token })).status).toBe(204);

    // A missing server is 404 on every route.
    const ghost = tagsPath(randomUUID());
    expect((await call(c, 'GET', ghost, 'listServerTags', { token: member.token })).status).toBe(404);
    expect((await call(c, 'PUT', ghost, 'replaceServerTags', { token: member.token, body: { tags: ['a'] } })).status).toBe(404);
    expect((await call(c, 'DELETE', ghost, 'deleteServerTags', { token: member.token })).status).toBe(404);
    expect((await call(c, 'GET', `${ghost}/a`, 'checkServerTag', { token: member.token })).status).toBe(404);
    expect((await call(c, 'PUT', `${ghost}/a`, 'addServerTag', { token: member.token })).status).toBe(404);
    expect((await call(c, 'DELETE', `${ghost}/a`, 'deleteServerTag', { token: member.token })).status).toBe(404);
  });

  it('answers 404 on every route below microversion 2.26', async () => {
    const id = await server(member.token);
    await call(c, 'PUT', tagsPath(id), 'replaceServerTags', { token: member.token, body: { tags: ['keep'] } });
    for (const headers of [mv('2.25'), mv('2.1'), {}]) {
      const o = { token: member.token, headers: { ...headers } };
      const noHeader = Object.keys(headers).length === 0;
      const send = (method: string, path: string, op: string, body?: unknown) =>
        noHeader ? api(c, method, `/compute${path}`, { token: member.token, body }) : call(c, method, path, op, { ...o, body });
      const answers = [
        await send('GET', tagsPath(id), 'listServerTags'),
        await send('PUT', tagsPath(id), 'replaceServerTags', { tags: ['x'] }),
        await send('DELETE', tagsPath(id), 'deleteServerTags'),
        await send('GET', `${tagsPath(id)}/keep`, 'checkServerTag'),
        await send('PUT', `${tagsPath(id)}/new`, 'addServerTag'),
        await send('DELETE', `${tagsPath(id)}/keep`, 'deleteServerTag'),
      ];
      for (const r of answers) {
        expect(r.status).toBe(404);
        expect(r.body).toEqual({ itemNotFound: { code: 404, message: 'The resource could not be found.' } });
      }
    }
    // Nothing changed.
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token, headers: mv('2.26') })).body.tags).toEqual(['keep']);
  });

  it('rejects invalid tags and more than 50 with 400 in Nova fault bodies', async () => {
    const id = await server(member.token);
    const replace = (tags: unknown) => call(c, 'PUT', tagsPath(id), 'replaceServerTags', { token: member.token, body: { tags } });
    for (const bad of [['a/b'], ['a,b'], [''], ['x'.repeat(61)], Array.from({ length: 51 }, (_, i) => `t${i}`), 'a', [1]]) {
      const r = await replace(bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.badRequest.code).toBe(400);
      expect(r.body.badRequest.message).toContain('tags');
    }
    expect((await call(c, 'PUT', tagsPath(id), 'replaceServerTags', { token: member.token, body: { tags: [], other: 1 } })).status).toBe(400);
    expect((await call(c, 'PUT', tagsPath(id), 'replaceServerTags', { token: member.token, body: {} })).status).toBe(400);
    const longest = 'y'.repeat(60);
    expect((await replace([longest])).body.tags).toEqual([longest]);

    for (const bad of ['a,b', 'a/b', 'z'.repeat(61)]) {
      const r = await call(c, 'PUT', `${tagsPath(id)}/${encodeURIComponent(bad)}`, 'addServerTag', { token: member.token });
      expect(r.status, bad).toBe(400);
      expect(r.body.badRequest.message).toContain(`Tag '${bad}' is invalid`);
    }

    // 50 tags fit; a 51st does not (nor, as in Nova, one the full server already has).
    const fifty = Array.from({ length: 50 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    expect((await replace(fifty)).body.tags).toEqual(fifty);
    const full = await call(c, 'PUT', `${tagsPath(id)}/one-more`, 'addServerTag', { token: member.token });
    expect(full.status).toBe(400);
    expect(full.body.badRequest.message).toBe('The number of tags exceeded the per-server limit 50');
    expect((await call(c, 'PUT', `${tagsPath(id)}/t00`, 'addServerTag', { token: member.token })).status).toBe(400);
    expect((await call(c, 'DELETE', `${tagsPath(id)}/t00`, 'deleteServerTag', { token: member.token })).status).toBe(204);
    expect((await call(c, 'PUT', `${tagsPath(id)}/one-more`, 'addServerTag', { token: member.token })).status).toBe(201);
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token })).body.tags).toHaveLength(50);
  });

  it('takes tags on create from 2.52', async () => {
    const id = await server(member.token, { tags: ['boot', 'web', 'boot'] }, { headers: mv('2.52') });
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token })).body.tags).toEqual(['boot', 'web']);
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server.tags).toEqual(['boot', 'web']);
    const create = (tags: unknown, v: string) => call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, headers: mv(v), body: { server: { name: 'x', flavorRef: flavor, imageRef: image, networks: 'none', tags } } });
    const early = await create(['a'], '2.51');
    expect(early.status).toBe(400);
    expect(early.body.badRequest.message).toContain("'tags' was unexpected");
    expect((await create(['a/b'], '2.52')).status).toBe(400);
    expect((await create(Array.from({ length: 51 }, (_, i) => `t${i}`), '2.52')).status).toBe(400);
  });

  it('filters server lists by tags, tags-any, not-tags and not-tags-any from 2.26', async () => {
    const p = await c.createProjectUser('member');
    const s1 = await server(p.token, { name: 's1', tags: ['a', 'b'] });
    const s2 = await server(p.token, { name: 's2', tags: ['b', 'c'] });
    const s3 = await server(p.token, { name: 's3' });
    const ids = async (query: string, headers?: Record<string, string>): Promise<string[]> => {
      const brief = await call(c, 'GET', `/v2.1/servers?${query}`, 'listServers', { token: p.token, headers });
      const detail = await call(c, 'GET', `/v2.1/servers/detail?${query}`, 'listServersDetailed', { token: p.token, headers });
      const a = brief.body.servers.map((s: { id: string }) => s.id).sort();
      expect(detail.body.servers.map((s: { id: string }) => s.id).sort()).toEqual(a);
      return a;
    };
    const sorted = (...x: string[]) => [...x].sort();
    expect(await ids('tags=a,b')).toEqual([s1]);
    expect(await ids('tags=b')).toEqual(sorted(s1, s2));
    expect(await ids('tags=a,c')).toEqual([]);
    expect(await ids('tags-any=a,c')).toEqual(sorted(s1, s2));
    expect(await ids('tags-any=zz')).toEqual([]);
    expect(await ids('not-tags=a,b')).toEqual(sorted(s2, s3));
    expect(await ids('not-tags=b')).toEqual([s3]);
    expect(await ids('not-tags-any=a')).toEqual(sorted(s2, s3));
    expect(await ids('not-tags-any=a,c')).toEqual([s3]);
    expect(await ids('tags=b&not-tags-any=a')).toEqual([s2]);
    expect(await ids('tags-any=a,c&not-tags=b,c')).toEqual([s1]);
    // Before 2.26 the filters are ignored.
    expect(await ids('tags=a,b', mv('2.25'))).toEqual(sorted(s1, s2, s3));
    // Another project's tags are not matched.
    expect((await call(c, 'GET', '/v2.1/servers?tags-any=a,b,c', 'listServers', { token: other.token })).body.servers).toEqual([]);
  });

  it('refuses tag changes while the server is building (409), and reads them', async () => {
    const id = await server(member.token, { tags: ['early'] }, { building: true });
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token })).body.tags).toEqual(['early']);
    const put = await call(c, 'PUT', tagsPath(id), 'replaceServerTags', { token: member.token, body: { tags: ['x'] } });
    expect(put.status).toBe(409);
    expect(put.body.conflictingRequest.message).toBe(`Cannot 'update tags' instance ${id} while it is in vm_state building`);
    expect((await call(c, 'PUT', `${tagsPath(id)}/x`, 'addServerTag', { token: member.token })).status).toBe(409);
    expect((await call(c, 'DELETE', `${tagsPath(id)}/early`, 'deleteServerTag', { token: member.token })).status).toBe(409);
    expect((await call(c, 'DELETE', tagsPath(id), 'deleteServerTags', { token: member.token })).status).toBe(409);
    await runAll();
    expect((await call(c, 'PUT', `${tagsPath(id)}/x`, 'addServerTag', { token: member.token })).status).toBe(201);
  });

  it("deletes a server's tags with it", async () => {
    const id = await server(member.token, { tags: ['gone', 'too'] });
    const keep = await server(member.token, { tags: ['gone'] });
    expect(await c.db.selectFrom('instance_tags').selectAll().where('instance_id', '=', id).execute()).toHaveLength(2);
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    await runAll();
    expect((await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).status).toBe(404);
    expect(await c.db.selectFrom('instance_tags').selectAll().where('instance_id', '=', id).execute()).toEqual([]);
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token })).status).toBe(404);
    expect((await call(c, 'GET', '/v2.1/servers?tags=gone', 'listServers', { token: member.token })).body.servers.map((s: { id: string }) => s.id)).toEqual([keep]);
  });

  it("answers 404 to another project's token and 403 to a reader's writes", async () => {
    const id = await server(member.token, { tags: ['mine'] });
    const tries = [
      await call(c, 'GET', tagsPath(id), 'listServerTags', { token: other.token }),
      await call(c, 'PUT', tagsPath(id), 'replaceServerTags', { token: other.token, body: { tags: ['theirs'] } }),
      await call(c, 'DELETE', tagsPath(id), 'deleteServerTags', { token: other.token }),
      await call(c, 'GET', `${tagsPath(id)}/mine`, 'checkServerTag', { token: other.token }),
      await call(c, 'PUT', `${tagsPath(id)}/theirs`, 'addServerTag', { token: other.token }),
      await call(c, 'DELETE', `${tagsPath(id)}/mine`, 'deleteServerTag', { token: other.token }),
    ];
    for (const r of tries) {
      expect(r.status).toBe(404);
      expect(r.body.itemNotFound.message).toBe(`Instance ${id} could not be found.`);
    }
    expect((await call(c, 'PUT', `${tagsPath(id)}/r`, 'addServerTag', { token: reader.token })).status).toBe(403);
    expect((await call(c, 'DELETE', tagsPath(id), 'deleteServerTags', { token: reader.token })).status).toBe(403);
    // The admin sees and changes any project's server tags.
    expect((await call(c, 'PUT', `${tagsPath(id)}/admin`, 'addServerTag', { token: c.adminToken })).status).toBe(201);
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags', { token: member.token })).body.tags).toEqual(['admin', 'mine']);
    expect((await call(c, 'GET', tagsPath(id), 'listServerTags')).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

/** Asserts the status and that the body matches the spec. */
function ok(op: string, res: { status: number; body: unknown }, status: number): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(checkResponse('image', op, res.status, res.body)).toBeNull();
}

const NS = '/image/v2/metadefs/namespaces';

describe.each(backends())('image metadefs on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let admin: string;

  beforeAll(async () => {
    c = await startTestController({ backend });
    member = await c.createProjectUser('member');
    admin = c.adminToken;
  });
  afterAll(async () => {
    await c?.close();
  });

  it('serves the metadefs schema documents', async () => {
    const names: Record<string, string> = {
      namespace: 'namespace',
      namespaces: 'namespaces',
      resource_type: 'resource_type_association',
      resource_types: 'resource_type_associations',
      object: 'object',
      objects: 'objects',
      property: 'property',
      properties: 'properties',
      tag: 'tag',
      tags: 'tags',
    };
    for (const [path, name] of Object.entries(names)) {
      const r = await api(c, 'GET', `/image/v2/schemas/metadefs/${path}`, { token: member.token });
      ok('showMetadefSchema', r, 200);
      expect((r.body as { name: string }).name).toBe(name);
    }
    ok('showMetadefSchema', await api(c, 'GET', '/image/v2/schemas/metadefs/nope', { token: member.token }), 404);
    ok('showMetadefSchema', await api(c, 'GET', '/image/v2/schemas/metadefs/constructor', { token: member.token }), 404);
  });

  it('creates, shows, updates and deletes a namespace with its associations; protected ones stay', async () => {
    const types = await api(c, 'GET', '/image/v2/metadefs/resource_types', { token: member.token });
    ok('listMetadefResourceTypes', types, 200);
    const names = (types.body as { resource_types: Array<{ name: string }> }).resource_types.map((t) => t.name);
    expect(names).toContain('OS::Glance::Image');

    const body = {
      namespace: 'OS::Test::Ns',
      display_name: 'Test',
      description: 'd',
      visibility: 'public',
      protected: true,
      resource_type_associations: [{ name: 'OS::Glance::Image', prefix: 'hw_' }],
      properties: { hw_x: { title: 'X', type: 'string', enum: ['a', 'b'] } },
      objects: [{ name: 'Obj', properties: { y: { title: 'Y', type: 'integer' } } }],
      tags: [{ name: 't1' }],
    };
    // Members read; only admins write.
    ok('createMetadefNamespace', await api(c, 'POST', NS, { token: member.token, body }), 403);
    const created = await api(c, 'POST', NS, { token: admin, body });
    ok('createMetadefNamespace', created, 201);
    expect(created.body).toMatchObject({
      namespace: 'OS::Test::Ns',
      visibility: 'public',
      protected: true,
      self: '/v2/metadefs/namespaces/OS::Test::Ns',
      resource_type_associations: [{ name: 'OS::Glance::Image', prefix: 'hw_' }],
      properties: { hw_x: { title: 'X', type: 'string', enum: ['a', 'b'] } },
      objects: [{ name: 'Obj' }],
      tags: [{ name: 't1' }],
    });
    ok('createMetadefNamespace', await api(c, 'POST', NS, { token: admin, body: { namespace: 'OS::Test::Ns' } }), 409);
    ok('createMetadefNamespace', await api(c, 'POST', NS, { token: admin, body: { namespace: 'x', visibility: 'shared' } }), 400);
    ok('createMetadefNamespace', await api(c, 'POST', NS, { token: admin, body: { display_name: 'no name' } }), 400);
    // A JSON operation sent octet-stream (parsed as a stream by the image plugin) is 415.
    expect((await api(c, 'PUT', `${NS}/OS::Test::Ns`, { token: admin, rawBody: '{"x":1}', headers: { 'content-type': 'application/octet-stream' } })).status).toBe(415);

    const list = await api(c, 'GET', NS, { token: member.token });
    ok('listMetadefNamespaces', list, 200);
    expect((list.body as { namespaces: Array<{ namespace: string }> }).namespaces.map((n) => n.namespace)).toContain('OS::Test::Ns');
    const byType = await api(c, 'GET', `${NS}?resource_types=OS::Nova::Flavor`, { token: member.token });
    ok('listMetadefNamespaces', byType, 200);
    expect((byType.body as { namespaces: unknown[] }).namespaces).toEqual([]);
    ok('showMetadefNamespace', await api(c, 'GET', `${NS}/OS::Test::Ns`, { token: member.token }), 200);
    // Clients may percent-encode the colons (the SDK does).
    ok('showMetadefNamespace', await api(c, 'GET', `${NS}/OS%3A%3ATest%3A%3ANs`, { token: member.token }), 200);

    // A protected namespace is not deleted, nor are its contents.
    ok('deleteMetadefNamespace', await api(c, 'DELETE', `${NS}/OS::Test::Ns`, { token: admin }), 403);
    ok('deleteAllMetadefTags', await api(c, 'DELETE', `${NS}/OS::Test::Ns/tags`, { token: admin }), 403);

    // Private: the member project no longer sees it.
    const upd = await api(c, 'PUT', `${NS}/OS::Test::Ns`, { token: admin, body: { namespace: 'OS::Test::Ns', visibility: 'private', protected: false } });
    ok('updateMetadefNamespace', upd, 200);
    expect(upd.body).toMatchObject({ visibility: 'private', protected: false });
    ok('showMetadefNamespace', await api(c, 'GET', `${NS}/OS::Test::Ns`, { token: member.token }), 404);
    const mine = await api(c, 'GET', NS, { token: member.token });
    expect((mine.body as { namespaces: Array<{ namespace: string }> }).namespaces.map((n) => n.namespace)).not.toContain('OS::Test::Ns');

    // Resource type associations: an unknown type joins the catalog.
    const rt = `${NS}/OS::Test::Ns/resource_types`;
    ok('createMetadefResourceTypeAssociation', await api(c, 'POST', rt, { token: admin, body: { name: 'OS::Test::Thing', prefix: 't_' } }), 201);
    ok('createMetadefResourceTypeAssociation', await api(c, 'POST', rt, { token: admin, body: { name: 'OS::Test::Thing' } }), 409);
    const assocs = await api(c, 'GET', rt, { token: admin });
    ok('listMetadefResourceTypeAssociations', assocs, 200);
    expect((assocs.body as { resource_type_associations: Array<{ name: string }> }).resource_type_associations.map((a) => a.name)).toEqual(['OS::Glance::Image', 'OS::Test::Thing']);
    ok('deleteMetadefResourceTypeAssociation', await api(c, 'DELETE', `${rt}/OS::Test::Thing`, { token: admin }), 204);
    ok('deleteMetadefResourceTypeAssociation', await api(c, 'DELETE', `${rt}/OS::Test::Thing`, { token: admin }), 404);

    // Rename, then delete with everything in it.
    ok('updateMetadefNamespace', await api(c, 'PUT', `${NS}/OS::Test::Ns`, { token: admin, body: { namespace: 'OS::Test::Renamed' } }), 200);
    ok('showMetadefNamespace', await api(c, 'GET', `${NS}/OS::Test::Ns`, { token: admin }), 404);
    ok('showMetadefObject', await api(c, 'GET', `${NS}/OS::Test::Renamed/objects/Obj`, { token: admin }), 200);
    ok('deleteMetadefNamespace', await api(c, 'DELETE', `${NS}/OS::Test::Renamed`, { token: admin }), 204);
    ok('deleteMetadefNamespace', await api(c, 'DELETE', `${NS}/OS::Test::Renamed`, { token: admin }), 404);
    ok('listMetadefObjects', await api(c, 'GET', `${NS}/OS::Test::Renamed/objects`, { token: admin }), 404);
  });

  it('manages objects, properties and tags', async () => {
    ok('createMetadefNamespace', await api(c, 'POST', NS, { token: admin, body: { namespace: 'ns2', visibility: 'public' } }), 201);
    const base = `${NS}/ns2`;

    // objects
    const obj = await api(c, 'POST', `${base}/objects`, { token: admin, body: { name: 'o1', description: 'd', required: ['p'], properties: { p: { title: 'P', type: 'string' } } } });
    ok('createMetadefObject', obj, 201);
    expect(obj.body).toMatchObject({ name: 'o1', description: 'd', required: ['p'], schema: '/v2/schemas/metadefs/object', self: '/v2/metadefs/namespaces/ns2/objects/o1' });
    ok('createMetadefObject', await api(c, 'POST', `${base}/objects`, { token: admin, body: { name: 'o1' } }), 409);
    ok('createMetadefObject', await api(c, 'POST', `${base}/objects`, { token: member.token, body: { name: 'o2' } }), 403);
    ok('updateMetadefObject', await api(c, 'PUT', `${base}/objects/o1`, { token: admin, body: { name: 'o1b' } }), 200);
    ok('showMetadefObject', await api(c, 'GET', `${base}/objects/o1b`, { token: member.token }), 200);
    ok('showMetadefObject', await api(c, 'GET', `${base}/objects/o1`, { token: member.token }), 404);
    const objs = await api(c, 'GET', `${base}/objects`, { token: member.token });
    ok('listMetadefObjects', objs, 200);
    expect((objs.body as { objects: Array<{ name: string }> }).objects.map((o) => o.name)).toEqual(['o1b']);
    ok('deleteMetadefObject', await api(c, 'DELETE', `${base}/objects/o1b`, { token: admin }), 204);
    ok('deleteMetadefObject', await api(c, 'DELETE', `${base}/objects/o1b`, { token: admin }), 404);
    ok('createMetadefObject', await api(c, 'POST', `${base}/objects`, { token: admin, body: { name: 'o3' } }), 201);
    ok('deleteAllMetadefObjects', await api(c, 'DELETE', `${base}/objects`, { token: admin }), 204);
    expect((await api(c, 'GET', `${base}/objects`, { token: admin })).body).toMatchObject({ objects: [] });

    // properties
    ok('createMetadefProperty', await api(c, 'POST', `${base}/properties`, { token: admin, body: { name: 'p1', title: 'no type' } }), 400);
    const prop = await api(c, 'POST', `${base}/properties`, { token: admin, body: { name: 'p1', title: 'P1', type: 'string', enum: ['kvm', 'qemu'] } });
    ok('createMetadefProperty', prop, 201);
    expect(prop.body).toEqual({ name: 'p1', title: 'P1', type: 'string', enum: ['kvm', 'qemu'] });
    const upd = await api(c, 'PUT', `${base}/properties/p1`, { token: admin, body: { name: 'p1', title: 'P1b', type: 'integer' } });
    ok('updateMetadefProperty', upd, 200);
    expect(upd.body).toEqual({ name: 'p1', title: 'P1b', type: 'integer' });
    const props = await api(c, 'GET', `${base}/properties`, { token: member.token });
    ok('listMetadefProperties', props, 200);
    expect(props.body).toEqual({ properties: { p1: { title: 'P1b', type: 'integer' } } });
    ok('showMetadefProperty', await api(c, 'GET', `${base}/properties/p1`, { token: member.token }), 200);
    ok('createMetadefProperty', await api(c, 'POST', `${base}/properties`, { token: admin, body: { name: 'p2', title: 'P2', type: 'boolean' } }), 201);
    ok('deleteMetadefProperty', await api(c, 'DELETE', `${base}/properties/p2`, { token: admin }), 204);
    ok('deleteMetadefProperty', await api(c, 'DELETE', `${base}/properties/p2`, { token: admin }), 404);
    ok('deleteAllMetadefProperties', await api(c, 'DELETE', `${base}/properties`, { token: admin }), 204);
    ok('showMetadefProperty', await api(c, 'GET', `${base}/properties/p1`, { token: member.token }), 404);

    // tags: POST .../tags replaces, X-Openstack-Append adds
    ok('createMetadefTags', await api(c, 'POST', `${base}/tags`, { token: admin, body: { tags: [{ name: 'a' }, { name: 'b' }] } }), 201);
    ok('createMetadefTags', await api(c, 'POST', `${base}/tags`, { token: admin, body: { tags: [{ name: 'c' }, { name: 'c' }] } }), 409);
    ok('createMetadefTags', await api(c, 'POST', `${base}/tags`, { token: admin, body: { tags: [{ name: 'c' }] }, headers: { 'x-openstack-append': 'true' } }), 201);
    const tags = await api(c, 'GET', `${base}/tags`, { token: member.token });
    ok('listMetadefTags', tags, 200);
    expect((tags.body as { tags: Array<{ name: string }> }).tags.map((t) => t.name)).toEqual(['a', 'b', 'c']);
    ok('createMetadefTags', await api(c, 'POST', `${base}/tags`, { token: admin, body: { tags: [{ name: 'z' }] } }), 201);
    ok('createMetadefTag', await api(c, 'POST', `${base}/tags/y`, { token: admin }), 201);
    ok('createMetadefTag', await api(c, 'POST', `${base}/tags/y`, { token: admin }), 409);
    ok('updateMetadefTag', await api(c, 'PUT', `${base}/tags/y`, { token: admin, body: { name: 'z' } }), 409);
    ok('updateMetadefTag', await api(c, 'PUT', `${base}/tags/y`, { token: admin, body: { name: 'x' } }), 200);
    ok('showMetadefTag', await api(c, 'GET', `${base}/tags/x`, { token: member.token }), 200);
    ok('deleteMetadefTag', await api(c, 'DELETE', `${base}/tags/x`, { token: member.token }), 403);
    ok('deleteMetadefTag', await api(c, 'DELETE', `${base}/tags/x`, { token: admin }), 204);
    const left = await api(c, 'GET', `${base}/tags`, { token: member.token });
    expect((left.body as { tags: Array<{ name: string }> }).tags.map((t) => t.name)).toEqual(['z']);
    ok('deleteAllMetadefTags', await api(c, 'DELETE', `${base}/tags`, { token: admin }), 204);
    ok('deleteMetadefNamespace', await api(c, 'DELETE', base, { token: admin }), 204);
  });
});

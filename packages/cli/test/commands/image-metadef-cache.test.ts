import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const GLANCE = 'https://cloud.test:9292';
const NS = {
  namespace: 'OS::Compute::Demo', display_name: 'Demo', description: 'd', visibility: 'private', protected: false, owner: 'p1',
  created_at: '2026-12-01T00:00:00Z', updated_at: '2026-12-01T00:00:00Z', schema: '/v2/schemas/metadefs/namespace', self: '/v2/metadefs/namespaces/OS::Compute::Demo',
  resource_type_associations: [{ name: 'OS::Glance::Image', created_at: 'c' }],
  properties: { cpu: { title: 'CPU', type: 'string' }, ram: { title: 'RAM', type: 'integer' } },
};

describe('image metadef and cached image commands (requests and fields as python-openstackclient)', () => {
  useNock();

  it('metadef namespace create sends the options; show lists property and resource type names, not self', async () => {
    mockAuth();
    const glance = nock(GLANCE)
      .post('/v2/metadefs/namespaces', { namespace: 'OS::Compute::Demo', display_name: 'Demo', protected: false, visibility: 'private' })
      .reply(201, NS);
    const res = await runCli(['image', 'metadef', 'namespace', 'create', 'OS::Compute::Demo', '--display-name', 'Demo', '--private', '--unprotected', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual({
      created_at: '2026-12-01T00:00:00Z', description: 'd', display_name: 'Demo', namespace: 'OS::Compute::Demo', owner: 'p1', properties: ['cpu', 'ram'],
      protected: false, resource_type_associations: ['OS::Glance::Image'], schema: '/v2/schemas/metadefs/namespace', updated_at: '2026-12-01T00:00:00Z', visibility: 'private',
    });
    glance.done();
  });

  it('metadef namespace list follows Glance\'s next link; set sends the namespace back with the changes; resource type list', async () => {
    mockAuth();
    const glance = nock(GLANCE)
      .get('/v2/metadefs/namespaces').query({ visibility: 'public' })
      .reply(200, { namespaces: [{ namespace: 'a' }], next: '/v2/metadefs/namespaces?marker=a&visibility=public', first: '/v2/metadefs/namespaces', schema: 's' })
      .get('/v2/metadefs/namespaces').query({ marker: 'a', visibility: 'public' })
      .reply(200, { namespaces: [{ namespace: 'b' }], first: '/v2/metadefs/namespaces', schema: 's' })
      .get('/v2/metadefs/namespaces/a')
      .reply(200, { ...NS, namespace: 'a' })
      .put('/v2/metadefs/namespaces/a', { namespace: 'a', display_name: 'Demo', description: 'new', visibility: 'public', protected: false })
      .reply(200, NS)
      .get('/v2/metadefs/resource_types')
      .reply(200, { resource_types: [{ name: 'OS::Glance::Image', created_at: 'c' }, { name: 'OS::Nova::Flavor', created_at: 'c' }] });
    const listed = await runCli(['image', 'metadef', 'namespace', 'list', '--visibility', 'public', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout).toBe('"namespace"\n"a"\n"b"\n');
    mockAuth();
    expect((await runCli(['image', 'metadef', 'namespace', 'set', 'a', '--description', 'new', '--public'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    expect((await runCli(['image', 'metadef', 'resource', 'type', 'list', '-f', 'value'], PASSWORD_ENV)).stdout).toBe('OS::Glance::Image\nOS::Nova::Flavor\n');
    glance.done();
  });

  it('metadef object create/update and property create/set send whole definitions; property delete reports each failure', async () => {
    mockAuth();
    const obj = { name: 'o1', description: 'x', required: ['cpu'], properties: { cpu: { title: 'CPU', type: 'string' } }, created_at: 'c', updated_at: 'u', schema: 's', self: 'x' };
    const prop = { name: 'cpu', title: 'CPU', type: 'string', enum: ['a', 'b'], readonly: false };
    const glance = nock(GLANCE)
      .get('/v2/metadefs/namespaces/ns').reply(200, { ...NS, namespace: 'ns' })
      .post('/v2/metadefs/namespaces/ns/objects', { name: 'o1' }).reply(201, obj)
      .get('/v2/metadefs/namespaces/ns/objects/o1').reply(200, obj)
      .put('/v2/metadefs/namespaces/ns/objects/o1', { name: 'o2', description: 'x', required: ['cpu'], properties: { cpu: { title: 'CPU', type: 'string' } } }).reply(200, obj)
      .post('/v2/metadefs/namespaces/ns/properties', { name: 'cpu', title: 'CPU', type: 'string', enum: ['a', 'b'] }).reply(201, prop)
      .get('/v2/metadefs/namespaces/ns/properties/cpu').reply(200, prop)
      .put('/v2/metadefs/namespaces/ns/properties/cpu', { name: 'cpu', title: 'Processor', type: 'string', enum: ['a', 'b'] }).reply(200, prop)
      .delete('/v2/metadefs/namespaces/ns/properties/cpu').reply(204)
      .delete('/v2/metadefs/namespaces/ns/properties/nope').reply(404, 'Not found');
    const created = await runCli(['image', 'metadef', 'object', 'create', '--namespace', 'ns', 'o1', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(created.stdout)).toEqual({ created_at: 'c', description: 'x', name: 'o1', namespace_name: 'ns', properties: { cpu: { title: 'CPU', type: 'string' } }, required: ['cpu'], updated_at: 'u' });
    mockAuth();
    expect((await runCli(['image', 'metadef', 'object', 'update', 'ns', 'o1', '--name', 'o2'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    const p = await runCli(['image', 'metadef', 'property', 'create', 'ns', '--name', 'cpu', '--title', 'CPU', '--type', 'string', '--schema', '{"enum": ["a", "b"]}', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(p.stdout)).toEqual({ enum: ['a', 'b'], name: 'cpu', namespace_name: 'ns', title: 'CPU', type: 'string' });
    mockAuth();
    expect((await runCli(['image', 'metadef', 'property', 'set', 'ns', 'cpu', '--title', 'Processor'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    const del = await runCli(['image', 'metadef', 'property', 'delete', 'ns', 'cpu', 'nope'], PASSWORD_ENV);
    expect(del.exitCode).toBe(1);
    expect(del.stderr).toContain("Failed to delete property with name or ID 'nope' from namespace 'ns'");
    expect(del.stderr).toContain('1 of 2 properties failed to delete.');
    glance.done();
    const bad = await runCli(['image', 'metadef', 'property', 'create', 'ns', '--name', 'n', '--title', 't', '--type', 'string', '--schema', '{oops'], PASSWORD_ENV);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('Failed to load JSON schema');
  });

  it('cached image list shows cached then queued images with upstream\'s times; queue finds the image; clear --queue sends the target header', async () => {
    mockAuth();
    const glance = nock(GLANCE)
      .get('/v2/cache')
      .reply(200, { cached_images: [{ image_id: 'i-1', hits: 3, last_accessed: 1700000000.5, last_modified: 1700000000, size: 1024 }], queued_images: ['i-2'] })
      .get('/v2/images/i-2').reply(200, { id: 'i-2', name: 'cirros' })
      .put('/v2/cache/i-2').reply(202)
      .delete('/v2/cache').matchHeader('x-image-cache-clear-target', 'queue').reply(204);
    const listed = await runCli(['cached', 'image', 'list', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout).toBe(
      '"ID","State","Last Accessed (UTC)","Last Modified (UTC)","Size","Hits"\n"i-1","cached","2023-11-14T22:13:20.500000","2023-11-14T22:13:20",1024,3\n"i-2","queued","N/A","N/A","N/A","N/A"\n',
    );
    mockAuth();
    expect((await runCli(['cached', 'image', 'queue', 'i-2'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    expect((await runCli(['cached', 'image', 'clear', '--queue'], PASSWORD_ENV)).exitCode).toBe(0);
    glance.done();
  });

  it('against a cloud without the cache API, cached image list prints Glance\'s 404 cleanly', async () => {
    mockAuth();
    nock(GLANCE).get('/v2/cache').reply(404, '<html><body><h1>404 Not Found</h1>The resource could not be found.</body></html>', { 'Content-Type': 'text/html' });
    const res = await runCli(['cached', 'image', 'list'], PASSWORD_ENV);
    expect(res.exitCode).toBe(4);
    expect(res.stdout).toBe('');
    expect(res.stderr).not.toContain('    at ');
  });
});

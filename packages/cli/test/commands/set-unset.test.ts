import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const KEYSTONE = 'https://cloud.test:5000';
const NOVA = 'https://cloud.test:8774';
const GLANCE = 'https://cloud.test:9292';
const CINDER = 'https://cloud.test:8776';
const NEUTRON = 'https://cloud.test:9696';
const CINDER_VERSIONS = { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] };

describe('identity set commands and endpoints', () => {
  useNock();

  it('project set PATCHes attributes, properties and the merged tags', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .get('/v3/projects/p2')
      .twice()
      .reply(200, { project: { id: 'p2', name: 'other', tags: ['a', 'b'] } })
      .patch('/v3/projects/p2', { project: { color: 'blue', name: 'renamed', enabled: false, tags: ['a', 'c'] } })
      .reply(200, { project: { id: 'p2' } });
    const res = await runCli(['project', 'set', 'p2', '--name', 'renamed', '--disable', '--property', 'color=blue', '--tag', 'c', '--remove-tag', 'b'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    keystone.done();
  });

  it('user set PATCHes the user; user password set without a terminal and without both passwords is a usage error', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .get('/v3/users/u2')
      .reply(200, { user: { id: 'u2', name: 'bob' } })
      .patch('/v3/users/u2', { user: { email: 'b@example.org', enabled: true } })
      .reply(200, { user: { id: 'u2' } });
    expect((await runCli(['user', 'set', 'u2', '--email', 'b@example.org', '--enable'], PASSWORD_ENV)).exitCode).toBe(0);
    keystone.done();
    const res = await runCli(['user', 'password', 'set', '--password', 'new'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('--original-password');
  });

  it('user password set posts the current user\'s old and new passwords', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE).post('/v3/users/u1/password', { user: { password: 'new-pw', original_password: 'old-pw' } }).reply(204);
    const res = await runCli(['user', 'password', 'set', '--password', 'new-pw', '--original-password', 'old-pw'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    keystone.done();
  });

  it('endpoint create finds the service by type and shows the endpoint with its service name and type', async () => {
    mockAuth();
    const svc = { id: 's9', name: 'swift', type: 'object-store' };
    const ep = { id: 'e1', interface: 'public', url: 'http://x', service_id: 's9', region_id: 'RegionOne', region: 'RegionOne', enabled: true, links: {} };
    nock(KEYSTONE)
      .get('/v3/services/object-store')
      .reply(404, { error: { code: 404, message: 'x' } })
      .get('/v3/services')
      .query({ name: 'object-store' })
      .reply(200, { services: [] })
      .get('/v3/services')
      .query({ type: 'object-store' })
      .reply(200, { services: [svc] })
      .post('/v3/endpoints', { endpoint: { service_id: 's9', interface: 'public', url: 'http://x', enabled: true, region_id: 'RegionOne' } })
      .reply(201, { endpoint: ep })
      .get('/v3/services/s9')
      .reply(200, { service: svc });
    const res = await runCli(['endpoint', 'create', 'object-store', 'public', 'http://x', '--region', 'RegionOne', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({
      id: 'e1', interface: 'public', url: 'http://x', service_id: 's9', region_id: 'RegionOne', region: 'RegionOne', enabled: true, service_name: 'swift', service_type: 'object-store',
    });
  });
});

describe('network, image, volume and flavor set/unset', () => {
  useNock();

  it('security group set renames the group; rule show prints the rule', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/security-groups/g1')
      .reply(200, { security_group: { id: 'g1', name: 'web', tags: [] } })
      .put('/v2.0/security-groups/g1', { security_group: { name: 'www' } })
      .reply(200, { security_group: { id: 'g1', name: 'www' } });
    expect((await runCli(['security', 'group', 'set', 'g1', '--name', 'www'], PASSWORD_ENV)).exitCode).toBe(0);
    neutron.done();
    mockAuth();
    nock(NEUTRON).get('/v2.0/security-group-rules/r1').reply(200, { security_group_rule: { id: 'r1', direction: 'ingress', protocol: 'tcp' } });
    const res = await runCli(['security', 'group', 'rule', 'show', 'r1', '-f', 'value', '-c', 'direction'], PASSWORD_ENV);
    expect(res.stdout).toBe('ingress\n');
  });

  it('image unset removes a tag and a property; a missing one ends with upstream\'s count (exit 1)', async () => {
    mockAuth();
    const glance = nock(GLANCE)
      .get('/v2/images/i1')
      .reply(200, { id: 'i1', name: 'cirros', tags: ['a'], os_distro: 'cirros' })
      .delete('/v2/images/i1/tags/a')
      .reply(204)
      .patch('/v2/images/i1', [{ op: 'remove', path: '/os_distro' }])
      .reply(200, { id: 'i1' });
    const res = await runCli(['image', 'unset', 'i1', '--tag', 'a', '--property', 'os_distro', '--property', 'nope'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain("property unset failed, 'nope' is a nonexistent property");
    expect(res.stderr).toContain('Failed to unset 1 of 2 properties.');
    glance.done();
  });

  it('volume unset --property PUTs the remaining metadata; volume snapshot show has properties', async () => {
    mockAuth();
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, CINDER_VERSIONS)
      .get('/v3/p1/volumes/v1')
      .reply(200, { volume: { id: 'v1', name: 'data', metadata: { a: '1', b: '2' } } })
      .put('/v3/p1/volumes/v1/metadata', { metadata: { b: '2' } })
      .reply(200, { metadata: { b: '2' } });
    expect((await runCli(['volume', 'unset', 'v1', '--property', 'a'], PASSWORD_ENV)).exitCode).toBe(0);
    cinder.done();
    mockAuth();
    nock(CINDER).get('/').reply(200, CINDER_VERSIONS).get('/v3/p1/snapshots/s1').reply(200, { snapshot: { id: 's1', name: 'snap', metadata: { k: 'v' } } });
    const res = await runCli(['volume', 'snapshot', 'show', 's1', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual({ id: 's1', name: 'snap', properties: { k: 'v' } });
  });

  it('flavor set --no-property --property replaces the extra specs; unset --property deletes one', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .get('/v2.1/flavors/f1')
      .reply(200, { flavor: { id: 'f1', name: 'm1.tiny' } })
      .get('/v2.1/flavors/f1/os-extra_specs')
      .reply(200, { extra_specs: { old: '1' } })
      .delete('/v2.1/flavors/f1/os-extra_specs/old')
      .reply(202)
      .post('/v2.1/flavors/f1/os-extra_specs', { extra_specs: { 'hw:cpu_policy': 'dedicated' } })
      .reply(200, { extra_specs: {} });
    expect((await runCli(['flavor', 'set', 'f1', '--no-property', '--property', 'hw:cpu_policy=dedicated'], PASSWORD_ENV)).exitCode).toBe(0);
    nova.done();
    mockAuth();
    const unset = nock(NOVA).get('/v2.1/flavors/f1').reply(200, { flavor: { id: 'f1', name: 'm1.tiny' } }).delete('/v2.1/flavors/f1/os-extra_specs/hw%3Acpu_policy').reply(202);
    expect((await runCli(['flavor', 'unset', 'f1', '--property', 'hw:cpu_policy'], PASSWORD_ENV)).exitCode).toBe(0);
    unset.done();
  });
});

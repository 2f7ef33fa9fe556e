import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli } from '../helpers.js';

const SERVER = {
  id: '9168b536-cd40-4630-b43f-b259807c6e87',
  name: 'web1',
  status: 'ACTIVE',
  tenant_id: 'p1',
  user_id: 'u1',
  metadata: { role: 'web' },
  image: { id: '70a599e0-31e7-49b7-b260-868f441e862b', links: [] },
  flavor: { original_name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, extra_specs: {} },
  addresses: { private: [{ addr: '10.0.0.4', version: 4, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01' }] },
  'OS-EXT-STS:task_state': null,
  'OS-EXT-STS:vm_state': 'active',
  'OS-EXT-STS:power_state': 1,
  'OS-EXT-AZ:availability_zone': 'nova',
  security_groups: [{ name: 'default' }],
  'os-extended-volumes:volumes_attached': [],
  links: [],
};

describe('server commands', () => {
  beforeEach(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('server list prints the OSC columns, with image names resolved in one call', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774').get('/v2.1/servers/detail').reply(200, { servers: [SERVER] });
    const glance = nock('https://cloud.test:9292')
      .get('/v2/images')
      .query(true)
      .reply(200, { images: [{ id: SERVER.image.id, name: 'tiny', status: 'active' }], first: '/v2/images', schema: '/v2/schemas/images' });
    const res = await runCli(['server', 'list', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([
      { ID: SERVER.id, Name: 'web1', Status: 'ACTIVE', Networks: 'private=10.0.0.4', Image: 'tiny', Flavor: 'm1.tiny' },
    ]);
    nova.done();
    glance.done();
  });

  it('server show -f value -c status prints just the status', async () => {
    mockAuth();
    nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER });
    nock('https://cloud.test:9292').get('/v2/images').query(true).reply(200, { images: [] });
    const res = await runCli(['server', 'show', SERVER.id, '-f', 'value', '-c', 'status'], PASSWORD_ENV);
    expect(res.stdout).toBe('ACTIVE\n');
  });

  it('a missing server is one line with the request id and exit code 4', async () => {
    mockAuth();
    nock('https://cloud.test:8774')
      .get('/v2.1/servers/nope')
      .reply(404, { itemNotFound: { code: 404, message: 'Instance nope could not be found.' } }, { 'x-openstack-request-id': 'req-42' })
      .get('/v2.1/servers/detail')
      .query({ name: 'nope' })
      .reply(200, { servers: [] });
    const res = await runCli(['server', 'show', 'nope'], PASSWORD_ENV);
    expect(res.exitCode).toBe(4);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain("No server with a name or ID of 'nope' exists.");
  });

  it('never prints the password, even with --debug', async () => {
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/servers/detail').reply(200, { servers: [] });
    const res = await runCli(['server', 'list', '--debug'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stderr).toContain('REQ: curl');
    expect(res.stderr).not.toContain('secret-password');
    expect(res.stderr).not.toContain('gAAAAtoken');
  });

  it('without a password and without a terminal it fails with a clear error instead of prompting', async () => {
    const { OS_PASSWORD: _omit, ...env } = PASSWORD_ENV;
    const res = await runCli(['server', 'list'], env);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('password is required');
  });
});

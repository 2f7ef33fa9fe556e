import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

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
  useNock();

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
      { ID: SERVER.id, Name: 'web1', Status: 'ACTIVE', Networks: { private: ['10.0.0.4'] }, Image: 'tiny', Flavor: 'm1.tiny' },
    ]);
    nova.done();
    glance.done();
  });

  it('server list --long names its columns and prints its values as python-openstackclient does', async () => {
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/servers/detail').reply(200, { servers: [SERVER] });
    const res = await runCli(['server', 'list', '--long', '-n', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([
      {
        ID: SERVER.id,
        Name: 'web1',
        Status: 'ACTIVE',
        'Task State': null,
        'Power State': 1,
        Networks: { private: ['10.0.0.4'] },
        'Image Name': SERVER.image.id,
        'Image ID': SERVER.image.id,
        Flavor: 'm1.tiny',
        'Availability Zone': 'nova',
        Host: '',
        Properties: { role: 'web' },
      },
    ]);
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/servers/detail').reply(200, { servers: [SERVER] });
    const value = await runCli(['server', 'list', '--long', '-n', '-f', 'value', '-c', 'Task State', '-c', 'Power State', '-c', 'Networks', '-c', 'Properties'], PASSWORD_ENV);
    expect(value.stdout).toBe("None 1 {'private': ['10.0.0.4']} {'role': 'web'}\n");
  });

  it('server list -n skips the image lookup and shows image IDs; --user and --ip filter', async () => {
    mockAuth();
    nock('https://cloud.test:5000').get('/v3/users/alice').reply(200, { user: { id: 'u-alice', name: 'alice' } });
    const nova = nock('https://cloud.test:8774').get('/v2.1/servers/detail').query({ user_id: 'u-alice', ip: '10\\.0\\.' }).reply(200, { servers: [SERVER] });
    const res = await runCli(['server', 'list', '-n', '--user', 'alice', '--ip', '10\\.0\\.', '-f', 'value', '-c', 'Name', '-c', 'Image'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe(`web1 ${SERVER.image.id}\n`);
    nova.done();
  });

  it('server list --key-name filters on the API with key_name', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774').get('/v2.1/servers/detail').query({ key_name: 'k1' }).reply(200, { servers: [SERVER] });
    const res = await runCli(['server', 'list', '-n', '--key-name', 'k1', '-f', 'csv', '-c', 'ID', '-c', 'Name'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe(`"ID","Name"\n"${SERVER.id}","web1"\n`);
    nova.done();
  });

  it('server list --tag/--not-tag filter on the API with tags and not-tags (2.26+)', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774').get('/v2.1/servers/detail').query({ tags: 'blue,prod', 'not-tags': 'old' }).reply(200, { servers: [SERVER] });
    const res = await runCli(['server', 'list', '-n', '--tag', 'blue', '--tag', 'prod', '--not-tag', 'old', '-f', 'value', '-c', 'Name'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('web1\n');
    nova.done();
  });

  it('server set --tag adds each tag, server unset --tag removes it', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .put(`/v2.1/servers/${SERVER.id}/tags/blue`)
      .reply(201)
      .put(`/v2.1/servers/${SERVER.id}/tags/prod`)
      .reply(201);
    const set = await runCli(['server', 'set', '--tag', 'blue', '--tag', 'prod', SERVER.id], PASSWORD_ENV);
    expect(set.stderr).toBe('');
    expect(set.exitCode).toBe(0);
    nova.done();
    mockAuth();
    const nova2 = nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER }).delete(`/v2.1/servers/${SERVER.id}/tags/blue`).reply(204);
    const unset = await runCli(['server', 'unset', '--tag', 'blue', SERVER.id], PASSWORD_ENV);
    expect(unset.stderr).toBe('');
    expect(unset.exitCode).toBe(0);
    nova2.done();
  });

  it('--tag needs compute 2.26: refused before any change at an older pinned microversion', async () => {
    mockAuth();
    const res = await runCli(['server', 'set', '--os-compute-api-version', '2.25', '--tag', 'blue', 'web1'], PASSWORD_ENV);
    expect(res.exitCode).not.toBe(0);
    expect(res.stderr).toBe('--os-compute-api-version 2.26 or greater is required to support the --tag option (the compute microversion in use is 2.25)\n');
  });

  it('server show -f value -c status prints just the status', async () => {
    mockAuth();
    nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER });
    nock('https://cloud.test:9292').get(`/v2/images/${SERVER.image.id}`).reply(200, { id: SERVER.image.id, name: 'tiny' });
    const res = await runCli(['server', 'show', SERVER.id, '-f', 'value', '-c', 'status', '-c', 'image'], PASSWORD_ENV);
    expect(res.stdout).toBe(`tiny (${SERVER.image.id})\nACTIVE\n`);
  });

  it('server show --diagnostics prints the server\'s diagnostics instead', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER })
      .get(`/v2.1/servers/${SERVER.id}/diagnostics`).reply(200, { memory: 524288 });
    const res = await runCli(['server', 'show', SERVER.id, '--diagnostics', '-f', 'value', '-c', 'memory'], PASSWORD_ENV);
    expect(res.stdout).toBe('524288\n');
    nova.done();
  });

  it('server show prints the fields as python-openstackclient does (compared with openstack 6 at 2.79)', async () => {
    const shown = { ...SERVER, locked: false, tags: ['b', 'a'], 'os-extended-volumes:volumes_attached': [{ id: 'v1', delete_on_termination: false }] };
    const run = async (format: string) => {
      mockAuth();
      nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: shown });
      nock('https://cloud.test:9292').get(`/v2/images/${SERVER.image.id}`).reply(200, { id: SERVER.image.id, name: 'tiny' });
      const res = await runCli(['server', 'show', SERVER.id, '-f', format], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      return res.stdout;
    };
    const json = JSON.parse(await run('json'));
    expect(json).toMatchObject({
      addresses: { private: ['10.0.0.4'] },
      'OS-EXT-STS:power_state': 1,
      'OS-EXT-STS:task_state': null,
      flavor: { original_name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, extra_specs: {} },
      locked: false,
      properties: { role: 'web' },
      security_groups: [{ name: 'default' }],
      tags: ['b', 'a'],
      volumes_attached: [{ id: 'v1', delete_on_termination: false }],
      image: `tiny (${SERVER.image.id})`,
      project_id: 'p1',
    });
    const table = await run('table');
    for (const row of [
      '| OS-EXT-STS:power_state      | Running ',
      '| OS-EXT-STS:task_state       | None ',
      '| addresses                   | private=10.0.0.4 ',
      "| flavor                      | disk='1', ephemeral='0', , original_name='m1.tiny', ram='512', swap='0', vcpus='1' |",
      '| locked                      | False ',
      "| properties                  | role='web' ",
      "| security_groups             | name='default' ",
      '| tags                        | a, b ',
      "| volumes_attached            | delete_on_termination='False', id='v1' ",
    ]) {
      expect(table).toContain(row);
    }
    const value = (await run('value')).split('\n');
    expect(value).toContain("{'private': ['10.0.0.4']}");
    expect(value).toContain('None');
    expect(value.slice(0, 3)).toEqual(['nova', '1', 'None']);
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

  it('server delete goes on past a server that fails, then reports how many failed (exit 1)', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get('/v2.1/servers/a')
      .reply(200, { server: { ...SERVER, id: 'a', name: 'a' } })
      .delete('/v2.1/servers/a')
      .reply(204)
      .get('/v2.1/servers/b')
      .reply(404, { itemNotFound: { code: 404, message: 'Instance b could not be found.' } })
      .get('/v2.1/servers/detail')
      .query({ name: 'b' })
      .reply(200, { servers: [] })
      .get('/v2.1/servers/c')
      .reply(200, { server: { ...SERVER, id: 'c', name: 'c' } })
      .delete('/v2.1/servers/c')
      .reply(204);
    const res = await runCli(['server', 'delete', 'a', 'b', 'c'], PASSWORD_ENV);
    expect(res.stderr.split('\n')[0]).toMatch(/^Failed to delete server with name or ID 'b': No server with a name or ID of 'b' exists\./);
    expect(res.stderr).toContain('1 of 3 servers failed to delete.\n');
    expect(res.exitCode).toBe(1);
    nova.done();
  });

  it('server delete --force sends the forceDelete action instead of DELETE, and --wait waits for it to go', async () => {
    mockAuth();
    const actions: unknown[] = [];
    const nova = nock('https://cloud.test:8774')
      .get('/v2.1/servers/web1')
      .reply(404, { itemNotFound: { code: 404, message: 'Instance web1 could not be found.' } })
      .get('/v2.1/servers/detail')
      .query({ name: 'web1' })
      .reply(200, { servers: [SERVER] })
      .post(`/v2.1/servers/${SERVER.id}/action`, (b) => (actions.push(b), true))
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(404, { itemNotFound: { code: 404, message: `Instance ${SERVER.id} could not be found.` } });
    const res = await runCli(['server', 'delete', '--force', '--wait', 'web1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('');
    expect(actions).toEqual([{ forceDelete: null }]);
    nova.done();
  });

  it('server delete --force of several goes on past a refused one and reports it (exit 1)', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get('/v2.1/servers/a')
      .reply(200, { server: { ...SERVER, id: 'a', name: 'a' } })
      .post('/v2.1/servers/a/action', { forceDelete: null })
      .reply(400, { badRequest: { code: 400, message: "Action 'forceDelete' is not supported by this cloud." } })
      .get('/v2.1/servers/b')
      .reply(200, { server: { ...SERVER, id: 'b', name: 'b' } })
      .post('/v2.1/servers/b/action', { forceDelete: null })
      .reply(202);
    const res = await runCli(['server', 'delete', '--force', '--yes', 'a', 'b'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr.split('\n')[0]).toMatch(/^Failed to delete server with name or ID 'a': Action 'forceDelete' is not supported by this cloud\./);
    expect(res.stderr).toContain('1 of 2 servers failed to delete.\n');
    nova.done();
  });

  it('server pause --wait sends pause and waits for PAUSED; server unpause sends unpause for each server', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { pause: null })
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, 'OS-EXT-STS:task_state': 'pausing' } })
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, status: 'PAUSED', 'OS-EXT-STS:vm_state': 'paused', 'OS-EXT-STS:power_state': 3 } });
    const res = await runCli(['server', 'pause', '--wait', SERVER.id], PASSWORD_ENV);
    expect(res.stderr).toContain('server web1: PAUSED');
    expect(res.exitCode).toBe(0);
    nova.done();

    mockAuth();
    const other = { ...SERVER, id: '0c3d7bb4-45c4-4a3e-9bd1-2b8b1d0d4d10', name: 'web2' };
    const nova2 = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { unpause: null })
      .reply(202)
      .get(`/v2.1/servers/${other.id}`)
      .reply(200, { server: other })
      .post(`/v2.1/servers/${other.id}/action`, { unpause: null })
      .reply(409, { conflictingRequest: { code: 409, message: `Cannot 'unpause' instance ${other.id} while it is in vm_state active` } });
    const res2 = await runCli(['server', 'unpause', SERVER.id, other.id], PASSWORD_ENV);
    expect(res2.exitCode).toBe(1);
    expect(res2.stderr).toContain(`Cannot 'unpause' instance ${other.id} while it is in vm_state active`);
    expect(res2.stderr).toContain('1 of 2 servers failed to unpause.');
    nova2.done();
  });

  // snapshot, shelve, rebuild
  it('server image create --property --wait snapshots the server (name defaulting to the server\'s) and shows the active image as image show does', async () => {
    mockAuth();
    const IMG = '5a4c4e43-6a5f-4e7a-9d55-2a3b1c0e9f01';
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { createImage: { name: 'web1', metadata: { purpose: 'backup' } } })
      .reply(202, { image_id: IMG });
    const image = { id: IMG, name: 'web1', status: 'queued', disk_format: 'qcow2', container_format: 'bare', visibility: 'private', size: null, owner: 'p1', image_type: 'snapshot', instance_uuid: SERVER.id, purpose: 'backup' };
    const glance = nock('https://cloud.test:9292')
      .get(`/v2/images/${IMG}`)
      .reply(200, { ...image, status: 'saving' })
      .get(`/v2/images/${IMG}`)
      .reply(200, { ...image, status: 'active', size: 262144 });
    const res = await runCli(['server', 'image', 'create', '--property', 'purpose=backup', '--wait', '-f', 'json', SERVER.id], PASSWORD_ENV);
    expect(res.stderr).toContain('image web1: active');
    expect(res.exitCode).toBe(0);
    const shown = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ id: IMG, name: 'web1', status: 'active', disk_format: 'qcow2' });
    expect(JSON.stringify(shown.properties)).toContain('image_type');
    nova.done();
    glance.done();

    // Without --wait it shows the queued image; a busy server is Nova's 409.
    mockAuth();
    nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { createImage: { name: 'snap' } })
      .reply(409, { conflictingRequest: { code: 409, message: `Cannot 'createImage' instance ${SERVER.id} while it is in task_state image_snapshot` } });
    const busy = await runCli(['server', 'image', 'create', '--name', 'snap', SERVER.id], PASSWORD_ENV);
    expect(busy.exitCode).not.toBe(0);
    expect(busy.stderr).toContain(`Cannot 'createImage' instance ${SERVER.id} while it is in task_state image_snapshot`);
  });

  it('server suspend --wait waits for SUSPENDED; server resume; server dump create sends trigger_crash_dump at 2.17', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { suspend: null })
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, 'OS-EXT-STS:task_state': 'suspending' } })
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, status: 'SUSPENDED', 'OS-EXT-STS:vm_state': 'suspended', 'OS-EXT-STS:power_state': 4 } });
    const res = await runCli(['server', 'suspend', '--wait', SERVER.id], PASSWORD_ENV);
    expect(res.stderr).toContain('server web1: SUSPENDED');
    expect(res.exitCode).toBe(0);
    nova.done();

    mockAuth();
    const nova2 = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { resume: null })
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { trigger_crash_dump: null })
      .matchHeader('openstack-api-version', 'compute 2.17')
      .reply(409, { conflictingRequest: { code: 409, message: `Instance ${SERVER.id} is not running.` } });
    expect((await runCli(['server', 'resume', SERVER.id], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    const dump = await runCli(['server', 'dump', 'create', SERVER.id], PASSWORD_ENV);
    expect(dump.exitCode).toBe(5);
    expect(dump.stderr).toContain(`Instance ${SERVER.id} is not running.`);
    nova2.done();
  });

  it('server rescue --image NAME --password P --wait waits for RESCUE; server unrescue', async () => {
    mockAuth();
    const glance = nock('https://cloud.test:9292')
      .get('/v2/images/tiny')
      .reply(404, 'Not Found')
      .get('/v2/images')
      .query(true)
      .reply(200, { images: [{ id: SERVER.image.id, name: 'tiny', status: 'active' }], first: '/v2/images', schema: '/v2/schemas/images' });
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { rescue: { adminPass: 'Secret-1', rescue_image_ref: SERVER.image.id } })
      .reply(200, { adminPass: 'Secret-1' })
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, status: 'RESCUE', 'OS-EXT-STS:vm_state': 'rescued' } });
    const res = await runCli(['server', 'rescue', '--image', 'tiny', '--password', 'Secret-1', '--wait', SERVER.id], PASSWORD_ENV);
    expect(res.stderr).toContain('server web1: RESCUE');
    expect(res.exitCode).toBe(0);
    nova.done();
    glance.done();

    mockAuth();
    const nova2 = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { unrescue: null })
      .reply(409, { conflictingRequest: { code: 409, message: `Cannot 'unrescue' instance ${SERVER.id} while it is in vm_state active` } });
    const res2 = await runCli(['server', 'unrescue', SERVER.id], PASSWORD_ENV);
    expect(res2.exitCode).toBe(5);
    expect(res2.stderr).toContain(`Cannot 'unrescue' instance ${SERVER.id} while it is in vm_state active`);
    nova2.done();
  });

  // shelve
  it('server shelve --offload --wait offloads a server the cloud keeps SHELVED; server unshelve --availability-zone sends 2.77', async () => {
    mockAuth();
    const shelved = { ...SERVER, status: 'SHELVED', 'OS-EXT-STS:vm_state': 'shelved', 'OS-EXT-STS:power_state': 4 };
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { shelve: null })
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: shelved })
      .post(`/v2.1/servers/${SERVER.id}/action`, { shelveOffload: null })
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...shelved, 'OS-EXT-STS:task_state': 'shelving_offloading' } })
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...shelved, status: 'SHELVED_OFFLOADED', 'OS-EXT-STS:vm_state': 'shelved_offloaded', 'OS-EXT-STS:power_state': 0 } });
    const res = await runCli(['server', 'shelve', '--offload', '--wait', SERVER.id], PASSWORD_ENV);
    expect(res.stderr).toContain('server web1: SHELVED_OFFLOADED');
    expect(res.exitCode).toBe(0);
    nova.done();

    mockAuth();
    const nova2 = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { unshelve: { availability_zone: 'az-2' } })
      .matchHeader('openstack-api-version', 'compute 2.77')
      .reply(400, { badRequest: { code: 400, message: 'The requested availability zone is not available' } });
    const un = await runCli(['server', 'unshelve', '--availability-zone', 'az-2', SERVER.id], PASSWORD_ENV);
    expect(un.exitCode).not.toBe(0);
    expect(un.stderr).toContain('The requested availability zone is not available');
    nova2.done();
  });

  // resize
  it('server resize --flavor F --wait waits for VERIFY_RESIZE; server resize confirm|revert and --confirm; server migration list', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .get('/v2.1/flavors/f2')
      .reply(200, { flavor: { id: 'f2', name: 'm1.big', ram: 1024, vcpus: 2, disk: 2 } })
      .post(`/v2.1/servers/${SERVER.id}/action`, { resize: { flavorRef: 'f2' } })
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, status: 'VERIFY_RESIZE', 'OS-EXT-STS:vm_state': 'resized' } });
    const res = await runCli(['server', 'resize', '--flavor', 'f2', '--wait', SERVER.id], PASSWORD_ENV);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(res.stderr).toContain('server web1: VERIFY_RESIZE');
    nova.done();

    for (const [argv, body] of [[['server', 'resize', 'confirm', SERVER.id], { confirmResize: null }], [['server', 'resize', 'revert', SERVER.id], { revertResize: null }], [['server', 'resize', '--confirm', SERVER.id], { confirmResize: null }]] as const) {
      mockAuth();
      const n = nock('https://cloud.test:8774')
        .get(`/v2.1/servers/${SERVER.id}`)
        .reply(200, { server: SERVER })
        .post(`/v2.1/servers/${SERVER.id}/action`, body)
        .reply('confirmResize' in body ? 204 : 202);
      const r = await runCli([...argv], PASSWORD_ENV);
      expect(r.exitCode, r.stderr).toBe(0);
      n.done();
    }
    // Exactly one of --flavor, --confirm, --revert.
    expect((await runCli(['server', 'resize', SERVER.id], PASSWORD_ENV)).exitCode).not.toBe(0);

    mockAuth();
    const m = { id: 7, status: 'confirmed', instance_uuid: SERVER.id, source_node: 'h1', source_compute: 'h1', dest_node: 'h1', dest_compute: 'h1', dest_host: null, old_instance_type_id: 1, new_instance_type_id: 2, created_at: '2026-01-01T00:00:00.000000', updated_at: '2026-01-01T00:01:00.000000', migration_type: 'resize' };
    const n2 = nock('https://cloud.test:8774').get('/v2.1/os-migrations').query({ migration_type: 'resize' }).reply(200, { migrations: [m] });
    const list = await runCli(['server', 'migration', 'list', '--type', 'resize', '-f', 'json'], PASSWORD_ENV);
    expect(list.exitCode, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ Id: 7, Status: 'confirmed', 'Server UUID': SERVER.id, Type: 'resize', 'Source Compute': 'h1' })]);
    n2.done();
  });

  // cold migration
  it('server migrate --wait waits for VERIFY_RESIZE; --host needs 2.56; server migrate confirm|revert', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { migrate: null })
      .reply(202)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, status: 'VERIFY_RESIZE', 'OS-EXT-STS:vm_state': 'resized' } });
    const res = await runCli(['server', 'migrate', '--wait', SERVER.id], PASSWORD_ENV);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(res.stderr).toContain('server web1: VERIFY_RESIZE');
    nova.done();

    // --host before 2.56: refused before any request.
    mockAuth();
    const old = await runCli(['server', 'migrate', '--os-compute-api-version', '2.55', '--host', 'h2', SERVER.id], PASSWORD_ENV);
    expect(old.exitCode).not.toBe(0);
    expect(old.stderr).toContain('2.56 or greater is required to support the --host option');
    mockAuth();
    const withHost = nock('https://cloud.test:8774', { reqheaders: { 'openstack-api-version': 'compute 2.56' } })
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { migrate: { host: 'h2' } })
      .reply(202);
    const host = await runCli(['server', 'migrate', '--os-compute-api-version', '2.56', '--host', 'h2', SERVER.id], PASSWORD_ENV);
    expect(host.exitCode, host.stderr).toBe(0);
    withHost.done();

    for (const [argv, body] of [[['server', 'migrate', 'confirm', SERVER.id], { confirmResize: null }], [['server', 'migrate', 'revert', SERVER.id], { revertResize: null }], [['server', 'migration', 'confirm', SERVER.id], { confirmResize: null }], [['server', 'migration', 'revert', SERVER.id], { revertResize: null }]] as const) {
      mockAuth();
      const n = nock('https://cloud.test:8774')
        .get(`/v2.1/servers/${SERVER.id}`)
        .reply(200, { server: SERVER })
        .post(`/v2.1/servers/${SERVER.id}/action`, body)
        .reply('confirmResize' in body ? 204 : 202);
      const r = await runCli([...argv], PASSWORD_ENV);
      expect(r.exitCode, r.stderr).toBe(0);
      n.done();
    }
  });

  // live migration
  it('server migrate --live-migration sends os-migrateLive as the microversion wants it; --host needs 2.30', async () => {
    for (const [mv, argv, body] of [
      ['2.1', [], { host: null, block_migration: false, disk_over_commit: false }],
      ['2.1', ['--block-migration', '--disk-overcommit'], { host: null, block_migration: true, disk_over_commit: true }],
      ['2.25', [], { host: null, block_migration: 'auto' }],
      ['2.30', ['--shared-migration', '--host', 'h2'], { host: 'h2', block_migration: false }],
    ] as const) {
      mockAuth();
      const n = nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER }).post(`/v2.1/servers/${SERVER.id}/action`, { 'os-migrateLive': body }).reply(202);
      const r = await runCli(['server', 'migrate', '--os-compute-api-version', mv, '--live-migration', ...argv, SERVER.id], PASSWORD_ENV);
      expect(r.exitCode, r.stderr).toBe(0);
      n.done();
    }
    mockAuth();
    const old = await runCli(['server', 'migrate', '--os-compute-api-version', '2.29', '--live-migration', '--host', 'h2', SERVER.id], PASSWORD_ENV);
    expect(old.exitCode).not.toBe(0);
    expect(old.stderr).toContain('2.30 or greater is required to support the --host option');
    const noLive = await runCli(['server', 'migrate', '--block-migration', SERVER.id], PASSWORD_ENV);
    expect(noLive.exitCode).toBe(2);
  });

  it('server rebuild --image --name --wait sends rebuild with the image id and shows the rebuilt server with its adminPass', async () => {
    mockAuth();
    const IMG = '1b4a3c0e-2f6d-4d8e-9a7b-5c6d7e8f9a0b';
    const glance = nock('https://cloud.test:9292')
      .get('/v2/images/cirros-2')
      .reply(404, { code: 404, title: 'Not Found', message: 'No image found with ID cirros-2' })
      .get('/v2/images')
      .query({ name: 'cirros-2' })
      .reply(200, { images: [{ id: IMG, name: 'cirros-2', status: 'active' }] })
      .get(`/v2/images/${IMG}`)
      .optionally()
      .reply(200, { id: IMG, name: 'cirros-2', status: 'active' });
    const rebuilt = { ...SERVER, name: 'web1b', status: 'REBUILD', image: { id: IMG, links: [] }, 'OS-EXT-STS:task_state': 'rebuilding' };
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { rebuild: { imageRef: IMG, name: 'web1b' } })
      .reply(202, { server: { ...rebuilt, adminPass: 'Gen3ratedPw' } })
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...rebuilt, status: 'ACTIVE', 'OS-EXT-STS:task_state': null } });
    const res = await runCli(['server', 'rebuild', '--image', 'cirros-2', '--name', 'web1b', '--wait', '-f', 'json', SERVER.id], PASSWORD_ENV);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ id: SERVER.id, name: 'web1b', status: 'ACTIVE', adminPass: 'Gen3ratedPw', image: `cirros-2 (${IMG})` });
    nova.done();
    glance.done();
  });

  // evacuate
  it('server evacuate --host --password --wait sends evacuate at 2.14 and shows the server on its new host; --shared-storage is sent at 2.13 and the refusal shown', async () => {
    mockAuth();
    const nova = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { evacuate: { host: 'host-b', adminPass: 'Evac-Pw-1' } })
      .matchHeader('OpenStack-API-Version', 'compute 2.14')
      .reply(200)
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: { ...SERVER, status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' } });
    const res = await runCli(['server', 'evacuate', '--host', 'host-b', '--password', 'Evac-Pw-1', '--wait', '-f', 'json', SERVER.id], PASSWORD_ENV);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ id: SERVER.id, status: 'ACTIVE' });
    nova.done();

    mockAuth();
    const refused = nock('https://cloud.test:8774')
      .get(`/v2.1/servers/${SERVER.id}`)
      .reply(200, { server: SERVER })
      .post(`/v2.1/servers/${SERVER.id}/action`, { evacuate: { onSharedStorage: true } })
      .matchHeader('OpenStack-API-Version', 'compute 2.13')
      .reply(400, { badRequest: { code: 400, message: 'Invalid input: onSharedStorage is not applicable, instance disks are local to their host (no shared storage).' } });
    const bad = await runCli(['server', 'evacuate', '--shared-storage', SERVER.id], PASSWORD_ENV);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('onSharedStorage is not applicable');
    refused.done();
  });

  it('server stop of one missing server fails with its own error (exit 4)', async () => {
    mockAuth();
    nock('https://cloud.test:8774')
      .get('/v2.1/servers/nope')
      .reply(404, { itemNotFound: { code: 404, message: 'Instance nope could not be found.' } })
      .get('/v2.1/servers/detail')
      .query({ name: 'nope' })
      .reply(200, { servers: [] });
    const res = await runCli(['server', 'stop', 'nope'], PASSWORD_ENV);
    expect(res.exitCode).toBe(4);
    expect(res.stderr).not.toContain('failed to stop');
  });

  describe('server add/remove port, network and fixed ip (os-interface)', () => {
    const IFACE = { fixed_ips: [{ ip_address: '10.0.1.5', subnet_id: 's2' }], mac_addr: 'fa:16:3e:00:00:02', net_id: 'net-2', port_id: 'port-2', port_state: 'ACTIVE', tag: 'db' };
    /** The server by id, and on Neutron `path` answered by `body`. */
    function mockLookups(path: string, body: Record<string, unknown>): nock.Scope {
      mockAuth();
      nock('https://cloud.test:9696').get(path).reply(200, body);
      return nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER });
    }

    it('add port --tag attaches the port with the tag', async () => {
      const nova = mockLookups('/v2.0/ports/port-2', { port: { id: 'port-2', name: 'db' } })
        .post(`/v2.1/servers/${SERVER.id}/os-interface`, { interfaceAttachment: { port_id: 'port-2', tag: 'db' } })
        .reply(200, { interfaceAttachment: IFACE });
      const res = await runCli(['server', 'add', 'port', '--tag', 'db', SERVER.id, 'port-2'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
      expect(res.stdout).toBe('');
      nova.done();
    });

    it('add network attaches a new port on it; --tag needs 2.49', async () => {
      const nova = mockLookups('/v2.0/networks/net-2', { network: { id: 'net-2', name: 'db' } })
        .post(`/v2.1/servers/${SERVER.id}/os-interface`, { interfaceAttachment: { net_id: 'net-2' } })
        .reply(200, { interfaceAttachment: IFACE });
      const res = await runCli(['server', 'add', 'network', SERVER.id, 'net-2'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
      nova.done();
      mockAuth();
      const old = await runCli(['server', 'add', 'network', '--os-compute-api-version', '2.48', '--tag', 'x', SERVER.id, 'net-2'], PASSWORD_ENV);
      expect(old.exitCode).not.toBe(0);
      expect(old.stderr).toBe('--os-compute-api-version 2.49 or greater is required to support the --tag option (the compute microversion in use is 2.48)\n');
    });

    it('add fixed ip --fixed-ip-address asks for that address and shows the interface', async () => {
      const nova = mockLookups('/v2.0/networks/net-2', { network: { id: 'net-2', name: 'db' } })
        .post(`/v2.1/servers/${SERVER.id}/os-interface`, { interfaceAttachment: { net_id: 'net-2', fixed_ips: [{ ip_address: '10.0.1.5' }] } })
        .reply(200, { interfaceAttachment: IFACE });
      const res = await runCli(['server', 'add', 'fixed', 'ip', '--fixed-ip-address', '10.0.1.5', SERVER.id, 'net-2', '-f', 'json'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(JSON.parse(res.stdout)).toEqual({
        'Port ID': 'port-2',
        'Server ID': SERVER.id,
        'Network ID': 'net-2',
        'MAC Address': 'fa:16:3e:00:00:02',
        'Port State': 'ACTIVE',
        'Fixed IPs': [{ ip_address: '10.0.1.5', subnet_id: 's2' }],
        Tag: 'db',
      });
      nova.done();
    });

    it('remove port detaches it; remove network detaches each port of the server on that network', async () => {
      const nova = mockLookups('/v2.0/ports/port-2', { port: { id: 'port-2', name: 'db' } }).delete(`/v2.1/servers/${SERVER.id}/os-interface/port-2`).reply(202);
      const res = await runCli(['server', 'remove', 'port', SERVER.id, 'port-2'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
      nova.done();
      const nova2 = mockLookups('/v2.0/networks/net-2', { network: { id: 'net-2', name: 'db' } })
        .get(`/v2.1/servers/${SERVER.id}/os-interface`)
        .reply(200, { interfaceAttachments: [{ ...IFACE, port_id: 'port-1', net_id: 'net-1' }, IFACE, { ...IFACE, port_id: 'port-3' }] })
        .delete(`/v2.1/servers/${SERVER.id}/os-interface/port-2`)
        .reply(202)
        .delete(`/v2.1/servers/${SERVER.id}/os-interface/port-3`)
        .reply(202);
      const res2 = await runCli(['server', 'remove', 'network', SERVER.id, 'net-2'], PASSWORD_ENV);
      expect(res2.stderr).toBe('');
      expect(res2.exitCode).toBe(0);
      nova2.done();
    });

    it('remove fixed ip detaches the interface holding the address; an address the server lacks is a 404 (exit 4)', async () => {
      mockAuth();
      const nova = nock('https://cloud.test:8774')
        .get(`/v2.1/servers/${SERVER.id}`)
        .reply(200, { server: SERVER })
        .get(`/v2.1/servers/${SERVER.id}/os-interface`)
        .reply(200, { interfaceAttachments: [{ ...IFACE, port_id: 'port-1', fixed_ips: [{ ip_address: '10.0.0.4', subnet_id: 's1' }] }, IFACE] })
        .delete(`/v2.1/servers/${SERVER.id}/os-interface/port-2`)
        .reply(202);
      const res = await runCli(['server', 'remove', 'fixed', 'ip', SERVER.id, '10.0.1.5'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
      nova.done();
      mockAuth();
      nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER }).get(`/v2.1/servers/${SERVER.id}/os-interface`).reply(200, { interfaceAttachments: [IFACE] });
      const missing = await runCli(['server', 'remove', 'fixed', 'ip', SERVER.id, '10.9.9.9'], PASSWORD_ENV);
      expect(missing.exitCode).toBe(4);
      expect(missing.stderr).toContain('no interface with the fixed IP address 10.9.9.9');
    });
  });

  describe('server add/remove floating ip', () => {
    const FIP = { id: 'fip-1', floating_ip_address: '172.24.4.10', port_id: null, floating_network_id: 'pub' };
    const PORTS = [
      { id: 'port-1', device_id: SERVER.id, fixed_ips: [{ ip_address: '10.0.0.4', subnet_id: 's1' }] },
      { id: 'port-2', device_id: SERVER.id, fixed_ips: [{ ip_address: '10.0.1.5', subnet_id: 's2' }] },
    ];
    /** The server by id, the floating IP by address (GET by id is a 404 first) and the server's ports. */
    function mockLookups(fip: Record<string, unknown> = FIP): nock.Scope {
      mockAuth();
      nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER });
      return nock('https://cloud.test:9696')
        .get('/v2.0/floatingips/172.24.4.10')
        .reply(404, { NeutronError: { type: 'FloatingIPNotFound', message: 'not found', detail: '' } })
        .get('/v2.0/floatingips')
        .query({ floating_ip_address: '172.24.4.10' })
        .reply(200, { floatingips: [fip] })
        .get('/v2.0/ports')
        .query({ device_id: SERVER.id })
        .reply(200, { ports: PORTS });
    }

    it('add --fixed-ip-address associates the port holding that address', async () => {
      const neutron = mockLookups().put('/v2.0/floatingips/fip-1', { floatingip: { port_id: 'port-2', fixed_ip_address: '10.0.1.5' } }).reply(200, { floatingip: FIP });
      const res = await runCli(['server', 'add', 'floating', 'ip', '--fixed-ip-address', '10.0.1.5', SERVER.id, '172.24.4.10'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
      neutron.done();
    });

    it('add tries the next port when Neutron finds no route from the first one', async () => {
      const neutron = mockLookups()
        .put('/v2.0/floatingips/fip-1', { floatingip: { port_id: 'port-1' } })
        .reply(404, { NeutronError: { type: 'ExternalGatewayForFloatingIPNotFound', message: 'External network pub is not reachable from subnet s1.', detail: '' } })
        .put('/v2.0/floatingips/fip-1', { floatingip: { port_id: 'port-2' } })
        .reply(200, { floatingip: FIP });
      const res = await runCli(['server', 'add', 'floating', 'ip', SERVER.id, '172.24.4.10'], PASSWORD_ENV);
      expect(res.exitCode).toBe(0);
      neutron.done();
    });

    it('add with a fixed address the server does not have is not found (exit 4), nothing changed', async () => {
      mockLookups();
      const res = await runCli(['server', 'add', 'floating', 'ip', '--fixed-ip-address', '10.9.9.9', SERVER.id, '172.24.4.10'], PASSWORD_ENV);
      expect(res.exitCode).toBe(4);
      expect(res.stderr).toContain('No port found for fixed IP address 10.9.9.9 on server web1');
    });

    it('remove refuses an address associated with another server (exit 4), nothing changed', async () => {
      mockLookups({ ...FIP, port_id: 'port-of-web2' });
      const res = await runCli(['server', 'remove', 'floating', 'ip', SERVER.id, '172.24.4.10'], PASSWORD_ENV);
      expect(res.exitCode).toBe(4);
      expect(res.stderr).toContain('Floating IP 172.24.4.10 is not associated with server web1');
    });

    it('remove disassociates an address of this server', async () => {
      const neutron = mockLookups({ ...FIP, port_id: 'port-2' }).put('/v2.0/floatingips/fip-1', { floatingip: { port_id: null } }).reply(200, { floatingip: FIP });
      const res = await runCli(['server', 'remove', 'floating', 'ip', SERVER.id, '172.24.4.10'], PASSWORD_ENV);
      expect(res.exitCode).toBe(0);
      neutron.done();
    });

    it('an unknown floating IP is not found (exit 4)', async () => {
      mockAuth();
      nock('https://cloud.test:8774').get(`/v2.1/servers/${SERVER.id}`).reply(200, { server: SERVER });
      nock('https://cloud.test:9696')
        .get('/v2.0/floatingips/172.24.4.99')
        .reply(404, { NeutronError: { type: 'FloatingIPNotFound', message: 'not found', detail: '' } })
        .get('/v2.0/floatingips')
        .query({ floating_ip_address: '172.24.4.99' })
        .reply(200, { floatingips: [] });
      const res = await runCli(['server', 'remove', 'floating', 'ip', SERVER.id, '172.24.4.99'], PASSWORD_ENV);
      expect(res.exitCode).toBe(4);
      expect(res.stderr).toContain("No floating IP with a name or ID of '172.24.4.99' exists.");
    });
  });
});

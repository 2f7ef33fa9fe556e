import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const KEYSTONE = 'https://cloud.test:5000';
const NOVA = 'https://cloud.test:8774';
const CINDER = 'https://cloud.test:8776';
const NEUTRON = 'https://cloud.test:9696';
const CINDER_VERSIONS = { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] };
const notFound = { error: { code: 404, title: 'Not Found', message: 'Could not find it.' } };

describe('identity domain, group, region and service commands', () => {
  useNock();

  it('domain list prints ID, Name, Enabled, Description (True/False in a table)', async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/domains').reply(200, { domains: [{ id: 'default', name: 'Default', enabled: true, description: 'The default domain', links: {} }] });
    const res = await runCli(['domain', 'list', '-f', 'csv'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('"ID","Name","Enabled","Description"\n"default","Default",True,"The default domain"\n');
  });

  it('domain create --or-show returns the existing domain on a conflict; show drops links', async () => {
    mockAuth();
    const d = { id: 'd1', name: 'eng', enabled: true, description: '', options: {}, tags: [], links: { self: 'x' } };
    const keystone = nock(KEYSTONE)
      .post('/v3/domains', { domain: { name: 'eng', enabled: true } })
      .reply(409, { error: { code: 409, title: 'Conflict', message: 'Duplicate entry' } })
      .get('/v3/domains/eng')
      .reply(404, notFound)
      .get('/v3/domains')
      .query({ name: 'eng' })
      .reply(200, { domains: [d] });
    const res = await runCli(['domain', 'create', 'eng', '--or-show', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ id: 'd1', name: 'eng', enabled: true, description: '', options: {}, tags: [] });
    keystone.done();
  });

  it('domain set --disable PATCHes enabled=false', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .get('/v3/domains/d1')
      .reply(200, { domain: { id: 'd1', name: 'eng' } })
      .patch('/v3/domains/d1', { domain: { enabled: false } })
      .reply(200, { domain: { id: 'd1', name: 'eng', enabled: false } });
    expect((await runCli(['domain', 'set', 'd1', '--disable'], PASSWORD_ENV)).exitCode).toBe(0);
    keystone.done();
  });

  it('region show renames id and parent_region_id as upstream', async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/regions/RegionOne').reply(200, { region: { id: 'RegionOne', parent_region_id: null, description: '', links: {} } });
    const res = await runCli(['region', 'show', 'RegionOne', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual({ region: 'RegionOne', parent_region: null, description: '' });
  });

  it('region list has Region, Parent Region, Description', async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/regions').reply(200, { regions: [{ id: 'RegionOne', parent_region_id: null, description: '' }] });
    const res = await runCli(['region', 'list', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual([{ Region: 'RegionOne', 'Parent Region': null, Description: '' }]);
  });

  it('service show finds a service by its type, as upstream', async () => {
    mockAuth();
    const svc = { id: 's9', name: 'nova', type: 'compute', enabled: true, links: {} };
    nock(KEYSTONE)
      .get('/v3/services/compute')
      .reply(404, notFound)
      .get('/v3/services')
      .query({ name: 'compute' })
      .reply(200, { services: [] })
      .get('/v3/services')
      .query({ type: 'compute' })
      .reply(200, { services: [svc] });
    const res = await runCli(['service', 'show', 'compute', '-f', 'value', '-c', 'id', '-c', 'name'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('s9\nnova\n');
  });

  it('service create sends type, name and enabled', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .post('/v3/services', { service: { type: 'object-store', enabled: true, name: 'swift' } })
      .reply(201, { service: { id: 's2', type: 'object-store', name: 'swift', enabled: true, links: {} } });
    const res = await runCli(['service', 'create', 'object-store', '--name', 'swift', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual({ id: 's2', type: 'object-store', name: 'swift', enabled: true });
    keystone.done();
  });

  it('group add user adds each user; a failure is reported and the command ends with exit 1', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .get('/v3/groups/g1')
      .times(2)
      .reply(200, { group: { id: 'g1', name: 'devs' } })
      .get('/v3/users/u1')
      .reply(200, { user: { id: 'u1', name: 'alice' } })
      .put('/v3/groups/g1/users/u1')
      .reply(204)
      .get('/v3/users/nobody')
      .reply(404, notFound)
      .get('/v3/users')
      .query({ name: 'nobody' })
      .reply(200, { users: [] });
    const res = await runCli(['group', 'add', 'user', 'g1', 'u1', 'nobody'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain("nobody not added to group g1: No user with a name or ID of 'nobody' exists.");
    expect(res.stderr).toContain('1 of 2 users not added to group g1.');
    keystone.done();
  });

  it('group contains user prints on stdout when in the group, on stderr when not (exit 0 both)', async () => {
    for (const [status, out, err] of [
      [204, 'u1 in group g1\n', ''],
      [404, '', 'u1 not in group g1\n'],
    ] as const) {
      mockAuth();
      nock(KEYSTONE)
        .get('/v3/groups/g1')
        .reply(200, { group: { id: 'g1', name: 'devs' } })
        .get('/v3/users/u1')
        .reply(200, { user: { id: 'u1', name: 'alice' } })
        .head('/v3/groups/g1/users/u1')
        .reply(status);
      const res = await runCli(['group', 'contains', 'user', 'g1', 'u1'], PASSWORD_ENV);
      expect(res.exitCode).toBe(0);
      expect(res.stdout).toBe(out);
      expect(res.stderr).toBe(err);
    }
  });

  it('group set PATCHes the group\'s name and description', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .get('/v3/groups/g1')
      .reply(200, { group: { id: 'g1', name: 'devs' } })
      .patch('/v3/groups/g1', { group: { name: 'developers', description: '' } })
      .reply(200, { group: { id: 'g1', name: 'developers' } });
    expect((await runCli(['group', 'set', 'g1', '--name', 'developers', '--description', ''], PASSWORD_ENV)).exitCode).toBe(0);
    keystone.done();
  });

  it('group list --user lists the user\'s groups', async () => {
    mockAuth();
    nock(KEYSTONE)
      .get('/v3/users/u1')
      .reply(200, { user: { id: 'u1', name: 'alice' } })
      .get('/v3/users/u1/groups')
      .reply(200, { groups: [{ id: 'g1', name: 'devs', domain_id: 'default', description: 'd' }] });
    const res = await runCli(['group', 'list', '--user', 'u1', '--long', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual([{ ID: 'g1', Name: 'devs', 'Domain ID': 'default', Description: 'd' }]);
  });
});

describe('compute and volume services, server groups, extensions, network agents', () => {
  useNock();

  it('compute service list --long has upstream\'s columns', async () => {
    mockAuth();
    nock(NOVA)
      .get('/v2.1/os-services')
      .query({ binary: 'nova-compute' })
      .reply(200, {
        services: [
          { id: 'c1', binary: 'nova-compute', host: 'h1', zone: 'nova', status: 'enabled', state: 'up', updated_at: '2026-12-07T00:00:00.000000', disabled_reason: null, forced_down: false },
        ],
      });
    const res = await runCli(['compute', 'service', 'list', '--service', 'nova-compute', '--long', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([
      { ID: 'c1', Binary: 'nova-compute', Host: 'h1', Zone: 'nova', Status: 'enabled', State: 'up', 'Updated At': '2026-12-07T00:00:00.000000', 'Disabled Reason': null, 'Forced Down': false },
    ]);
  });

  it('compute service set --disable --disable-reason PUTs the service found by host and binary', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .get('/v2.1/os-services')
      .query({ host: 'h1', binary: 'nova-compute' })
      .reply(200, { services: [{ id: 'c1', binary: 'nova-compute', host: 'h1' }] })
      .put('/v2.1/os-services/c1', { status: 'disabled', disabled_reason: 'maintenance' })
      .reply(200, { service: { id: 'c1', status: 'disabled' } });
    const res = await runCli(['compute', 'service', 'set', 'h1', 'nova-compute', '--disable', '--disable-reason', 'maintenance'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    nova.done();
  });

  it('compute service set --disable-reason without --disable fails as upstream (exit 1)', async () => {
    const res = await runCli(['compute', 'service', 'set', 'h1', 'nova-compute', '--disable-reason', 'x'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain('Cannot specify option --disable-reason without --disable specified.');
  });

  it('volume service list', async () => {
    mockAuth();
    nock(CINDER)
      .get('/')
      .reply(200, CINDER_VERSIONS)
      .get('/v3/p1/os-services')
      .reply(200, { services: [{ binary: 'cinder-volume', host: 'h1@lvm', zone: 'nova', status: 'enabled', state: 'up', updated_at: 't', disabled_reason: null }] });
    const res = await runCli(['volume', 'service', 'list', '-f', 'value'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('cinder-volume h1@lvm nova enabled up t\n');
  });

  it('server group create at 2.64+ sends policy and rules and shows members and rules formatted', async () => {
    mockAuth();
    const group = { id: 'sg1', name: 'web', policy: 'anti-affinity', rules: { max_server_per_host: 2 }, members: [], project_id: 'p1', user_id: 'u1' };
    const nova = nock(NOVA)
      .post('/v2.1/os-server-groups', { server_group: { name: 'web', policy: 'anti-affinity', rules: { max_server_per_host: 2 } } })
      .reply(200, { server_group: group });
    const res = await runCli(['server', 'group', 'create', 'web', '--policy', 'anti-affinity', '--rule', 'max_server_per_host=2', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual(group);
    nova.done();
    mockAuth();
    nock(NOVA).get('/v2.1/os-server-groups/sg1').reply(200, { server_group: group });
    const table = await runCli(['server', 'group', 'show', 'sg1', '-f', 'value', '-c', 'rules'], PASSWORD_ENV);
    expect(table.stdout).toBe("{'max_server_per_host': 2}\n");
  });

  it('server group list shows Policies before 2.64, Policy from it (a field the API left out is \'\' as in osc-lib)', async () => {
    mockAuth('2.60');
    nock(NOVA).get('/v2.1/os-server-groups').reply(200, { server_groups: [{ id: 'sg1', name: 'web', policies: ['affinity'], members: [] }] });
    let res = await runCli(['server', 'group', 'list', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual([{ ID: 'sg1', Name: 'web', Policies: ['affinity'] }]);
    mockAuth();
    nock(NOVA).get('/v2.1/os-server-groups').reply(200, { server_groups: [{ id: 'sg1', name: 'web', policy: 'affinity', members: ['s1'] }] });
    res = await runCli(['server', 'group', 'list', '-f', 'json', '--long'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual([{ ID: 'sg1', Name: 'web', Policy: 'affinity', Members: ['s1'], 'Project Id': '', 'User Id': '' }]);
  });

  it('extension list lists compute, volume and network extensions', async () => {
    mockAuth();
    const ext = (alias: string) => ({ name: alias.toUpperCase(), alias, description: `${alias} ext`, updated: 't', links: [] });
    nock(NOVA).get('/v2.1/extensions').reply(200, { extensions: [ext('os-services')] });
    nock(CINDER).get('/').reply(200, CINDER_VERSIONS).get('/v3/p1/extensions').reply(200, { extensions: [ext('os-types')] });
    nock(NEUTRON).get('/v2.0/extensions').reply(200, { extensions: [ext('router')] });
    const res = await runCli(['extension', 'list', '-f', 'value', '-c', 'Alias'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('os-services\nos-types\nrouter\n');
  });

  it('network agent show formats alive and admin_state_up; set --disable PUTs admin_state_up', async () => {
    mockAuth();
    const agent = { id: 'a1', agent_type: 'Linux bridge agent', host: 'h1', alive: true, admin_state_up: true, configurations: { x: 1 } };
    nock(NEUTRON).get('/v2.0/agents/a1').reply(200, { agent });
    const res = await runCli(['network', 'agent', 'show', 'a1', '-c', 'alive', '-c', 'admin_state_up', '-f', 'table'], PASSWORD_ENV);
    expect(res.stdout).toContain('| admin_state_up | UP    |');
    expect(res.stdout).toContain('| alive          | :-)   |');
    mockAuth();
    const neutron = nock(NEUTRON).get('/v2.0/agents/a1').reply(200, { agent }).put('/v2.0/agents/a1', { agent: { admin_state_up: false } }).reply(200, { agent });
    expect((await runCli(['network', 'agent', 'set', 'a1', '--disable'], PASSWORD_ENV)).exitCode).toBe(0);
    neutron.done();
  });
});

describe('server migration list and hypervisor stats (Nova APIs oscloud does not serve)', () => {
  useNock();
  const MIGRATION = {
    id: 7, uuid: 'm-7', source_node: 'n1', dest_node: 'n2', source_compute: 'c1', dest_compute: 'c2', dest_host: '10.0.0.2', status: 'running',
    instance_uuid: 's-1', old_instance_type_id: 1, new_instance_type_id: 1, created_at: 't1', updated_at: 't2', migration_type: 'live-migration',
  };

  it('server migration list --type cold-migration sends migration_type=migration; columns follow the microversion', async () => {
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/os-migrations').query({ migration_type: 'migration' }).reply(200, { migrations: [MIGRATION] });
    const res = await runCli(['server', 'migration', 'list', '--type', 'cold-migration', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    const [row] = JSON.parse(res.stdout);
    expect(Object.keys(row)).toEqual([
      'Id', 'UUID', 'Source Node', 'Dest Node', 'Source Compute', 'Dest Compute', 'Dest Host', 'Status', 'Server UUID', 'Old Flavor', 'New Flavor', 'Type', 'Created At', 'Updated At',
    ]);
    expect(row).toMatchObject({ Id: 7, UUID: 'm-7', Type: 'live-migration' });
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/os-migrations').reply(200, { migrations: [MIGRATION] });
    const old = await runCli(['server', 'migration', 'list', '--os-compute-api-version', '2.1', '-f', 'json'], PASSWORD_ENV);
    expect(old.stderr).toBe('');
    expect(Object.keys(JSON.parse(old.stdout)[0])).not.toContain('Id');
  });

  it('server migration abort by UUID finds the migration in the server list and deletes it by ID; show by ID', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .get('/v2.1/servers/s-1')
      .reply(200, { server: { id: 's-1', name: 'web' } })
      .get('/v2.1/servers/s-1/migrations')
      .reply(200, { migrations: [{ ...MIGRATION, server_uuid: 's-1' }] })
      .delete('/v2.1/servers/s-1/migrations/7')
      .reply(202);
    const res = await runCli(['server', 'migration', 'abort', 's-1', 'm-7'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    nova.done();
    mockAuth();
    nock(NOVA)
      .get('/v2.1/servers/s-1')
      .reply(200, { server: { id: 's-1', name: 'web' } })
      .get('/v2.1/servers/s-1/migrations/7')
      .reply(200, { migration: { ...MIGRATION, server_uuid: 's-1', memory_total_bytes: 10 } });
    const shown = await runCli(['server', 'migration', 'show', 's-1', '7', '-f', 'json'], PASSWORD_ENV);
    expect(shown.stderr).toBe('');
    expect(JSON.parse(shown.stdout)).toMatchObject({ ID: 7, 'Server UUID': 's-1', 'Memory Total Bytes': 10, UUID: 'm-7' });
  });

  it('hypervisor stats show shows GET /os-hypervisors/statistics', async () => {
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/os-hypervisors/statistics').reply(200, { hypervisor_statistics: { count: 1, vcpus: 4, memory_mb: 2048 } });
    const res = await runCli(['hypervisor', 'stats', 'show', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ count: 1, vcpus: 4, memory_mb: 2048 });
  });
});

describe('aggregate commands (Nova os-aggregates; requests as upstream sends them)', () => {
  useNock();
  const AGG = { id: 3, name: 'fast', availability_zone: 'az1', hosts: ['h2', 'h1'], metadata: { availability_zone: 'az1', ssd: 'true' }, uuid: 'u-3', deleted: false, created_at: 't' };

  it('aggregate create --property creates, then sets the metadata; show leaves availability_zone out of properties', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .post('/v2.1/os-aggregates', { aggregate: { name: 'fast', availability_zone: 'az1' } })
      .reply(200, { aggregate: { ...AGG, hosts: [], metadata: { availability_zone: 'az1' } } })
      .post('/v2.1/os-aggregates/3/action', { set_metadata: { metadata: { ssd: 'true' } } })
      .reply(200, { aggregate: AGG });
    const res = await runCli(['aggregate', 'create', 'fast', '--zone', 'az1', '--property', 'ssd=true', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toMatchObject({ id: 3, name: 'fast', availability_zone: 'az1', hosts: ['h2', 'h1'], properties: { ssd: 'true' }, is_deleted: false });
    nova.done();
    mockAuth();
    nock(NOVA).get('/v2.1/os-aggregates/fast').reply(404, notFound).get('/v2.1/os-aggregates').reply(200, { aggregates: [AGG] });
    const table = await runCli(['aggregate', 'show', 'fast', '-f', 'value', '-c', 'properties', '-c', 'hosts'], PASSWORD_ENV);
    expect(table.stdout).toBe("['h2', 'h1']\n{'ssd': 'true'}\n");
  });

  it('aggregate set --no-property clears all but availability_zone; add host sends add_host', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .get('/v2.1/os-aggregates/3')
      .reply(200, { aggregate: AGG })
      .put('/v2.1/os-aggregates/3', { aggregate: { name: 'faster' } })
      .reply(200, { aggregate: AGG })
      .post('/v2.1/os-aggregates/3/action', { set_metadata: { metadata: { ssd: null, gpu: 'yes' } } })
      .reply(200, { aggregate: AGG });
    const res = await runCli(['aggregate', 'set', '3', '--name', 'faster', '--no-property', '--property', 'gpu=yes'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    nova.done();
    mockAuth();
    const add = nock(NOVA).get('/v2.1/os-aggregates/3').reply(200, { aggregate: AGG }).post('/v2.1/os-aggregates/3/action', { add_host: { host: 'h3' } }).reply(200, { aggregate: AGG });
    expect((await runCli(['aggregate', 'add', 'host', '3', 'h3'], PASSWORD_ENV)).exitCode).toBe(0);
    add.done();
  });
});

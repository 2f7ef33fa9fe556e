import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const GLANCE = 'https://cloud.test:9292';
const KEYSTONE = 'https://cloud.test:5000';
const NOVA = 'https://cloud.test:8774';
const CINDER = 'https://cloud.test:8776';
const NEUTRON = 'https://cloud.test:9696';
const CINDER_VERSIONS = { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] };
const IMAGE = { id: 'i1', name: 'cirros', tags: [] };
const MEMBER = { image_id: 'i1', member_id: 'p2', status: 'pending', created_at: 't', updated_at: 't', schema: '/v2/schemas/member' };

describe('image members', () => {
  useNock();

  it('image add project shares the image and prints the membership', async () => {
    mockAuth();
    const calls = nock(GLANCE).get('/v2/images/i1').reply(200, IMAGE).post('/v2/images/i1/members', { member: 'p2' }).reply(200, MEMBER);
    nock(KEYSTONE).get('/v3/projects/p2').reply(200, { project: { id: 'p2', name: 'other' } });
    const res = await runCli(['image', 'add', 'project', 'i1', 'p2', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual(MEMBER);
    calls.done();
  });

  it('image member list has Image ID, Member ID, Status', async () => {
    mockAuth();
    nock(GLANCE).get('/v2/images/i1').reply(200, IMAGE).get('/v2/images/i1/members').reply(200, { members: [MEMBER], schema: '/v2/schemas/members' });
    const res = await runCli(['image', 'member', 'list', 'i1', '-f', 'csv'], PASSWORD_ENV);
    expect(res.stdout).toBe('"Image ID","Member ID","Status"\n"i1","p2","pending"\n');
  });

  it('image remove project deletes the membership', async () => {
    mockAuth();
    const calls = nock(GLANCE).get('/v2/images/i1').reply(200, IMAGE).delete('/v2/images/i1/members/p2').reply(204);
    nock(KEYSTONE).get('/v3/projects/p2').reply(200, { project: { id: 'p2', name: 'other' } });
    expect((await runCli(['image', 'remove', 'project', 'i1', 'p2'], PASSWORD_ENV)).exitCode).toBe(0);
    calls.done();
  });

  it('image set --accept answers for the current project', async () => {
    mockAuth();
    const calls = nock(GLANCE).get('/v2/images/i1').reply(200, IMAGE).put('/v2/images/i1/members/p1', { status: 'accepted' }).reply(200, { ...MEMBER, member_id: 'p1', status: 'accepted' });
    const res = await runCli(['image', 'set', 'i1', '--accept'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    calls.done();
  });

  it('image set --accept --reject is a usage error', async () => {
    const res = await runCli(['image', 'set', 'i1', '--accept', '--reject'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
  });
});

describe('volume types and quota set', () => {
  useNock();

  it('volume type create shows extra_specs as properties (a dict column)', async () => {
    mockAuth();
    const calls = nock(CINDER)
      .get('/')
      .reply(200, CINDER_VERSIONS)
      .post('/v3/p1/types', { volume_type: { name: 'fast', 'os-volume-type-access:is_public': false, extra_specs: { tier: 'ssd' } } })
      .reply(200, { volume_type: { id: 't1', name: 'fast', description: null, is_public: false, extra_specs: { tier: 'ssd' } } });
    const res = await runCli(['volume', 'type', 'create', 'fast', '--private', '--property', 'tier=ssd', '-f', 'value', '-c', 'properties', '-c', 'name'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe("fast\n{'tier': 'ssd'}\n");
    calls.done();
  });

  it('volume type create --encryption-* gives the new type an encryption spec and shows it', async () => {
    mockAuth();
    const calls = nock(CINDER)
      .get('/')
      .reply(200, CINDER_VERSIONS)
      .post('/v3/p1/types', { volume_type: { name: 'enc' } })
      .reply(200, { volume_type: { id: 't2', name: 'enc', description: null, is_public: true, extra_specs: {} } })
      .post('/v3/p1/types/t2/encryption', { encryption: { provider: 'luks', control_location: 'front-end', key_size: 256 } })
      .reply(200, { encryption: { volume_type_id: 't2', encryption_id: 'e1', provider: 'luks', control_location: 'front-end', key_size: 256, cipher: null } });
    const res = await runCli(['volume', 'type', 'create', 'enc', '--encryption-provider', 'luks', '--encryption-key-size', '256', '-f', 'value', '-c', 'encryption'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe("{'provider': 'luks', 'control_location': 'front-end', 'key_size': 256, 'cipher': None}\n");
    calls.done();
    // Encryption options without a provider: refused before anything is created.
    const bad = await runCli(['volume', 'type', 'create', 'enc2', '--encryption-cipher', 'aes'], PASSWORD_ENV);
    expect(bad.stderr).toContain('--encryption-provider should be specified');
  });

  it('volume type set sends attributes with PUT and properties with POST extra_specs; unset deletes each key', async () => {
    mockAuth();
    const calls = nock(CINDER)
      .get('/')
      .reply(200, CINDER_VERSIONS)
      .get('/v3/p1/types/t1')
      .reply(200, { volume_type: { id: 't1', name: 'fast' } })
      .put('/v3/p1/types/t1', { volume_type: { description: 'SSD', is_public: true } })
      .reply(200, { volume_type: { id: 't1', name: 'fast' } })
      .post('/v3/p1/types/t1/extra_specs', { extra_specs: { a: '1' } })
      .reply(200, { extra_specs: { a: '1' } });
    let res = await runCli(['volume', 'type', 'set', 't1', '--description', 'SSD', '--public', '--property', 'a=1'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    calls.done();
    mockAuth();
    const unset = nock(CINDER).get('/').reply(200, CINDER_VERSIONS).get('/v3/p1/types/t1').reply(200, { volume_type: { id: 't1', name: 'fast' } }).delete('/v3/p1/types/t1/extra_specs/a').reply(202);
    res = await runCli(['volume', 'type', 'unset', 't1', '--property', 'a'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    unset.done();
  });

  it('quota set sends each service its own keys (upstream option names)', async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/projects/p2').reply(200, { project: { id: 'p2', name: 'other' } });
    const nova = nock(NOVA).put('/v2.1/os-quota-sets/p2', { quota_set: { cores: 8, key_pairs: 3 } }).reply(200, { quota_set: {} });
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, CINDER_VERSIONS)
      .put('/v3/p1/os-quota-sets/p2', { quota_set: { backup_gigabytes: 50, gigabytes_fast: 20 } })
      .reply(200, { quota_set: {} });
    const neutron = nock(NEUTRON).put('/v2.0/quotas/p2', { quota: { floatingip: 4, security_group_rule: 40 } }).reply(200, { quota: {} });
    const res = await runCli(
      [
        'quota', 'set', 'p2', '--cores', '8', '--key-pairs', '3', '--backup-gigabytes', '50', '--gigabytes', '20', '--volume-type', 'fast',
        '--floating-ips', '4', '--secgroup-rules', '40',
      ],
      PASSWORD_ENV,
    );
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    nova.done();
    cinder.done();
    neutron.done();
  });

  it('quota list --compute shows only the projects whose quotas differ from the defaults', async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/projects').reply(200, { projects: [{ id: 'p1', name: 'demo' }, { id: 'p2', name: 'other' }] });
    const defaults = { id: 'x', cores: 20, instances: 10, ram: 51200, key_pairs: 100 };
    nock(NOVA)
      .get('/v2.1/os-quota-sets/p1').reply(200, { quota_set: { ...defaults, id: 'p1' } })
      .get('/v2.1/os-quota-sets/p1/defaults').reply(200, { quota_set: defaults })
      .get('/v2.1/os-quota-sets/p2').reply(200, { quota_set: { ...defaults, id: 'p2', cores: 8 } })
      .get('/v2.1/os-quota-sets/p2/defaults').reply(200, { quota_set: defaults });
    const res = await runCli(['quota', 'list', '--compute', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    const rows = JSON.parse(res.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 'Project ID': 'p2', Cores: 8, Instances: 10, Ram: 51200, 'Key Pairs': 100, 'Fixed IPs': '' });
    expect(Object.keys(rows[0])).toEqual([
      'Project ID', 'Cores', 'Fixed IPs', 'Injected Files', 'Injected File Content Bytes', 'Injected File Path Bytes',
      'Instances', 'Key Pairs', 'Metadata Items', 'Ram', 'Server Groups', 'Server Group Members',
    ]);
  });

  it('quota list --network --detail lists the usage with Neutron\'s used as In Use; a service option is required', async () => {
    mockAuth();
    nock(NEUTRON)
      .get('/v2.0/quotas/p1/details')
      .reply(200, { quota: { network: { used: 2, limit: 100, reserved: 0 }, floatingip: { used: 1, limit: 50, reserved: 0 } } });
    const res = await runCli(['quota', 'list', '--network', '--detail', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([
      { Resource: 'networks', 'In Use': 2, Reserved: 0, Limit: 100 },
      { Resource: 'floating_ips', 'In Use': 1, Reserved: 0, Limit: 50 },
    ]);
    const none = await runCli(['quota', 'list'], PASSWORD_ENV);
    expect(none.exitCode).toBe(2);
  });

  it('quota delete --network resets only the network quotas; without a service option all three', async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/projects/p2').reply(200, { project: { id: 'p2', name: 'other' } });
    const neutron = nock(NEUTRON).delete('/v2.0/quotas/p2').reply(204);
    expect((await runCli(['quota', 'delete', 'p2', '--network'], PASSWORD_ENV)).exitCode).toBe(0);
    neutron.done();
    mockAuth();
    nock(KEYSTONE).get('/v3/projects/p2').reply(200, { project: { id: 'p2', name: 'other' } });
    const nova = nock(NOVA).delete('/v2.1/os-quota-sets/p2').reply(202);
    const cinder = nock(CINDER).get('/').reply(200, CINDER_VERSIONS).delete('/v3/p1/os-quota-sets/p2').reply(200, {});
    const all = nock(NEUTRON).delete('/v2.0/quotas/p2').reply(204);
    const res = await runCli(['quota', 'delete', 'p2'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    nova.done();
    cinder.done();
    all.done();
  });
});

import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NOVA = 'https://cloud.test:8774';
const KEYPAIR = { name: 'k1', fingerprint: 'aa:bb', type: 'ssh', public_key: 'ssh-ed25519 AAAAC3Nz k1', user_id: 'u1' };

describe('keypair, flavor and quota commands', () => {
  useNock();

  it('keypair create without --public-key prints the generated private key once, nothing else', async () => {
    mockAuth();
    nock(NOVA)
      .post('/v2.1/os-keypairs', { keypair: { name: 'k1' } })
      .reply(200, { keypair: { ...KEYPAIR, private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----\n' } });
    const res = await runCli(['keypair', 'create', 'k1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----\n');
    expect(res.stderr).toBe('');
  });

  it('keypair show --public-key prints the bare public key', async () => {
    mockAuth();
    nock(NOVA).get('/v2.1/os-keypairs/k1').reply(200, { keypair: KEYPAIR });
    const res = await runCli(['keypair', 'show', '--public-key', 'k1'], PASSWORD_ENV);
    expect(res.stdout).toBe('ssh-ed25519 AAAAC3Nz k1\n');
  });

  it('flavor create --private --project gives the project access to the new flavor', async () => {
    mockAuth();
    nock('https://cloud.test:5000').get('/v3/projects/demo').reply(200, { project: { id: 'p-demo', name: 'demo' } });
    const nova = nock(NOVA)
      .post('/v2.1/flavors', (b) => b.flavor.name === 'f.private' && b.flavor['os-flavor-access:is_public'] === false)
      .reply(200, { flavor: { id: 'fl-1', name: 'f.private', ram: 256, vcpus: 1, disk: 0 } })
      .post('/v2.1/flavors/fl-1/action', { addTenantAccess: { tenant: 'p-demo' } })
      .reply(200, { flavor_access: [{ flavor_id: 'fl-1', tenant_id: 'p-demo' }] });
    const res = await runCli(['flavor', 'create', '--private', '--project', 'demo', 'f.private', '-f', 'value', '-c', 'id'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('fl-1\n');
    nova.done();
  });

  it('flavor create --project without --private is a usage error before any request', async () => {
    const res = await runCli(['flavor', 'create', '--project', 'demo', 'f1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('--project is only allowed with --private');
  });

  it("quota show names each quota as python-openstackclient does, with the project's id and name", async () => {
    mockAuth();
    nock(NOVA)
      .get('/v2.1/os-quota-sets/p1')
      .reply(200, { quota_set: { id: 'p1', instances: 10, key_pairs: 100, metadata_items: 128, injected_file_content_bytes: 10240, injected_file_path_bytes: 255 } });
    nock('https://cloud.test:8776')
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .get('/v3/p1/os-quota-sets/p1')
      .reply(200, { quota_set: { id: 'p1', volumes: 10, backup_gigabytes: 1000, per_volume_gigabytes: -1 } });
    nock('https://cloud.test:9696')
      .get('/v2.0/quotas/p1')
      .reply(200, { quota: { floatingip: 50, rbac_policy: 10, subnetpool: -1, security_group_rule: 100 } });
    const res = await runCli(['quota', 'show', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({
      'backup-gigabytes': 1000,
      'floating-ips': 50,
      'injected-file-size': 10240,
      'injected-path-size': 255,
      instances: 10,
      'key-pairs': 100,
      'per-volume-gigabytes': -1,
      project: 'p1',
      project_name: 'demo',
      properties: 128,
      rbac_policies: 10,
      'secgroup-rules': 100,
      subnet_pools: -1,
      volumes: 10,
    });
  });

  it("flavor show prints the extra specs as properties and who may use a private flavor, as python-openstackclient does", async () => {
    mockAuth();
    const flavor = { id: 'fl-1', name: 'f.private', ram: 256, vcpus: 1, disk: 0, swap: '', 'OS-FLV-EXT-DATA:ephemeral': 0, 'OS-FLV-DISABLED:disabled': false, 'os-flavor-access:is_public': false, rxtx_factor: 1, description: null, extra_specs: { 'hw:cpu_policy': 'dedicated', 'hw:mem_page_size': 'large' }, links: [{ rel: 'self', href: 'x' }] };
    nock(NOVA)
      .get('/v2.1/flavors/fl-1')
      .times(2)
      .reply(200, { flavor })
      .get('/v2.1/flavors/fl-1/os-flavor-access')
      .times(2)
      .reply(200, { flavor_access: [{ flavor_id: 'fl-1', tenant_id: 'p-demo' }] });
    const json = await runCli(['flavor', 'show', 'fl-1', '-f', 'json'], PASSWORD_ENV);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({
      'OS-FLV-DISABLED:disabled': false,
      'OS-FLV-EXT-DATA:ephemeral': 0,
      access_project_ids: ['p-demo'],
      description: null,
      disk: 0,
      id: 'fl-1',
      name: 'f.private',
      'os-flavor-access:is_public': false,
      properties: { 'hw:cpu_policy': 'dedicated', 'hw:mem_page_size': 'large' },
      ram: 256,
      rxtx_factor: 1,
      swap: '',
      vcpus: 1,
    });
    mockAuth();
    const table = await runCli(['flavor', 'show', 'fl-1'], PASSWORD_ENV);
    expect(table.stdout).toContain("| properties                 | hw:cpu_policy='dedicated', hw:mem_page_size='large' |");
    expect(table.stdout).toContain('| OS-FLV-DISABLED:disabled   | False ');
    expect(table.stdout).toContain('| description                | None ');
  });

  it('quota show --usage lists Resource | Limit | In Use | Reserved across services', async () => {
    mockAuth();
    nock(NOVA)
      .get('/v2.1/os-quota-sets/p1/detail')
      .reply(200, { quota_set: { id: 'p1', instances: { limit: 10, in_use: 2, reserved: 0 }, key_pairs: { limit: 100, in_use: 1, reserved: 0 } } });
    nock('https://cloud.test:8776')
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .get('/v3/p1/os-quota-sets/p1')
      .query({ usage: 'true' })
      .reply(200, { quota_set: { id: 'p1', volumes: { limit: 10, in_use: 3, reserved: 0, allocated: 0 } } });
    nock('https://cloud.test:9696')
      .get('/v2.0/quotas/p1/details')
      .reply(200, { quota: { floatingip: { limit: 50, used: 1, reserved: 0 } } });
    const res = await runCli(['quota', 'show', '--usage', '-f', 'value'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('instances 10 2 0\nkey-pairs 100 1 0\nvolumes 10 3 0\nfloating-ips 50 1 0\n');
  });
});

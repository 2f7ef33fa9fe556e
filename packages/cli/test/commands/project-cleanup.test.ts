import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NEUTRON = 'https://cloud.test:9696';
const NOVA = 'https://cloud.test:8774';
const SKIP_STORAGE = ['--skip-resource', 'block_storage.backup', '--skip-resource', 'block_storage.snapshot', '--skip-resource', 'block_storage.volume', '--skip-resource', 'image.image'];

describe('project cleanup', () => {
  useNock();

  it('--dry-run lists the project\'s own resources (not shared networks, DHCP ports or the default group) and deletes nothing', async () => {
    mockAuth();
    nock(NOVA).get('/v2.1/servers/detail').reply(200, { servers: [{ id: 's-1', name: 'web' }] });
    nock(NEUTRON)
      .get('/v2.0/floatingips').query({ project_id: 'p1' }).reply(200, { floatingips: [{ id: 'f-1', floating_ip_address: '172.24.4.9', project_id: 'p1' }] })
      .get('/v2.0/routers').query({ project_id: 'p1' }).reply(200, { routers: [] })
      .get('/v2.0/ports').query({ project_id: 'p1' }).reply(200, { ports: [{ id: 'po-1', name: '', device_owner: '', project_id: 'p1' }, { id: 'po-2', device_owner: 'network:dhcp', project_id: 'p1' }] })
      .get('/v2.0/subnets').query({ project_id: 'p1' }).reply(200, { subnets: [{ id: 'sn-1', name: 'sub', project_id: 'p1', created_at: '2026-01-01T00:00:00Z' }] })
      .get('/v2.0/networks').query({ project_id: 'p1' }).reply(200, { networks: [{ id: 'n-1', name: 'net', project_id: 'p1' }, { id: 'n-ext', name: 'public', project_id: 'admin' }] })
      .get('/v2.0/security-groups').query({ project_id: 'p1' }).reply(200, { security_groups: [{ id: 'g-1', name: 'default', project_id: 'p1' }, { id: 'g-2', name: 'web', project_id: 'p1' }] });
    const res = await runCli(['project', 'cleanup', '--auth-project', '--dry-run', ...SKIP_STORAGE, '-f', 'csv'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe('"Type","ID","Name"\n"Server","s-1","web"\n"FloatingIP","f-1",""\n"Port","po-1",""\n"Subnet","sn-1","sub"\n"Network","n-1","net"\n"SecurityGroup","g-2","web"\n');
    expect(res.stderr).toContain('Searching resources...');
  });

  it('--auto-approve deletes in dependency order after listing; --created-before filters; without a terminal it refuses to ask', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/subnets').query({ project_id: 'p1' }).reply(200, { subnets: [{ id: 'sn-1', name: 'sub', project_id: 'p1', created_at: '2026-01-01T00:00:00Z' }, { id: 'sn-new', project_id: 'p1', created_at: '2026-12-01T00:00:00Z' }] })
      .get('/v2.0/networks').query({ project_id: 'p1' }).reply(200, { networks: [{ id: 'n-1', name: 'net', project_id: 'p1', created_at: '2026-01-01T00:00:00Z' }] })
      .delete('/v2.0/subnets/sn-1').reply(204)
      .delete('/v2.0/networks/n-1').reply(204);
    const only = ['compute.server', 'network.floating_ip', 'network.router', 'network.port', 'network.security_group'].flatMap((k) => ['--skip-resource', k]);
    const res = await runCli(['project', 'cleanup', '--auth-project', '--auto-approve', '--created-before', '2026-06-01T00:00:00', ...SKIP_STORAGE, ...only, '-f', 'value'], PASSWORD_ENV);
    expect(res.stderr).toContain('Deleting resources');
    expect(res.stdout).toBe('Subnet sn-1 sub\nNetwork n-1 net\n');
    expect(res.exitCode).toBe(0);
    neutron.done();
    mockAuth();
    nock(NEUTRON).get('/v2.0/networks').query({ project_id: 'p1' }).reply(200, { networks: [{ id: 'n-1', name: 'net', project_id: 'p1' }] });
    const skipAll = ['compute.server', 'network.floating_ip', 'network.router', 'network.port', 'network.subnet', 'network.security_group'].flatMap((k) => ['--skip-resource', k]);
    const refused = await runCli(['project', 'cleanup', '--auth-project', ...SKIP_STORAGE, ...skipAll], PASSWORD_ENV);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('pass --auto-approve');
    const none = await runCli(['project', 'cleanup', '--dry-run'], PASSWORD_ENV);
    expect(none.exitCode).toBe(2);
  });
});

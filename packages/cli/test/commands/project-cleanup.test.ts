import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { passesFilters } from '../../src/views/project-cleanup.js';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NOVA = 'https://cloud.test:8774';
const CINDER = 'https://cloud.test:8776';
const NEUTRON = 'https://cloud.test:9696';
const GLANCE = 'https://cloud.test:9292';
const OLD = '2026-01-01T00:00:00Z';

/** One project's resources: a server, a volume, a floating IP, a router with an interface, a user port, a network, security groups and an image. */
function mockLists(): void {
  nock(NOVA)
    .get('/v2.1/servers/detail')
    .reply(200, { servers: [{ id: 'srv-1', name: 'web', created: OLD, created_at: OLD }] });
  nock(CINDER)
    .get('/')
    .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
    .get('/v3/p1/backups/detail')
    .reply(200, { backups: [] })
    .get('/v3/p1/snapshots/detail')
    .reply(200, { snapshots: [] })
    .get('/v3/p1/volumes/detail')
    .reply(200, { volumes: [{ id: 'vol-1', name: 'data', created_at: '2026-01-01T00:00:00.000000' }] });
  nock(NEUTRON)
    .get('/v2.0/floatingips')
    .query({ project_id: 'p1' })
    .reply(200, { floatingips: [{ id: 'fip-1', floating_ip_address: '203.0.113.5', created_at: OLD }] })
    .get('/v2.0/ports')
    .query({ project_id: 'p1' })
    .reply(200, {
      ports: [
        { id: 'rif-1', device_id: 'r-1', device_owner: 'network:router_interface', created_at: OLD },
        { id: 'dhcp-1', device_id: 'dhcp', device_owner: 'network:dhcp', created_at: OLD },
        { id: 'port-1', name: 'mine', device_id: '', device_owner: '', created_at: OLD },
      ],
    })
    .get('/v2.0/routers')
    .query({ project_id: 'p1' })
    .reply(200, { routers: [{ id: 'r-1', name: 'gw', created_at: OLD }] })
    .get('/v2.0/networks')
    .query({ project_id: 'p1' })
    .reply(200, { networks: [{ id: 'net-1', name: 'private', project_id: 'p1', created_at: OLD }] })
    .get('/v2.0/security-groups')
    .query({ project_id: 'p1' })
    .reply(200, {
      security_groups: [
        { id: 'sg-0', name: 'default', created_at: OLD },
        { id: 'sg-1', name: 'web', created_at: '2026-12-07T00:00:00Z' },
      ],
    });
  nock(GLANCE)
    .get('/v2/images')
    .query(true)
    .reply(200, { images: [{ id: 'img-1', name: 'snap', owner: 'p1', created_at: OLD }] });
}

describe('project cleanup (openstacksdk project_cleanup: dry-run listing, then deletion in dependency order)', () => {
  useNock();

  it('--dry-run lists the project\'s resources (no default security group, no network-owned ports) and deletes nothing', async () => {
    mockAuth();
    mockLists();
    const res = await runCli(['project', 'cleanup', '--auth-project', '--dry-run'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    const rows = res.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Type'));
    expect(rows.map((l) => l.split('|')[1]?.trim())).toEqual(['Server', 'Volume', 'FloatingIP', 'Router', 'Port', 'Network', 'SecurityGroup', 'Image']);
    expect(res.stdout).toContain('203.0.113.5');
  });

  it('--auto-approve deletes servers (waiting until gone) before volumes, router interfaces before routers, and skips what --skip-resource names', async () => {
    mockAuth();
    mockLists();
    const calls: string[] = [];
    const log = (name: string, status = 204) => () => (calls.push(name), [status, '']) as [number, string];
    nock(NOVA).delete('/v2.1/servers/srv-1').reply(log('delete server')).get('/v2.1/servers/srv-1').reply(404, { itemNotFound: { code: 404, message: 'gone' } });
    nock(CINDER).delete('/v3/p1/volumes/vol-1').reply(log('delete volume', 202)).get('/v3/p1/volumes/vol-1').reply(404, { itemNotFound: { code: 404, message: 'gone' } });
    nock(NEUTRON)
      .delete('/v2.0/floatingips/fip-1')
      .reply(log('delete floating ip'))
      .put('/v2.0/routers/r-1/remove_router_interface', { port_id: 'rif-1' })
      .reply(() => (calls.push('remove interface'), [200, { id: 'r-1', port_id: 'rif-1' }]))
      .delete('/v2.0/routers/r-1')
      .reply(log('delete router'))
      .delete('/v2.0/ports/port-1')
      .reply(log('delete port'))
      .delete('/v2.0/networks/net-1')
      .reply(log('delete network'))
      .delete('/v2.0/security-groups/sg-1')
      .reply(log('delete security group'));
    const res = await runCli(['project', 'cleanup', '--auth-project', '--auto-approve', '--skip-resource', 'image.image'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(calls).toEqual(['delete server', 'delete volume', 'delete floating ip', 'remove interface', 'delete router', 'delete port', 'delete network', 'delete security group']);
    expect(res.stdout).not.toContain('Image');
  });

  it('--created-before keeps newer resources (and resources without the time) out', () => {
    expect(passesFilters({ created_at: '2026-01-01T00:00:00.000000' }, { created_at: '2026-06-01T00:00:00' })).toBe(true);
    expect(passesFilters({ created_at: '2026-12-07T00:00:00Z' }, { created_at: '2026-06-01T00:00:00' })).toBe(false);
    expect(passesFilters({}, { created_at: '2026-06-01T00:00:00' })).toBe(false);
    expect(passesFilters({}, {})).toBe(true);
  });

  it('needs --auth-project or --project', async () => {
    const res = await runCli(['project', 'cleanup', '--dry-run'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
  });
});

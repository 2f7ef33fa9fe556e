import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NOVA = 'https://cloud.test:8774';
const su = (id: string, tenant: string) => ({ instance_id: id, tenant_id: tenant, hours: 2, name: id, flavor: 'm1.tiny', vcpus: 1, memory_mb: 512, local_gb: 1, started_at: '2026-01-01T00:00:00', ended_at: null, state: 'active', uptime: 7200 });
const tu = (tenant: string, servers: object[], hours: number) => ({
  tenant_id: tenant, start: '2026-01-01T00:00:00', stop: '2026-01-02T00:00:00', total_hours: hours, total_vcpus_usage: hours, total_memory_mb_usage: 512 * hours + 0.004, total_local_gb_usage: hours / 3, server_usages: servers,
});

describe('usage list and usage show', () => {
  useNock();

  it('usage list prints the period line and one row per project, names resolved, hours as python-openstackclient rounds them', async () => {
    mockAuth();
    nock(NOVA)
      .get('/v2.1/os-simple-tenant-usage')
      .query({ start: '2026-01-01T00:00:00.000000', end: '2026-01-03T00:00:00.000000', detailed: '1' })
      .reply(200, { tenant_usages: [tu('p1', [su('s1', 'p1'), su('s2', 'p1')], 4), tu('p9', [su('s3', 'p9')], 2)] });
    nock('https://cloud.test:5000').get('/v3/projects').reply(200, { projects: [{ id: 'p1', name: 'demo', domain_id: 'default', enabled: true }], links: { next: null } });
    const res = await runCli(['usage', 'list', '--start', '2026-01-01', '--end', '2026-01-03'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe(
      [
        'Usage from 2026-01-01 to 2026-01-03: ',
        '+---------+---------+--------------+-----------+---------------+',
        '| Project | Servers | RAM MB-Hours | CPU Hours | Disk GB-Hours |',
        '+---------+---------+--------------+-----------+---------------+',
        '| demo    | 2       | 2048.0       | 4.0       | 1.33          |',
        '| p9      | 1       | 1024.0       | 2.0       | 0.67          |',
        '+---------+---------+--------------+-----------+---------------+',
        '',
      ].join('\n'),
    );
  });

  it('usage list -f json keeps the data (the servers, unrounded hours) and prints no period line', async () => {
    mockAuth();
    nock(NOVA).get('/v2.1/os-simple-tenant-usage').query(true).reply(200, { tenant_usages: [tu('p1', [su('s1', 'p1')], 2)] });
    nock('https://cloud.test:5000').get('/v3/projects').reply(403, { error: { code: 403, message: 'forbidden', title: 'Forbidden' } });
    const res = await runCli(['usage', 'list', '-f', 'json'], PASSWORD_ENV);
    const rows = JSON.parse(res.stdout);
    expect(rows).toEqual([{ Project: 'p1', Servers: [su('s1', 'p1')], 'RAM MB-Hours': 1024.004, 'CPU Hours': 2, 'Disk GB-Hours': 2 / 3 }]);
  });

  it("usage show defaults to the token's project, and shows zeros for a project without servers", async () => {
    mockAuth();
    nock(NOVA)
      .get('/v2.1/os-simple-tenant-usage/p1')
      .query({ start: '2026-01-01T00:00:00.000000', end: '2026-01-02T00:00:00.000000' })
      .reply(200, { tenant_usage: tu('p1', [su('s1', 'p1')], 2) });
    const res = await runCli(['usage', 'show', '--start', '2026-01-01', '--end', '2026-01-02'], PASSWORD_ENV);
    expect(res.stdout).toContain('Usage from 2026-01-01 to 2026-01-02 on project p1: \n');
    for (const line of ['| CPU Hours     | 2.0    |', '| Disk GB-Hours | 0.67   |', '| Project       | p1     |', '| RAM MB-Hours  | 1024.0 |', '| Servers       | 1      |']) expect(res.stdout).toContain(line);
    mockAuth();
    nock(NOVA).get('/v2.1/os-simple-tenant-usage/p1').query(true).reply(200, { tenant_usage: {} });
    const none = await runCli(['usage', 'show', '--start', '2026-01-01'], PASSWORD_ENV);
    expect(none.stdout).toMatch(/^Usage from 2026-01-01 to \d{4}-\d{2}-\d{2} on project p1: \n/);
    expect(none.stdout).toContain('| Servers       | 0     |');
  });

  it('a date not in %Y-%m-%d is a usage error before any request', async () => {
    const res = await runCli(['usage', 'list', '--start', '2026-1-2'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain("time data '2026-1-2' does not match format '%Y-%m-%d'");
  });
});

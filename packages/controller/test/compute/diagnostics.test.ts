/**
 * Server diagnostics (admin): the 2.48 standard view built from the controller's knowledge
 * (flavor, ports, volumes, power state; unreported counters null), the pre-2.48 dict, the 403 for
 * a member and the 409 for a server that is not running.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardDiagnostics } from '../../src/compute/diagnostics.js';
import type { InstanceRow } from '../../src/compute/views.js';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('server diagnostics on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let host: FakeAgent;
  let server: string;

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    const flavor = await createFlavor(c, { name: 'm1.diag', vcpus: 2, ram: 512, disk: 1 });
    const image = await createImage(c);
    host = await FakeAgent.start(c, 'diag-host', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'd', flavorRef: flavor, imageRef: image, networks: 'none' } } });
    server = r.body.server.id as string;
    await host.run();
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const diag = (version: string, token = c.adminToken) => call(c, 'GET', `/v2.1/servers/${server}/diagnostics`, 'showServerDiagnostics', { token, headers: { 'OpenStack-API-Version': `compute ${version}` } });

  it('answers the standard view from 2.48 and the free-form dict before', async () => {
    const r = await diag('2.48');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'running', driver: 'libvirt', hypervisor: 'fake', hypervisor_os: 'linux', num_cpus: 2, num_nics: 0, num_disks: 1, memory_details: { maximum: 512, used: null }, config_drive: false });
    expect(r.body.cpu_details).toEqual([{ id: 0, time: null, utilisation: null }, { id: 1, time: null, utilisation: null }]);
    expect(r.body.nic_details).toEqual([]);
    expect(r.body.disk_details).toEqual([{ read_bytes: null, read_requests: null, write_bytes: null, write_requests: null, errors_count: null }]);
    expect(r.body.uptime).toBeGreaterThanOrEqual(0);
    const old = await diag('2.47');
    expect(old.status).toBe(200);
    expect(old.body).toEqual({ memory: 512 * 1024 });
  });

  it('is admin only (403) and needs a running server (409); an unknown server is 404', async () => {
    expect((await diag('2.48', member.token)).status).toBe(403);
    expect((await call(c, 'GET', `/v2.1/servers/${randomUUID()}/diagnostics`, 'showServerDiagnostics', { token: c.adminToken })).status).toBe(404);
    await call(c, 'POST', `/v2.1/servers/${server}/action`, 'serverAction', { token: member.token, body: { 'os-stop': null } });
    await host.run();
    const r = await diag('2.48');
    expect(r.status).toBe(409);
    expect(r.body.conflictingRequest.message).toContain('shutdown');
  });

  it('derives uptime from the launch time, a NIC per port and counts volumes as disks', () => {
    const row = { power_state: 3, launched_at: '2026-01-01T00:00:00.000Z', config_drive: 'True', vcpus: 1, memory_mb: 64, image_ref: '' } as InstanceRow;
    const d = standardDiagnostics(row, { macs: ['fa:16:3e:00:00:01'], disks: 2, hypervisor: 'kvm' }, new Date('2026-01-01T00:01:40.000Z'));
    expect(d).toMatchObject({ state: 'paused', uptime: 100, config_drive: true, num_disks: 2, num_nics: 1, hypervisor: 'kvm' });
    expect(d.nic_details).toEqual([expect.objectContaining({ mac_address: 'fa:16:3e:00:00:01', rx_octets: null, tx_packets: null })]);
    expect(d.disk_details).toHaveLength(2);
  });
});

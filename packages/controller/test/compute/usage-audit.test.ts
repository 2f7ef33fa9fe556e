/**
 * os-instance_usage_audit_log (admin): the last completed month before a time, every compute
 * host not run (no usage audit task here), Nova's 400 for a bad timestamp and 403 for a member.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCompletedMonth, parseBefore } from '../../src/compute/usage-audit.js';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('instance usage audit log on %s', (backend) => {
  let c: TestController;
  let member: { token: string };

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    await FakeAgent.start(c, 'audit-b', { vcpus: 1, memory_mb: 512, local_gb: 10 });
    await FakeAgent.start(c, 'audit-a', { vcpus: 1, memory_mb: 512, local_gb: 10 });
  }, 120000);
  afterAll(async () => {
    await c?.close();
  });

  it('answers the period before a time with every host not run', async () => {
    const r = await call(c, 'GET', `/v2.1/os-instance_usage_audit_log/${encodeURIComponent('2026-03-15 10:20:30')}`, 'showInstanceUsageAuditLog', { token: c.adminToken });
    expect(r.status).toBe(200);
    expect(r.body.instance_usage_audit_log).toEqual({
      period_beginning: '2026-02-01 00:00:00', period_ending: '2026-03-01 00:00:00',
      num_hosts: 2, num_hosts_done: 0, num_hosts_running: 0, hosts_not_run: ['audit-a', 'audit-b'], num_hosts_not_run: 2,
      log: {}, total_errors: 0, total_instances: 0, overall_status: '0 of 2 hosts done. 0 errors.',
    });
    const list = await call(c, 'GET', '/v2.1/os-instance_usage_audit_log', 'listInstanceUsageAuditLogs', { token: c.adminToken });
    expect(list.body.instance_usage_audit_logs.num_hosts).toBe(2);
  });

  it('refuses a bad timestamp (400) and a member (403)', async () => {
    expect((await call(c, 'GET', '/v2.1/os-instance_usage_audit_log/invalid_time', 'showInstanceUsageAuditLog', { token: c.adminToken })).status).toBe(400);
    expect((await call(c, 'GET', '/v2.1/os-instance_usage_audit_log', 'listInstanceUsageAuditLogs', { token: member.token })).status).toBe(403);
    expect(() => parseBefore('2026-02-30 00:00:00')).toThrow();
    expect(parseBefore('2026-01-31 23:59:59.123456').toISOString()).toBe('2026-01-31T23:59:59.000Z');
    expect(lastCompletedMonth(new Date('2026-01-10T00:00:00Z'))).toEqual({ begin: '2025-12-01 00:00:00', end: '2026-01-01 00:00:00' });
  });
});

import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NOVA = 'https://cloud.test:8774';

describe('server event show', () => {
  useNock();
  const ID = '9168b536-cd40-4630-b43f-b259807c6e87';
  const ACTION = {
    action: 'stop', instance_uuid: ID, request_id: 'req-1', user_id: 'u1', project_id: 'p1', start_time: '2026-01-01T00:00:00.000000', message: 'Error', updated_at: '2026-01-01T00:00:01.000000',
    events: [{ event: 'compute_stop_instance', start_time: '2026-01-01T00:00:00.000000', finish_time: '2026-01-01T00:00:01.000000', result: 'Error', hostId: 'abc' }],
  };

  it('prints the action, its events as Python prints the list in a table and as data in json', async () => {
    mockAuth();
    nock(NOVA).get(`/v2.1/servers/${ID}`).reply(200, { server: { id: ID, name: 'web1' } }).get(`/v2.1/servers/${ID}/os-instance-actions/req-1`).reply(200, { instanceAction: ACTION });
    const table = await runCli(['server', 'event', 'show', ID, 'req-1'], PASSWORD_ENV);
    expect(table.stdout).toContain("| events        | [{'event': 'compute_stop_instance', 'start_time': '2026-01-01T00:00:00.000000', 'finish_time': '2026-01-01T00:00:01.000000', 'result': 'Error', 'hostId': 'abc'}] |");
    expect(table.stdout).toContain('| message       | Error');
    mockAuth();
    nock(NOVA).get(`/v2.1/servers/${ID}`).reply(200, { server: { id: ID, name: 'web1' } }).get(`/v2.1/servers/${ID}/os-instance-actions/req-1`).reply(200, { instanceAction: ACTION });
    const json = await runCli(['server', 'event', 'show', ID, 'req-1', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(json.stdout)).toEqual(ACTION);
  });

  it("reads a deleted server's action by its ID", async () => {
    mockAuth();
    nock(NOVA)
      .get(`/v2.1/servers/${ID}`)
      .reply(404, { itemNotFound: { code: 404, message: 'not found' } })
      .get('/v2.1/servers/detail')
      .query(true)
      .reply(200, { servers: [] })
      .get('/v2.1/servers')
      .query(true)
      .optionally()
      .reply(200, { servers: [] })
      .get(`/v2.1/servers/${ID}/os-instance-actions/req-1`)
      .reply(200, { instanceAction: { ...ACTION, events: undefined } });
    const res = await runCli(['server', 'event', 'show', ID, 'req-1', '-f', 'value', '-c', 'action'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('stop\n');
  });
});

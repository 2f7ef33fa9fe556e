import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const CINDER = 'https://cloud.test:8776';
const VERSIONS = { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] };
const QOS = { id: 'q-1', name: 'fast', consumer: 'both', specs: { read_iops_sec: '100' } };

describe('volume qos and volume message commands (cinderclient requests, python-openstackclient fields)', () => {
  useNock();

  it('volume qos create sends name, consumer and properties in one flat body and prints properties', async () => {
    mockAuth();
    const cinder = nock(CINDER).get('/').reply(200, VERSIONS).post('/v3/p1/qos-specs', { qos_specs: { name: 'fast', consumer: 'both', read_iops_sec: '100' } }).reply(200, { qos_specs: QOS });
    const res = await runCli(['volume', 'qos', 'create', 'fast', '--property', 'read_iops_sec=100', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ consumer: 'both', id: 'q-1', name: 'fast', properties: { read_iops_sec: '100' } });
    cinder.done();
  });

  it('volume qos list asks each specification for its associations; show adds them only when there are some', async () => {
    mockAuth();
    nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/qos-specs')
      .reply(200, { qos_specs: [QOS] })
      .get('/v3/p1/qos-specs/q-1/associations')
      .reply(200, { qos_associations: [{ association_type: 'volume_type', name: 'lvm', id: 't-1' }] });
    const listed = await runCli(['volume', 'qos', 'list', '-f', 'value'], PASSWORD_ENV);
    expect(listed.stdout).toBe("q-1 fast both ['lvm'] {'read_iops_sec': '100'}\n");
    mockAuth();
    nock(CINDER).get('/').reply(200, VERSIONS).get('/v3/p1/qos-specs/q-1').reply(200, { qos_specs: QOS }).get('/v3/p1/qos-specs/q-1/associations').reply(200, { qos_associations: [] });
    const shown = await runCli(['volume', 'qos', 'show', 'q-1', '-f', 'json'], PASSWORD_ENV);
    expect(Object.keys(JSON.parse(shown.stdout))).toEqual(['consumer', 'id', 'name', 'properties']);
  });

  it('volume qos associate / disassociate --all / unset / delete --force use cinderclient\'s URLs', async () => {
    const calls: string[] = [];
    const ok = (name: string) => () => (calls.push(name), [202, '']) as [number, string];
    mockAuth();
    nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/qos-specs/q-1')
      .reply(200, { qos_specs: QOS })
      .get('/v3/p1/types/t-1')
      .reply(200, { volume_type: { id: 't-1', name: 'lvm' } })
      .get('/v3/p1/qos-specs/q-1/associate')
      .query({ vol_type_id: 't-1' })
      .reply(ok('associate'));
    expect((await runCli(['volume', 'qos', 'associate', 'q-1', 't-1'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    nock(CINDER).get('/').reply(200, VERSIONS).get('/v3/p1/qos-specs/q-1').reply(200, { qos_specs: QOS }).get('/v3/p1/qos-specs/q-1/disassociate_all').reply(ok('disassociate_all'));
    expect((await runCli(['volume', 'qos', 'disassociate', 'q-1', '--all'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    nock(CINDER).get('/').reply(200, VERSIONS).get('/v3/p1/qos-specs/q-1').reply(200, { qos_specs: QOS }).put('/v3/p1/qos-specs/q-1/delete_keys', { keys: ['read_iops_sec'] }).reply(ok('unset'));
    expect((await runCli(['volume', 'qos', 'unset', 'q-1', '--property', 'read_iops_sec'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    nock(CINDER).get('/').reply(200, VERSIONS).get('/v3/p1/qos-specs/q-1').reply(200, { qos_specs: QOS }).delete('/v3/p1/qos-specs/q-1').query({ force: 'True' }).reply(ok('delete'));
    expect((await runCli(['volume', 'qos', 'delete', 'q-1', '--force'], PASSWORD_ENV)).exitCode).toBe(0);
    expect(calls).toEqual(['associate', 'disassociate_all', 'unset', 'delete']);
  });

  it('volume message list prints upstream\'s columns; message show needs volume 3.3', async () => {
    const msg = { id: 'msg-1', event_id: 'VOLUME_000002', resource_type: 'VOLUME', resource_uuid: 'v-1', message_level: 'ERROR', user_message: 'schedule allocate volume: Could not find any available weighted backend.', request_id: 'req-1', created_at: '2026-12-07T10:00:00.000000', guaranteed_until: '2026-01-06T10:00:00.000000', links: [] };
    mockAuth();
    nock(CINDER).get('/').reply(200, VERSIONS).get('/v3/p1/messages').reply(200, { messages: [msg] });
    const listed = await runCli(['volume', 'message', 'list', '-f', 'json'], PASSWORD_ENV);
    expect(Object.keys(JSON.parse(listed.stdout)[0])).toEqual(['ID', 'Event ID', 'Resource Type', 'Resource UUID', 'Message Level', 'User Message', 'Request ID', 'Created At', 'Guaranteed Until']);
    mockAuth();
    nock(CINDER).get('/').reply(200, VERSIONS);
    const old = await runCli(['volume', 'message', 'show', 'msg-1', '--os-volume-api-version', '3.0'], PASSWORD_ENV);
    expect(old.exitCode).toBe(1);
    expect(old.stderr).toContain('3.3 or greater is required');
  });
});

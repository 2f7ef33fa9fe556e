import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const CINDER = 'https://cloud.test:8776';
const VOLUME = { id: 'v-1', name: 'data', size: 1, status: 'creating', bootable: 'false', attachments: [], metadata: {} };

describe('volume commands', () => {
  useNock();

  it('volume create --bootable waits for the volume to be available before setting the flag', async () => {
    mockAuth();
    const calls: string[] = [];
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .post('/v3/p1/volumes', (b) => b.volume.name === 'data' && b.volume.size === 1)
      .reply(202, () => (calls.push('create'), { volume: VOLUME }))
      .get('/v3/p1/volumes/v-1')
      .reply(200, () => (calls.push('get creating'), { volume: VOLUME }))
      .get('/v3/p1/volumes/v-1')
      .reply(200, () => (calls.push('get available'), { volume: { ...VOLUME, status: 'available' } }))
      .post('/v3/p1/volumes/v-1/action', { 'os-set_bootable': { bootable: true } })
      .reply(200, () => (calls.push('set bootable'), ''))
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: { ...VOLUME, status: 'available', bootable: 'true' } });
    const res = await runCli(['volume', 'create', '--size', '1', '--bootable', '-f', 'value', '-c', 'bootable', 'data'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(calls).toEqual(['create', 'get creating', 'get available', 'set bootable']);
    expect(res.stdout).toBe('true\n');
    expect(res.stderr).toBe('volume data: creating\nvolume data: available\n');
    cinder.done();
  });

  it('volume snapshot list --volume filters on the API and --long names the volume', async () => {
    mockAuth();
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: { ...VOLUME, status: 'available' } })
      .get('/v3/p1/snapshots/detail')
      .query({ volume_id: 'v-1' })
      .reply(200, { snapshots: [{ id: 'sn1', name: 'daily', description: null, status: 'available', size: 1, created_at: '2026-01-01T00:00:00.000000', volume_id: 'v-1', metadata: {} }] })
      .get('/v3/p1/volumes/detail')
      .reply(200, { volumes: [{ ...VOLUME, status: 'available' }] });
    const res = await runCli(['volume', 'snapshot', 'list', '--volume', 'v-1', '--long', '-f', 'value', '-c', 'Name', '-c', 'Volume'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('daily data\n');
    cinder.done();
  });
});

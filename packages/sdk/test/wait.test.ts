import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, TimeoutError, WaitError, waitForStatus, type WaitProgress } from '../src/index.js';
import { BASE, PROJECT_ID, connected, image, mockVersions, server, volume } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const fast = { intervalMs: 1, maxIntervalMs: 2 };

describe('server waiters', () => {
  it('waits for ACTIVE with no task_state, reporting progress', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/s1')
      .reply(200, { server: server({ id: 's1', status: 'BUILD', 'OS-EXT-STS:vm_state': 'building', 'OS-EXT-STS:task_state': 'scheduling' }) })
      .get('/compute/v2.1/servers/s1')
      .reply(200, { server: server({ id: 's1', status: 'BUILD', 'OS-EXT-STS:vm_state': 'building', 'OS-EXT-STS:task_state': 'spawning' }) })
      .get('/compute/v2.1/servers/s1')
      .reply(200, { server: server({ id: 's1', status: 'ACTIVE', 'OS-EXT-STS:task_state': 'powering-on' }) })
      .get('/compute/v2.1/servers/s1')
      .reply(200, { server: server({ id: 's1', status: 'ACTIVE' }) });
    const seen: WaitProgress[] = [];
    const s = await cloud.compute.servers.waitForStatus('s1', 'ACTIVE', { ...fast, onProgress: (_r, p) => seen.push(p) });
    expect(s.status).toBe('ACTIVE');
    expect(seen.map((p) => `${p.status}/${p.detail ?? '-'}`)).toEqual(['BUILD/scheduling', 'BUILD/spawning', 'ACTIVE/powering-on', 'ACTIVE/-']);
    expect(seen.map((p) => p.attempt)).toEqual([1, 2, 3, 4]);
    scope.done();
  });

  it('ERROR ends the wait with the fault message', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/s1')
      .reply(200, {
        server: server({
          id: 's1',
          status: 'ERROR',
          'OS-EXT-STS:vm_state': 'error',
          fault: { code: 500, created: '2024-01-01T00:00:00Z', message: 'No valid host was found. There are not enough hosts available.' },
        }),
      });
    const err = (await cloud.compute.servers.waitForStatus('s1', 'ACTIVE', fast).catch((e: unknown) => e)) as WaitError;
    expect(err).toBeInstanceOf(WaitError);
    expect(err.status).toBe('ERROR');
    expect(err.fault).toBe('No valid host was found. There are not enough hosts available.');
    expect(err.message).toBe('server s1 went to status ERROR: No valid host was found. There are not enough hosts available.');
    scope.done();
  });

  it('times out with the last status', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE).get('/compute/v2.1/servers/s1').times(100).reply(200, { server: server({ id: 's1', status: 'BUILD' }) });
    const err = (await cloud.compute.servers.waitForStatus('s1', 'ACTIVE', { intervalMs: 5, timeoutMs: 30 }).catch((e: unknown) => e)) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toMatch(/waiting for server s1 to reach ACTIVE \(last status BUILD\)/);
    scope.persist(false);
    nock.cleanAll();
  });

  it('an abort between polls is an AbortedError with the signal reason', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    nock(BASE).get('/compute/v2.1/servers/s1').times(100).reply(200, { server: server({ id: 's1', status: 'BUILD' }) });
    const ac = new AbortController();
    const reason = new Error('user pressed ^C');
    const err = await cloud.compute.servers
      .waitForStatus('s1', 'ACTIVE', { intervalMs: 5_000, signal: ac.signal, onProgress: () => setTimeout(() => ac.abort(reason), 10) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortedError);
    expect((err as AbortedError).reason).toBe(reason);
    expect((err as AbortedError).message).toBe('waiting for server s1 was aborted: user pressed ^C');
  });

  it('an abort cancels the poll in flight instead of waiting for its answer', async () => {
    const cloud = await connected();
    mockVersions({ volume: '3.70' });
    const scope = nock(BASE)
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .reply(200, { volume: volume({ id: 'v1', status: 'creating' }) })
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .delay(10_000)
      .reply(200, { volume: volume({ id: 'v1' }) });
    const ac = new AbortController();
    const started = Date.now();
    const waiting = cloud.volume.volumes.waitForStatus('v1', 'available', {
      ...fast,
      signal: ac.signal,
      // the second GET is sent 1 ms after the first answer; abort while it is in flight
      onProgress: (_v, p) => p.attempt === 1 && setTimeout(() => ac.abort(new Error('deadline')), 50),
    });
    const err = await waiting.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortedError);
    expect((err as AbortedError).message).toBe('waiting for volume v1 was aborted: deadline');
    expect(Date.now() - started).toBeLessThan(5_000);
    scope.done();
  });

  it('waitForDelete ends on 404', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/s1')
      .reply(200, { server: server({ id: 's1', status: 'ACTIVE', 'OS-EXT-STS:task_state': 'deleting' }) })
      .get('/compute/v2.1/servers/s1')
      .reply(404, { itemNotFound: { code: 404, message: 'Instance s1 could not be found.' } });
    await cloud.compute.servers.waitForDelete('s1', fast);
    scope.done();
  });

  it('waitForDelete fails when the server goes to ERROR', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/s1')
      .reply(200, { server: server({ id: 's1', status: 'ERROR', fault: { code: 500, created: '2024-01-01T00:00:00Z', message: 'disk busy' } }) });
    await expect(cloud.compute.servers.waitForDelete('s1', fast)).rejects.toThrow(/went to status ERROR while deleting: disk busy/);
    scope.done();
  });
});

describe('volume and image waiters', () => {
  it('volume: creating -> available, case-insensitive', async () => {
    const cloud = await connected();
    mockVersions({ volume: '3.70' });
    const scope = nock(BASE)
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .reply(200, { volume: volume({ id: 'v1', status: 'creating', updated_at: null }) })
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .reply(200, { volume: volume({ id: 'v1' }) });
    expect((await cloud.volume.volumes.waitForStatus('v1', 'available', fast)).status).toBe('available');
    scope.done();
  });

  it('volume: error fails', async () => {
    const cloud = await connected();
    mockVersions({ volume: '3.70' });
    const scope = nock(BASE).get(`/volume/v3/${PROJECT_ID}/volumes/v1`).reply(200, { volume: volume({ id: 'v1', status: 'error' }) });
    await expect(cloud.volume.volumes.waitForStatus('v1', 'available', fast)).rejects.toBeInstanceOf(WaitError);
    scope.done();
  });

  it('image: queued -> saving -> active', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images/i1')
      .reply(200, image({ id: 'i1', status: 'saving', checksum: null, os_hash_algo: null, os_hash_value: null, size: null, virtual_size: null }))
      .get('/image/v2/images/i1')
      .reply(200, image({ id: 'i1' }));
    await cloud.image.images.waitForStatus('i1', 'active', fast);
    scope.done();
  });

  it('generic waitForStatus works on any getter', async () => {
    let n = 0;
    const r = await waitForStatus(async () => ({ state: ++n >= 3 ? 'done' : 'busy' }), {
      what: 'job',
      target: ['done'],
      statusOf: (x) => x.state,
      ...fast,
    });
    expect(r.state).toBe('done');
  });
});

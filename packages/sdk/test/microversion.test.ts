import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiVersionError,
  CLIENT_MAX_MICROVERSION,
  Cloud,
  formatLogEvent,
  microversionPin,
  negotiateMicroversion,
  parseVersionDocument,
  type RequestLogEvent,
} from '../src/index.js';
import { BASE, PROJECT_ID, connected, mockAuth, mockVersions, network, server, volume } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('negotiation', () => {
  const range = { min: '2.1', max: '2.60' };
  it("caps at the controller's advertised maximum, and negotiates down to an older cloud's", () => {
    expect(CLIENT_MAX_MICROVERSION).toEqual({ compute: '2.79', volume: '3.64' });
    expect(negotiateMicroversion('volume', { min: '3.0', max: '3.64' })).toBe('3.64');
    expect(negotiateMicroversion('volume', { min: '3.0', max: '3.59' })).toBe('3.59');
    expect(negotiateMicroversion('compute', { min: '2.1', max: '2.72' })).toBe('2.72');
  });
  it('min(client max, server max)', () => {
    expect(negotiateMicroversion('compute', range)).toBe('2.60');
    expect(negotiateMicroversion('compute', { min: '2.1', max: '2.95' })).toBe('2.79');
    expect(negotiateMicroversion('compute', { min: '2.1', max: '2.95' }, 'latest')).toBe('2.79');
  });
  it('a pin inside the range is used; outside it is a clear error', () => {
    expect(negotiateMicroversion('compute', range, '2.10')).toBe('2.10');
    expect(() => negotiateMicroversion('compute', range, '2.79')).toThrow(
      'compute microversion 2.79 requested but the cloud supports at most 2.60 (minimum 2.1): the cloud is too old',
    );
    expect(() => negotiateMicroversion('compute', { min: '2.5', max: '2.60' }, '2.2')).toThrow(/requires at least 2.5/);
    expect(() => negotiateMicroversion('compute', range, 'two')).toThrow(/invalid compute microversion/);
  });
  it('a major version alone (`volume_api_version: 3`) pins nothing: the version is negotiated', () => {
    expect(microversionPin('volume', '3')).toBeUndefined();
    expect(microversionPin('compute', '2')).toBeUndefined();
    expect(negotiateMicroversion('volume', { min: '3.0', max: '3.70' }, '3')).toBe('3.64');
    expect(negotiateMicroversion('compute', range, '2')).toBe('2.60');
    expect(negotiateMicroversion('volume', undefined, '3')).toBeUndefined();
    // a major this SDK does not speak is refused, not silently sent as v3
    expect(() => negotiateMicroversion('volume', { min: '3.0', max: '3.70' }, '2')).toThrow(
      /volume API version 2 is not supported: this SDK speaks the volume v3 API/,
    );
    expect(() => microversionPin('volume', '3.x')).toThrow(/invalid volume microversion '3.x'/);
  });
  it('a cloud without microversions', () => {
    expect(negotiateMicroversion('compute', undefined)).toBeUndefined();
    expect(negotiateMicroversion('compute', undefined, '2.1')).toBeUndefined();
    expect(() => negotiateMicroversion('compute', undefined, '2.50')).toThrow(ApiVersionError);
  });
  it('reads Nova and Cinder version documents', () => {
    expect(
      parseVersionDocument('compute', {
        versions: [
          { id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '' },
          { id: 'v2.1', status: 'CURRENT', version: '2.95', min_version: '2.1' },
        ],
      }),
    ).toEqual({ min: '2.1', max: '2.95' });
    expect(parseVersionDocument('volume', { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }] })).toEqual({
      min: '3.0',
      max: '3.70',
    });
    expect(parseVersionDocument('compute', { version: { id: 'v2.1', version: '2.60', min_version: '2.1' } })).toEqual({ min: '2.1', max: '2.60' });
  });
});

describe('microversion headers on the wire', () => {
  it('discovers once and sends OpenStack-API-Version and the legacy Nova header', async () => {
    const cloud = await connected();
    const versions = mockVersions({ compute: '2.60' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/s1')
      .matchHeader('openstack-api-version', 'compute 2.60')
      .matchHeader('x-openstack-nova-api-version', '2.60')
      .times(2)
      .reply(200, { server: server({ id: 's1' }) }, { 'openstack-api-version': 'compute 2.60' });
    await cloud.compute.servers.get('s1');
    await cloud.compute.servers.get('s1');
    versions.done();
    scope.done();
    expect(await cloud.microversion('compute')).toBe('2.60');
  });

  it('a per-request microversion wins (no discovery needed)', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/s1')
      .matchHeader('openstack-api-version', 'compute 2.1')
      .reply(200, { server: server({ id: 's1' }) });
    await cloud.request('compute', 'GET /v2.1/servers/{server_id}', { path: { server_id: 's1' }, microversion: '2.1' });
    scope.done();
  });

  it('a pin the cloud is too old for fails before the request', async () => {
    const cloud = await connected({ microversions: { volume: '3.60' } });
    const versions = mockVersions({ volume: '3.44' });
    await expect(cloud.volume.volumes.get('v1')).rejects.toThrow(/volume microversion 3.60 requested but the cloud supports at most 3.44/);
    versions.done();
  });

  it('Cinder gets "volume 3.x"', async () => {
    const cloud = await connected();
    const versions = mockVersions({ volume: '3.70' });
    const scope = nock(BASE)
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .matchHeader('openstack-api-version', 'volume 3.64')
      .reply(200, { volume: volume({ id: 'v1' }) });
    await cloud.volume.volumes.get('v1');
    versions.done();
    scope.done();
  });

  it('services without microversions get no header and no discovery', async () => {
    const cloud = await connected();
    const scope = nock(BASE, { badheaders: ['openstack-api-version'] }).get('/network/v2.0/networks/n1').reply(200, { network: network({ id: 'n1' }) });
    await cloud.network.networks.get('n1');
    scope.done();
  });
});

describe('version discovery when the root document cannot be read', () => {
  const e404 = { itemNotFound: { code: 404, message: 'The resource could not be found.' } };

  it("falls back to the versioned endpoint's own {version} document", async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/compute/')
      .reply(404, e404)
      .get('/compute/v2.1/')
      .reply(200, {
        version: {
          id: 'v2.1',
          status: 'CURRENT',
          version: '2.65',
          min_version: '2.1',
          updated: '2013-07-23T11:33:21Z',
          links: [{ href: `${BASE}/compute/v2.1/`, rel: 'self' }],
          'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
        },
      })
      .get('/compute/v2.1/servers/s1')
      .matchHeader('openstack-api-version', 'compute 2.65')
      .reply(200, { server: server({ id: 's1' }) });
    await cloud.compute.servers.get('s1');
    scope.done();
  });

  it('an HTML page at the root (a proxy) is not a version document either', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/volume/')
      .reply(200, '<html><body>Welcome</body></html>', { 'content-type': 'text/html' })
      .get('/volume/v3/')
      .reply(300, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.50', min_version: '3.0' }] })
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .matchHeader('openstack-api-version', 'volume 3.50')
      .reply(200, { volume: volume({ id: 'v1' }) });
    await cloud.volume.volumes.get('v1');
    scope.done();
  });

  it('neither readable and nothing pinned: no header, and the logger hook is told why', async () => {
    const events: RequestLogEvent[] = [];
    const cloud = await connected({ logger: (e) => events.push(e) });
    const scope = nock(BASE, { badheaders: ['openstack-api-version', 'x-openstack-nova-api-version'] })
      .get('/compute/')
      .reply(404, e404)
      .get('/compute/v2.1/')
      .reply(500, { computeFault: { code: 500, message: 'Unexpected API Error.' } })
      .get('/compute/v2.1/servers/s1')
      .reply(200, { server: server({ id: 's1' }) });
    await cloud.compute.servers.get('s1');
    scope.done();
    const warning = events.find((e) => e.phase === 'warning');
    expect(warning?.service).toBe('compute');
    expect(formatLogEvent(warning as RequestLogEvent)).toBe(
      `WARN: compute version discovery failed (GET ${BASE}/compute/: HTTP 404; GET ${BASE}/compute/v2.1/: HTTP 500): sending no microversion header, so the cloud serves its base version`,
    );
  });

  it('neither readable with a pinned microversion: ApiVersionError before the request', async () => {
    const cloud = await connected({ microversions: { volume: '3.44' } });
    const scope = nock(BASE).get('/volume/').reply(404, e404).get('/volume/v3/').reply(404, e404);
    const err = await cloud.volume.volumes.get('v1').catch((e: unknown) => e);
    scope.done();
    expect(err).toBeInstanceOf(ApiVersionError);
    expect((err as ApiVersionError).message).toMatch(/^cannot check the pinned volume microversion 3\.44: volume version discovery failed \(GET /);
  });
});

describe('a DevStack-style clouds.yaml', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'oscloud-devstack-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('volume_api_version: 3 and compute_api_version: 2 negotiate the microversion and Cinder calls work', async () => {
    // what DevStack writes to /etc/openstack/clouds.yaml (the API versions as plain majors)
    writeFileSync(
      join(dir, 'clouds.yaml'),
      [
        'clouds:',
        '  devstack:',
        '    auth:',
        `      auth_url: ${BASE}/identity`,
        '      password: secretpass',
        '      project_domain_id: default',
        '      project_name: demo',
        '      user_domain_id: default',
        '      username: demo',
        '    identity_api_version: 3',
        '    compute_api_version: 2',
        '    region_name: RegionOne',
        '    volume_api_version: 3',
        '',
      ].join('\n'),
    );
    const auth = mockAuth();
    const cloud = await Cloud.connect({ cloud: 'devstack', env: { HOME: dir }, cwd: dir, retries: 0 });
    auth.done();
    expect(cloud.config?.apiVersions).toMatchObject({ volume: '3', compute: '2' });
    const versions = mockVersions({ volume: '3.70', compute: '2.95' });
    const scope = nock(BASE)
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .matchHeader('openstack-api-version', 'volume 3.64')
      .reply(200, { volume: volume({ id: 'v1' }) })
      .get('/compute/v2.1/servers/s1')
      .matchHeader('openstack-api-version', 'compute 2.79')
      .reply(200, { server: server({ id: 's1' }) });
    expect((await cloud.volume.volumes.get('v1')).status).toBe('available');
    expect((await cloud.compute.servers.get('s1')).id).toBe('s1');
    versions.done();
    scope.done();
  });
});

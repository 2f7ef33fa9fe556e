import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiVersionError, Cloud, ServiceCatalog, serviceRoot } from '../src/index.js';
import { BASE, PROJECT_ID, catalog, config, connected, mockAuth, network, tokenBody, volume } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('serviceRoot', () => {
  it.each([
    ['https://h/compute/v2.1', 'https://h/compute'],
    ['https://h:8776/v3/abc123', 'https://h:8776'],
    ['https://h:5000/v3', 'https://h:5000'],
    ['https://h:5000/v3/', 'https://h:5000'],
    ['https://h/identity', 'https://h/identity'],
    ['http://h:9696', 'http://h:9696'],
    ['http://h:9696/v2.0', 'http://h:9696'],
    ['https://h:8774/v2.1/%(tenant_id)s', 'https://h:8774'],
    ['http://host:8774/agent', 'http://host:8774/agent'],
  ])('%s -> %s', (url, root) => {
    expect(serviceRoot(url)).toBe(root);
  });
});

describe('ServiceCatalog', () => {
  it('finds block-storage under its aliases', () => {
    const only = (type: string) => new ServiceCatalog([{ type, endpoints: [{ interface: 'public', region_id: 'R', url: `https://h:8776/v3/${PROJECT_ID}` }] }]);
    for (const t of ['block-storage', 'volumev3', 'volume', 'block-store']) expect(only(t).root('volume')).toBe('https://h:8776');
  });

  it('picks the interface and the region', () => {
    const c = new ServiceCatalog(catalog());
    expect(c.endpointUrl('compute', 'internal', 'RegionOne')).toBe('http://10.0.0.1/compute/v2.1');
    expect(c.endpointUrl('compute', 'public', 'RegionTwo')).toBe('https://two.example.com/compute/v2.1');
    expect(c.regions()).toEqual(['RegionOne', 'RegionTwo']);
  });

  it('explains a missing service or endpoint', () => {
    const c = new ServiceCatalog(catalog());
    expect(() => c.endpointUrl('agent')).toThrow(ApiVersionError);
    expect(() => c.endpointUrl('agent')).toThrow(/no agent service/);
    expect(() => c.endpointUrl('compute', 'admin')).toThrow(/no admin endpoint for compute/);
    expect(() => c.endpointUrl('compute', 'public', 'Mars')).toThrow(/in region Mars/);
  });
});

describe('endpoint selection on a Cloud', () => {
  it('uses the configured region and interface', async () => {
    const auth = mockAuth();
    const cloud = new Cloud({ config: config({ regionName: 'RegionTwo' }), retries: 0 });
    await cloud.authenticate();
    auth.done();
    const scope = nock('https://two.example.com').get('/network/v2.0/networks/n').reply(200, { network: network({ id: 'n' }) });
    await cloud.network.networks.get('n');
    scope.done();
  });

  it('an endpoint override wins over the catalog (the version suffix is dropped)', async () => {
    const cloud = await connected({ config: config({ endpointOverrides: { network: 'http://neutron.local:9696/v2.0' } }) });
    const scope = nock('http://neutron.local:9696').get('/v2.0/networks/n').reply(200, { network: network({ id: 'n' }) });
    await cloud.network.networks.get('n');
    scope.done();
  });

  it('fills {project_id} from the token, and drops it for a token without a project', async () => {
    const cloud = await connected({ microversions: { volume: '3.0' } });
    const scope = nock(BASE)
      .get('/volume/')
      .reply(300, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }] })
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .reply(200, { volume: volume({ id: 'v1' }) });
    await cloud.volume.volumes.get('v1');
    scope.done();

    const auth = nock(BASE).post('/identity/v3/auth/tokens').reply(201, tokenBody({ project: false }), { 'X-Subject-Token': 't' });
    const sys = new Cloud({ config: config({ auth: { ...config().auth, project_name: undefined, system_scope: 'all' } }), retries: 0 });
    await sys.authenticate();
    auth.done();
    const scope2 = nock(BASE)
      .get('/volume/')
      .reply(300, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }] })
      .get('/volume/v3/volumes/v1')
      .reply(200, { volume: volume({ id: 'v1' }) });
    await sys.volume.volumes.get('v1');
    scope2.done();
  });

  it('a bare Cloud without Keystone needs explicit endpoints', async () => {
    const cloud = new Cloud({ auth: { type: 'none' } });
    await expect(cloud.root('compute')).rejects.toThrow(/no endpoint for compute: pass endpoints.compute/);
  });
});

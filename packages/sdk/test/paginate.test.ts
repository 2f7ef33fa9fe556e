import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect } from '../src/index.js';
import { BASE, IDS, PROJECT_ID, connected, image, mockVersions, network, port, server, subnet, volume } from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('pagination styles', () => {
  it('Nova: servers_links rel=next, following the marker even when the link names an internal host', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/detail')
      .query({ limit: '2', status: 'ACTIVE' })
      .reply(200, {
        servers: [server({ id: 's1' }), server({ id: 's2' })],
        servers_links: [{ href: 'http://10.0.0.1:8774/v2.1/servers/detail?limit=2&marker=s2&status=ACTIVE', rel: 'next' }],
      })
      .get('/compute/v2.1/servers/detail')
      .query({ limit: '2', marker: 's2', status: 'ACTIVE' })
      .reply(200, { servers: [server({ id: 's3' })] });
    const ids = (await collect(cloud.compute.servers.list({ limit: 2, status: 'ACTIVE' }))).map((s) => s.id);
    expect(ids).toEqual(['s1', 's2', 's3']);
    scope.done();
  });

  it('Neutron: networks_links', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/network/v2.0/networks')
      .query({ limit: '1' })
      .reply(200, {
        networks: [network({ id: 'n1', name: 'a' })],
        networks_links: [{ href: `${BASE}/network/v2.0/networks?limit=1&marker=n1`, rel: 'next' }],
      })
      .get('/network/v2.0/networks')
      .query({ limit: '1', marker: 'n1' })
      .reply(200, {
        networks: [network({ id: 'n2', name: 'b', shared: true })],
        networks_links: [
          { href: `${BASE}/network/v2.0/networks?limit=1&marker=n2`, rel: 'next' },
          { href: `${BASE}/network/v2.0/networks?limit=1&marker=n2&page_reverse=True`, rel: 'previous' },
        ],
      })
      .get('/network/v2.0/networks')
      .query({ limit: '1', marker: 'n2' })
      .reply(200, { networks: [], networks_links: [{ href: `${BASE}/network/v2.0/networks?limit=1&marker=n2&page_reverse=True`, rel: 'previous' }] });
    const names = (await collect(cloud.network.networks.list({ limit: 1 }))).map((n) => n.name);
    expect(names).toEqual(['a', 'b']);
    scope.done();
  });

  it('Glance: top-level next (relative)', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images')
      .reply(200, {
        images: [image({ id: 'i1', name: 'cirros' })],
        first: '/v2/images',
        next: '/v2/images?marker=i1',
        schema: '/v2/schemas/images',
      })
      .get('/image/v2/images')
      .query({ marker: 'i1' })
      .reply(200, { images: [image({ id: 'i2' })], first: '/v2/images', schema: '/v2/schemas/images' });
    expect((await collect(cloud.image.images.list())).map((i) => i.id)).toEqual(['i1', 'i2']);
    scope.done();
  });

  it('Keystone: links.next', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/identity/v3/projects')
      .reply(200, {
        links: { next: `${BASE}/identity/v3/projects?marker=p1`, self: `${BASE}/identity/v3/projects`, previous: null },
        projects: [{ id: 'p1', name: 'demo', domain_id: 'default', enabled: true, is_domain: false, parent_id: 'default', tags: [], description: '', links: {} }],
      })
      .get('/identity/v3/projects')
      .query({ marker: 'p1' })
      .reply(200, {
        links: { next: null, self: `${BASE}/identity/v3/projects?marker=p1`, previous: null },
        projects: [{ id: 'p2', name: 'admin', domain_id: 'default', enabled: true, is_domain: false, parent_id: 'default', tags: [], description: '', links: {} }],
      });
    expect((await collect(cloud.identity.projects.list())).map((p) => p.name)).toEqual(['demo', 'admin']);
    scope.done();
  });

  it('Cinder: volumes_links with project id in the path', async () => {
    const cloud = await connected();
    mockVersions({ volume: '3.70' });
    const scope = nock(BASE)
      .get(`/volume/v3/${PROJECT_ID}/volumes/detail`)
      .query({ limit: '1' })
      .reply(200, {
        volumes: [volume({ id: 'v1' })],
        volumes_links: [{ href: `${BASE}/volume/v3/${PROJECT_ID}/volumes/detail?limit=1&marker=v1`, rel: 'next' }],
      })
      .get(`/volume/v3/${PROJECT_ID}/volumes/detail`)
      .query({ limit: '1', marker: 'v1' })
      .reply(200, { volumes: [] });
    expect((await collect(cloud.volume.volumes.list({ limit: 1 }))).map((v) => v.id)).toEqual(['v1']);
    scope.done();
  });
});

describe('limit and maxItems', () => {
  it('maxItems stops early without fetching the next page', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/network/v2.0/ports')
      .query({ limit: '2' })
      .reply(200, {
        ports: [port({ id: 'p1' }), port({ id: 'p2', device_owner: 'network:dhcp', device_id: `dhcp-${IDS.network}` })],
        ports_links: [{ href: `${BASE}/network/v2.0/ports?limit=2&marker=p2`, rel: 'next' }],
      })
      .get('/network/v2.0/ports')
      .query({ limit: '2', marker: 'p2' })
      .reply(200, { ports: [port({ id: 'p3' }), port({ id: 'p4' })], ports_links: [{ href: `${BASE}/network/v2.0/ports?limit=2&marker=p4`, rel: 'next' }] });
    const ids = (await collect(cloud.network.ports.list({ limit: 2, maxItems: 3 }))).map((p) => p.id);
    expect(ids).toEqual(['p1', 'p2', 'p3']);
    scope.done();
  });

  it('a service that repeats the same next link does not loop forever', async () => {
    const cloud = await connected();
    const page = { subnets: [subnet({ id: 'x' })], subnets_links: [{ href: `${BASE}/network/v2.0/subnets?marker=x`, rel: 'next' }] };
    const scope = nock(BASE).get('/network/v2.0/subnets').reply(200, page).get('/network/v2.0/subnets').query({ marker: 'x' }).reply(200, page);
    expect(await collect(cloud.network.subnets.list())).toHaveLength(2);
    scope.done();
  });
});

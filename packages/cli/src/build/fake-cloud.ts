import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVERS = [
  { id: 's1', name: 'web1', status: 'ACTIVE', image: { id: 'i1' }, flavor: { original_name: 'm1.tiny' }, addresses: { private: [{ addr: '10.0.0.4' }] }, metadata: {} },
  { id: 's2', name: 'web2', status: 'SHUTOFF', image: { id: 'i1' }, flavor: { original_name: 'm1.tiny' }, addresses: { private: [{ addr: '10.0.0.5' }] }, metadata: {} },
];

/**
 * A minimal Keystone, Nova, Glance and Neutron on 127.0.0.1 (a random port), answering what
 * `server list`, `server show` and `network list` ask, with the services' own 404 bodies
 * for anything else: the build's training runs and the tests of bin/run.js use it.
 */
export function fakeCloud(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-openstack-request-id': 'req-fake', ...headers });
      res.end(JSON.stringify(body));
    };
    const endpoint = (type: string, path: string) => ({
      type,
      name: type,
      endpoints: [{ interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url: `${base}${path}` }],
    });
    const token = {
      expires_at: '2999-01-01T00:00:00Z',
      user: { id: 'u1', name: 'demo', domain: { id: 'default' } },
      project: { id: 'p1', name: 'demo', domain: { id: 'default' } },
      catalog: [endpoint('identity', '/identity/v3'), endpoint('compute', '/compute/v2.1'), endpoint('image', '/image'), endpoint('network', '/network')],
    };
    const path = (req.url ?? '').split('?')[0] as string;
    const serverId = /^\/compute\/v2\.1\/servers\/([^/]+)$/.exec(path)?.[1];
    const respond = () => {
      if (req.method === 'POST' && path === '/identity/v3/auth/tokens') return json(201, { token }, { 'x-subject-token': 'fake-token' });
      if (req.method !== 'GET') return json(405, { error: { code: 405, message: 'Method not allowed', title: 'Method Not Allowed' } });
      if (path === '/compute/') return json(200, { versions: [{ id: 'v2.1', status: 'CURRENT', version: '2.79', min_version: '2.1', links: [] }] });
      if (path === '/compute/v2.1/servers/detail') return json(200, { servers: SERVERS });
      if (serverId && serverId !== 'detail') {
        const found = SERVERS.find((s) => s.id === serverId);
        return found ? json(200, { server: found }) : json(404, { itemNotFound: { code: 404, message: `Instance ${serverId} could not be found.` } });
      }
      if (path === '/image/v2/images') return json(200, { images: [{ id: 'i1', name: 'tiny', status: 'active' }] });
      if (path === '/image/v2/images/i1') return json(200, { id: 'i1', name: 'tiny', status: 'active' });
      if (path === '/network/v2.0/networks') return json(200, { networks: [{ id: 'n1', name: 'private', subnets: ['x'] }] });
      return json(404, { itemNotFound: { code: 404, message: `${path} not found` } });
    };
    req.resume();
    req.on('end', respond);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }));
  });
}

/** A clouds.yaml with one password cloud, `fake`, for the fake cloud at `url`. */
export function cloudsYaml(url: string): string {
  return [
    'clouds:',
    '  fake:',
    '    auth:',
    `      auth_url: ${url}/identity/v3`,
    '      username: demo',
    '      password: demo',
    '      project_name: demo',
    '      user_domain_name: Default',
    '      project_domain_name: Default',
    '    region_name: RegionOne',
    '',
  ].join('\n');
}

// Fixtures shaped like OpenStack's api samples (written here, not copied) and a Cloud factory
// whose Keystone answers are mocked with nock. Every test builds its own; nothing is shared.
import nock from 'nock';
import { Cloud, type CloudConfig, type CloudOptions } from '../src/index.js';

export const BASE = 'https://cloud.example.com';
export const PROJECT_ID = '5d1ff3f9e1b94a7bbd8dc4df80a1bb3e';
export const USER_ID = '8a9e3f1b9a7d4c6e9f0b2c4d6e8f0a1b';
export const TOKEN_ID = 'gAAAAABfake-token-0123456789';

/** A Keystone catalog in DevStack's layout (compute /compute/v2.1, volume /volume/v3/<project>). */
export function catalog(base = BASE) {
  const ep = (type: string, url: string, id: string) => ({
    endpoints: [
      { id: `${id}-pub`, interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url },
      { id: `${id}-int`, interface: 'internal', region: 'RegionOne', region_id: 'RegionOne', url: url.replace(base, 'http://10.0.0.1') },
      { id: `${id}-two`, interface: 'public', region: 'RegionTwo', region_id: 'RegionTwo', url: url.replace(base, 'https://two.example.com') },
    ],
    id,
    type,
    name: type,
  });
  return [
    ep('identity', `${base}/identity`, 'a1'),
    ep('compute', `${base}/compute/v2.1`, 'b2'),
    ep('image', `${base}/image`, 'c3'),
    ep('block-storage', `${base}/volume/v3/${PROJECT_ID}`, 'd4'),
    ep('volumev3', `${base}/volume/v3/${PROJECT_ID}`, 'd5'),
    ep('network', `${base}/network`, 'e5'),
  ];
}

/** The body of a project-scoped token, like keystone's auth-password-project-scoped sample. */
export function tokenBody(opts: { expiresAt?: Date; catalog?: unknown[]; project?: boolean } = {}) {
  const expires = opts.expiresAt ?? new Date(Date.now() + 3600_000);
  return {
    token: {
      methods: ['password'],
      user: { domain: { id: 'default', name: 'Default' }, id: USER_ID, name: 'demo', password_expires_at: null },
      audit_ids: ['3T2dc1CGQxyJsHdDu1xkcw'],
      expires_at: expires.toISOString().replace(/\.\d+Z$/, '.000000Z'),
      issued_at: new Date().toISOString().replace(/\.\d+Z$/, '.000000Z'),
      ...(opts.project === false
        ? {}
        : { project: { domain: { id: 'default', name: 'Default' }, id: PROJECT_ID, name: 'demo' } }),
      is_domain: false,
      roles: [
        { id: '51cc68287d524c759f47c811e6463340', name: 'member' },
        { id: '9fe2ff9ee4384b1894a90878d3e92bab', name: 'reader' },
      ],
      catalog: opts.catalog ?? catalog(),
    },
  };
}

/** A password cloud config (what loadCloudConfig would produce). */
export function config(over: Partial<CloudConfig> = {}): CloudConfig {
  return {
    name: 'test',
    authType: 'password',
    auth: {
      auth_url: `${BASE}/identity/v3`,
      username: 'demo',
      password: 'secretpass',
      user_domain_id: 'default',
      project_name: 'demo',
      project_domain_id: 'default',
    },
    regionName: 'RegionOne',
    regions: [],
    interface: 'public',
    verify: true,
    endpointOverrides: {},
    apiVersions: {},
    source: { env: false },
    ...over,
  };
}

/** Mocks one successful POST /v3/auth/tokens. */
export function mockAuth(opts: { token?: string; expiresAt?: Date; times?: number } = {}) {
  return nock(BASE)
    .post('/identity/v3/auth/tokens')
    .times(opts.times ?? 1)
    .reply(201, tokenBody({ expiresAt: opts.expiresAt }), {
      'X-Subject-Token': opts.token ?? TOKEN_ID,
      'x-openstack-request-id': 'req-0f1f6e35-8ad3-4a3c-9bb3-2a5e0c1e8e6c',
    });
}

/** Mocks Nova's and Cinder's version documents (microversion discovery). */
export function mockVersions(opts: { compute?: string; volume?: string } = {}) {
  const scope = nock(BASE);
  if (opts.compute)
    scope.get('/compute/').reply(200, {
      versions: [
        { id: 'v2.0', links: [{ href: `${BASE}/compute/v2/`, rel: 'self' }], status: 'SUPPORTED', version: '', min_version: '', updated: '2011-01-21T11:33:21Z' },
        { id: 'v2.1', links: [{ href: `${BASE}/compute/v2.1/`, rel: 'self' }], status: 'CURRENT', version: opts.compute, min_version: '2.1', updated: '2013-07-23T11:33:21Z' },
      ],
    });
  if (opts.volume)
    scope.get('/volume/').reply(300, {
      versions: [
        { id: 'v3.0', links: [{ href: `${BASE}/volume/v3/`, rel: 'self' }], status: 'CURRENT', version: opts.volume, min_version: '3.0', updated: '2023-08-31T00:00:00Z', 'media-types': [] },
      ],
    });
  return scope;
}

/** A Cloud with Keystone auth, retries off, already authenticated (the auth mock is consumed). */
export async function connected(opts: Partial<CloudOptions> = {}): Promise<Cloud> {
  const auth = mockAuth();
  const cloud = new Cloud({ config: config(), retries: 0, ...opts });
  await cloud.authenticate();
  auth.done();
  return cloud;
}

/** A Nova server like servers-details-resp.json at 2.79. */
export function server(over: Record<string, unknown> = {}) {
  const id = (over.id as string) ?? 'f5dc173b-6804-445a-a6d8-c705dad5b5eb';
  return {
    id,
    name: 'new-server-test',
    status: 'ACTIVE',
    tenant_id: PROJECT_ID,
    user_id: USER_ID,
    metadata: { 'My Server Name': 'Apache1' },
    hostId: 'bcf92836fc9ed4203a75cb0337afc7f917d2be504164b995c2334b25',
    image: { id: '70a599e0-31e7-49b7-b260-868f441e862b', links: [{ href: `${BASE}/compute/images/70a599e0`, rel: 'bookmark' }] },
    flavor: { vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, original_name: 'm1.tiny', extra_specs: {} },
    created: '2013-09-03T04:01:32Z',
    updated: '2013-09-03T04:01:32Z',
    addresses: { private: [{ addr: '192.168.1.30', 'OS-EXT-IPS-MAC:mac_addr': 'aa:bb:cc:dd:ee:ff', 'OS-EXT-IPS:type': 'fixed', version: 4 }] },
    accessIPv4: '',
    accessIPv6: '',
    links: [
      { href: `${BASE}/compute/v2.1/servers/${id}`, rel: 'self' },
      { href: `${BASE}/compute/servers/${id}`, rel: 'bookmark' },
    ],
    'OS-DCF:diskConfig': 'AUTO',
    progress: 0,
    'OS-EXT-AZ:availability_zone': 'nova',
    config_drive: '',
    key_name: null,
    'OS-SRV-USG:launched_at': '2013-09-23T13:37:00.880302',
    'OS-SRV-USG:terminated_at': null,
    'OS-EXT-STS:task_state': null,
    'OS-EXT-STS:vm_state': 'active',
    'OS-EXT-STS:power_state': 1,
    'os-extended-volumes:volumes_attached': [],
    locked: false,
    description: null,
    tags: [],
    trusted_image_certificates: null,
    host_status: 'UP',
    security_groups: [{ name: 'default' }],
    ...over,
  };
}

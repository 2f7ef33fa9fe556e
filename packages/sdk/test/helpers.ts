// Fixtures shaped like OpenStack's api samples (written here, not copied) and a Cloud factory
// whose Keystone answers are mocked with nock. Every test builds its own; nothing is shared.
import nock from 'nock';
import {
  Cloud,
  type CloudConfig,
  type CloudOptions,
  type FloatingIp,
  type Image,
  type Network,
  type Port,
  type SecurityGroup,
  type SecurityGroupRule,
  type Snapshot,
  type Subnet,
  type Volume,
} from '../src/index.js';

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

// Neutron, Cinder and Glance resources with every field their real responses carry (shaped like
// the api-ref samples, values invented here), typed by the generated schemas so that a fixture
// and the spec cannot drift apart. Pass `over` to change what a test is about.

const CREATED = '2024-03-04T10:21:06Z';
const UPDATED = '2024-03-04T10:21:09Z';

/** Ids the fixtures refer to each other by. */
export const IDS = {
  network: '2c4c7f1e-8a3d-4b8e-9f61-0d5b6c2f7a10',
  publicNetwork: '9b8e2a44-1f6d-4c0b-8e2e-3a7d5f1c6b21',
  subnet: 'a3f5c2d1-6e4b-4f8a-9c7d-1b2e3f4a5b6c',
  port: '5e1a9c3b-7d2f-4a6e-8b0c-9f3e2d1c4b5a',
  securityGroup: '85cc3048-abc3-43cc-89b3-377341426ac5',
  router: 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f',
  floatingIp: '2f245a7b-796b-4f26-9cf9-9e82d248fda7',
  server: 'f5dc173b-6804-445a-a6d8-c705dad5b5eb',
  volume: '6edbc2f4-1507-44f8-ac0d-eed1d2608d38',
  snapshot: 'b1323cda-8e4b-41c1-afc5-2fc791809c8c',
  image: '1bea47ed-f6a9-463b-b423-14b9cca9ad27',
} as const;

/** Neutron's standard attributes, which every resource carries (owner, description, tags, timestamps, revision). */
function neutronStandard(revision_number: number, updated_at = CREATED) {
  return { tenant_id: PROJECT_ID, project_id: PROJECT_ID, description: '', tags: [] as string[], created_at: CREATED, updated_at, revision_number };
}

/** A Neutron network (GET /v2.0/networks/{id}), the project's `private` one by default. */
export function network(over: Partial<Network> = {}): Network {
  return {
    id: IDS.network,
    name: 'private',
    status: 'ACTIVE',
    subnets: [IDS.subnet],
    admin_state_up: true,
    shared: false,
    ...neutronStandard(2, UPDATED),
    mtu: 1442,
    'router:external': false,
    port_security_enabled: true,
    availability_zones: ['nova'],
    availability_zone_hints: [],
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    dns_domain: '',
    is_default: false,
    l2_adjacency: true,
    ...over,
  };
}

/** A subnet of the private network with DHCP and one allocation pool. */
export function subnet(over: Partial<Subnet> = {}): Subnet {
  return {
    id: IDS.subnet,
    name: 'private-subnet',
    network_id: IDS.network,
    ip_version: 4,
    cidr: '10.0.0.0/26',
    gateway_ip: '10.0.0.1',
    allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.62' }],
    enable_dhcp: true,
    dns_nameservers: [],
    host_routes: [],
    ipv6_ra_mode: null,
    ipv6_address_mode: null,
    subnetpool_id: null,
    ...neutronStandard(0),
    service_types: [],
    segment_id: null,
    ...over,
  };
}

/** A server's port on the private network. */
export function port(over: Partial<Port> = {}): Port {
  return {
    id: IDS.port,
    name: '',
    network_id: IDS.network,
    mac_address: 'fa:16:3e:5c:2b:91',
    fixed_ips: [{ subnet_id: IDS.subnet, ip_address: '10.0.0.12' }],
    device_id: IDS.server,
    device_owner: 'compute:nova',
    status: 'ACTIVE',
    admin_state_up: true,
    security_groups: [IDS.securityGroup],
    port_security_enabled: true,
    allowed_address_pairs: [],
    'binding:vnic_type': 'normal',
    dns_name: '',
    dns_assignment: [{ hostname: 'host-10-0-0-12', ip_address: '10.0.0.12', fqdn: 'host-10-0-0-12.openstacklocal.' }],
    extra_dhcp_opts: [],
    ...neutronStandard(4, UPDATED),
    ...over,
  };
}

/** A security group rule (ingress SSH from anywhere by default). */
export function securityGroupRule(over: Partial<SecurityGroupRule> = {}): SecurityGroupRule {
  return {
    id: '3c0e45ff-adaf-4124-b083-bf390e5482ff',
    security_group_id: IDS.securityGroup,
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'tcp',
    port_range_min: 22,
    port_range_max: 22,
    remote_ip_prefix: '0.0.0.0/0',
    remote_group_id: null,
    remote_address_group_id: null,
    ...neutronStandard(0),
    belongs_to_default_sg: true,
    ...over,
  };
}

/** The project's `default` security group with Neutron's four default rules. */
export function securityGroup(over: Partial<SecurityGroup> = {}): SecurityGroup {
  const rule = (id: string, direction: 'ingress' | 'egress', ethertype: 'IPv4' | 'IPv6') =>
    securityGroupRule({
      id,
      direction,
      ethertype,
      protocol: null,
      port_range_min: null,
      port_range_max: null,
      remote_ip_prefix: null,
      remote_group_id: direction === 'ingress' ? IDS.securityGroup : null,
    });
  return {
    id: IDS.securityGroup,
    name: 'default',
    ...neutronStandard(1),
    description: 'Default security group',
    security_group_rules: [
      rule('93aa42e5-80db-4581-9391-3a608bd0e448', 'egress', 'IPv4'),
      rule('c0b09f00-1d49-4e64-a0a7-8a186d928138', 'egress', 'IPv6'),
      rule('4a1d9b1f-71cc-4b21-bb1e-bbd8c5e2f45a', 'ingress', 'IPv4'),
      rule('e3f4a5b6-c7d8-4e9f-8a0b-1c2d3e4f5a6b', 'ingress', 'IPv6'),
    ],
    stateful: true,
    ...over,
  };
}

/** A floating IP from the `public` network, associated with the server's port. */
export function floatingIp(over: Partial<FloatingIp> = {}): FloatingIp {
  return {
    id: IDS.floatingIp,
    floating_network_id: IDS.publicNetwork,
    floating_ip_address: '172.24.4.228',
    fixed_ip_address: '10.0.0.12',
    port_id: IDS.port,
    router_id: IDS.router,
    status: 'ACTIVE',
    port_details: {
      name: '',
      network_id: IDS.network,
      mac_address: 'fa:16:3e:5c:2b:91',
      admin_state_up: true,
      status: 'ACTIVE',
      device_id: IDS.server,
      device_owner: 'compute:nova',
    },
    dns_name: '',
    dns_domain: '',
    port_forwardings: [],
    ...neutronStandard(1, UPDATED),
    ...over,
  };
}

/** A Cinder volume (GET /v3/{project_id}/volumes/{id}, admin fields included), `available` by default. */
export function volume(over: Partial<Volume> = {}): Volume {
  const id = over.id ?? IDS.volume;
  return {
    id,
    name: 'data',
    description: null,
    status: 'available',
    size: 1,
    availability_zone: 'nova',
    created_at: '2024-03-04T10:30:12.000000',
    updated_at: '2024-03-04T10:30:14.000000',
    attachments: [],
    links: [
      { href: `${BASE}/volume/v3/${PROJECT_ID}/volumes/${id}`, rel: 'self' },
      { href: `${BASE}/volume/${PROJECT_ID}/volumes/${id}`, rel: 'bookmark' },
    ],
    metadata: {},
    bootable: 'false',
    encrypted: false,
    multiattach: false,
    snapshot_id: null,
    source_volid: null,
    volume_type: '__DEFAULT__',
    volume_type_id: '7fa52b74-4b0a-4d4a-8b8e-2c3d4e5f6a7b',
    user_id: USER_ID,
    replication_status: null,
    consistencygroup_id: null,
    migration_status: null,
    group_id: null,
    provider_id: null,
    service_uuid: 'c4a8f6e2-3b1d-4f5e-9a7c-8d6e5f4a3b2c',
    shared_targets: false,
    cluster_name: null,
    consumes_quota: true,
    'os-vol-tenant-attr:tenant_id': PROJECT_ID,
    'os-vol-host-attr:host': 'aio@file#file',
    'os-vol-mig-status-attr:migstat': null,
    'os-vol-mig-status-attr:name_id': null,
    ...over,
  };
}

/** A snapshot of the volume. */
export function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  return {
    id: IDS.snapshot,
    name: 'data-snap',
    description: null,
    status: 'available',
    size: 1,
    volume_id: IDS.volume,
    metadata: {},
    created_at: '2024-03-04T10:40:02.000000',
    updated_at: '2024-03-04T10:40:03.000000',
    'os-extended-snapshot-attributes:progress': '100%',
    'os-extended-snapshot-attributes:project_id': PROJECT_ID,
    group_snapshot_id: null,
    user_id: USER_ID,
    consumes_quota: true,
    ...over,
  };
}

/** A Glance image (GET /v2/images/{id}), an active qcow2 by default. */
export function image(over: Partial<Image> = {}): Image {
  const id = (over.id as string | undefined) ?? IDS.image;
  return {
    id,
    name: 'tiny',
    status: 'active',
    visibility: 'public',
    protected: false,
    checksum: 'ba3cd24377dde5dfdd58728894004abb',
    os_hash_algo: 'sha512',
    os_hash_value: 'f843619dbfa3214670e4a7385f0e74d9b6a9003e5b12cac4a98c8d95e3dd4ed351aa61a23e813bde9a5664a1dbb5d8fc42651736cc9dc552a371c86a6f0c50cd',
    size: 20_447_232,
    virtual_size: 117_440_512,
    disk_format: 'qcow2',
    container_format: 'bare',
    min_disk: 0,
    min_ram: 0,
    owner: PROJECT_ID,
    os_hidden: false,
    created_at: '2024-03-04T09:58:41Z',
    updated_at: '2024-03-04T09:58:43Z',
    tags: [],
    self: `/v2/images/${id}`,
    file: `/v2/images/${id}/file`,
    schema: '/v2/schemas/image',
    stores: 'file',
    ...over,
  };
}

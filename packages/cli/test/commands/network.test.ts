import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NETWORKS = [
  { id: 'a1f0', name: 'private', subnets: ['s1'], status: 'ACTIVE', admin_state_up: true, shared: false, project_id: 'p1', tenant_id: 'p1' },
  { id: 'b2e1', name: 'public', subnets: [], status: 'ACTIVE', admin_state_up: true, shared: true, project_id: 'p0', tenant_id: 'p0' },
];

describe('network commands and output formats', () => {
  useNock();

  const formats: Array<[string, (out: string) => void]> = [
    ['table', (out) => expect(out).toMatch(/\| ID +\| Name +\| Subnets \|\n\+/)],
    ['json', (out) => expect(JSON.parse(out)).toEqual([{ ID: 'a1f0', Name: 'private', Subnets: ['s1'] }, { ID: 'b2e1', Name: 'public', Subnets: [] }])],
    // PyYAML's layout (cliff): sequences not indented under their key
    ['yaml', (out) => expect(out).toBe('- ID: a1f0\n  Name: private\n  Subnets:\n  - s1\n- ID: b2e1\n  Name: public\n  Subnets: []\n')],
    // Subnets is a list column: Python's str() of the list in value and csv output
    ['value', (out) => expect(out).toBe("a1f0 private ['s1']\nb2e1 public []\n")],
    ['csv', (out) => expect(out).toBe('"ID","Name","Subnets"\n"a1f0","private","[\'s1\']"\n"b2e1","public","[]"\n')],
  ];
  for (const [format, check] of formats) {
    it(`network list -f ${format}`, async () => {
      mockAuth();
      const neutron = nock('https://cloud.test:9696').get('/v2.0/networks').reply(200, { networks: NETWORKS });
      const res = await runCli(['network', 'list', '-f', format], PASSWORD_ENV);
      expect(res.exitCode).toBe(0);
      check(res.stdout);
      neutron.done();
    });
  }

  it('network list -c keeps the command\'s column order; --sort-column/--sort-descending sort the rows', async () => {
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks').reply(200, { networks: NETWORKS });
    const res = await runCli(['network', 'list', '-c', 'Name', '-c', 'ID', '--sort-column', 'Name', '--sort-descending', '-f', 'value'], PASSWORD_ENV);
    expect(res.stdout).toBe('b2e1 public\na1f0 private\n');
  });

  it('network show -f yaml and -f table print the fields sorted, as upstream', async () => {
    for (const [format, expected] of [
      ['yaml', 'id: a1f0\nname: private\nstatus: ACTIVE\n'],
      ['table', '+--------+---------+\n| Field  | Value   |\n+--------+---------+\n| id     | a1f0    |\n| name   | private |\n| status | ACTIVE  |\n+--------+---------+\n'],
    ]) {
      mockAuth();
      nock('https://cloud.test:9696').get('/v2.0/networks/a1f0').reply(200, { network: NETWORKS[0] });
      const res = await runCli(['network', 'show', 'a1f0', '-f', format as string, '-c', 'status', '-c', 'name', '-c', 'id'], PASSWORD_ENV);
      expect(res.stdout).toBe(expected);
    }
  });

  it('network show -f shell prints variables a shell can eval', async () => {
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks/private').reply(404, { NeutronError: { type: 'NetworkNotFound', message: 'Network private could not be found.', detail: '' } });
    nock('https://cloud.test:9696').get('/v2.0/networks').query({ name: 'private' }).reply(200, { networks: [NETWORKS[0]] });
    const res = await runCli(['network', 'show', 'private', '-f', 'shell', '-c', 'id', '-c', 'status'], PASSWORD_ENV);
    expect(res.stdout).toBe('id="a1f0"\nstatus="ACTIVE"\n');
  });

  it('a duplicate name is a clear ambiguity error (exit 5)', async () => {
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks/dup').reply(404, { NeutronError: { type: 'NetworkNotFound', message: 'x', detail: '' } });
    nock('https://cloud.test:9696')
      .get('/v2.0/networks')
      .query({ name: 'dup' })
      .reply(200, { networks: [{ ...NETWORKS[0], name: 'dup' }, { ...NETWORKS[1], name: 'dup' }] });
    const res = await runCli(['network', 'show', 'dup'], PASSWORD_ENV);
    expect(res.exitCode).toBe(5);
    expect(res.stderr).toContain("More than one network exists with the name 'dup'");
  });

  it('deleting several networks without a terminal deletes them without asking, as python-openstackclient does', async () => {
    mockAuth();
    const neutron = nock('https://cloud.test:9696')
      .get('/v2.0/networks/a1f0')
      .reply(200, { network: NETWORKS[0] })
      .delete('/v2.0/networks/a1f0')
      .reply(204)
      .get('/v2.0/networks/b2e1')
      .reply(200, { network: NETWORKS[1] })
      .delete('/v2.0/networks/b2e1')
      .reply(409, { NeutronError: { type: 'NetworkInUse', message: 'Unable to complete operation on network b2e1. There are one or more ports still in use on the network.', detail: '' } });
    const res = await runCli(['network', 'delete', 'a1f0', 'b2e1'], PASSWORD_ENV);
    expect(res.stderr).toContain("Failed to delete network with name or ID 'b2e1': Unable to complete operation on network b2e1");
    expect(res.stderr).toContain('1 of 2 networks failed to delete.');
    expect(res.exitCode).toBe(1);
    neutron.done();
  });

  it('oscloud api prints the raw JSON response', async () => {
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks').query({ name: 'private' }).reply(200, { networks: [NETWORKS[0]] }, { 'content-type': 'application/json' });
    const res = await runCli(['api', 'network', 'GET', '/v2.0/networks?name=private'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ networks: [NETWORKS[0]] });
  });

  it('an empty network list prints nothing as a table, the header with --print-empty', async () => {
    for (const printEmpty of [false, true]) {
      mockAuth();
      nock('https://cloud.test:9696').get('/v2.0/networks').reply(200, { networks: [] });
      const res = await runCli(['network', 'list', ...(printEmpty ? ['--print-empty'] : [])], PASSWORD_ENV);
      expect(res.exitCode).toBe(0);
      expect(res.stdout).toBe(printEmpty ? '+----+------+---------+\n| ID | Name | Subnets |\n+----+------+---------+\n+----+------+---------+\n' : '');
    }
  });

  it('output options only where there is output: delete takes none, show has no csv, list no shell', async () => {
    for (const argv of [
      ['network', 'delete', 'a1f0', '-f', 'json'],
      ['network', 'show', 'a1f0', '-f', 'csv'],
      ['network', 'list', '-f', 'shell'],
      ['network', 'show', 'a1f0', '--sort-column', 'id'],
    ]) {
      const res = await runCli(argv, PASSWORD_ENV);
      expect(res.exitCode, argv.join(' ')).toBe(2);
      expect(res.stdout).toBe('');
    }
  });

  it('--timing prints the URL | Seconds table with a Total on stderr (csv when the data is not a table)', async () => {
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks').reply(200, { networks: NETWORKS });
    const res = await runCli(['network', 'list', '--timing'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toContain('| private |');
    const lines = res.stderr.split('\n');
    expect(lines[0]).toBe('');
    expect(lines[2]).toMatch(/^\| URL +\| +Seconds \|$/);
    expect(lines[4]).toMatch(/^\| POST https:\/\/cloud\.test:5000\/v3\/auth\/tokens +\| +\d+(\.\d+)? \|$/);
    expect(lines[5]).toMatch(/^\| GET https:\/\/cloud\.test:9696\/v2\.0\/networks +\| +\d+(\.\d+)? \|$/);
    expect(lines[6]).toMatch(/^\| Total +\| +\d+(\.\d+)? \|$/);

    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks').reply(200, { networks: NETWORKS });
    const json = await runCli(['network', 'list', '--timing', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    expect(json.stderr).toMatch(/^\n"URL","Seconds"\n"POST https:\/\/cloud\.test:5000\/v3\/auth\/tokens",[\d.]+\n"GET https:\/\/cloud\.test:9696\/v2\.0\/networks",[\d.]+\n"Total",[\d.]+\n$/);
  });

  it('floating ip create --subnet allocates from that subnet', async () => {
    mockAuth();
    const neutron = nock('https://cloud.test:9696')
      .get('/v2.0/networks/b2e1')
      .reply(200, { network: NETWORKS[1] })
      .get('/v2.0/subnets/s-pub')
      .reply(200, { subnet: { id: 's-pub', name: 'public-subnet', network_id: 'b2e1' } })
      .post('/v2.0/floatingips', { floatingip: { floating_network_id: 'b2e1', subnet_id: 's-pub' } })
      .reply(201, { floatingip: { id: 'fip-1', floating_ip_address: '172.24.4.10', floating_network_id: 'b2e1' } });
    const res = await runCli(['floating', 'ip', 'create', '--subnet', 's-pub', 'b2e1', '-f', 'value', '-c', 'floating_ip_address'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('172.24.4.10\n');
    neutron.done();
  });

  it('port list --network --project filters on the API and --long adds upstream\'s columns', async () => {
    mockAuth();
    nock('https://cloud.test:5000').get('/v3/projects/demo').reply(200, { project: { id: 'p1', name: 'demo' } });
    const neutron = nock('https://cloud.test:9696')
      .get('/v2.0/networks/a1f0')
      .reply(200, { network: NETWORKS[0] })
      .get('/v2.0/ports')
      .query({ network_id: 'a1f0', project_id: 'p1' })
      .reply(200, {
        ports: [{ id: 'pt1', name: '', mac_address: 'fa:16:3e:00:00:01', fixed_ips: [{ ip_address: '10.0.0.4', subnet_id: 's1' }], status: 'ACTIVE', security_groups: ['sg1'], device_owner: 'compute:nova', tags: [] }],
      });
    const res = await runCli(['port', 'list', '--network', 'a1f0', '--project', 'demo', '--long', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([
      {
        ID: 'pt1',
        Name: '',
        'MAC Address': 'fa:16:3e:00:00:01',
        'Fixed IP Addresses': [{ ip_address: '10.0.0.4', subnet_id: 's1' }],
        Status: 'ACTIVE',
        'Security Groups': ['sg1'],
        'Device Owner': 'compute:nova',
        Tags: [],
      },
    ]);
    neutron.done();
  });

  it('router list adds Distributed and HA when the routers carry them, State as UP in a table and true in json', async () => {
    const router = { id: 'r1', name: 'router1', status: 'ACTIVE', admin_state_up: true, project_id: 'p1' };
    for (const [routers, headers] of [
      [[router], ['ID', 'Name', 'Status', 'State', 'Project']],
      [[{ ...router, distributed: false, ha: false }], ['ID', 'Name', 'Status', 'State', 'Project', 'Distributed', 'HA']],
    ] as const) {
      mockAuth();
      nock('https://cloud.test:9696').get('/v2.0/routers').reply(200, { routers });
      const json = JSON.parse((await runCli(['router', 'list', '-f', 'json'], PASSWORD_ENV)).stdout);
      expect(Object.keys(json[0])).toEqual(headers);
      expect(json[0].State).toBe(true);
    }
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/routers').reply(200, { routers: [{ ...router, distributed: false, ha: false }] });
    expect((await runCli(['router', 'list', '-f', 'value'], PASSWORD_ENV)).stdout).toBe('r1 router1 ACTIVE True p1 False False\n');
  });

  it('subnet list --long: upstream\'s order, pools as start-end in a table and objects in json', async () => {
    const subnet = {
      id: 'sn1', name: 'private-subnet', network_id: 'a1f0', cidr: '10.0.0.0/24', project_id: 'p1', enable_dhcp: true, dns_nameservers: ['9.9.9.9', '1.1.1.1'],
      allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.100' }, { start: '10.0.0.200', end: '10.0.0.254' }], host_routes: [{ destination: '10.1.0.0/16', nexthop: '10.0.0.9' }],
      ip_version: 4, gateway_ip: '10.0.0.1', service_types: [], tags: [],
    };
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/subnets').reply(200, { subnets: [subnet] });
    const table = (await runCli(['subnet', 'list', '--long'], PASSWORD_ENV)).stdout;
    expect(table.split('\n')[1]).toMatch(/^\| ID +\| Name +\| Network \| Subnet +\| Project \| DHCP \| Name Servers +\| Allocation Pools +\| Host Routes +\|/);
    expect(table).toContain("| 1.1.1.1, 9.9.9.9 | 10.0.0.2-10.0.0.100,10.0.0.200-10.0.0.254 | destination='10.1.0.0/16', gateway='10.0.0.9' |");
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/subnets').reply(200, { subnets: [subnet] });
    const json = JSON.parse((await runCli(['subnet', 'list', '--long', '-f', 'json'], PASSWORD_ENV)).stdout);
    expect(json[0]).toMatchObject({ DHCP: true, 'Name Servers': ['9.9.9.9', '1.1.1.1'], 'Allocation Pools': subnet.allocation_pools, 'Host Routes': subnet.host_routes });
  });

  it('network list --long keeps upstream\'s column order', async () => {
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks').reply(200, { networks: NETWORKS });
    const res = await runCli(['network', 'list', '--long', '-f', 'csv', '--quote', 'none'], PASSWORD_ENV);
    expect(res.stdout.split('\n')[0]).toBe('ID,Name,Status,Project,State,Shared,Subnets,Network Type,Router Type,Availability Zones,Tags');
    // as python-openstackclient: the data of formatted columns (State, Subnets, ...), booleans as Python's csv writes them
    expect(res.stdout.split('\n')[1]).toBe("a1f0,private,ACTIVE,p1,True,False,['s1'],,,[],[]");
  });
});

describe('address scope commands (Neutron address-scope extension; requests as upstream sends them)', () => {
  useNock();
  const SCOPE = { id: 'as-1', name: 'global', ip_version: 6, shared: true, project_id: 'p1', tenant_id: 'p1' };

  it('address scope create --ip-version 6 --share posts the scope and prints openstacksdk fields', async () => {
    mockAuth();
    const neutron = nock('https://cloud.test:9696').post('/v2.0/address-scopes', { address_scope: { name: 'global', ip_version: 6, shared: true } }).reply(201, { address_scope: SCOPE });
    const res = await runCli(['address', 'scope', 'create', 'global', '--ip-version', '6', '--share', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ id: 'as-1', ip_version: 6, name: 'global', project_id: 'p1', shared: true });
    neutron.done();
  });

  it('address scope list --no-share filters on shared=false', async () => {
    mockAuth();
    const neutron = nock('https://cloud.test:9696').get('/v2.0/address-scopes').query({ shared: 'false' }).reply(200, { address_scopes: [{ ...SCOPE, shared: false }] });
    const res = await runCli(['address', 'scope', 'list', '--no-share', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([{ ID: 'as-1', Name: 'global', 'IP Version': 6, Shared: false, Project: 'p1' }]);
    neutron.done();
  });
});

describe('subnet pool commands (Neutron subnet_allocation; requests as upstream sends them)', () => {
  useNock();
  const POOL = { id: 'sp-1', name: 'pool', prefixes: ['10.10.0.0/16'], default_prefixlen: 24, ip_version: 4, shared: false, is_default: false, project_id: 'p1', tenant_id: 'p1', tags: [] };

  it('subnet pool create sends prefixes and prefix lengths, tags with a second request, and prints openstacksdk fields', async () => {
    mockAuth();
    const neutron = nock('https://cloud.test:9696')
      .post('/v2.0/subnetpools', { subnetpool: { prefixes: ['10.10.0.0/16'], default_prefixlen: 24, name: 'pool', shared: true } })
      .reply(201, { subnetpool: POOL })
      .put('/v2.0/subnetpools/sp-1/tags', { tags: ['blue'] })
      .reply(200, { tags: ['blue'] });
    const res = await runCli(['subnet', 'pool', 'create', 'pool', '--pool-prefix', '10.10.0.0/16', '--default-prefix-length', '24', '--share', '--tag', 'blue', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    const shown = JSON.parse(res.stdout);
    expect(shown).toMatchObject({ id: 'sp-1', prefixes: ['10.10.0.0/16'], default_prefixlen: 24, tags: ['blue'], address_scope_id: null });
    expect(shown).not.toHaveProperty('tenant_id');
    neutron.done();
  });

  it('subnet pool set --pool-prefix adds to the existing prefixes; --no-address-scope sends null', async () => {
    mockAuth();
    const neutron = nock('https://cloud.test:9696')
      .get('/v2.0/subnetpools/sp-1')
      .reply(200, { subnetpool: POOL })
      .put('/v2.0/subnetpools/sp-1', { subnetpool: { prefixes: ['10.20.0.0/16', '10.10.0.0/16'], address_scope_id: null } })
      .reply(200, { subnetpool: POOL });
    const res = await runCli(['subnet', 'pool', 'set', 'sp-1', '--pool-prefix', '10.20.0.0/16', '--no-address-scope'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    neutron.done();
  });
});

describe('network segment commands (Neutron segments; requests as upstream sends them)', () => {
  useNock();
  it('network segment create resolves the network and sends segmentation_id; list --long adds Physical Network', async () => {
    mockAuth();
    const SEG = { id: 'seg-1', name: 'vlan10', network_id: 'net-1', network_type: 'vlan', physical_network: 'physnet1', segmentation_id: 10, description: null };
    const neutron = nock('https://cloud.test:9696')
      .get('/v2.0/networks/net-1')
      .reply(200, { network: { id: 'net-1', name: 'private' } })
      .post('/v2.0/segments', { segment: { name: 'vlan10', network_id: 'net-1', network_type: 'vlan', physical_network: 'physnet1', segmentation_id: 10 } })
      .reply(201, { segment: SEG })
      .get('/v2.0/segments')
      .reply(200, { segments: [SEG] });
    const res = await runCli(['network', 'segment', 'create', 'vlan10', '--network', 'net-1', '--network-type', 'vlan', '--physical-network', 'physnet1', '--segment', '10', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual(SEG);
    mockAuth();
    const list = await runCli(['network', 'segment', 'list', '--long', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(list.stdout)).toEqual([{ ID: 'seg-1', Name: 'vlan10', Network: 'net-1', 'Network Type': 'vlan', Segment: 10, 'Physical Network': 'physnet1' }]);
    neutron.done();
  });
});

describe('network qos policy commands (Neutron qos; requests as upstream sends them)', () => {
  useNock();
  it('create --share --default posts to /qos/policies; set --no-share sends shared=false', async () => {
    mockAuth();
    const POLICY = { id: 'qp-1', name: 'gold', description: '', shared: true, is_default: true, project_id: 'p1', rules: [], tags: [] };
    const neutron = nock('https://cloud.test:9696')
      .post('/v2.0/qos/policies', { policy: { name: 'gold', shared: true, is_default: true } })
      .reply(201, { policy: POLICY });
    const res = await runCli(['network', 'qos', 'policy', 'create', 'gold', '--share', '--default', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual(POLICY);
    neutron.done();
    mockAuth();
    const set = nock('https://cloud.test:9696').get('/v2.0/qos/policies/qp-1').reply(200, { policy: POLICY }).put('/v2.0/qos/policies/qp-1', { policy: { shared: false } }).reply(200, { policy: POLICY });
    expect((await runCli(['network', 'qos', 'policy', 'set', 'qp-1', '--no-share'], PASSWORD_ENV)).exitCode).toBe(0);
    set.done();
  });
});

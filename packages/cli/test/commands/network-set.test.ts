import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NEUTRON = 'https://cloud.test:9696';
const NET = { id: 'n1', name: 'private', tags: ['a'], admin_state_up: true };
const SUBNET = {
  id: 's1',
  name: 'sub',
  network_id: 'n1',
  allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.100' }],
  dns_nameservers: ['1.1.1.1'],
  host_routes: [{ destination: '10.1.0.0/24', nexthop: '10.0.0.1' }],
  service_types: [],
  tags: [],
};
const PORT = {
  id: 'p1',
  name: 'port1',
  fixed_ips: [{ subnet_id: 's1', ip_address: '10.0.0.5' }],
  security_groups: ['g1'],
  allowed_address_pairs: [],
  'binding:profile': { a: '1' },
  tags: [],
};
const ROUTER = { id: 'r1', name: 'router1', routes: [{ destination: '10.2.0.0/24', nexthop: '10.0.0.1' }], tags: [] };

describe('Neutron set / unset commands', () => {
  useNock();

  it('network set sends the changed attributes in one PUT and the tags only when they changed', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/networks/private')
      .reply(404, { NeutronError: { type: 'NetworkNotFound', message: 'x', detail: '' } })
      .get('/v2.0/networks')
      .query({ name: 'private' })
      .reply(200, { networks: [NET] })
      .put('/v2.0/networks/n1', { network: { name: 'renamed', admin_state_up: false, shared: true, mtu: 1400, 'router:external': false } })
      .reply(200, { network: NET })
      .put('/v2.0/networks/n1/tags', { tags: ['a', 'b'] })
      .reply(200, { tags: ['a', 'b'] });
    const res = await runCli(['network', 'set', 'private', '--name', 'renamed', '--disable', '--share', '--mtu', '1400', '--internal', '--tag', 'b', '--tag', 'a'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe('');
    neutron.done();
  });

  it('network set --enable --disable is a usage error (exit 2) before any request', async () => {
    const res = await runCli(['network', 'set', 'n1', '--enable', '--disable'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toMatch(/--disable|--enable/);
  });

  it('network unset --all-tag clears the tags; an unchanged tag set sends nothing', async () => {
    mockAuth();
    const neutron = nock(NEUTRON).get('/v2.0/networks/n1').reply(200, { network: NET }).put('/v2.0/networks/n1/tags', { tags: [] }).reply(200, { tags: [] });
    expect((await runCli(['network', 'unset', 'n1', '--all-tag'], PASSWORD_ENV)).exitCode).toBe(0);
    neutron.done();
    mockAuth();
    const unchanged = nock(NEUTRON).get('/v2.0/networks/n1').reply(200, { network: NET });
    expect((await runCli(['network', 'unset', 'n1', '--tag', 'zzz'], PASSWORD_ENV)).exitCode).toBe(0);
    unchanged.done();
  });

  it('subnet set adds pools, DNS servers and host routes to the subnet\'s own; --no-dns-nameservers replaces them', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/subnets/s1')
      .reply(200, { subnet: SUBNET })
      .put('/v2.0/subnets/s1', {
        subnet: {
          gateway_ip: null,
          allocation_pools: [SUBNET.allocation_pools[0], { start: '10.0.0.200', end: '10.0.0.210' }],
          dns_nameservers: ['9.9.9.9'],
          host_routes: [SUBNET.host_routes[0], { destination: '10.3.0.0/24', nexthop: '10.0.0.2' }],
        },
      })
      .reply(200, { subnet: SUBNET });
    const res = await runCli(
      [
        'subnet', 'set', 's1', '--gateway', 'none', '--allocation-pool', 'start=10.0.0.200,end=10.0.0.210', '--no-dns-nameservers',
        '--dns-nameserver', '9.9.9.9', '--host-route', 'destination=10.3.0.0/24,gateway=10.0.0.2',
      ],
      PASSWORD_ENV,
    );
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    neutron.done();
  });

  it('subnet set --gateway auto and a malformed --host-route are usage errors with upstream\'s messages', async () => {
    let res = await runCli(['subnet', 'set', 's1', '--gateway', 'auto'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('Auto option is not available for Subnet Set. Valid options are <ip-address> or none');
    res = await runCli(['subnet', 'set', 's1', '--host-route', 'destination=10.0.0.0/24,via=1.2.3.4'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('Invalid keys via specified.\nValid keys are: destination, gateway');
    res = await runCli(['subnet', 'set', 's1', '--allocation-pool', 'start=10.0.0.2'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('Missing required keys end.\nRequired keys are: start, end');
  });

  it('subnet unset removes entries; one the subnet lacks fails (exit 1) before any change', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/subnets/s1')
      .reply(200, { subnet: SUBNET })
      .put('/v2.0/subnets/s1', { subnet: { dns_nameservers: [], host_routes: [] } })
      .reply(200, { subnet: SUBNET });
    let res = await runCli(['subnet', 'unset', 's1', '--dns-nameserver', '1.1.1.1', '--host-route', 'destination=10.1.0.0/24,gateway=10.0.0.1'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    neutron.done();
    mockAuth();
    nock(NEUTRON).get('/v2.0/subnets/s1').reply(200, { subnet: SUBNET });
    res = await runCli(['subnet', 'unset', 's1', '--dns-nameserver', '8.8.8.8'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain('Subnet does not contain dns-nameserver 8.8.8.8');
  });

  it('port set appends fixed IPs, security groups and allowed address pairs; merges the binding profile', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/ports/p1')
      .reply(200, { port: PORT })
      .get('/v2.0/subnets/s1')
      .reply(200, { subnet: SUBNET })
      .get('/v2.0/security-groups/g2')
      .reply(200, { security_group: { id: 'g2', name: 'web' } })
      .put('/v2.0/ports/p1', {
        port: {
          name: 'renamed',
          fixed_ips: [PORT.fixed_ips[0], { subnet_id: 's1', ip_address: '10.0.0.6' }],
          'binding:profile': { a: '1', b: '2' },
          security_groups: ['g1', 'g2'],
          allowed_address_pairs: [{ ip_address: '10.0.0.50' }],
        },
      })
      .reply(200, { port: PORT });
    const res = await runCli(
      [
        'port', 'set', 'p1', '--name', 'renamed', '--fixed-ip', 'subnet=s1,ip-address=10.0.0.6', '--binding-profile', 'b=2',
        '--security-group', 'g2', '--allowed-address', 'ip-address=10.0.0.50',
      ],
      PASSWORD_ENV,
    );
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    neutron.done();
  });

  it('port unset removes a security group and a profile key; an absent one is an error', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/ports/p1')
      .reply(200, { port: PORT })
      .get('/v2.0/security-groups/g1')
      .reply(200, { security_group: { id: 'g1', name: 'default' } })
      .put('/v2.0/ports/p1', { port: { 'binding:profile': {}, security_groups: [] } })
      .reply(200, { port: PORT });
    let res = await runCli(['port', 'unset', 'p1', '--security-group', 'g1', '--binding-profile', 'a'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    neutron.done();
    mockAuth();
    nock(NEUTRON).get('/v2.0/ports/p1').reply(200, { port: PORT });
    res = await runCli(['port', 'unset', 'p1', '--binding-profile', 'zz'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain('Port does not contain binding-profile zz');
  });

  it('router set --route adds to the routes, --no-route alone clears them; SNAT needs --external-gateway', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/routers/r1')
      .reply(200, { router: ROUTER })
      .put('/v2.0/routers/r1', { router: { routes: [ROUTER.routes[0], { destination: '10.4.0.0/24', nexthop: '10.0.0.9' }] } })
      .reply(200, { router: ROUTER });
    let res = await runCli(['router', 'set', 'r1', '--route', 'destination=10.4.0.0/24,gateway=10.0.0.9'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    neutron.done();
    mockAuth();
    const clear = nock(NEUTRON).get('/v2.0/routers/r1').reply(200, { router: ROUTER }).put('/v2.0/routers/r1', { router: { routes: [] } }).reply(200, { router: ROUTER });
    expect((await runCli(['router', 'set', 'r1', '--no-route'], PASSWORD_ENV)).exitCode).toBe(0);
    clear.done();
    res = await runCli(['router', 'set', 'r1', '--disable-snat'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain("You must specify '--external-gateway' in order to specify SNAT or a fixed-ip");
  });

  it('router unset --route removes that route and --external-gateway clears the gateway', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/routers/r1')
      .reply(200, { router: ROUTER })
      .put('/v2.0/routers/r1', { router: { routes: [], external_gateway_info: {} } })
      .reply(200, { router: ROUTER });
    const res = await runCli(['router', 'unset', 'r1', '--route', 'destination=10.2.0.0/24,gateway=10.0.0.1', '--external-gateway'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    neutron.done();
  });

  it('router add port / remove port send the port to (add|remove)_router_interface', async () => {
    for (const verb of ['add', 'remove']) {
      mockAuth();
      const neutron = nock(NEUTRON)
        .get('/v2.0/routers/r1')
        .reply(200, { router: ROUTER })
        .get('/v2.0/ports/p1')
        .reply(200, { port: PORT })
        .put(`/v2.0/routers/r1/${verb}_router_interface`, { port_id: 'p1' })
        .reply(200, { id: 'r1', port_id: 'p1', subnet_id: 's1' });
      const res = await runCli(['router', verb, 'port', 'r1', 'p1'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
      neutron.done();
    }
  });

  it('router add route sends add_extraroutes and prints the router', async () => {
    mockAuth();
    const routes = [{ destination: '10.5.0.0/24', nexthop: '10.0.0.7' }];
    const neutron = nock(NEUTRON)
      .get('/v2.0/routers/r1')
      .reply(200, { router: ROUTER })
      .put('/v2.0/routers/r1/add_extraroutes', { router: { routes } })
      .reply(200, { router: { ...ROUTER, routes: [...ROUTER.routes, ...routes] } });
    const res = await runCli(['router', 'add', 'route', 'r1', '--route', 'destination=10.5.0.0/24,gateway=10.0.0.7', '-f', 'json', '-c', 'routes'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ routes: [...ROUTER.routes, ...routes] });
    neutron.done();
  });

  it('floating ip set --port associates; unset --port disassociates', async () => {
    const FIP = { id: 'f1', floating_ip_address: '172.24.4.10', port_id: null, tags: [] };
    mockAuth();
    const set = nock(NEUTRON)
      .get('/v2.0/floatingips/f1')
      .reply(200, { floatingip: FIP })
      .get('/v2.0/ports/p1')
      .reply(200, { port: PORT })
      .put('/v2.0/floatingips/f1', { floatingip: { port_id: 'p1' } })
      .reply(200, { floatingip: FIP });
    expect((await runCli(['floating', 'ip', 'set', 'f1', '--port', 'p1'], PASSWORD_ENV)).exitCode).toBe(0);
    set.done();
    mockAuth();
    const unset = nock(NEUTRON).get('/v2.0/floatingips/f1').reply(200, { floatingip: FIP }).put('/v2.0/floatingips/f1', { floatingip: { port_id: null } }).reply(200, { floatingip: FIP });
    expect((await runCli(['floating', 'ip', 'unset', 'f1', '--port'], PASSWORD_ENV)).exitCode).toBe(0);
    unset.done();
  });
});

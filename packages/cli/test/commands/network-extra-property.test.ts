import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { extraProperties } from '../../src/views/neutron.js';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NEUTRON = 'https://cloud.test:9696';

describe('--extra-property (python-openstackclient network/common.py)', () => {
  useNock();

  it('converts str (the default), int, bool, list and dict values as upstream does', () => {
    expect(
      extraProperties([
        'name=a,value=x',
        'type=str,name=b,value=7',
        'type=int,name=c,value= -12 ',
        'type=bool,name=d,value=TRUE',
        'type=bool,name=e,value=yes',
        'type=list,name=f,value=1;2;3',
        'type=list,name=g,value=',
        'type=dict,name=h,value=k1:v1;k2:v2:x;more',
        'name=i,value=a=b',
      ]),
    ).toEqual({ a: 'x', b: '7', c: -12, d: true, e: false, f: ['1', '2', '3'], g: [], h: { k1: 'v1', k2: 'v2:x;more' }, i: 'a=b' });
  });

  it('unset sends each name as null', () => {
    expect(extraProperties(['name=dns_domain,value=x', 'type=int,name=mtu,value=bad'], true)).toEqual({ dns_domain: null, mtu: null });
  });

  it("rejects unknown types, bad ints, dicts without a key's value, and missing or unknown keys with upstream's messages", () => {
    expect(() => extraProperties(['type=float,name=a,value=1'])).toThrow('Type float of property a is not supported');
    expect(() => extraProperties(['type=constructor,name=a,value=1'])).toThrow('Type constructor of property a is not supported');
    expect(() => extraProperties(['type=int,name=a,value=1.5'])).toThrow("invalid literal for int() with base 10: '1.5'");
    expect(() => extraProperties(['type=dict,name=a,value=nokey'])).toThrow("missing value for key 'nokey'");
    expect(() => extraProperties(['name=a'])).toThrow('Missing required keys value');
    expect(() => extraProperties(['name=a,value=1,kind=x'])).toThrow('Invalid keys kind specified');
    // a comma in a value is a new key=value pair (MultiKeyValueAction, not its Comma variant)
    expect(() => extraProperties(['name=a,value=1,2'])).toThrow('but got: 2');
  });

  it('network create sends the converted properties in the body (overriding the options, as attrs.update does)', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .post('/v2.0/networks', { network: { name: 'n', admin_state_up: true, mtu: 1450, dns_domain: 'example.org.', 'provider:segmentation_id': 7 } })
      .reply(201, { network: { id: 'n1', name: 'n', mtu: 1450 } });
    const res = await runCli(
      ['network', 'create', 'n', '--mtu', '1400', '--extra-property', 'type=int,name=mtu,value=1450', '--extra-property', 'name=dns_domain,value=example.org.', '--extra-property', 'type=int,name=provider:segmentation_id,value=7', '-f', 'json'],
      PASSWORD_ENV,
    );
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout).mtu).toBe(1450);
    neutron.done();
  });

  it('subnet, port and router create send them too', async () => {
    const neutron = nock(NEUTRON)
      .get('/v2.0/networks/n1')
      .times(2)
      .reply(200, { network: { id: 'n1', name: 'net' } })
      .post('/v2.0/subnets', (b) => b.subnet.service_types?.join() === 'network:foo' && b.subnet.cidr === '10.0.0.0/24')
      .reply(201, { subnet: { id: 's1', name: 's' } })
      .post('/v2.0/ports', (b) => b.port.binding_profile === undefined && b.port['binding:profile']?.a === '1' && b.port.network_id === 'n1')
      .reply(201, { port: { id: 'p1', name: 'p' } })
      .post('/v2.0/routers', (b) => b.router.ha === false && b.router.name === 'r')
      .reply(201, { router: { id: 'r1', name: 'r' } });
    const run = (argv: string[]) => {
      mockAuth();
      return runCli([...argv, '-f', 'json'], PASSWORD_ENV);
    };
    expect((await run(['subnet', 'create', 's', '--network', 'n1', '--subnet-range', '10.0.0.0/24', '--extra-property', 'type=list,name=service_types,value=network:foo'])).exitCode).toBe(0);
    expect((await run(['port', 'create', 'p', '--network', 'n1', '--extra-property', 'type=dict,name=binding:profile,value=a:1'])).exitCode).toBe(0);
    expect((await run(['router', 'create', 'r', '--extra-property', 'type=bool,name=ha,value=false'])).exitCode).toBe(0);
    neutron.done();
  });

  it('network, subnet, port and router set PUT them; unset PUTs null', async () => {
    const neutron = nock(NEUTRON)
      .get('/v2.0/networks/n1')
      .times(2)
      .reply(200, { network: { id: 'n1', name: 'net', tags: [] } })
      .put('/v2.0/networks/n1', { network: { description: 'd', qos_policy_id: 'q1' } })
      .reply(200, { network: { id: 'n1' } })
      .put('/v2.0/networks/n1', { network: { qos_policy_id: null } })
      .reply(200, { network: { id: 'n1' } })
      .get('/v2.0/subnets/s1')
      .reply(200, { subnet: { id: 's1', tags: [] } })
      .put('/v2.0/subnets/s1', { subnet: { enable_dhcp: false } })
      .reply(200, { subnet: { id: 's1' } })
      .get('/v2.0/ports/p1')
      .reply(200, { port: { id: 'p1', tags: [] } })
      .put('/v2.0/ports/p1', { port: { dns_name: null } })
      .reply(200, { port: { id: 'p1' } })
      .get('/v2.0/routers/r1')
      .reply(200, { router: { id: 'r1', tags: [] } })
      .put('/v2.0/routers/r1', { router: { routes: [] } })
      .reply(200, { router: { id: 'r1' } });
    const ok = async (argv: string[]) => {
      mockAuth();
      const res = await runCli(argv, PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
    };
    await ok(['network', 'set', 'n1', '--description', 'd', '--extra-property', 'name=qos_policy_id,value=q1']);
    await ok(['network', 'unset', 'n1', '--extra-property', 'name=qos_policy_id,value=x']);
    await ok(['subnet', 'set', 's1', '--extra-property', 'type=bool,name=enable_dhcp,value=False']);
    await ok(['port', 'unset', 'p1', '--extra-property', 'name=dns_name,value=x']);
    await ok(['router', 'set', 'r1', '--extra-property', 'type=list,name=routes,value=']);
    neutron.done();
  });

  it("a bad value fails before any request with upstream's message (exit 1); a malformed option is a usage error (exit 2)", async () => {
    const res = await runCli(['network', 'create', 'n', '--extra-property', 'type=int,name=mtu,value=big'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toBe("invalid literal for int() with base 10: 'big'\n");
    const malformed = await runCli(['network', 'create', 'n', '--extra-property', 'name=mtu'], PASSWORD_ENV);
    expect(malformed.exitCode).toBe(2);
    expect(malformed.stderr).toContain('Missing required keys value');
  });
});

import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NEUTRON = 'https://cloud.test:9696';
const GROUP = { id: 'sg-1', name: 'web', description: 'web', security_group_rules: [] };
const rule = (id: string, protocol: string | null, min: number | null, max: number | null) => ({
  id,
  protocol,
  port_range_min: min,
  port_range_max: max,
  ethertype: 'IPv4',
  direction: 'ingress',
  remote_ip_prefix: '0.0.0.0/0',
  remote_group_id: null,
  security_group_id: 'sg-1',
});

describe('security group rule commands', () => {
  useNock();

  it("group list shows Tags as python-openstackclient does, unformatted: Python's str() of the list even in a table", async () => {
    mockAuth();
    nock(NEUTRON).get('/v2.0/security-groups').reply(200, { security_groups: [{ ...GROUP, project_id: 'p1', tags: [] }] });
    const res = await runCli(['security', 'group', 'list'], PASSWORD_ENV);
    expect(res.stdout).toContain('| sg-1 | web  | web         | p1      | []   |');
  });

  it('rule list shows ports as min:max and ICMP rules as type=T:code=C', async () => {
    mockAuth();
    nock(NEUTRON)
      .get('/v2.0/security-group-rules')
      .reply(200, {
        security_group_rules: [
          rule('r1', 'tcp', 22, 22),
          rule('r2', 'udp', 137, 139),
          rule('r3', 'icmp', 8, 0),
          rule('r4', 'icmp', 0, null),
          rule('r5', 'icmp', null, null),
          rule('r6', null, null, null),
        ],
      });
    const res = await runCli(['security', 'group', 'rule', 'list', '-f', 'value', '-c', 'ID', '-c', 'Port Range'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('r1 22:22\nr2 137:139\nr3 type=8:code=0\nr4 type=0\nr5 \nr6 \n');
  });

  it("rule list has python-openstackclient's columns: an absent prefix is the family's whole range, Security Group only without a group", async () => {
    mockAuth();
    const rules = [{ ...rule('r1', null, null, null), remote_ip_prefix: null }, { ...rule('r2', null, null, null), ethertype: 'IPv6', remote_ip_prefix: null }];
    nock(NEUTRON).get('/v2.0/security-group-rules').reply(200, { security_group_rules: rules });
    const all = JSON.parse((await runCli(['security', 'group', 'rule', 'list', '-f', 'json'], PASSWORD_ENV)).stdout);
    expect(Object.keys(all[0])).toEqual(['ID', 'IP Protocol', 'Ethertype', 'IP Range', 'Port Range', 'Direction', 'Remote Security Group', 'Remote Address Group', 'Security Group']);
    expect(all.map((r: { 'IP Range': string }) => r['IP Range'])).toEqual(['0.0.0.0/0', '::/0']);
    expect(all[0]['Remote Address Group']).toBeNull();
    mockAuth();
    nock(NEUTRON)
      .get('/v2.0/security-groups/sg-1')
      .reply(200, { security_group: GROUP })
      .get('/v2.0/security-group-rules')
      .query({ security_group_id: 'sg-1' })
      .reply(200, { security_group_rules: rules });
    const one = JSON.parse((await runCli(['security', 'group', 'rule', 'list', 'sg-1', '-f', 'json'], PASSWORD_ENV)).stdout);
    expect(Object.keys(one[0])).not.toContain('Security Group');
  });

  it('rule create --protocol icmp --icmp-type --icmp-code sends them as the port range', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/security-groups/web')
      .reply(404, { NeutronError: { type: 'SecurityGroupNotFound', message: 'x', detail: '' } })
      .get('/v2.0/security-groups')
      .query({ name: 'web' })
      .reply(200, { security_groups: [GROUP] })
      .post('/v2.0/security-group-rules', {
        security_group_rule: { security_group_id: 'sg-1', direction: 'ingress', protocol: 'icmp', port_range_min: 8, port_range_max: 0, ethertype: 'IPv4', remote_ip_prefix: '0.0.0.0/0' },
      })
      .reply(201, { security_group_rule: rule('r3', 'icmp', 8, 0) });
    const res = await runCli(['security', 'group', 'rule', 'create', '--protocol', 'icmp', '--icmp-type', '8', '--icmp-code', '0', 'web', '-f', 'value', '-c', 'id'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('r3\n');
    neutron.done();
  });

  it('ICMP options need an ICMP protocol, and a code needs a type (exit 2, no request)', async () => {
    for (const [argv, message] of [
      [['--protocol', 'tcp', '--icmp-type', '8'], 'ICMP IP protocol required with arguments --icmp-type and --icmp-code'],
      [['--protocol', 'icmp', '--icmp-code', '0'], 'Argument --icmp-type required with argument --icmp-code'],
      [['--protocol', 'icmp', '--dst-port', '22'], '--dst-port is for port-based protocols'],
    ] as const) {
      const res = await runCli(['security', 'group', 'rule', 'create', ...argv, 'web'], PASSWORD_ENV);
      expect(res.exitCode).toBe(2);
      expect(res.stderr).toContain(message);
    }
  });
});

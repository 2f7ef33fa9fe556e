import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NEUTRON = 'https://cloud.test:9696';
const port = (id: string) => ({ port: { id, name: id } });

describe('Neutron extension commands (trunks, local IPs, port forwarding, NDP proxies, conntrack helpers, segment ranges, default rules, QoS rules, auto topology)', () => {
  useNock();

  it('network trunk create resolves the parent port and subports and prints upstream\'s fields', async () => {
    mockAuth();
    const trunk = { id: 't-1', name: 'tr', description: '', admin_state_up: true, port_id: 'pp', project_id: 'p1', tenant_id: 'p1', status: 'DOWN', sub_ports: [{ port_id: 'sp', segmentation_type: 'vlan', segmentation_id: 100 }], tags: [] };
    const neutron = nock(NEUTRON)
      .get('/v2.0/ports/pp').reply(200, port('pp'))
      .get('/v2.0/ports/sp').reply(200, port('sp'))
      .post('/v2.0/trunks', { trunk: { name: 'tr', admin_state_up: true, port_id: 'pp', sub_ports: [{ port_id: 'sp', segmentation_id: 100, segmentation_type: 'vlan' }] } })
      .reply(201, { trunk });
    const res = await runCli(['network', 'trunk', 'create', 'tr', '--parent-port', 'pp', '--subport', 'port=sp,segmentation-type=vlan,segmentation-id=100', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({
      description: '', id: 't-1', is_admin_state_up: true, name: 'tr', port_id: 'pp', project_id: 'p1', status: 'DOWN',
      sub_ports: [{ port_id: 'sp', segmentation_type: 'vlan', segmentation_id: 100 }], tags: [],
    });
    neutron.done();
    mockAuth();
    const bad = await runCli(['network', 'trunk', 'create', 'tr', '--parent-port', 'pp', '--subport', 'segmentation-id=1'], PASSWORD_ENV);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('Missing required keys port');
  });

  it('network trunk set updates then adds subports; unset removes them; subport list reads get_subports', async () => {
    mockAuth();
    const trunk = { trunk: { id: 't-1', name: 'tr' } };
    const neutron = nock(NEUTRON)
      .get('/v2.0/trunks/t-1').reply(200, trunk)
      .put('/v2.0/trunks/t-1', { trunk: { admin_state_up: false } }).reply(200, trunk)
      .get('/v2.0/ports/sp').reply(200, port('sp'))
      .put('/v2.0/trunks/t-1/add_subports', { sub_ports: [{ port_id: 'sp', segmentation_id: 7, segmentation_type: 'vlan' }] }).reply(200, trunk.trunk)
      .get('/v2.0/ports/sp').reply(200, port('sp'))
      .get('/v2.0/trunks/t-1').reply(200, trunk)
      .put('/v2.0/trunks/t-1/remove_subports', { sub_ports: [{ port_id: 'sp' }] }).reply(200, trunk.trunk)
      .get('/v2.0/trunks/t-1').reply(200, trunk)
      .get('/v2.0/trunks/t-1/get_subports').reply(200, { sub_ports: [{ port_id: 'sp', segmentation_type: 'vlan', segmentation_id: 7 }] });
    expect((await runCli(['network', 'trunk', 'set', 't-1', '--disable', '--subport', 'port=sp,segmentation-type=vlan,segmentation-id=7'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    expect((await runCli(['network', 'trunk', 'unset', 't-1', '--subport', 'sp'], PASSWORD_ENV)).exitCode).toBe(0);
    mockAuth();
    const listed = await runCli(['network', 'subport', 'list', '--trunk', 't-1', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout).toBe('"Port","Segmentation Type","Segmentation ID"\n"sp","vlan",7\n');
    neutron.done();
  });

  it('network trunk list --long adds Status, State (UP/DOWN), Created At, Updated At', async () => {
    mockAuth();
    nock(NEUTRON).get('/v2.0/trunks').reply(200, { trunks: [{ id: 't-1', name: 'tr', port_id: 'pp', description: 'd', status: 'ACTIVE', admin_state_up: false, created_at: 'c', updated_at: 'u' }] });
    const res = await runCli(['network', 'trunk', 'list', '--long', '-f', 'csv'], PASSWORD_ENV);
    expect(res.stdout).toBe('"ID","Name","Parent Port","Description","Status","State","Created At","Updated At"\n"t-1","tr","pp","d","ACTIVE","False","c","u"\n');
  });

  it('local ip create and association create/list/delete use the local IP\'s port_associations', async () => {
    mockAuth();
    const lip = { id: 'l-1', name: 'lip', description: '', project_id: 'p1', local_port_id: 'lp', network_id: 'n-1', local_ip_address: '10.0.0.9', ip_mode: 'translate', revision_number: 0, created_at: 'c', updated_at: 'u' };
    const assoc = { local_ip_id: 'l-1', local_ip_address: '10.0.0.9', fixed_port_id: 'fp', fixed_ip: '10.0.0.5', host: 'h1' };
    const neutron = nock(NEUTRON)
      .get('/v2.0/networks/n-1').reply(200, { network: { id: 'n-1', name: 'net' } })
      .post('/v2.0/local_ips', { local_ip: { name: 'lip', network_id: 'n-1', ip_mode: 'translate' } }).reply(201, { local_ip: lip })
      .get('/v2.0/ports/fp').reply(200, port('fp'))
      .get('/v2.0/local_ips/l-1').reply(200, { local_ip: lip })
      .post('/v2.0/local_ips/l-1/port_associations', { port_association: { fixed_port_id: 'fp', fixed_ip: '10.0.0.5' } }).reply(201, { port_association: assoc })
      .get('/v2.0/local_ips/l-1').reply(200, { local_ip: lip })
      .get('/v2.0/local_ips/l-1/port_associations').query({ host: 'h1' }).reply(200, { port_associations: [assoc] })
      .get('/v2.0/local_ips/l-1').reply(200, { local_ip: lip })
      .delete('/v2.0/local_ips/l-1/port_associations/fp').reply(204)
      .delete('/v2.0/local_ips/l-1/port_associations/gone').reply(404, { NeutronError: { type: 'NotFound', message: 'Local IP association gone could not be found.', detail: '' } });
    const created = await runCli(['local', 'ip', 'create', '--name', 'lip', '--network', 'n-1', '--ip-mode', 'translate', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(created.stdout)).toEqual(lip);
    mockAuth();
    const a = await runCli(['local', 'ip', 'association', 'create', 'l-1', 'fp', '--fixed-ip', '10.0.0.5', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(a.stdout)).toEqual({ fixed_ip: '10.0.0.5', fixed_port_id: 'fp', host: 'h1', local_ip_address: '10.0.0.9', local_ip_id: 'l-1' });
    mockAuth();
    const listed = await runCli(['local', 'ip', 'association', 'list', 'l-1', '--host', 'h1', '-f', 'value'], PASSWORD_ENV);
    expect(listed.stdout).toBe('l-1 10.0.0.9 fp 10.0.0.5 h1\n');
    mockAuth();
    const del = await runCli(['local', 'ip', 'association', 'delete', 'l-1', 'fp', 'gone'], PASSWORD_ENV);
    expect(del.exitCode).toBe(1);
    expect(del.stderr).toContain('1 of 2 local IP associations failed to delete.');
    neutron.done();
  });

  it('floating ip port forwarding create sends port ranges as upstream and checks them', async () => {
    mockAuth();
    const pf = { id: 'pf-1', internal_port_id: 'ip', internal_ip_address: '10.0.0.5', internal_port_range: '80:90', external_port_range: '8080:8090', protocol: 'tcp', description: '' };
    const neutron = nock(NEUTRON)
      .get('/v2.0/floatingips/f-1').reply(200, { floatingip: { id: 'f-1', floating_ip_address: '172.24.4.5' } })
      .get('/v2.0/ports/ip').reply(200, port('ip'))
      .post('/v2.0/floatingips/f-1/port_forwardings', {
        port_forwarding: { internal_port_range: '80:90', external_port_range: '8080:8090', internal_port_id: 'ip', internal_ip_address: '10.0.0.5', protocol: 'tcp' },
      })
      .reply(201, { port_forwarding: pf })
      .get('/v2.0/floatingips/f-1').reply(200, { floatingip: { id: 'f-1' } })
      .get('/v2.0/floatingips/f-1/port_forwardings').query({ external_port: 22 }).reply(200, { port_forwardings: [pf] });
    const res = await runCli(
      ['floating', 'ip', 'port', 'forwarding', 'create', 'f-1', '--internal-ip-address', '10.0.0.5', '--port', 'ip', '--internal-protocol-port', '80:90', '--external-protocol-port', '8080:8090', '--protocol', 'tcp', '-f', 'json'],
      PASSWORD_ENV,
    );
    expect(JSON.parse(res.stdout)).toEqual({
      description: '', external_port: null, external_port_range: '8080:8090', floatingip_id: 'f-1', id: 'pf-1', internal_ip_address: '10.0.0.5',
      internal_port: null, internal_port_id: 'ip', internal_port_range: '80:90', name: null, protocol: 'tcp',
    });
    mockAuth();
    const listed = await runCli(['floating', 'ip', 'port', 'forwarding', 'list', 'f-1', '--external-protocol-port', '22', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout.split('\n')[0]).toBe('"ID","Internal Port ID","Internal IP Address","Internal Port","Internal Port Range","External Port","External Port Range","Protocol","Description"');
    neutron.done();
    mockAuth();
    nock(NEUTRON).get('/v2.0/floatingips/f-1').reply(200, { floatingip: { id: 'f-1' } });
    const bad = await runCli(['floating', 'ip', 'port', 'forwarding', 'set', 'f-1', 'pf-1', '--internal-protocol-port', '80:90', '--external-protocol-port', '80:85'], PASSWORD_ENV);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('The relation between internal and external ports does not match the pattern 1:N and N:N');
  });

  it('router ndp proxy create and list; conntrack helper create/list under the router', async () => {
    mockAuth();
    const proxy = { id: 'np-1', name: 'np', router_id: 'r-1', port_id: 'pp', ip_address: '2001:db8::5', project_id: 'p1', description: '', revision_number: 0, created_at: 'c', updated_at: 'u' };
    const neutron = nock(NEUTRON)
      .get('/v2.0/routers/r-1').reply(200, { router: { id: 'r-1', name: 'r' } })
      .get('/v2.0/ports/pp').reply(200, port('pp'))
      .post('/v2.0/ndp_proxies', { ndp_proxy: { name: 'np', router_id: 'r-1', port_id: 'pp' } }).reply(201, { ndp_proxy: proxy })
      .get('/v2.0/routers/r-1').reply(200, { router: { id: 'r-1', name: 'r' } })
      .get('/v2.0/ndp_proxies').query({ router_id: 'r-1' }).reply(200, { ndp_proxies: [proxy] })
      .get('/v2.0/routers/r-1').reply(200, { router: { id: 'r-1' } })
      .post('/v2.0/routers/r-1/conntrack_helpers', { conntrack_helper: { helper: 'ftp', protocol: 'tcp', port: 21 } })
      .reply(201, { conntrack_helper: { id: 'ch-1', helper: 'ftp', protocol: 'tcp', port: 21 } })
      .get('/v2.0/routers/r-1').reply(200, { router: { id: 'r-1' } })
      .get('/v2.0/routers/r-1/conntrack_helpers').query({ protocol: 'tcp' }).reply(200, { conntrack_helpers: [{ id: 'ch-1', helper: 'ftp', protocol: 'tcp', port: 21 }] });
    const created = await runCli(['router', 'ndp', 'proxy', 'create', 'r-1', '--name', 'np', '--port', 'pp', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(created.stdout)).toEqual(proxy);
    mockAuth();
    expect((await runCli(['router', 'ndp', 'proxy', 'list', '--router', 'r-1', '-f', 'value'], PASSWORD_ENV)).stdout).toBe('np-1 np r-1 2001:db8::5 p1\n');
    mockAuth();
    const ch = await runCli(['network', 'l3', 'conntrack', 'helper', 'create', 'r-1', '--helper', 'ftp', '--protocol', 'tcp', '--port', '21', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(ch.stdout)).toEqual({ helper: 'ftp', id: 'ch-1', name: null, port: 21, protocol: 'tcp', router_id: 'r-1' });
    mockAuth();
    expect((await runCli(['network', 'l3', 'conntrack', 'helper', 'list', 'r-1', '--protocol', 'tcp', '-f', 'value'], PASSWORD_ENV)).stdout).toBe('ch-1 r-1 ftp tcp 21\n');
    neutron.done();
    mockAuth();
    const missing = await runCli(['network', 'l3', 'conntrack', 'helper', 'create', 'r-1', '--helper', 'ftp'], PASSWORD_ENV);
    expect(missing.exitCode).toBe(2);
  });

  it('network segment range: checks the extension, compacts available/used, filters --unused', async () => {
    mockAuth();
    const range = { id: 'sr-1', name: 'vlans', default: false, shared: true, project_id: null, network_type: 'vlan', physical_network: 'physnet1', minimum: 100, maximum: 110, used: { 101: 'p1', 102: 'p1', 105: 'p2' }, available: [100, 103, 104, 106, 107, 108, 109, 110] };
    nock(NEUTRON)
      .get('/v2.0/extensions/network-segment-range').reply(200, { extension: { alias: 'network-segment-range' } })
      .get('/v2.0/network_segment_ranges').reply(200, { network_segment_ranges: [range, { ...range, id: 'sr-2', used: {} }] });
    const listed = await runCli(['network', 'segment', 'range', 'list', '--used', '-f', 'json'], PASSWORD_ENV);
    const rows = JSON.parse(listed.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ID: 'sr-1', 'Minimum ID': 100, Used: { p1: ['101-102'], p2: ['105'] }, Available: ['100', '103-104', '106-110'] });
    mockAuth();
    nock(NEUTRON).get('/v2.0/extensions/network-segment-range').reply(404, { NeutronError: { type: 'ExtensionNotFound', message: 'Extension network-segment-range could not be found.', detail: '' } });
    const res = await runCli(['network', 'segment', 'range', 'show', 'sr-1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain('Network segment range show not supported by Network API: Extension network-segment-range could not be found.');
    expect(res.stderr).not.toContain('    at ');
  });

  it('default security group rule create sends upstream\'s defaults; list formats ports and ranges', async () => {
    mockAuth();
    const rule = { id: 'd-1', protocol: 'tcp', ethertype: 'IPv4', direction: 'ingress', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0', remote_group_id: null, remote_address_group_id: null, used_in_default_sg: false, used_in_non_default_sg: true, description: '' };
    const neutron = nock(NEUTRON)
      .post('/v2.0/default-security-group-rules', {
        default_security_group_rule: { protocol: 'tcp', direction: 'ingress', ethertype: 'IPv4', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0', used_in_default_sg: false, used_in_non_default_sg: true },
      })
      .reply(201, { default_security_group_rule: rule })
      .get('/v2.0/default-security-group-rules').query({ direction: 'ingress' }).reply(200, { default_security_group_rules: [rule, { ...rule, id: 'd-2', protocol: 'icmp', port_range_min: 8, port_range_max: null, remote_ip_prefix: null, ethertype: 'IPv6' }] });
    const res = await runCli(['default', 'security', 'group', 'rule', 'create', '--protocol', 'TCP', '--dst-port', '22', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toMatchObject({ ether_type: 'IPv4', port_range_min: 22, used_in_non_default_sg: true });
    mockAuth();
    const listed = await runCli(['default', 'security', 'group', 'rule', 'list', '--ingress', '-f', 'csv', '-c', 'ID', '-c', 'IP Range', '-c', 'Port Range'], PASSWORD_ENV);
    expect(listed.stdout).toBe('"ID","IP Range","Port Range"\n"d-1","0.0.0.0/0","22:22"\n"d-2","::/0","type=8"\n');
    neutron.done();
  });

  it('network qos rule create checks the type\'s arguments; show and delete find the rule\'s type in the policy', async () => {
    mockAuth();
    const policy = { policy: { id: 'q-1', name: 'gold', rules: [{ id: 'ru-1', type: 'bandwidth_limit', max_kbps: 1000, max_burst_kbps: 0, direction: 'egress', qos_policy_id: 'q-1' }] } };
    nock(NEUTRON).get('/v2.0/qos/policies/q-1').reply(200, policy);
    const bad = await runCli(['network', 'qos', 'rule', 'create', 'q-1', '--type', 'minimum-bandwidth', '--min-kbps', '10'], PASSWORD_ENV);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('Failed to create Network QoS rule: "Create" rule command for type "minimum-bandwidth" requires arguments: direction, min_kbps');
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/qos/policies/q-1').reply(200, policy)
      .get('/v2.0/qos/policies/q-1/bandwidth_limit_rules/ru-1').reply(200, { bandwidth_limit_rule: { id: 'ru-1', max_kbps: 1000, max_burst_kbps: 0, direction: 'egress' } })
      .get('/v2.0/qos/policies/q-1').reply(200, policy)
      .get('/v2.0/qos/policies/q-1').reply(200, policy)
      .delete('/v2.0/qos/policies/q-1/bandwidth_limit_rules/ru-1').reply(204);
    const shown = await runCli(['network', 'qos', 'rule', 'show', 'q-1', 'ru-1', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(shown.stdout)).toEqual({ direction: 'egress', id: 'ru-1', max_burst_kbps: 0, max_kbps: 1000, name: null, qos_policy_id: 'q-1' });
    mockAuth();
    const listed = await runCli(['network', 'qos', 'rule', 'list', 'q-1', '-f', 'value'], PASSWORD_ENV);
    expect(listed.stdout).toBe('ru-1 q-1 bandwidth_limit 1000 0    egress\n');
    mockAuth();
    expect((await runCli(['network', 'qos', 'rule', 'delete', 'q-1', 'ru-1'], PASSWORD_ENV)).exitCode).toBe(0);
    neutron.done();
  });

  it('network auto allocated topology create gets the current project\'s topology; floating ip pool list refuses Neutron clouds', async () => {
    mockAuth();
    nock(NEUTRON).get('/v2.0/auto-allocated-topology/p1').reply(200, { auto_allocated_topology: { id: 'n-9', tenant_id: 'p1' } });
    const res = await runCli(['network', 'auto', 'allocated', 'topology', 'create', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual({ id: 'n-9', project_id: 'p1' });
    mockAuth();
    const pools = await runCli(['floating', 'ip', 'pool', 'list'], PASSWORD_ENV);
    expect(pools.exitCode).toBe(1);
    expect(pools.stderr).toContain('Floating ip pool operations are only available for Compute v2 network.');
  });
});

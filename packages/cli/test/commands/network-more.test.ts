import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NEUTRON = 'https://cloud.test:9696';
const RBAC = { id: 'rb-1', object_type: 'network', object_id: 'n-1', action: 'access_as_shared', target_tenant: '*', project_id: 'p1', tenant_id: 'p1' };

describe('network rbac, meter, flavor, ip availability, qos rule type (requests and fields as python-openstackclient)', () => {
  useNock();

  it('network rbac create resolves the object by type, --target-all-projects sends *, prints target_project_id', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/networks/private')
      .reply(404, { NeutronError: { type: 'NetworkNotFound', message: 'not found', detail: '' } })
      .get('/v2.0/networks')
      .query({ name: 'private' })
      .reply(200, { networks: [{ id: 'n-1', name: 'private' }] })
      .post('/v2.0/rbac-policies', { rbac_policy: { object_type: 'network', action: 'access_as_shared', object_id: 'n-1', target_tenant: '*' } })
      .reply(201, { rbac_policy: RBAC });
    const res = await runCli(['network', 'rbac', 'create', 'private', '--type', 'network', '--action', 'access_as_shared', '--target-all-projects', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ action: 'access_as_shared', id: 'rb-1', object_id: 'n-1', object_type: 'network', project_id: 'p1', target_project_id: '*' });
    neutron.done();
  });

  it('network rbac list --long --type filters on the API and adds Action', async () => {
    mockAuth();
    nock(NEUTRON).get('/v2.0/rbac-policies').query({ object_type: 'network' }).reply(200, { rbac_policies: [RBAC] });
    const res = await runCli(['network', 'rbac', 'list', '--type', 'network', '--long', '-f', 'csv'], PASSWORD_ENV);
    expect(res.stdout).toBe('"ID","Object Type","Object ID","Action"\n"rb-1","network","n-1","access_as_shared"\n');
  });

  it('network meter create --share and meter rule create --egress --exclude send upstream\'s attributes', async () => {
    mockAuth();
    const label = { id: 'm-1', name: 'm', description: '', shared: true, project_id: 'p1' };
    const neutron = nock(NEUTRON)
      .post('/v2.0/metering/metering-labels', { metering_label: { shared: true, name: 'm' } })
      .reply(201, { metering_label: label })
      .get('/v2.0/metering/metering-labels/m')
      .reply(404, {})
      .get('/v2.0/metering/metering-labels')
      .query({ name: 'm' })
      .reply(200, { metering_labels: [label] })
      .post('/v2.0/metering/metering-label-rules', {
        metering_label_rule: { excluded: true, direction: 'egress', remote_ip_prefix: '10.0.0.0/8', metering_label_id: 'm-1' },
      })
      .reply(201, { metering_label_rule: { id: 'r-1', excluded: true, direction: 'egress', remote_ip_prefix: '10.0.0.0/8', metering_label_id: 'm-1', project_id: 'p1' } });
    const meter = await runCli(['network', 'meter', 'create', 'm', '--share', '-f', 'value', '-c', 'shared', '-c', 'name'], PASSWORD_ENV);
    expect(meter.stdout).toBe('m\nTrue\n');
    mockAuth();
    const rule = await runCli(['network', 'meter', 'rule', 'create', 'm', '--egress', '--exclude', '--remote-ip-prefix', '10.0.0.0/8', '-f', 'json'], PASSWORD_ENV);
    expect(rule.exitCode).toBe(0);
    expect(JSON.parse(rule.stdout)).toMatchObject({ id: 'r-1', is_excluded: true, direction: 'egress', metering_label_id: 'm-1', source_ip_prefix: null });
    neutron.done();
  });

  it('network flavor list shows Enabled; add profile posts the profile id; profile create needs --driver or --metainfo', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/flavors')
      .reply(200, { flavors: [{ id: 'f-1', name: 'gold', enabled: true, service_type: 'L3_ROUTER_NAT', description: '', service_profiles: [] }] })
      .get('/v2.0/flavors/gold')
      .reply(404, {})
      .get('/v2.0/flavors')
      .query({ name: 'gold' })
      .reply(200, { flavors: [{ id: 'f-1', name: 'gold' }] })
      .get('/v2.0/service_profiles/sp-1')
      .reply(200, { service_profile: { id: 'sp-1', driver: 'x', enabled: true } })
      .post('/v2.0/flavors/f-1/service_profiles', { service_profile: { id: 'sp-1' } })
      .reply(201, { service_profile: { id: 'sp-1' } });
    const listed = await runCli(['network', 'flavor', 'list', '-f', 'value'], PASSWORD_ENV);
    expect(listed.stdout).toBe('f-1 gold True L3_ROUTER_NAT \n');
    mockAuth();
    expect((await runCli(['network', 'flavor', 'add', 'profile', 'gold', 'sp-1'], PASSWORD_ENV)).exitCode).toBe(0);
    const bad = await runCli(['network', 'flavor', 'profile', 'create'], PASSWORD_ENV);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('Either --driver or --metainfo or both are required');
    neutron.done();
  });

  it('ip availability show resolves the network and prints subnets as a list of dicts', async () => {
    mockAuth();
    const avail = { network_id: 'n-1', network_name: 'private', project_id: 'p1', total_ips: 253, used_ips: 3, subnet_ip_availability: [{ subnet_id: 's-1', ip_version: 4, total_ips: 253, used_ips: 3, cidr: '10.0.0.0/24', subnet_name: 'sub' }] };
    nock(NEUTRON).get('/v2.0/networks/n-1').reply(200, { network: { id: 'n-1', name: 'private' } }).get('/v2.0/network-ip-availabilities/n-1').reply(200, { network_ip_availability: avail });
    const res = await runCli(['ip', 'availability', 'show', 'n-1', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual(avail);
    mockAuth();
    nock(NEUTRON).get('/v2.0/network-ip-availabilities').query({ ip_version: 4 }).reply(200, { network_ip_availabilities: [avail] });
    const listed = await runCli(['ip', 'availability', 'list', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout).toBe('"Network ID","Network Name","Total IPs","Used IPs"\n"n-1","private",253,3\n');
  });

  it('network qos rule type show GETs the type by name and prints rule_type_name', async () => {
    mockAuth();
    nock(NEUTRON).get('/v2.0/qos/rule-types/bandwidth_limit').reply(200, { rule_type: { type: 'bandwidth_limit', drivers: [{ name: 'ovs', supported_parameters: [] }] } });
    const res = await runCli(['network', 'qos', 'rule', 'type', 'show', 'bandwidth_limit', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual({ drivers: [{ name: 'ovs', supported_parameters: [] }], rule_type_name: 'bandwidth_limit' });
  });

  it('address group create writes addresses as CIDRs; set --address adds them with add_addresses', async () => {
    mockAuth();
    const group = { id: 'ag-1', name: 'web', description: '', addresses: ['10.0.0.1/32', 'fd00::/64'], project_id: 'p1' };
    const neutron = nock(NEUTRON)
      .post('/v2.0/address-groups', { address_group: { name: 'web', addresses: ['10.0.0.1/32', 'fd00::/64'] } })
      .reply(201, { address_group: group })
      .get('/v2.0/address-groups/ag-1')
      .reply(200, { address_group: group })
      .put('/v2.0/address-groups/ag-1/add_addresses', { addresses: ['fd00::1/128'] })
      .reply(200, { address_group: group });
    const res = await runCli(['address', 'group', 'create', 'web', '--address', '10.0.0.1', '--address', 'fd00::/64', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual(group);
    mockAuth();
    expect((await runCli(['address', 'group', 'set', 'ag-1', '--address', 'fd00::1'], PASSWORD_ENV)).exitCode).toBe(0);
    neutron.done();
  });

  it('network agent add router --l3 schedules the router on the agent; without --l3 nothing is sent, as upstream', async () => {
    mockAuth();
    const neutron = nock(NEUTRON)
      .get('/v2.0/agents/ag-l3')
      .reply(200, { agent: { id: 'ag-l3', agent_type: 'L3 agent' } })
      .get('/v2.0/routers/r-1')
      .reply(200, { router: { id: 'r-1', name: 'r' } })
      .post('/v2.0/agents/ag-l3/l3-routers', { router_id: 'r-1' })
      .reply(201, '');
    expect((await runCli(['network', 'agent', 'add', 'router', '--l3', 'ag-l3', 'r-1'], PASSWORD_ENV)).exitCode).toBe(0);
    neutron.done();
    mockAuth();
    const quiet = nock(NEUTRON).get('/v2.0/agents/ag-dhcp').reply(200, { agent: { id: 'ag-dhcp' } }).get('/v2.0/networks/n-1').reply(200, { network: { id: 'n-1' } });
    expect((await runCli(['network', 'agent', 'remove', 'network', 'ag-dhcp', 'n-1'], PASSWORD_ENV)).exitCode).toBe(0);
    quiet.done();
  });
});

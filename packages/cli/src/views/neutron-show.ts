import { adminStateColumn, dictColumn, listColumn, listDictColumn } from './columns.js';
/**
 * The fields python-openstackclient's Neutron `show` / `create` / `set` print: every attribute
 * of openstacksdk's resource (absent ones as null), renamed as its `_get_columns` does, the
 * hidden ones (`location`, mostly `tenant_id`) left out; a field Neutron sends that openstacksdk
 * does not know (oscloud's `l2_adjacency`) is not shown. [shown name, Neutron's name].
 */
export const NEUTRON_SHOW_FIELDS = {
  network: [
    'admin_state_up', 'availability_zone_hints', 'availability_zones', 'created_at', 'description',
    'dns_domain', 'id', 'ipv4_address_scope', 'ipv6_address_scope', 'is_default',
    ['is_vlan_transparent', 'vlan_transparent'], 'mtu', 'name', 'port_security_enabled', 'project_id',
    'provider:network_type', 'provider:physical_network', 'provider:segmentation_id', 'qos_policy_id',
    'revision_number', 'router:external', 'segments', 'shared', 'status', 'subnets', 'tags', 'updated_at',
  ],
  subnet: [
    'allocation_pools', 'cidr', 'created_at', 'description', 'dns_nameservers', 'dns_publish_fixed_ip',
    'enable_dhcp', 'gateway_ip', 'host_routes', 'id', 'ip_version', 'ipv6_address_mode', 'ipv6_ra_mode',
    'name', 'network_id', 'project_id', 'revision_number', 'segment_id', 'service_types', 'subnetpool_id',
    'tags', 'updated_at',
  ],
  port: [
    'admin_state_up', 'allowed_address_pairs', ['binding_host_id', 'binding:host_id'],
    ['binding_profile', 'binding:profile'], ['binding_vif_details', 'binding:vif_details'],
    ['binding_vif_type', 'binding:vif_type'], ['binding_vnic_type', 'binding:vnic_type'], 'created_at',
    'data_plane_status', 'description', 'device_id', 'device_owner', 'device_profile', 'dns_assignment',
    'dns_domain', 'dns_name', 'extra_dhcp_opts', 'fixed_ips', 'id', 'ip_allocation', 'mac_address', 'name',
    'network_id', 'numa_affinity_policy', 'port_security_enabled', 'project_id', 'propagate_uplink_status',
    'qos_network_policy_id', 'qos_policy_id', 'resource_request', 'revision_number',
    ['security_group_ids', 'security_groups'], 'status', 'tags', 'trunk_details', 'updated_at',
  ],
  router: [
    'admin_state_up', 'availability_zone_hints', 'availability_zones', 'created_at', 'description',
    'enable_ndp_proxy', 'external_gateway_info', 'flavor_id', 'id', 'name', 'project_id', 'revision_number',
    'routes', 'status', 'tags', 'tenant_id', 'updated_at',
  ],
  securityGroup: [
    'created_at', 'description', 'id', 'name', ['project_id', 'tenant_id'], 'revision_number',
    ['rules', 'security_group_rules'], 'stateful', 'tags', 'updated_at',
  ],
  qosPolicy: ['description', 'id', 'is_default', 'name', 'project_id', 'rules', 'shared', 'tags'],
  segment: ['description', 'id', 'name', 'network_id', 'network_type', 'physical_network', 'segmentation_id'],
  subnetPool: [
    'address_scope_id', 'created_at', 'default_prefixlen', 'default_quota', 'description', 'id', 'ip_version', 'is_default',
    'max_prefixlen', 'min_prefixlen', 'name', 'prefixes', 'project_id', 'revision_number', 'shared', 'tags', 'updated_at',
  ],
  addressScope: ['id', 'ip_version', 'name', 'project_id', 'shared'],
  rbacPolicy: ['action', 'id', 'object_id', 'object_type', 'project_id', ['target_project_id', 'target_tenant']],
  meter: ['description', 'id', 'name', 'project_id', 'shared'],
  meterRule: [
    'destination_ip_prefix', 'direction', 'id', ['is_excluded', 'excluded'], 'metering_label_id', 'name', 'project_id',
    'remote_ip_prefix', 'source_ip_prefix',
  ],
  networkFlavor: ['description', 'enabled', 'id', 'name', ['service_profile_ids', 'service_profiles'], 'service_type'],
  flavorProfile: ['description', 'driver', 'enabled', 'id', ['meta_info', 'metainfo'], 'project_id'],
  ipAvailability: ['network_id', 'network_name', 'project_id', 'subnet_ip_availability', 'total_ips', 'used_ips'],
  qosRuleType: ['drivers', ['rule_type_name', 'type']],
  addressGroup: ['addresses', 'description', 'id', 'name', 'project_id'],
  // --- cli-a (issue 17)
  trunk: ['description', 'id', ['is_admin_state_up', 'admin_state_up'], 'name', 'port_id', 'project_id', 'status', 'sub_ports', 'tags'],
  localIp: [
    'created_at', 'description', 'id', 'ip_mode', 'local_ip_address', 'local_port_id', 'name', 'network_id', 'project_id',
    'revision_number', 'updated_at',
  ],
  localIpAssociation: ['fixed_ip', 'fixed_port_id', 'host', 'local_ip_address', 'local_ip_id'],
  portForwarding: [
    'description', 'external_port', 'external_port_range', 'floatingip_id', 'id', 'internal_ip_address', 'internal_port',
    'internal_port_id', 'internal_port_range', 'name', 'protocol',
  ],
  ndpProxy: ['created_at', 'description', 'id', 'ip_address', 'name', 'port_id', 'project_id', 'revision_number', 'router_id', 'updated_at'],
  conntrackHelper: ['helper', 'id', 'name', 'port', 'protocol', 'router_id'],
  segmentRange: ['available', 'default', 'id', 'maximum', 'minimum', 'name', 'network_type', 'physical_network', 'project_id', 'shared', 'used'],
  defaultSecurityGroupRule: [
    'description', 'direction', ['ether_type', 'ethertype'], 'id', 'port_range_max', 'port_range_min', 'protocol',
    'remote_address_group_id', 'remote_group_id', 'remote_ip_prefix', 'used_in_default_sg', 'used_in_non_default_sg',
  ],
  'qos:bandwidth-limit': ['direction', 'id', 'max_burst_kbps', 'max_kbps', 'name', 'qos_policy_id'],
  'qos:dscp-marking': ['dscp_mark', 'id', 'name', 'qos_policy_id'],
  'qos:minimum-bandwidth': ['direction', 'id', 'min_kbps', 'name', 'qos_policy_id'],
  'qos:minimum-packet-rate': ['direction', 'id', 'min_kpps', 'name', 'qos_policy_id'],
  autoAllocatedTopology: ['id', ['project_id', 'tenant_id']],
  // --- diffb (issue 17): openstacksdk 0.101's SecurityGroupRule and FloatingIP (a floating IP's name is its address)
  securityGroupRule: [
    'created_at', 'description', 'direction', ['ether_type', 'ethertype'], 'id', 'name', 'port_range_max', 'port_range_min',
    'project_id', 'protocol', 'remote_address_group_id', 'remote_group_id', 'remote_ip_prefix', 'revision_number',
    'security_group_id', 'tags', 'updated_at',
  ],
  floatingIp: [
    'created_at', 'description', 'dns_domain', 'dns_name', 'fixed_ip_address', 'floating_ip_address', 'floating_network_id',
    'id', ['name', 'floating_ip_address'], 'port_details', 'port_id', 'project_id', 'qos_policy_id', 'revision_number',
    'router_id', 'status', 'subnet_id', 'tags', 'updated_at',
  ],
  // --- end cli-a
} as const satisfies Record<string, readonly (string | readonly [string, string])[]>;

/** A Neutron resource as python-openstackclient shows it (see NEUTRON_SHOW_FIELDS). */
export function neutronShowData(kind: keyof typeof NEUTRON_SHOW_FIELDS, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of NEUTRON_SHOW_FIELDS[kind]) {
    const [shown, wire] = typeof field === 'string' ? [field, field] : field;
    out[shown] = raw[wire] ?? null;
  }
  return out;
}

/**
 * A port as python-openstackclient shows it: neutronShowData with port.py's _formatters
 * (admin_state_up as UP/DOWN in a table; the dicts and lists as DictColumn, ListDictColumn and
 * ListColumn, which print `{}` / `[]` for a field the API left out, such as a member's
 * `binding:profile`).
 */
export function portShowData(raw: Record<string, unknown>): Record<string, unknown> {
  const data = neutronShowData('port', raw);
  data.admin_state_up = adminStateColumn(data.admin_state_up);
  for (const k of ['binding_profile', 'binding_vif_details']) data[k] = dictColumn(data[k] as Record<string, unknown> | null);
  for (const k of ['allowed_address_pairs', 'dns_assignment', 'extra_dhcp_opts', 'fixed_ips']) data[k] = listDictColumn(data[k] as Array<Record<string, unknown>> | null);
  for (const k of ['security_group_ids', 'tags']) data[k] = listColumn(data[k] as unknown[] | null);
  return data;
}

/**
 * A router as python-openstackclient shows it: neutronShowData, plus `distributed` and `ha`
 * when Neutron sent them (router.py's _get_columns hides them when openstacksdk has None).
 */
export function routerShowData(raw: Record<string, unknown>): Record<string, unknown> {
  const data = neutronShowData('router', raw);
  for (const k of ['distributed', 'ha']) if (raw[k] !== undefined && raw[k] !== null) data[k] = raw[k];
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Network (Neutron) tables. Conventions as elsewhere: ids and timestamps are text (ISO-8601 UTC),
 * booleans integer 0/1, JSON as text. Created by migration 040_network.
 */

/** `net_networks` */
export interface NetNetworksTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  status: string;
  admin_state_up: number;
  shared: number;
  external: number;
  mtu: number;
  port_security_enabled: number;
  provider_network_type: string | null;
  provider_physical_network: string | null;
  provider_segmentation_id: number | null;
  availability_zone_hints: string; // JSON array
  dns_domain: string;
  is_default: number;
  tags: string; // JSON array
  created_at: string;
  updated_at: string;
  revision_number: number;
}

/** `net_subnets` */
export interface NetSubnetsTable {
  id: string;
  network_id: string;
  project_id: string;
  name: string;
  description: string;
  ip_version: number;
  cidr: string;
  gateway_ip: string | null;
  allocation_pools: string; // JSON [{start,end}]
  enable_dhcp: number;
  dns_nameservers: string; // JSON array
  host_routes: string; // JSON [{destination,nexthop}]
  ipv6_ra_mode: string | null;
  ipv6_address_mode: string | null;
  subnetpool_id: string | null;
  segment_id: string | null;
  service_types: string; // JSON array
  tags: string;
  created_at: string;
  updated_at: string;
  revision_number: number;
}

/** `net_ports` */
export interface NetPortsTable {
  id: string;
  network_id: string;
  project_id: string;
  name: string;
  description: string;
  mac_address: string;
  admin_state_up: number;
  status: string;
  device_id: string;
  device_owner: string;
  port_security_enabled: number;
  allowed_address_pairs: string; // JSON
  binding_host_id: string;
  binding_vnic_type: string;
  binding_vif_type: string;
  binding_profile: string; // JSON object
  dns_name: string;
  extra_dhcp_opts: string; // JSON
  /** 1 when the port existed before a server adopted it: released, not deleted, with the server (Nova's preserve_on_delete). */
  preserve_on_delete: number;
  tags: string;
  created_at: string;
  updated_at: string;
  revision_number: number;
}

/** `net_ip_allocations`: one row per fixed IP; the primary key (network_id, ip_address) makes double allocation impossible. */
export interface NetIpAllocationsTable {
  network_id: string;
  ip_address: string;
  subnet_id: string;
  port_id: string;
}

/** `net_security_groups` */
export interface NetSecurityGroupsTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  stateful: number;
  tags: string;
  created_at: string;
  updated_at: string;
  revision_number: number;
}

/** `net_default_security_groups`: the project's `default` group; the primary key stops concurrent double creation. */
export interface NetDefaultSecurityGroupsTable {
  project_id: string;
  security_group_id: string;
}

/** `net_security_group_rules` */
export interface NetSecurityGroupRulesTable {
  id: string;
  security_group_id: string;
  project_id: string;
  direction: string;
  ethertype: string;
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
  description: string;
  created_at: string;
  updated_at: string;
  revision_number: number;
}

/** `net_port_security_groups` */
export interface NetPortSecurityGroupsTable {
  port_id: string;
  security_group_id: string;
}

/** `net_routers` */
export interface NetRoutersTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  status: string;
  admin_state_up: number;
  gw_network_id: string | null;
  gw_port_id: string | null;
  enable_snat: number;
  routes: string; // JSON
  availability_zone_hints: string; // JSON
  tags: string;
  created_at: string;
  updated_at: string;
  revision_number: number;
  /** The host whose dataplane runs the router (network/l3.ts); null until scheduled. */
  l3_host_id?: string | null;
}

/** `net_floatingips` */
export interface NetFloatingIpsTable {
  id: string;
  project_id: string;
  floating_network_id: string;
  floating_ip_address: string;
  floating_port_id: string;
  fixed_port_id: string | null;
  fixed_ip_address: string | null;
  router_id: string | null;
  status: string;
  description: string;
  dns_name: string;
  dns_domain: string;
  tags: string;
  created_at: string;
  updated_at: string;
  revision_number: number;
}

/** `net_quotas`: per-project overrides of the default limits. */
export interface NetQuotasTable {
  project_id: string;
  resource: string;
  hard_limit: number;
}

/** `net_subnetpools`: prefixes subnets are allocated from (migration 140). */
export interface NetSubnetPoolsTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  ip_version: number;
  prefixes: string; // JSON array of CIDRs, summarized
  default_prefixlen: number;
  min_prefixlen: number;
  max_prefixlen: number;
  default_quota: number | null;
  /** Migration 141. */
  address_scope_id: string | null;
  shared: number;
  is_default: number;
  tags: string;
  created_at: string;
  updated_at: string;
  revision_number: number;
}

/** `net_address_scopes` (migration 141). */
export interface NetAddressScopesTable {
  id: string;
  project_id: string;
  name: string;
  ip_version: number;
  shared: number;
}

/** Every network table by name. */
export interface NetworkTables {
  net_networks: NetNetworksTable;
  net_subnets: NetSubnetsTable;
  net_ports: NetPortsTable;
  net_ip_allocations: NetIpAllocationsTable;
  net_security_groups: NetSecurityGroupsTable;
  net_default_security_groups: NetDefaultSecurityGroupsTable;
  net_security_group_rules: NetSecurityGroupRulesTable;
  net_port_security_groups: NetPortSecurityGroupsTable;
  net_routers: NetRoutersTable;
  net_floatingips: NetFloatingIpsTable;
  net_quotas: NetQuotasTable;
  net_subnetpools: NetSubnetPoolsTable;
  net_address_scopes: NetAddressScopesTable;
}

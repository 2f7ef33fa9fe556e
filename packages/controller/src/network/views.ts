/**
 * Row-to-response mapping of every network resource, in Neutron's wire shape.
 * Admin-only attributes (provider:*, binding:* except vnic_type) are left out for other callers.
 */
import type {
  NetFloatingIpsTable,
  NetNetworksTable,
  NetPortsTable,
  NetRoutersTable,
  NetSecurityGroupRulesTable,
  NetSecurityGroupsTable,
  NetSubnetsTable,
} from '../db/tables/network.js';
import { b, j } from './common.js';

/** The availability zone every network and router is in (oscloud has one network AZ). */
export const DEFAULT_AZ = 'nova';

/** Response fields shared by all standard-attribute resources. */
export function std(row: { project_id: string; tags: string; created_at: string; updated_at: string; revision_number: number; description: string }): Record<string, unknown> {
  return {
    tenant_id: row.project_id,
    project_id: row.project_id,
    description: row.description,
    tags: j<string[]>(row.tags, []),
    created_at: row.created_at,
    updated_at: row.updated_at,
    revision_number: row.revision_number,
  };
}

/** A network (`subnets` are the ids of its subnets). */
export function networkView(row: NetNetworksTable, subnetIds: string[], isAdmin: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: row.id,
    name: row.name,
    status: row.status,
    subnets: subnetIds,
    admin_state_up: b(row.admin_state_up),
    shared: b(row.shared),
    mtu: row.mtu,
    'router:external': b(row.external),
    port_security_enabled: b(row.port_security_enabled),
    availability_zones: [DEFAULT_AZ],
    availability_zone_hints: j<string[]>(row.availability_zone_hints, []),
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    is_default: b(row.is_default),
    l2_adjacency: true,
    dns_domain: row.dns_domain,
    ...std(row),
  };
  if (isAdmin) {
    out['provider:network_type'] = row.provider_network_type;
    out['provider:physical_network'] = row.provider_physical_network;
    out['provider:segmentation_id'] = row.provider_segmentation_id;
  }
  return out;
}

/** A subnet. */
export function subnetView(row: NetSubnetsTable): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    network_id: row.network_id,
    ip_version: row.ip_version,
    cidr: row.cidr,
    gateway_ip: row.gateway_ip,
    allocation_pools: j(row.allocation_pools, []),
    enable_dhcp: b(row.enable_dhcp),
    dns_nameservers: j(row.dns_nameservers, []),
    host_routes: j(row.host_routes, []),
    ipv6_ra_mode: row.ipv6_ra_mode,
    ipv6_address_mode: row.ipv6_address_mode,
    subnetpool_id: row.subnetpool_id,
    service_types: j(row.service_types, []),
    segment_id: row.segment_id,
    ...std(row),
  };
}

/** A fixed IP of a port. */
export interface FixedIp {
  subnet_id: string;
  ip_address: string;
}

/** A port. */
export function portView(row: NetPortsTable, fixedIps: FixedIp[], securityGroups: string[], isAdmin: boolean): Record<string, unknown> {
  const pairs = j<{ ip_address: string; mac_address?: string }[]>(row.allowed_address_pairs, []);
  const out: Record<string, unknown> = {
    id: row.id,
    name: row.name,
    network_id: row.network_id,
    mac_address: row.mac_address,
    fixed_ips: fixedIps,
    device_id: row.device_id,
    device_owner: row.device_owner,
    status: row.status,
    admin_state_up: b(row.admin_state_up),
    security_groups: securityGroups,
    port_security_enabled: b(row.port_security_enabled),
    allowed_address_pairs: pairs.map((p) => ({ ip_address: p.ip_address, mac_address: p.mac_address ?? row.mac_address })),
    'binding:vnic_type': row.binding_vnic_type,
    dns_name: row.dns_name,
    dns_assignment: [],
    extra_dhcp_opts: j(row.extra_dhcp_opts, []),
    ...std(row),
  };
  if (isAdmin) {
    out['binding:host_id'] = row.binding_host_id;
    out['binding:vif_type'] = row.binding_vif_type;
    out['binding:vif_details'] = row.binding_vif_type === 'unbound' ? {} : { port_filter: true };
    out['binding:profile'] = j<Record<string, unknown>>(row.binding_profile, {});
  }
  return out;
}

/** A security group rule (`belongsToDefault` tells whether its group is a project's default group). */
export function ruleView(row: NetSecurityGroupRulesTable, belongsToDefault: boolean): Record<string, unknown> {
  return {
    id: row.id,
    security_group_id: row.security_group_id,
    direction: row.direction,
    ethertype: row.ethertype,
    protocol: row.protocol,
    port_range_min: row.port_range_min,
    port_range_max: row.port_range_max,
    remote_ip_prefix: row.remote_ip_prefix,
    remote_group_id: row.remote_group_id,
    remote_address_group_id: null,
    belongs_to_default_sg: belongsToDefault,
    tenant_id: row.project_id,
    project_id: row.project_id,
    description: row.description,
    created_at: row.created_at,
    updated_at: row.updated_at,
    revision_number: row.revision_number,
  };
}

/** A security group with its rules. */
export function securityGroupView(row: NetSecurityGroupsTable, rules: Record<string, unknown>[]): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    stateful: b(row.stateful),
    security_group_rules: rules,
    ...std(row),
  };
}

/** A router (`gwFixedIps` are the fixed IPs of its gateway port). */
export function routerView(row: NetRoutersTable, gwFixedIps: FixedIp[]): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    admin_state_up: b(row.admin_state_up),
    external_gateway_info: row.gw_network_id
      ? { network_id: row.gw_network_id, enable_snat: b(row.enable_snat), external_fixed_ips: gwFixedIps }
      : null,
    routes: j(row.routes, []),
    distributed: false,
    ha: false,
    availability_zones: [DEFAULT_AZ],
    availability_zone_hints: j<string[]>(row.availability_zone_hints, []),
    flavor_id: null,
    ...std(row),
  };
}

/** A floating IP (`port` is the associated port, for `port_details`). */
export function floatingIpView(row: NetFloatingIpsTable, port: NetPortsTable | null): Record<string, unknown> {
  return {
    id: row.id,
    floating_network_id: row.floating_network_id,
    floating_ip_address: row.floating_ip_address,
    fixed_ip_address: row.fixed_ip_address,
    port_id: row.fixed_port_id,
    router_id: row.router_id,
    status: row.status,
    port_details: port
      ? {
          name: port.name,
          network_id: port.network_id,
          mac_address: port.mac_address,
          admin_state_up: b(port.admin_state_up),
          status: port.status,
          device_id: port.device_id,
          device_owner: port.device_owner,
        }
      : null,
    dns_name: row.dns_name,
    dns_domain: row.dns_domain,
    port_forwardings: [],
    ...std(row),
  };
}

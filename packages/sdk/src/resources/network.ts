// Neutron v2.0 helpers: networks, subnets, ports, security groups and rules, routers (with
// interfaces) and floating IPs. Lists page with `<collection>_links`.
// @see https://docs.openstack.org/api-ref/network/v2/
import type { Cloud } from '../cloud.js';
import type { components } from '../generated/network.js';
import { Collection, type CollectionSpec, type HelperOptions } from './base.js';

type S = components['schemas'];
/** A Neutron network. */
export type Network = S['Network'];
/** A subnet. */
export type Subnet = S['Subnet'];
/** A port. */
export type Port = S['Port'];
/** A security group. */
export type SecurityGroup = S['SecurityGroup'];
/** A QoS policy (Neutron's qos extension; oscloud does not serve it yet: api-ref shape). */
export interface QosPolicy {
  id: string;
  name: string;
  description?: string;
  shared?: boolean;
  is_default?: boolean;
  project_id?: string;
  rules?: Record<string, unknown>[];
  tags?: string[];
  [key: string]: unknown;
}
/** What creating or updating a QoS policy sends. */
export interface QosPolicyBody {
  name?: string;
  description?: string;
  shared?: boolean;
  is_default?: boolean;
  project_id?: string;
}
/** A network segment (Neutron's segment extension; oscloud does not serve it yet: api-ref shape). */
export interface Segment {
  id: string;
  name?: string | null;
  description?: string | null;
  network_id: string;
  network_type: string;
  physical_network?: string | null;
  segmentation_id?: number | null;
  [key: string]: unknown;
}
/** What creating or updating a segment sends. */
export interface SegmentBody {
  name?: string;
  description?: string;
  network_id?: string;
  network_type?: string;
  physical_network?: string;
  segmentation_id?: number;
}
/** A subnet pool (Neutron's subnet_allocation extension; oscloud does not serve it yet: api-ref shape). */
export interface SubnetPool {
  id: string;
  name: string;
  prefixes: string[];
  default_prefixlen?: number | null;
  min_prefixlen?: number | null;
  max_prefixlen?: number | null;
  address_scope_id?: string | null;
  is_default?: boolean;
  shared?: boolean;
  project_id?: string;
  description?: string;
  default_quota?: number | null;
  tags?: string[];
  [key: string]: unknown;
}
/** What creating or updating a subnet pool sends. */
export interface SubnetPoolBody {
  name?: string;
  prefixes?: string[];
  default_prefixlen?: number;
  min_prefixlen?: number;
  max_prefixlen?: number;
  address_scope_id?: string | null;
  is_default?: boolean;
  shared?: boolean;
  project_id?: string;
  description?: string;
  default_quota?: number;
}
/** An address scope (Neutron's address-scope extension; oscloud does not serve it yet: api-ref shape). */
export interface AddressScope {
  id: string;
  name: string;
  ip_version: number;
  shared?: boolean;
  project_id?: string;
  [key: string]: unknown;
}
/** What creating or updating an address scope sends. */
export interface AddressScopeBody {
  name?: string;
  ip_version?: number;
  shared?: boolean;
  project_id?: string;
}
/** A security group rule. */
export type SecurityGroupRule = S['SecurityGroupRule'];
/** A router. */
export type Router = S['Router'];
/** A floating IP. */
export type FloatingIp = S['FloatingIP'];
/** A host's dataplane agent (`network agent list`). */
export type NetworkAgent = S['NetworkAgent'];

/**
 * An item of a Neutron extension oscloud does not serve (RBAC policies, metering, network
 * flavors and service profiles, IP availability, service providers, QoS rule types): the
 * api-ref's fields, whatever the cloud sends.
 */
export interface NeutronItem {
  id?: string;
  name?: string | null;
  [key: string]: unknown;
}

function spec(what: string, singular: string, plural: string, path: string, idParam: string, nameFilter: string | undefined = 'name'): CollectionSpec {
  return { service: 'network', what, singular, plural, path: `/v2.0/${path}`, idParam, nameFilter };
}

/** Neutron routers, with interface add/remove. */
export class RoutersApi extends Collection<Router, S['RouterCreateRequest'], S['RouterUpdateRequest']> {
  constructor(cloud: Cloud) {
    super(cloud, spec('router', 'router', 'routers', 'routers', 'router_id'));
  }

  /** Attaches a subnet or port to the router (PUT add_router_interface). */
  async addInterface(id: string, body: S['RouterInterfaceRequest'], opts?: HelperOptions): Promise<S['RouterInterfaceInfo']> {
    return (await this.cloud.call('network', 'PUT /v2.0/routers/{router_id}/add_router_interface', {
      ...opts,
      path: { router_id: id },
      body,
    })) as S['RouterInterfaceInfo'];
  }

  /** Detaches a subnet or port from the router (PUT remove_router_interface). */
  async removeInterface(id: string, body: S['RouterInterfaceRequest'], opts?: HelperOptions): Promise<S['RouterInterfaceInfo']> {
    return (await this.cloud.call('network', 'PUT /v2.0/routers/{router_id}/remove_router_interface', {
      ...opts,
      path: { router_id: id },
      body,
    })) as S['RouterInterfaceInfo'];
  }

  /**
   * Adds routes to the router's own (PUT add_extraroutes, Neutron's extraroute-atomic
   * extension); returns the router.
   */
  async addExtraRoutes(id: string, routes: S['HostRoute'][], opts?: HelperOptions): Promise<Router> {
    return this.extraRoutes('add', id, routes, opts);
  }

  /** Removes routes from the router (PUT remove_extraroutes); returns the router. */
  async removeExtraRoutes(id: string, routes: S['HostRoute'][], opts?: HelperOptions): Promise<Router> {
    return this.extraRoutes('remove', id, routes, opts);
  }

  private async extraRoutes(verb: 'add' | 'remove', id: string, routes: S['HostRoute'][], opts?: HelperOptions): Promise<Router> {
    const body = await this.cloud.call('network', `PUT /v2.0/routers/{router_id}/${verb}_extraroutes`, { ...opts, path: { router_id: id }, body: { router: { routes } } });
    return (body as { router: Router }).router;
  }
}

/** Network flavors, with service profiles associated and dissociated. */
export class NetworkFlavorsApi extends Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>> {
  /** Associates a service profile (`POST /v2.0/flavors/{id}/service_profiles`). */
  async addProfile(flavorId: string, profileId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('network', 'POST /v2.0/flavors/{flavor_id}/service_profiles', { ...opts, path: { flavor_id: flavorId }, body: { service_profile: { id: profileId } } });
  }

  /** Dissociates a service profile. */
  async removeProfile(flavorId: string, profileId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('network', 'DELETE /v2.0/flavors/{flavor_id}/service_profiles/{profile_id}', { ...opts, path: { flavor_id: flavorId, profile_id: profileId } });
  }
}

/** Address groups, with addresses added and removed. */
export class AddressGroupsApi extends Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>> {
  /** Adds CIDRs (`PUT .../add_addresses`). */
  async addAddresses(id: string, addresses: string[], opts?: HelperOptions): Promise<NeutronItem> {
    return this.addresses('add', id, addresses, opts);
  }

  /** Removes CIDRs (`PUT .../remove_addresses`). */
  async removeAddresses(id: string, addresses: string[], opts?: HelperOptions): Promise<NeutronItem> {
    return this.addresses('remove', id, addresses, opts);
  }

  private async addresses(verb: 'add' | 'remove', id: string, addresses: string[], opts?: HelperOptions): Promise<NeutronItem> {
    const body = await this.cloud.call('network', `PUT /v2.0/address-groups/{address_group_id}/${verb}_addresses`, { ...opts, path: { address_group_id: id }, body: { addresses } });
    return (body as { address_group: NeutronItem }).address_group;
  }
}

/** The hosts' dataplane agents, with the networks a DHCP agent serves and the routers an L3 agent hosts (agent schedulers). */
export class NetworkAgentsApi extends Collection<NetworkAgent, never, { admin_state_up?: boolean; description?: string }> {
  /** Schedules a network on a DHCP agent (`POST .../dhcp-networks`). */
  async addNetwork(agentId: string, networkId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('network', 'POST /v2.0/agents/{agent_id}/dhcp-networks', { ...opts, path: { agent_id: agentId }, body: { network_id: networkId } });
  }

  /** Removes a network from a DHCP agent. */
  async removeNetwork(agentId: string, networkId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('network', 'DELETE /v2.0/agents/{agent_id}/dhcp-networks/{network_id}', { ...opts, path: { agent_id: agentId, network_id: networkId } });
  }

  /** Schedules a router on an L3 agent (`POST .../l3-routers`). */
  async addRouter(agentId: string, routerId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('network', 'POST /v2.0/agents/{agent_id}/l3-routers', { ...opts, path: { agent_id: agentId }, body: { router_id: routerId } });
  }

  /** Removes a router from an L3 agent. */
  async removeRouter(agentId: string, routerId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('network', 'DELETE /v2.0/agents/{agent_id}/l3-routers/{router_id}', { ...opts, path: { agent_id: agentId, router_id: routerId } });
  }
}

// --- cli-a (issue 17): Neutron extensions python-openstackclient drives (trunks, local IPs,
// port forwarding, NDP proxies, conntrack helpers, segment ranges, default security group
// rules, QoS rules, auto-allocated topology); api-ref shapes, whatever the cloud sends.

/** Trunks (`trunks`), with subports added, removed and listed. */
export class TrunksApi extends Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>> {
  /** Adds subports (`PUT .../add_subports`); returns the trunk. */
  async addSubports(id: string, subports: Record<string, unknown>[], opts?: HelperOptions): Promise<NeutronItem> {
    return (await this.cloud.call('network', 'PUT /v2.0/trunks/{trunk_id}/add_subports', { ...opts, path: { trunk_id: id }, body: { sub_ports: subports } })) as NeutronItem;
  }

  /** Removes subports by port id (`PUT .../remove_subports`); returns the trunk. */
  async removeSubports(id: string, subports: Array<{ port_id: string }>, opts?: HelperOptions): Promise<NeutronItem> {
    return (await this.cloud.call('network', 'PUT /v2.0/trunks/{trunk_id}/remove_subports', { ...opts, path: { trunk_id: id }, body: { sub_ports: subports } })) as NeutronItem;
  }

  /** The trunk's subports (`GET .../get_subports`). */
  async subports(id: string, opts?: HelperOptions): Promise<Record<string, unknown>[]> {
    const body = (await this.cloud.call('network', 'GET /v2.0/trunks/{trunk_id}/get_subports', { ...opts, path: { trunk_id: id } })) as { sub_ports?: Record<string, unknown>[] };
    return body.sub_ports ?? [];
  }
}

/** A project's auto-allocated topology (`auto-allocated-topology/{project_id}`: get creates it). */
export class AutoAllocatedTopologyApi {
  constructor(private readonly cloud: Cloud) {}

  /** Gets (creating it when needed) the project's topology: `{id: <network id>, tenant_id}`. */
  async get(projectId: string, opts?: HelperOptions): Promise<NeutronItem> {
    return this.fetch(projectId, undefined, opts);
  }

  /** Checks that a topology can be made (`?fields=dry-run`) without making it. */
  async validate(projectId: string, opts?: HelperOptions): Promise<NeutronItem> {
    return this.fetch(projectId, { fields: 'dry-run' }, opts);
  }

  /** Deletes the project's topology. */
  async delete(projectId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('network', 'DELETE /v2.0/auto-allocated-topology/{project_id}', { ...opts, path: { project_id: projectId } });
  }

  private async fetch(projectId: string, query: Record<string, string> | undefined, opts?: HelperOptions): Promise<NeutronItem> {
    const body = await this.cloud.call('network', 'GET /v2.0/auto-allocated-topology/{project_id}', { ...opts, path: { project_id: projectId }, ...(query ? { query } : {}) });
    return (body as { auto_allocated_topology: NeutronItem }).auto_allocated_topology;
  }
}

/** The QoS rule types with their own collections under a policy, by python-openstackclient's name. */
export const QOS_RULE_TYPES = ['bandwidth-limit', 'dscp-marking', 'minimum-bandwidth', 'minimum-packet-rate'] as const;
/** A QoS rule type (`bandwidth-limit`...). */
export type QosRuleType = (typeof QOS_RULE_TYPES)[number];
// --- end cli-a

/** Everything under `cloud.network`. */
export class NetworkApi {
  /** Networks. */
  readonly networks: Collection<Network, S['NetworkCreateRequest'], S['NetworkUpdateRequest']>;
  /** Subnets. */
  readonly subnets: Collection<Subnet, S['SubnetCreateRequest'], S['SubnetUpdateRequest']>;
  /** Ports. */
  readonly ports: Collection<Port, S['PortCreateRequest'], S['PortUpdateRequest']>;
  /** Security groups. */
  readonly securityGroups: Collection<SecurityGroup, S['SecurityGroupCreateRequest'], S['SecurityGroupUpdateRequest']>;
  /** Security group rules (no update in Neutron). */
  readonly securityGroupRules: Collection<SecurityGroupRule, S['SecurityGroupRuleCreateRequest'], never>;
  /** Address scopes (api-ref shapes: oscloud does not serve them yet). */
  readonly addressScopes: Collection<AddressScope, AddressScopeBody, AddressScopeBody>;
  /** QoS policies (api-ref shapes: oscloud does not serve them yet). */
  readonly qosPolicies: Collection<QosPolicy, QosPolicyBody, QosPolicyBody>;
  /** Network segments (api-ref shapes: oscloud does not serve them yet). */
  readonly segments: Collection<Segment, SegmentBody, SegmentBody>;
  /** Subnet pools (api-ref shapes: oscloud does not serve them yet). */
  readonly subnetPools: Collection<SubnetPool, SubnetPoolBody, SubnetPoolBody>;
  /** Routers. */
  readonly routers: RoutersApi;
  /** The hosts' dataplane agents (admin). */
  readonly agents: NetworkAgentsApi;
  /** The API's extensions (read only). */
  readonly extensions: Collection<S['Extension'], never, never>;
  /** Floating IPs (found by address or id). */
  readonly floatingIps: Collection<FloatingIp, S['FloatingIPCreateRequest'], S['FloatingIPUpdateRequest']>;

  /** RBAC policies (`rbac-policies`: sharing networks, QoS policies, security groups... with projects). */
  readonly rbacPolicies: Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>;
  /** Address groups (`address-groups`), with addresses added and removed. */
  readonly addressGroups: AddressGroupsApi;
  /** Metering labels (`metering/metering-labels`, no update). */
  readonly meteringLabels: Collection<NeutronItem, Record<string, unknown>, never>;
  /** Metering label rules (`metering/metering-label-rules`, no update). */
  readonly meteringLabelRules: Collection<NeutronItem, Record<string, unknown>, never>;
  // --- cli-a (issue 17)
  /** Trunks (`trunks`), with subports. */
  readonly trunks: TrunksApi;
  /** Local IPs (`local_ips`). */
  readonly localIps: Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>;
  /** A local IP's port associations (`local_ips/{local_ip_id}/port_associations`, by fixed port id; pass `path: {local_ip_id}`). */
  readonly localIpAssociations: Collection<NeutronItem, Record<string, unknown>, never>;
  /** A floating IP's port forwardings (`floatingips/{floatingip_id}/port_forwardings`; pass `path: {floatingip_id}`). */
  readonly portForwardings: Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>;
  /** Router NDP proxies (`ndp_proxies`). */
  readonly ndpProxies: Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>;
  /** A router's conntrack helpers (`routers/{router_id}/conntrack_helpers`; pass `path: {router_id}`). */
  readonly conntrackHelpers: Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>;
  /** Network segment ranges (`network_segment_ranges`, admin). */
  readonly segmentRanges: Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>;
  /** The rules new default security groups get (`default-security-group-rules`, no update). */
  readonly defaultSecurityGroupRules: Collection<NeutronItem, Record<string, unknown>, never>;
  /** Auto-allocated topology per project. */
  readonly autoAllocatedTopology: AutoAllocatedTopologyApi;
  private readonly qosRuleCollections = new Map<QosRuleType, Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>>();
  private readonly cloud: Cloud;

  /** A QoS policy's rules of one type (`qos/policies/{policy_id}/<type>_rules`; pass `path: {policy_id}`). */
  qosRules(type: QosRuleType): Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>> {
    let c = this.qosRuleCollections.get(type);
    if (!c) {
      const key = `${type.replaceAll('-', '_')}_rule`;
      c = new Collection(this.cloud, spec(`QoS ${type} rule`, key, `${key}s`, `qos/policies/{policy_id}/${key}s`, 'rule_id', undefined));
      this.qosRuleCollections.set(type, c);
    }
    return c;
  }
  // --- end cli-a
  /** Network flavors (`flavors`: service flavors, not compute flavors), with their service profiles. */
  readonly flavors: NetworkFlavorsApi;
  /** Service profiles of network flavors (`service_profiles`). */
  readonly serviceProfiles: Collection<NeutronItem, Record<string, unknown>, Record<string, unknown>>;
  /** IP availability per network (`network-ip-availabilities`, admin, read only). */
  readonly ipAvailabilities: Collection<NeutronItem, never, never>;
  /** Service providers (`service-providers`, read only). */
  readonly serviceProviders: Collection<NeutronItem, never, never>;
  /** QoS rule types the drivers support (`qos/rule-types`, read only, named by `type`). */
  readonly qosRuleTypes: Collection<NeutronItem, never, never>;

  constructor(cloud: Cloud) {
    // --- cli-a (issue 17)
    this.cloud = cloud;
    this.trunks = new TrunksApi(cloud, spec('trunk', 'trunk', 'trunks', 'trunks', 'trunk_id'));
    this.localIps = new Collection(cloud, spec('local IP', 'local_ip', 'local_ips', 'local_ips', 'local_ip_id'));
    this.localIpAssociations = new Collection(cloud, {
      ...spec('local IP association', 'port_association', 'port_associations', 'local_ips/{local_ip_id}/port_associations', 'fixed_port_id', undefined),
      idField: 'fixed_port_id',
    });
    this.portForwardings = new Collection(cloud, spec('port forwarding', 'port_forwarding', 'port_forwardings', 'floatingips/{floatingip_id}/port_forwardings', 'port_forwarding_id', undefined));
    this.ndpProxies = new Collection(cloud, spec('NDP proxy', 'ndp_proxy', 'ndp_proxies', 'ndp_proxies', 'ndp_proxy_id'));
    this.conntrackHelpers = new Collection(cloud, spec('L3 conntrack helper', 'conntrack_helper', 'conntrack_helpers', 'routers/{router_id}/conntrack_helpers', 'conntrack_helper_id', undefined));
    this.segmentRanges = new Collection(cloud, spec('network segment range', 'network_segment_range', 'network_segment_ranges', 'network_segment_ranges', 'network_segment_range_id'));
    this.defaultSecurityGroupRules = new Collection(
      cloud,
      spec('default security group rule', 'default_security_group_rule', 'default_security_group_rules', 'default-security-group-rules', 'rule_id', undefined),
    );
    this.autoAllocatedTopology = new AutoAllocatedTopologyApi(cloud);
    // --- end cli-a
    this.rbacPolicies = new Collection(cloud, spec('RBAC policy', 'rbac_policy', 'rbac_policies', 'rbac-policies', 'rbac_policy_id', undefined));
    this.addressGroups = new AddressGroupsApi(cloud, spec('address group', 'address_group', 'address_groups', 'address-groups', 'address_group_id'));
    this.meteringLabels = new Collection(cloud, spec('meter', 'metering_label', 'metering_labels', 'metering/metering-labels', 'metering_label_id'));
    this.meteringLabelRules = new Collection(
      cloud,
      spec('meter rule', 'metering_label_rule', 'metering_label_rules', 'metering/metering-label-rules', 'metering_label_rule_id', undefined),
    );
    this.flavors = new NetworkFlavorsApi(cloud, spec('network flavor', 'flavor', 'flavors', 'flavors', 'flavor_id'));
    this.serviceProfiles = new Collection(cloud, spec('network flavor profile', 'service_profile', 'service_profiles', 'service_profiles', 'profile_id', undefined));
    this.ipAvailabilities = new Collection(cloud, {
      ...spec('network IP availability', 'network_ip_availability', 'network_ip_availabilities', 'network-ip-availabilities', 'network_id', 'network_name'),
      nameField: 'network_name',
      idField: 'network_id',
    });
    this.serviceProviders = new Collection(cloud, spec('service provider', 'service_provider', 'service_providers', 'service-providers', 'name'));
    this.qosRuleTypes = new Collection(cloud, { ...spec('QoS rule type', 'rule_type', 'rule_types', 'qos/rule-types', 'rule_type', undefined), nameField: 'type', idField: 'type' });
    this.networks = new Collection(cloud, spec('network', 'network', 'networks', 'networks', 'network_id'));
    this.subnets = new Collection(cloud, spec('subnet', 'subnet', 'subnets', 'subnets', 'subnet_id'));
    this.ports = new Collection(cloud, spec('port', 'port', 'ports', 'ports', 'port_id'));
    this.securityGroups = new Collection(cloud, spec('security group', 'security_group', 'security_groups', 'security-groups', 'security_group_id'));
    this.securityGroupRules = new Collection(
      cloud,
      spec('security group rule', 'security_group_rule', 'security_group_rules', 'security-group-rules', 'security_group_rule_id', undefined),
    );
    this.addressScopes = new Collection(cloud, spec('address scope', 'address_scope', 'address_scopes', 'address-scopes', 'address_scope_id'));
    this.qosPolicies = new Collection(cloud, spec('QoS policy', 'policy', 'policies', 'qos/policies', 'policy_id'));
    this.segments = new Collection(cloud, spec('network segment', 'segment', 'segments', 'segments', 'segment_id'));
    this.subnetPools = new Collection(cloud, spec('subnet pool', 'subnetpool', 'subnetpools', 'subnetpools', 'subnetpool_id'));
    this.routers = new RoutersApi(cloud);
    this.agents = new NetworkAgentsApi(cloud, spec('network agent', 'agent', 'agents', 'agents', 'agent_id', undefined));
    this.extensions = new Collection(cloud, { ...spec('extension', 'extension', 'extensions', 'extensions', 'alias', undefined), idField: 'alias' });
    this.floatingIps = new Collection(cloud, {
      ...spec('floating IP', 'floatingip', 'floatingips', 'floatingips', 'floatingip_id', 'floating_ip_address'),
      nameField: 'floating_ip_address',
    });
  }
}

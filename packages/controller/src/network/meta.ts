/**
 * Version documents, the extension list, availability zones and resource tags.
 * @see https://docs.openstack.org/api-ref/network/v2/#api-versions
 * @see https://docs.openstack.org/api-ref/network/v2/#standard-attributes-tag-extension
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import { defineRoute } from '../route.js';
import { type Caller, type Query, callerOf, invalidInput, listResponse, nErr, pickFields, qAll, ts, tx } from './common.js';
import { networkVisible } from './store.js';
import { DEFAULT_AZ } from './views.js';

/** Loaded extensions: [alias, name, description]. Only what oscloud really implements. */
const EXTENSIONS: [string, string, string][] = [
  ['address-scope', 'Address scope', 'Address scopes extension.'],
  ['allowed-address-pairs', 'Allowed Address Pairs', 'Provides allowed address pairs'],
  ['availability_zone', 'Availability Zone', 'The availability zone extension.'],
  ['binding', 'Port Binding', 'Expose port bindings of a virtual port to external application'],
  ['external-net', 'Neutron external network', 'Adds external network attribute to network resource.'],
  ['ext-gw-mode', 'Neutron L3 Configurable external gateway mode', 'Extension of the router abstraction for specifying whether SNAT should occur on the external gateway'],
  ['extra_dhcp_opt', 'Neutron Extra DHCP options', 'Extra options configuration for DHCP.'],
  ['extraroute', 'Neutron Extra Route', 'Extra routes configuration for L3 router'],
  ['fip-port-details', 'Floating IP Port Details Extension', 'Add port_details attribute to Floating IP resource'],
  ['ip-substring-filtering', 'IP address substring filtering', 'Provides IP address substring filtering when listing ports'],
  ['net-mtu', 'Network MTU', 'Provides MTU attribute for a network resource.'],
  ['network_availability_zone', 'Network Availability Zone', 'Availability zone support for network.'],
  ['pagination', 'Pagination support', 'Extension that indicates that pagination is enabled.'],
  ['port-security', 'Port Security', 'Provides port security'],
  ['project-id', 'project_id field enabled', 'Extension that indicates that project_id field is enabled.'],
  ['provider', 'Provider Network', 'Expose mapping of virtual networks to physical networks'],
  ['quotas', 'Quota management support', 'Expose functions for quotas management per project'],
  ['quota_details', 'Quota details management support', 'Expose functions for quotas usage statistics per project'],
  ['revision-if-match', 'If-Match constraints based on revision_number', 'Extension indicating that If-Match based on revision_number is supported.'],
  ['router', 'Neutron L3 Router', 'Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway.'],
  ['router_availability_zone', 'Router Availability Zone', 'Availability zone support for router.'],
  ['security-group', 'security-group', 'The security groups extension.'],
  ['service-type', 'Neutron Service Type Management', 'API for retrieving service providers for Neutron advanced services'],
  ['sorting', 'Sorting support', 'Extension that indicates that sorting is enabled.'],
  ['standard-attr-description', 'standard-attr-description', 'Extension to add descriptions to standard attributes'],
  ['standard-attr-revisions', 'Resource revision numbers', 'This extension will display the revision number of neutron resources.'],
  ['standard-attr-tag', 'Tag support for resources with standard attribute: subnet, router, network, subnetpool, port, security_group, floatingip', 'Enables to set tag on resources with standard attribute.'],
  ['subnet_allocation', 'Subnet Allocation', 'Enables allocation of subnets from a subnet pool'],
  ['tag', 'Tag support', 'Enables to set tag on resources.'],
  ['standard-attr-timestamp', 'Resource timestamps', 'Adds created_at and updated_at fields to all Neutron resources that have Neutron standard attributes.'],
  ['stateful-security-group', 'Stateful security group', 'Indicates if the security group is stateful or not'],
];

function extensionView([alias, name, description]: [string, string, string]): Record<string, unknown> {
  return { alias, name, description, updated: '2013-01-20T00:00:00-00:00', links: [] };
}

/** Service providers (extension `service-type`): routers are oscloud's own router namespaces. */
const SERVICE_PROVIDERS = [{ service_type: 'L3_ROUTER_NAT', name: 'oscloud', default: true }];

/** The core collections of API v2.0. */
const RESOURCES: [string, string][] = [
  ['network', 'networks'],
  ['subnet', 'subnets'],
  ['port', 'ports'],
];

/** Tagged resource collections and their tables. */
const TAGGABLE = {
  networks: 'net_networks',
  subnets: 'net_subnets',
  ports: 'net_ports',
  routers: 'net_routers',
  subnetpools: 'net_subnetpools',
  floatingips: 'net_floatingips',
  'security-groups': 'net_security_groups',
} as const;

type TagTable = (typeof TAGGABLE)[keyof typeof TAGGABLE];

/** Loads the tags of a resource the caller may see (404 otherwise). */
async function loadTagged(trx: Trx, caller: Caller, type: string, id: string): Promise<{ table: TagTable; tags: string[]; rev: number }> {
  const table = TAGGABLE[type as keyof typeof TAGGABLE];
  if (!table) throw nErr(404, 'HTTPNotFound', 'The resource could not be found.');
  const row = await trx.selectFrom(table).select(['project_id', 'tags', 'revision_number']).where('id', '=', id).executeTakeFirst();
  let visible = !!row && (caller.isAdmin || row.project_id === caller.projectId);
  if (row && !visible && table === 'net_networks') {
    const net = await trx.selectFrom('net_networks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    visible = networkVisible(net, caller);
  }
  if (!row || !visible) throw nErr(404, 'HTTPNotFound', `${type.replace(/s$/, '').replace('security-group', 'Security group')} ${id} could not be found.`);
  return { table, tags: JSON.parse(row.tags) as string[], rev: row.revision_number };
}

async function saveTags(trx: Trx, table: TagTable, id: string, tags: string[], rev: number, now: Date): Promise<void> {
  await trx.updateTable(table).set({ tags: JSON.stringify(tags), revision_number: rev + 1, updated_at: ts(now) }).where('id', '=', id).execute();
}

function checkTag(t: string): string {
  if (t.length === 0 || t.length > 255 || t.includes(',') || t.includes('/')) throw invalidInput(`'${t}' is not a valid tag`);
  return t;
}

/**
 * A list of a collection whose items have no id of their own (availability zones, service
 * providers): `id` is only the sort and pagination tiebreaker and is dropped from the answer.
 */
function listWithoutIds(items: Record<string, unknown>[], q: Query, collection: string, url: string): Record<string, unknown> {
  const out = listResponse(items, q, { collection, url });
  const fields = qAll(q, 'fields');
  out[collection] = (out[collection] as Record<string, unknown>[]).map(({ id: _id, ...x }) => (fields.length ? pickFields(x, fields) : x));
  return out;
}

/** Registers versions, extensions, availability zones and tags. */
export function registerMetaRoutes(app: FastifyInstance, ctx: AppContext): void {
  const base = `${ctx.config.publicUrl}/network`;

  defineRoute(app, ctx, { service: 'network', op: 'listNetworkVersions' }, async () => ({
    versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ href: `${base}/v2.0/`, rel: 'self' }] }],
  }));

  defineRoute(app, ctx, { service: 'network', op: 'showNetworkVersion' }, async () => ({
    resources: RESOURCES.map(([name, collection]) => ({ name, collection, links: [{ href: `${base}/v2.0/${collection}`, rel: 'self' }] })),
  }));

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listNetworkExtensions' }, async (req) => ({
    extensions: EXTENSIONS.map((e) => pickFields(extensionView(e), qAll(req.query, 'fields'))),
  }));

  defineRoute<{ Params: { alias: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showNetworkExtension' }, async (req) => {
    const e = EXTENSIONS.find(([alias]) => alias === req.params.alias);
    if (!e) throw nErr(404, 'HTTPNotFound', `Extension with alias ${req.params.alias} does not exist`);
    return { extension: pickFields(extensionView(e), qAll(req.query, 'fields')) };
  });

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listServiceProviders' }, async (req) => {
    return listWithoutIds(SERVICE_PROVIDERS.map((p) => ({ ...p, id: `${p.service_type}/${p.name}` })), req.query, 'service_providers', `${base}/v2.0/service-providers`);
  });

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listNetworkAvailabilityZones' }, async (req) => {
    const zones = ['network', 'router'].map((resource) => ({ name: DEFAULT_AZ, resource, state: 'available' }));
    return listWithoutIds(zones.map((z) => ({ ...z, id: `${z.name}/${z.resource}` })), req.query, 'availability_zones', `${base}/v2.0/availability_zones`);
  });

  type TagParams = { resource_type: string; resource_id: string; tag?: string };

  defineRoute<{ Params: TagParams }>(app, ctx, { service: 'network', op: 'listResourceTags' }, async (req) => {
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => ({ tags: (await loadTagged(trx, caller, req.params.resource_type, req.params.resource_id)).tags }));
  });

  defineRoute<{ Params: TagParams; Body: { tags: string[] } }>(app, ctx, { service: 'network', op: 'replaceResourceTags' }, async (req) => {
    const caller = callerOf(req.auth);
    const tags = [...new Set(req.body.tags.map(checkTag))];
    return tx(ctx, async (trx) => {
      const r = await loadTagged(trx, caller, req.params.resource_type, req.params.resource_id);
      await saveTags(trx, r.table, req.params.resource_id, tags, r.rev, ctx.now());
      return { tags };
    });
  });

  defineRoute<{ Params: TagParams }>(app, ctx, { service: 'network', op: 'deleteResourceTags' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const r = await loadTagged(trx, caller, req.params.resource_type, req.params.resource_id);
      await saveTags(trx, r.table, req.params.resource_id, [], r.rev, ctx.now());
    });
    return reply.code(204).send();
  });

  defineRoute<{ Params: TagParams }>(app, ctx, { service: 'network', op: 'checkResourceTag' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const r = await tx(ctx, (trx) => loadTagged(trx, caller, req.params.resource_type, req.params.resource_id));
    if (!r.tags.includes(req.params.tag ?? '')) throw nErr(404, 'TagNotFound', `Tag ${req.params.tag} could not be found for ${req.params.resource_type} ${req.params.resource_id}.`);
    return reply.code(204).send();
  });

  defineRoute<{ Params: TagParams }>(app, ctx, { service: 'network', op: 'addResourceTag' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    const tag = checkTag(req.params.tag ?? '');
    await tx(ctx, async (trx) => {
      const r = await loadTagged(trx, caller, req.params.resource_type, req.params.resource_id);
      if (!r.tags.includes(tag)) await saveTags(trx, r.table, req.params.resource_id, [...r.tags, tag], r.rev, ctx.now());
    });
    return reply.code(201).send();
  });

  defineRoute<{ Params: TagParams }>(app, ctx, { service: 'network', op: 'deleteResourceTag' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const r = await loadTagged(trx, caller, req.params.resource_type, req.params.resource_id);
      if (!r.tags.includes(req.params.tag ?? '')) throw nErr(404, 'TagNotFound', `Tag ${req.params.tag} could not be found for ${req.params.resource_type} ${req.params.resource_id}.`);
      await saveTags(trx, r.table, req.params.resource_id, r.tags.filter((t) => t !== req.params.tag), r.rev, ctx.now());
    });
    return reply.code(204).send();
  });
}

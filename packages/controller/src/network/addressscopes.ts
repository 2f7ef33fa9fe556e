/**
 * Address scopes (extension `address-scope`): a scope groups subnet pools of one IP version
 * whose prefixes must not overlap, so that addresses inside it are unique. oscloud routes
 * between scopes like inside one (no per-scope NAT decisions on the dataplane).
 * @see https://docs.openstack.org/api-ref/network/v2/#address-scopes-extension-address-scopes
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import type { NetAddressScopesTable } from '../db/tables/network.js';
import { defineRoute } from '../route.js';
import { type Caller, type Query, b, callerOf, i, listResponse, nErr, newId, ownerFor, pickFields, qAll, tx } from './common.js';
import { type Cidr, cidrsOverlap, parseCidr } from './ipam.js';
import { enforceAttributePolicy } from './policy.js';

/** The wire view of a scope. */
function addressScopeView(row: NetAddressScopesTable): Record<string, unknown> {
  return { id: row.id, name: row.name, ip_version: row.ip_version, shared: b(row.shared), tenant_id: row.project_id, project_id: row.project_id };
}

function scopeVisible(row: NetAddressScopesTable, caller: Caller): boolean {
  return caller.isAdmin || row.project_id === caller.projectId || b(row.shared);
}

/** Loads a scope the caller may see (404 AddressScopeNotFound otherwise). */
export async function loadAddressScope(trx: Trx, caller: Caller, id: string): Promise<NetAddressScopesTable> {
  const row = await trx.selectFrom('net_address_scopes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !scopeVisible(row, caller)) throw nErr(404, 'AddressScopeNotFound', `Address scope ${id} could not be found.`);
  return row;
}

/**
 * Checks that a pool (`poolId`, null when new) of `version` with `prefixes` may join scope
 * `scopeId`: same IP version (400), and no prefix overlapping another pool of the scope (409
 * AddressScopePrefixConflict). Returns the scope id to store.
 */
export async function checkPoolScope(trx: Trx, caller: Caller, scopeId: string, poolId: string | null, version: number, prefixes: Cidr[]): Promise<string> {
  const scope = await loadAddressScope(trx, caller, scopeId);
  if (scope.ip_version !== version) {
    throw nErr(400, 'IllegalSubnetPoolIpVersionAssociationToAddressScope', `Illegal subnetpool association: subnetpool ${poolId ?? ''} cannot associate with address scope ${scope.id} because subnetpool ip_version is not ${scope.ip_version}.`);
  }
  let q = trx.selectFrom('net_subnetpools').select(['id', 'prefixes']).where('address_scope_id', '=', scope.id);
  if (poolId) q = q.where('id', '!=', poolId);
  for (const other of await q.execute()) {
    const theirs = (JSON.parse(other.prefixes) as string[]).map((p) => parseCidr(p));
    if (theirs.some((t) => prefixes.some((p) => cidrsOverlap(t, p)))) {
      throw nErr(409, 'AddressScopePrefixConflict', 'Failed to associate address scope: subnetpools within an address scope must have unique prefixes.');
    }
  }
  return scope.id;
}

/** Registers /v2.0/address-scopes. */
export function registerAddressScopeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const url = `${ctx.config.publicUrl}/network/v2.0/address-scopes`;
  const owned = (caller: Caller, row: NetAddressScopesTable, action: string): void => {
    if (!caller.isAdmin && row.project_id !== caller.projectId) throw nErr(403, 'PolicyNotAuthorized', `(rule:${action}) is disallowed by policy`);
  };

  defineRoute<{ Querystring: Query }>(app, ctx, { service: 'network', op: 'listAddressScopes' }, async (req) => {
    const caller = callerOf(req.auth);
    const rows = await tx(ctx, (trx) => trx.selectFrom('net_address_scopes').selectAll().execute());
    return listResponse(rows.filter((r) => scopeVisible(r, caller)).map(addressScopeView), req.query, { collection: 'address_scopes', url });
  });

  defineRoute<{ Body: { address_scope: Record<string, unknown> } }>(app, ctx, { service: 'network', op: 'createAddressScope' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    enforceAttributePolicy(req);
    const body = req.body.address_scope;
    const row: NetAddressScopesTable = {
      id: newId(),
      project_id: ownerFor(caller, body),
      name: (body.name as string | undefined) ?? '',
      ip_version: Number(body.ip_version),
      shared: i(body.shared === true),
    };
    await tx(ctx, (trx) => trx.insertInto('net_address_scopes').values(row).execute());
    return reply.code(201).send({ address_scope: addressScopeView(row) });
  });

  defineRoute<{ Params: { address_scope_id: string }; Querystring: Query }>(app, ctx, { service: 'network', op: 'showAddressScope' }, async (req) => {
    const caller = callerOf(req.auth);
    const row = await tx(ctx, (trx) => loadAddressScope(trx, caller, req.params.address_scope_id));
    return { address_scope: pickFields(addressScopeView(row), qAll(req.query, 'fields')) };
  });

  defineRoute<{ Params: { address_scope_id: string }; Body: { address_scope: Record<string, unknown> } }>(app, ctx, { service: 'network', op: 'updateAddressScope' }, async (req) => {
    const caller = callerOf(req.auth);
    const body = req.body.address_scope;
    const row = await tx(ctx, async (trx) => {
      const scope = await loadAddressScope(trx, caller, req.params.address_scope_id);
      owned(caller, scope, 'update_address_scope');
      enforceAttributePolicy(req);
      const next = { ...scope };
      if (typeof body.name === 'string') next.name = body.name;
      if (typeof body.shared === 'boolean') {
        // Neutron refuses to unshare a scope once shared (AddressScopeUpdateError).
        if (b(scope.shared) && !body.shared) throw nErr(400, 'AddressScopeUpdateError', `Unable to update address scope ${scope.id} : Shared address scope can't be unshared.`);
        next.shared = i(body.shared);
      }
      await trx.updateTable('net_address_scopes').set({ name: next.name, shared: next.shared }).where('id', '=', scope.id).execute();
      return next;
    });
    return { address_scope: addressScopeView(row) };
  });

  defineRoute<{ Params: { address_scope_id: string } }>(app, ctx, { service: 'network', op: 'deleteAddressScope' }, async (req, reply) => {
    const caller = callerOf(req.auth);
    await tx(ctx, async (trx) => {
      const scope = await loadAddressScope(trx, caller, req.params.address_scope_id);
      owned(caller, scope, 'delete_address_scope');
      if (await trx.selectFrom('net_subnetpools').select('id').where('address_scope_id', '=', scope.id).executeTakeFirst()) {
        throw nErr(409, 'AddressScopeInUse', `Unable to complete operation on address scope ${scope.id}. There are one or more subnet pools in use on the address scope.`);
      }
      await trx.deleteFrom('net_address_scopes').where('id', '=', scope.id).execute();
    });
    return reply.code(204).send();
  });
}

/**
 * Domain-specific configuration (api-ref "Domain configuration"): per-domain values of the
 * `identity` and `ldap` option groups Keystone lets a domain override, stored one row per
 * option. As Keystone: other groups and options are refused (403 "Invalid domain specific
 * configuration"), the sensitive `ldap.password` is stored but never shown, and
 * /v3/domains/config/default shows what a domain gets when it overrides nothing. oscloud's
 * only identity backend is its SQL store: the values are kept and served, not acted on.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { withTransaction } from '../db/index.js';
import { forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import type { IdSchemas } from './format.js';

type Value = string | number | boolean | null;
type Config = Record<string, Record<string, Value>>;

/** Options a domain may set, with the default it has otherwise (Keystone's whitelist). */
export const DOMAIN_CONFIG_DEFAULTS: Config = {
  identity: { driver: 'sql', list_limit: null },
  ldap: {
    url: 'ldap://localhost', user: null, suffix: 'cn=example,cn=com', query_scope: 'one', page_size: 0, alias_dereferencing: 'default',
    debug_level: null, chase_referrals: null, user_tree_dn: null, user_filter: null, user_objectclass: 'inetOrgPerson', user_id_attribute: 'cn',
    user_name_attribute: 'sn', user_mail_attribute: 'mail', user_description_attribute: 'description', user_pass_attribute: 'userPassword',
    user_enabled_attribute: 'enabled', user_enabled_invert: false, user_enabled_mask: 0, user_enabled_default: 'True', group_tree_dn: null,
    group_filter: null, group_objectclass: 'groupOfNames', group_id_attribute: 'cn', group_name_attribute: 'ou', group_member_attribute: 'member',
    group_members_are_ids: false, group_desc_attribute: 'description', tls_cacertfile: null, tls_cacertdir: null, use_tls: false, tls_req_cert: 'demand',
    use_pool: true, pool_size: 10, use_auth_pool: true, auth_pool_size: 100,
  },
};
/** Options stored but never returned. */
const SENSITIVE: Record<string, string[]> = { identity: [], ldap: ['password'] };

const invalid = (why: string) => forbidden(`Invalid domain specific configuration: ${why}`);

function checkGroup(group: string): void {
  if (!(group in DOMAIN_CONFIG_DEFAULTS)) throw invalid(`Group ${group} is not supported for domain specific configurations.`);
}
function checkOption(group: string, option: string): boolean {
  checkGroup(group);
  const sensitive = SENSITIVE[group]!.includes(option);
  if (!sensitive && !(option in DOMAIN_CONFIG_DEFAULTS[group]!)) throw invalid(`Option ${option} in group ${group} is not supported for domain specific configurations.`);
  return sensitive;
}
function checkValue(group: string, option: string, v: unknown): Value {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  throw invalid(`The value of option ${option} in group ${group} must be a string, number, boolean or null.`);
}

/** Registers the /v3/domains/config/... and /v3/domains/{domain_id}/config/... routes. */
export function registerDomainConfigRoutes(app: FastifyInstance, ctx: AppContext): void {
  const domainExists = async (id: string): Promise<void> => {
    if (!(await ctx.db.selectFrom('domains').select('id').where('id', '=', id).executeTakeFirst())) throw notFound(`Could not find domain: ${id}.`);
  };
  /** The domain's stored configuration (sensitive options left out); `group`: that group only. */
  const read = async (domainId: string, group?: string): Promise<Config> => {
    let q = ctx.db.selectFrom('domain_configs').select(['group_name', 'option_name', 'value']).where('domain_id', '=', domainId).where('sensitive', '=', 0);
    if (group) q = q.where('group_name', '=', group);
    const out: Config = {};
    for (const r of await q.orderBy('group_name').orderBy('option_name').execute()) (out[r.group_name] ??= {})[r.option_name] = JSON.parse(r.value) as Value;
    return out;
  };
  /** Validates a whole `{group: {option: value}}` document; `only`: the one group it may hold. */
  const validate = (config: unknown, only?: string): { group: string; option: string; value: Value; sensitive: boolean }[] => {
    if (typeof config !== 'object' || config === null || Array.isArray(config)) throw invalid('config must be an object of groups.');
    const rows = [];
    for (const [group, opts] of Object.entries(config)) {
      checkGroup(group);
      if (only !== undefined && group !== only) throw invalid(`Group ${group} is not the group ${only} of this request.`);
      if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) throw invalid(`Group ${group} must be an object of options.`);
      for (const [option, v] of Object.entries(opts as Record<string, unknown>)) rows.push({ group, option, value: checkValue(group, option, v), sensitive: checkOption(group, option) });
    }
    if (rows.length === 0) throw invalid('the configuration is empty.');
    return rows;
  };
  /** Writes options (replacing the domain's whole configuration when `replace`). */
  const write = async (domainId: string, rows: ReturnType<typeof validate>, replace: boolean): Promise<void> => {
    await withTransaction(ctx.db, async (trx) => {
      if (replace) await trx.deleteFrom('domain_configs').where('domain_id', '=', domainId).execute();
      for (const r of rows) {
        await trx.deleteFrom('domain_configs').where('domain_id', '=', domainId).where('group_name', '=', r.group).where('option_name', '=', r.option).execute();
        await trx.insertInto('domain_configs').values({ domain_id: domainId, group_name: r.group, option_name: r.option, value: JSON.stringify(r.value), sensitive: r.sensitive ? 1 : 0 }).execute();
      }
    });
  };
  const nothing = (domainId: string, what = '') => notFound(`Could not find domain config${what}: ${domainId}.`);

  // ---- defaults ----
  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3/domains/config/default' }, async () => ({ config: DOMAIN_CONFIG_DEFAULTS }));
  defineRoute<{ Params: { group: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/domains/config/{group}/default' }, async (req) => {
    checkGroup(req.params.group);
    return { config: { [req.params.group]: DOMAIN_CONFIG_DEFAULTS[req.params.group] } };
  });
  defineRoute<{ Params: { group: string; option: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/domains/config/{group}/{option}/default' }, async (req) => {
    const { group, option } = req.params;
    if (checkOption(group, option)) throw invalid(`Option ${option} in group ${group} is sensitive and has no default to show.`);
    return { config: { [option]: DOMAIN_CONFIG_DEFAULTS[group]![option] } };
  });

  // ---- a domain's whole configuration ----
  type D = { Params: { domain_id: string } };
  defineRoute<D & { Body: IdSchemas['DomainConfigRequest'] }>(app, ctx, { service: 'identity', op: 'PUT /v3/domains/{domain_id}/config' }, async (req, reply) => {
    const id = req.params.domain_id;
    await domainExists(id);
    const rows = validate(req.body.config);
    const had = await ctx.db.selectFrom('domain_configs').select('domain_id').where('domain_id', '=', id).executeTakeFirst();
    await write(id, rows, true);
    reply.code(had ? 200 : 201);
    return { config: await read(id) };
  });
  defineRoute<D>(app, ctx, { service: 'identity', op: 'GET /v3/domains/{domain_id}/config' }, async (req) => {
    await domainExists(req.params.domain_id);
    const config = await read(req.params.domain_id);
    if (Object.keys(config).length === 0) throw nothing(req.params.domain_id);
    return { config };
  });
  defineRoute<D & { Body: IdSchemas['DomainConfigRequest'] }>(app, ctx, { service: 'identity', op: 'PATCH /v3/domains/{domain_id}/config' }, async (req) => {
    const id = req.params.domain_id;
    await domainExists(id);
    const rows = validate(req.body.config);
    if (Object.keys(await read(id)).length === 0) throw nothing(id);
    await write(id, rows, false);
    return { config: await read(id) };
  });
  defineRoute<D>(app, ctx, { service: 'identity', op: 'DELETE /v3/domains/{domain_id}/config' }, async (req, reply) => {
    const id = req.params.domain_id;
    await domainExists(id);
    const r = await ctx.db.deleteFrom('domain_configs').where('domain_id', '=', id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw nothing(id);
    return reply.code(204).send();
  });

  // ---- one group ----
  type G = { Params: { domain_id: string; group: string } };
  defineRoute<G>(app, ctx, { service: 'identity', op: 'GET /v3/domains/{domain_id}/config/{group}' }, async (req) => {
    const { domain_id: id, group } = req.params;
    await domainExists(id);
    checkGroup(group);
    const config = await read(id, group);
    if (!config[group]) throw nothing(id, ` group ${group}`);
    return { config };
  });
  defineRoute<G & { Body: IdSchemas['DomainConfigRequest'] }>(app, ctx, { service: 'identity', op: 'PATCH /v3/domains/{domain_id}/config/{group}' }, async (req) => {
    const { domain_id: id, group } = req.params;
    await domainExists(id);
    checkGroup(group);
    const rows = validate(req.body.config, group);
    if (Object.keys(await read(id)).length === 0) throw nothing(id);
    await write(id, rows, false);
    return { config: await read(id) };
  });
  defineRoute<G>(app, ctx, { service: 'identity', op: 'DELETE /v3/domains/{domain_id}/config/{group}' }, async (req, reply) => {
    const { domain_id: id, group } = req.params;
    await domainExists(id);
    checkGroup(group);
    const r = await ctx.db.deleteFrom('domain_configs').where('domain_id', '=', id).where('group_name', '=', group).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw nothing(id, ` group ${group}`);
    return reply.code(204).send();
  });

  // ---- one option ----
  type O = { Params: { domain_id: string; group: string; option: string } };
  defineRoute<O>(app, ctx, { service: 'identity', op: 'GET /v3/domains/{domain_id}/config/{group}/{option}' }, async (req) => {
    const { domain_id: id, group, option } = req.params;
    await domainExists(id);
    checkOption(group, option);
    const v = (await read(id, group))[group]?.[option];
    if (v === undefined) throw nothing(id, ` option ${group}.${option}`);
    return { config: { [option]: v } };
  });
  defineRoute<O & { Body: IdSchemas['DomainConfigOptionRequest'] }>(app, ctx, { service: 'identity', op: 'PATCH /v3/domains/{domain_id}/config/{group}/{option}' }, async (req) => {
    const { domain_id: id, group, option } = req.params;
    await domainExists(id);
    const sensitive = checkOption(group, option);
    if (!(option in req.body.config)) throw invalid(`The request must set option ${option}.`);
    if (Object.keys(await read(id)).length === 0) throw nothing(id);
    await write(id, [{ group, option, value: checkValue(group, option, req.body.config[option]), sensitive }], false);
    return { config: await read(id) };
  });
  defineRoute<O>(app, ctx, { service: 'identity', op: 'DELETE /v3/domains/{domain_id}/config/{group}/{option}' }, async (req, reply) => {
    const { domain_id: id, group, option } = req.params;
    await domainExists(id);
    checkOption(group, option);
    const r = await ctx.db.deleteFrom('domain_configs').where('domain_id', '=', id).where('group_name', '=', group).where('option_name', '=', option).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw nothing(id, ` option ${group}.${option}`);
    return reply.code(204).send();
  });
}

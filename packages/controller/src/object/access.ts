/**
 * Who may address an account: the policy table's rule of the operation (reader for reads,
 * member for writes), and the account must be the token's project (`AUTH_<project_id>`), as
 * Swift's keystoneauth requires; admin (Swift's reseller admin) reaches every account.
 */
import type { FastifyRequest } from 'fastify';
import { checkRule, ruleFor } from '../auth.js';
import type { AppContext } from '../context.js';
import { badRequest, forbidden } from '../errors.js';
import { resolveAuth } from '../route.js';
import type { SpecOperation } from '../spec.js';
import { ACCOUNT_PREFIX, SWIFT_LIMITS } from './limits.js';

/** Checks the caller against `op` and `account`; returns the account's project id. */
export async function authorizeAccount(ctx: AppContext, req: FastifyRequest, op: SpecOperation, account: string): Promise<string> {
  const rule = ruleFor(op.operationId);
  const auth = await resolveAuth(req, ctx, rule === 'public');
  const denied = checkRule(rule, auth);
  if (denied) throw denied;
  const n = Buffer.byteLength(account);
  if (n > SWIFT_LIMITS.max_account_name_length) throw badRequest(`Account name length of ${n} longer than ${SWIFT_LIMITS.max_account_name_length}`, { plain: true });
  const projectId = account.startsWith(ACCOUNT_PREFIX) ? account.slice(ACCOUNT_PREFIX.length) : null;
  if (!projectId || !auth || (!auth.isAdmin && auth.projectId !== projectId)) throw forbidden('Access was denied to this resource.');
  return projectId;
}

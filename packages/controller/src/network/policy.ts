/** Neutron's attribute-level policy on a request body, from the policy table (src/policy/table.ts ATTRIBUTE_POLICY). */
import type { FastifyRequest } from 'fastify';
import { deniedAttribute } from '../policy/attributes.js';
import { nErr } from './common.js';

/**
 * Throws Neutron's 403 PolicyNotAuthorized when the body sets an attribute the caller may not
 * set (e.g. a member choosing `floating_ip_address`). Call it after the body's own validation
 * (Neutron answers 400 before 403) and after loading the resource of an update (404 first).
 */
export function enforceAttributePolicy(req: FastifyRequest): void {
  const op = req.operation;
  if (!op) return;
  const d = deniedAttribute(op.operationId, req.body, req.auth);
  if (d) throw nErr(403, 'PolicyNotAuthorized', `(rule:${d.action} and rule:${d.action}:${d.attribute}) is disallowed by policy`);
}

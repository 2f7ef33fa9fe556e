/**
 * Evaluates the attribute-level policy (ATTRIBUTE_POLICY in table.ts) on a validated request
 * body: the first attribute the caller may not set, or null.
 */
import { checkRule, type AuthContext } from '../auth.js';
import { ATTRIBUTE_POLICY } from './table.js';

/** A refused attribute: the operation's policy action and the attribute's path (Neutron's `action:attr:sub`). */
export interface AttributeDenial {
  action: string;
  attribute: string;
}

/** The value at a `:`-separated path of `obj`, or undefined. */
function valueAt(obj: unknown, path: string): unknown {
  let v = obj;
  for (const key of path.split(':')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** The value of `attribute` in `resource`, reading keys that hold ':' (`binding:host_id`) before nested paths. */
function attributeValue(resource: Record<string, unknown>, attribute: string): unknown {
  return attribute in resource ? resource[attribute] : valueAt(resource, attribute);
}

/** Checks `body` of `operationId` against its attribute rules; returns the first denial, or null. */
export function deniedAttribute(operationId: string, body: unknown, auth: AuthContext | null): AttributeDenial | null {
  const op = ATTRIBUTE_POLICY[operationId];
  if (!op || body === null || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const bulk = op.bulk !== undefined && Array.isArray(b[op.bulk]) ? (b[op.bulk] as unknown[]) : null;
  const resources = bulk ?? [b[op.resource]];
  for (const resource of resources) {
    if (resource === null || typeof resource !== 'object') continue;
    for (const a of op.attributes) {
      const v = attributeValue(resource as Record<string, unknown>, a.attribute);
      if (v === undefined || a.anyoneMay?.includes(v)) continue;
      if (checkRule(a.rule, auth)) return { action: op.action, attribute: a.attribute };
    }
  }
  return null;
}

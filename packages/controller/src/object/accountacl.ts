/**
 * Account ACLs (Swift's `X-Account-Access-Control`, the "V2" ACL syntax): a JSON object with
 * the keys `read-only`, `read-write` and `admin`, each a list of grantees. Swift's tempauth
 * names groups there and Swift's keystoneauth has none; oscloud names Keystone identities as
 * its container ACLs do (src/object/acl.ts): `<project>:<user>` (ids, or names; `*` for any)
 * and a bare `<project_id>` (every user of a token scoped to that project).
 *
 * - read-only: list the containers, read every container and object, see the account's and
 *   containers' headers (privileged ones excepted: ACLs, temp URL keys);
 * - read-write: that, and create, update and delete containers and objects (privileged
 *   container headers are ignored, account writes and bulk operations refused);
 * - admin: everything the owner can, setting the account ACL included (Swift's swift_owner).
 *
 * Only the owner (the project's own tokens, the reseller admin, an `admin` grantee) sets it or
 * sees it; an empty value removes it.
 */
import type { AuthContext } from '../auth.js';
import { badRequest } from '../errors.js';
import { userGranted } from './acl.js';

/** The access levels, weakest first. */
export const ACCOUNT_ACL_LEVELS = ['read-only', 'read-write', 'admin'] as const;
/** One access level. */
export type AccountAclLevel = (typeof ACCOUNT_ACL_LEVELS)[number];
/** A parsed account ACL. */
export type AccountAcl = Partial<Record<AccountAclLevel, string[]>>;

/** The request/response header. */
export const ACCOUNT_ACL_HEADER = 'X-Account-Access-Control';

/** Operations each level allows a non-owner (admin is the owner). */
const READ_OPS = ['listContainers', 'showAccountMetadata', 'listObjects', 'showContainerMetadata', 'showObject', 'showObjectMetadata'];
const LEVEL_OPS: Record<Exclude<AccountAclLevel, 'admin'>, ReadonlySet<string>> = {
  'read-only': new Set(READ_OPS),
  'read-write': new Set([...READ_OPS, 'createContainer', 'updateContainerMetadata', 'deleteContainer', 'createObject', 'updateObjectMetadata', 'deleteObject']),
};

/** True when `level` lets a non-owner run `operationId`. */
export function accountAclAllows(level: AccountAclLevel, operationId: string): boolean {
  return level === 'admin' || LEVEL_OPS[level].has(operationId);
}

/**
 * Validates a header value and returns the stored form (Swift's format_acl: keys sorted, no
 * spaces, ASCII), '' for an empty value or `{}`. 400 with tempauth's messages otherwise.
 */
export function cleanAccountAcl(value: string): string {
  const v = value.trim();
  if (v === '') return '';
  let doc: unknown;
  try {
    doc = JSON.parse(v);
  } catch {
    doc = undefined;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw badRequest(`Syntax error in input (${JSON.stringify(v)})`, { plain: true });
  const out: AccountAcl = {};
  for (const [key, list] of Object.entries(doc as Record<string, unknown>)) {
    if (!(ACCOUNT_ACL_LEVELS as readonly string[]).includes(key)) throw badRequest(`Key ${JSON.stringify(key)} not recognized`, { plain: true });
    if (!Array.isArray(list)) throw badRequest(`Value for key ${JSON.stringify(key)} must be a list`, { plain: true });
    if (!list.every((g) => typeof g === 'string')) throw badRequest(`Elements of ${JSON.stringify(key)} list must be strings`, { plain: true });
    out[key as AccountAclLevel] = list as string[];
  }
  const keys = Object.keys(out).sort() as AccountAclLevel[];
  if (keys.length === 0) return '';
  const json = JSON.stringify(Object.fromEntries(keys.map((k) => [k, out[k]])));
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when a grantee names the caller: `<project>:<user>` as container ACLs, or a bare project id. */
function granteeMatches(grantee: string, auth: AuthContext): boolean {
  const g = grantee.trim();
  if (g === '' || g.includes(',')) return false;
  if (!g.includes(':')) return auth.projectId !== null && g === auth.projectId;
  return userGranted(g, auth);
}

/** The strongest level the stored ACL (`''` for none) gives the caller, or null. */
export function accountAclLevel(stored: string, auth: AuthContext | null): AccountAclLevel | null {
  if (!stored || !auth) return null;
  const acl = JSON.parse(stored) as AccountAcl;
  for (const level of [...ACCOUNT_ACL_LEVELS].reverse()) {
    if ((acl[level] ?? []).some((g) => granteeMatches(g, auth))) return level;
  }
  return null;
}

/**
 * Who may address an account, a container, an object. The account's owner (a token of the
 * project `AUTH_<project_id>`; admin, Swift's reseller admin, owns every account) gets the
 * policy table's rule of the operation (reader for reads, member for writes). Anyone else —
 * another project's user, or an anonymous request — only gets what the account's ACL grants
 * (src/object/accountacl.ts: an `admin` grantee is an owner) or a container's ACL grants
 * (src/object/acl.ts): reads of its objects (and its listing), or object writes. Nothing
 * granted: 401 without a (valid) token, else 403, as Swift's keystoneauth answers.
 */
import type { FastifyRequest } from 'fastify';
import { checkRule, ruleFor, type AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { badRequest, forbidden, unauthorized } from '../errors.js';
import { resolveAuth } from '../route.js';
import type { SpecOperation } from '../spec.js';
import { accountAclAllows, accountAclLevel } from './accountacl.js';
import { referrerGranted, referrerListings, userGranted, type AclKind } from './acl.js';
import { ACCOUNT_PREFIX, SWIFT_LIMITS } from './limits.js';
import { header } from './metadata.js';
import type { SwiftPath } from './names.js';
import type { Metadata } from './metadata.js';
import { accountMeta, findContainer, parseJson } from './service.js';
import { isTempUrl, TEMP_URL_KEYS, tempUrlInvalid, verifyTempUrl } from './tempurl.js';

/** The outcome: whose account, and whether the caller owns it. */
export interface Access {
  projectId: string;
  /** False when only a container ACL or a temp URL let the request in. */
  owner: boolean;
  auth: AuthContext | null;
  /** True when a temp URL let the request in. */
  tempUrl?: boolean;
}

/** The ACL an operation needs when the caller is not the owner (container and account writes: none). */
const ACL_KIND: Record<string, AclKind> = {
  listObjects: 'read',
  showContainerMetadata: 'read',
  showObject: 'read',
  showObjectMetadata: 'read',
  createObject: 'write',
  updateObjectMetadata: 'write',
  deleteObject: 'write',
};

/** Operations on the container itself (a referrer needs `.rlistings` for them). */
const CONTAINER_READS = new Set(['listObjects', 'showContainerMetadata']);

/** True when the account's or the container's ACL grants `kind` in the container to this caller. */
export async function aclAllows(ctx: AppContext, req: FastifyRequest, projectId: string, container: string, kind: AclKind, auth: AuthContext | null, containerRead = false): Promise<boolean> {
  // The account ACL grants every container of the account (read-only: reads; read-write, admin: both).
  const level = auth ? accountAclLevel((await accountMeta(ctx.db, projectId)).accessControl, auth) : null;
  if (level === 'admin' || level === 'read-write' || (level === 'read-only' && kind === 'read')) return true;
  const c = await findContainer(ctx.db, projectId, container);
  if (!c) return false;
  const acl = kind === 'read' ? c.read_acl : c.write_acl;
  if (!acl) return false;
  if (auth && userGranted(acl, auth)) return true;
  return kind === 'read' && referrerGranted(acl, header(req.headers, 'referer')) && (!containerRead || referrerListings(acl));
}

/** Checks the caller against `op` on `path`. COPY reads its path (the source). A temp URL (src/object/tempurl.ts) replaces the token. */
export async function authorize(ctx: AppContext, req: FastifyRequest, op: SpecOperation, path: SwiftPath, query: Map<string, string>): Promise<Access> {
  const n = Buffer.byteLength(path.account);
  if (n > SWIFT_LIMITS.max_account_name_length) throw badRequest(`Account name length of ${n} longer than ${SWIFT_LIMITS.max_account_name_length}`, { plain: true });
  if (isTempUrl(query)) {
    const projectId = path.account.startsWith(ACCOUNT_PREFIX) ? path.account.slice(ACCOUNT_PREFIX.length) : '';
    if (!projectId || path.container === undefined || path.object === undefined) throw tempUrlInvalid();
    const [account, container] = await Promise.all([accountMeta(ctx.db, projectId), findContainer(ctx.db, projectId, path.container)]);
    const containerMeta = container ? parseJson<Metadata>(container.metadata) : {};
    const keys = TEMP_URL_KEYS.flatMap((k) => [account.meta[k], containerMeta[k]]).filter((k): k is string => Boolean(k));
    const signedPath = `/v1/${path.account}/${path.container}/${path.object}`;
    // Clients sign the path they request: Swift's own (`/v1/...`) or, as Tempest does, the one
    // under the service's mount point (`/object-store/v1/...`).
    const rawPath = (req.raw.url ?? '').split('?')[0]!;
    const mount = rawPath.slice(0, Math.max(0, rawPath.indexOf('/v1/')));
    const paths = mount ? [signedPath, `${mount}${signedPath}`] : [signedPath];
    verifyTempUrl(query, req.method, paths, path.object, keys, Math.floor(ctx.now().getTime() / 1000));
    return { projectId, owner: false, auth: null, tempUrl: true };
  }
  const rule = ruleFor(op.operationId);
  // A bad token is an anonymous request (keystoneauth's delay_auth_decision): an ACL may still grant it.
  const auth = await resolveAuth(req, ctx, true);
  const projectId = path.account.startsWith(ACCOUNT_PREFIX) ? path.account.slice(ACCOUNT_PREFIX.length) : '';
  if (auth && projectId && (auth.isAdmin || auth.projectId === projectId)) {
    const denied = checkRule(rule, auth);
    if (denied) throw denied;
    return { projectId, owner: true, auth };
  }
  // An account ACL (src/object/accountacl.ts): an admin grantee is an owner, the others get their level's operations.
  if (auth && projectId) {
    const level = accountAclLevel((await accountMeta(ctx.db, projectId)).accessControl, auth);
    if (level === 'admin') return { projectId, owner: true, auth };
    if (level && accountAclAllows(level, op.operationId)) return { projectId, owner: false, auth };
  }
  const kind = req.method === 'COPY' ? 'read' : ACL_KIND[op.operationId];
  if (projectId && kind && path.container !== undefined && (await aclAllows(ctx, req, projectId, path.container, kind, auth, CONTAINER_READS.has(op.operationId)))) {
    return { projectId, owner: false, auth };
  }
  if (!auth) throw unauthorized();
  throw forbidden('Access was denied to this resource.');
}

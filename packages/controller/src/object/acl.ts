/**
 * Container ACLs, Swift's keystoneauth flavour (api-ref "Container ACLs"):
 * - `X-Container-Read`: elements `<project>:<user>` (ids or names, `*` for any), referrers
 *   `.r:*`, `.r:<host>`, `.r:.<domain>` (a leading `-` denies), and `.rlistings` (referrers may
 *   also list the container);
 * - `X-Container-Write`: `<project>:<user>` elements only.
 * Only the account's owner sets them; they grant other projects' users (and, for referrers,
 * anonymous requests) reads or object writes in that one container.
 */
import type { AuthContext } from '../auth.js';
import { badRequest } from '../errors.js';

/** Which ACL header. */
export type AclKind = 'read' | 'write';

/**
 * Validates and normalises an ACL header value (Swift's clean_acl): elements trimmed, empty
 * ones dropped; 400 for a referrer in a write ACL, an empty referrer, an unknown designator.
 */
export function cleanAcl(kind: AclKind, value: string): string {
  const out: string[] = [];
  for (const raw of value.split(',')) {
    const e = raw.trim();
    if (!e) continue;
    if (e.startsWith('.')) {
      if (kind === 'write') throw badRequest(`Referrers not allowed in write ACL: ${JSON.stringify(e)}`, { plain: true });
      if (e === '.rlistings') {
        out.push(e);
        continue;
      }
      const m = /^\.(ref|referer|referrer|r):(.*)$/.exec(e);
      if (!m) throw badRequest(`Unknown designator ${JSON.stringify(e.split(':')[0])} in ACL: ${JSON.stringify(e)}`, { plain: true });
      const host = m[2]!.trim();
      if (!host || host === '-') throw badRequest(`No host/domain value after referrer designation in ACL: ${JSON.stringify(e)}`, { plain: true });
      out.push(`.r:${host}`);
      continue;
    }
    out.push(e);
  }
  return out.join(',');
}

/** True when the caller is named by a `<project>:<user>` element of the ACL. */
export function userGranted(acl: string, auth: AuthContext): boolean {
  for (const e of acl.split(',')) {
    const i = e.indexOf(':');
    if (e.startsWith('.') || i < 0) continue;
    const p = e.slice(0, i);
    const u = e.slice(i + 1);
    const projectOk = p === '*' || (auth.projectId !== null && (p === auth.projectId || p === auth.projectName));
    const userOk = u === '*' || u === auth.userId || u === auth.userName;
    if (projectOk && userOk) return true;
  }
  return false;
}

/**
 * Swift's referrer_allowed: the last matching `.r:` element decides (`-` denies); `*` matches
 * any request (also one without Referer), `.domain` the domain and its hosts, else the host.
 */
export function referrerGranted(acl: string, referer: string | undefined): boolean {
  let host = '';
  if (referer) {
    try {
      host = new URL(referer).hostname;
    } catch {
      host = '';
    }
  }
  let allowed = false;
  for (const e of acl.split(',')) {
    if (!e.startsWith('.r:')) continue;
    let v = e.slice(3);
    const deny = v.startsWith('-');
    if (deny) v = v.slice(1);
    const match = v === '*' || (host !== '' && (v.startsWith('.') ? host.endsWith(v) || host === v.slice(1) : host === v));
    if (match) allowed = !deny;
  }
  return allowed;
}

/** True when the read ACL lets referrers list the container (`.rlistings`). */
export function referrerListings(acl: string): boolean {
  return acl.split(',').includes('.rlistings');
}

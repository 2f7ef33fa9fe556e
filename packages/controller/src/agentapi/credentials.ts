/** Host credentials: random secrets handed out once, stored as sha256 hashes. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new per-host credential: 32 random bytes, base64url. */
export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a credential (sha256, hex). */
export function hashCredential(credential: string): string {
  return createHash('sha256').update(credential, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with the expected one (hashes first: equal lengths). */
export function secretMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const h = Array.isArray(header) ? header[0] : header;
  if (!h) return null;
  const m = /^Bearer[ \t]+(\S+)\s*$/i.exec(h);
  return m ? m[1]! : null;
}

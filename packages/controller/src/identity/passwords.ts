/**
 * Password and secret hashing with scrypt (`scrypt$N$r$p$salt$hash`, base64 parts), and a cache
 * of recent successful verifications.
 *
 * scrypt is deliberately slow (~50 ms of a core at N=16384), which caps password
 * authentication at a few dozen tokens per second on a small controller, while real clients
 * (CLIs, CI jobs, SDK scripts) authenticate with the same password over and over. Like
 * Apache's mod_authn_socache, a successful verification is remembered for a short time (default
 * 300 s, `services.identity.password_cache_ttl`, 0 turns it off): the entry is an HMAC under a
 * random per-process key of the stored hash and the secret, so only the exact secret that was
 * verified against the exact stored hash hits; a password change (a new salted hash) misses at
 * once, a wrong password always pays the full scrypt (guessing is not made cheaper), and nothing
 * in the cache can be reversed without the process's key. Only successes are cached. The cache
 * is the app context's (`ctx.verifiedSecrets`, one per controller, on its clock): no module state.
 */
import { createHmac, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Clock } from '../db/index.js';

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

function scrypt(secret: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(secret, salt, KEYLEN, { ...opts, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Hashes a password or secret. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(secret, salt, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

const CACHE_MAX = 10_000;

/** Checks a secret against a stored hash in constant time (no cache: see {@link VerifiedSecrets}). */
export async function verifySecret(secret: string, stored: string | null | undefined): Promise<boolean> {
  return stored ? scryptVerify(secret, stored) : false;
}

/**
 * {@link verifySecret} with the cache of recent successes described above; one per app context
 * (`ctx.verifiedSecrets`), its expiry on the context's clock.
 */
export class VerifiedSecrets {
  private readonly cacheKey = randomBytes(32);
  private readonly verified = new Map<string, number>();
  private ttlMs: number;

  constructor(
    private readonly clock: Clock,
    ttlSeconds = 300,
  ) {
    this.ttlMs = Math.max(0, ttlSeconds) * 1000;
  }

  /** Sets how long a successful verification is remembered (seconds; 0 disables and clears). */
  setTtl(seconds: number): void {
    this.ttlMs = Math.max(0, seconds) * 1000;
    if (this.ttlMs === 0) this.verified.clear();
  }

  /** Checks a secret against a stored hash in constant time (a recent success is remembered). */
  async verify(secret: string, stored: string | null | undefined): Promise<boolean> {
    if (!stored) return false;
    const key = this.ttlMs > 0 ? createHmac('sha256', this.cacheKey).update(stored).update('\0').update(secret).digest('base64') : '';
    const now = this.clock.now().getTime();
    if (key) {
      const until = this.verified.get(key);
      if (until !== undefined) {
        this.verified.delete(key);
        if (until > now) {
          this.verified.set(key, until); // most recently used last
          return true;
        }
      }
    }
    const ok = await scryptVerify(secret, stored);
    if (ok && key) {
      this.verified.set(key, now + this.ttlMs);
      if (this.verified.size > CACHE_MAX) this.verified.delete(this.verified.keys().next().value as string);
    }
    return ok;
  }
}

async function scryptVerify(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(secret, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

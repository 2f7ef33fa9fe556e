import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { hashSecret, VerifiedSecrets, verifySecret } from '../src/identity/passwords.js';

type CryptoModule = typeof crypto;

// Count scrypt runs (the real function still does the work).
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<CryptoModule>();
  return { ...real, scrypt: vi.fn(real.scrypt) };
});
const scryptRuns = (): number => vi.mocked(crypto.scrypt).mock.calls.length;

/** A clock the test moves. */
const fakeClock = (start = Date.parse('2026-01-01T00:00:00Z')) => {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
};

describe('password verification cache', () => {
  it('remembers a success for the exact secret and stored hash only; failures always pay scrypt', async () => {
    const cache = new VerifiedSecrets(fakeClock());
    const stored = await hashSecret('correct horse');
    const base = scryptRuns();
    expect(await cache.verify('correct horse', stored)).toBe(true);
    expect(scryptRuns()).toBe(base + 1);
    expect(await cache.verify('correct horse', stored)).toBe(true);
    expect(scryptRuns()).toBe(base + 1); // the repeat is a cache hit
    expect(await cache.verify('wrong', stored)).toBe(false);
    expect(await cache.verify('wrong', stored)).toBe(false);
    expect(scryptRuns()).toBe(base + 3); // wrong guesses are never cheap
    // A password change stores a new salted hash: the old success does not carry over.
    const changed = await hashSecret('correct horse');
    const before = scryptRuns();
    expect(await cache.verify('correct horse', changed)).toBe(true);
    expect(scryptRuns()).toBe(before + 1);
    expect(await cache.verify('x', null)).toBe(false);
  });

  it('forgets after the TTL on its clock, and TTL 0 turns the cache off', async () => {
    const clock = fakeClock();
    const cache = new VerifiedSecrets(clock, 10);
    const stored = await hashSecret('s3cret');
    expect(await cache.verify('s3cret', stored)).toBe(true);
    let n = scryptRuns();
    clock.advance(9_000);
    expect(await cache.verify('s3cret', stored)).toBe(true);
    expect(scryptRuns()).toBe(n);
    clock.advance(2_000);
    expect(await cache.verify('s3cret', stored)).toBe(true);
    expect(scryptRuns()).toBe(n + 1);
    cache.setTtl(0);
    n = scryptRuns();
    expect(await cache.verify('s3cret', stored)).toBe(true);
    expect(await cache.verify('s3cret', stored)).toBe(true);
    expect(scryptRuns()).toBe(n + 2);
  });

  it('keeps one cache per context: another controller in the process has its own', async () => {
    const a = new VerifiedSecrets(fakeClock());
    const b = new VerifiedSecrets(fakeClock());
    const stored = await hashSecret('pw');
    await a.verify('pw', stored);
    const n = scryptRuns();
    expect(await b.verify('pw', stored)).toBe(true);
    expect(scryptRuns()).toBe(n + 1);
    // The plain check never caches.
    expect(await verifySecret('pw', stored)).toBe(true);
    expect(scryptRuns()).toBe(n + 2);
  });
});

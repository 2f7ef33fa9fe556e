import * as crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashSecret, setVerifiedSecretTtl, verifySecret } from '../src/identity/passwords.js';

type CryptoModule = typeof crypto;

// Count scrypt runs (the real function still does the work).
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<CryptoModule>();
  return { ...real, scrypt: vi.fn(real.scrypt) };
});
const scryptRuns = (): number => vi.mocked(crypto.scrypt).mock.calls.length;

describe('password verification cache', () => {
  afterEach(() => {
    setVerifiedSecretTtl(300);
    vi.useRealTimers();
  });

  it('remembers a success for the exact secret and stored hash only; failures always pay scrypt', async () => {
    const stored = await hashSecret('correct horse');
    const base = scryptRuns();
    expect(await verifySecret('correct horse', stored)).toBe(true);
    expect(scryptRuns()).toBe(base + 1);
    expect(await verifySecret('correct horse', stored)).toBe(true);
    expect(scryptRuns()).toBe(base + 1); // the repeat is a cache hit
    expect(await verifySecret('wrong', stored)).toBe(false);
    expect(await verifySecret('wrong', stored)).toBe(false);
    expect(scryptRuns()).toBe(base + 3); // wrong guesses are never cheap
    // A password change stores a new salted hash: the old success does not carry over.
    const changed = await hashSecret('correct horse');
    const before = scryptRuns();
    expect(await verifySecret('correct horse', changed)).toBe(true);
    expect(scryptRuns()).toBe(before + 1);
  });

  it('forgets after the TTL, and TTL 0 turns the cache off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const stored = await hashSecret('s3cret');
    setVerifiedSecretTtl(10);
    expect(await verifySecret('s3cret', stored)).toBe(true);
    let n = scryptRuns();
    vi.setSystemTime(Date.now() + 9_000);
    expect(await verifySecret('s3cret', stored)).toBe(true);
    expect(scryptRuns()).toBe(n);
    vi.setSystemTime(Date.now() + 2_000);
    expect(await verifySecret('s3cret', stored)).toBe(true);
    expect(scryptRuns()).toBe(n + 1);
    setVerifiedSecretTtl(0);
    n = scryptRuns();
    expect(await verifySecret('s3cret', stored)).toBe(true);
    expect(await verifySecret('s3cret', stored)).toBe(true);
    expect(scryptRuns()).toBe(n + 2);
  });
});

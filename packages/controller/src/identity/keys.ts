/**
 * Token key repository, like Keystone's Fernet key repository: files in <data-dir>/keys named by
 * integer; `0` is the staged key, the highest number is the primary (encrypts), the others are
 * secondaries (decrypt only). Rotation promotes the staged key to primary and stages a new one,
 * so every controller sharing the directory can already decrypt tokens of the next primary.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A loaded key. */
export interface TokenKey {
  index: number;
  key: Buffer;
}

function writeKey(file: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
  renameSync(tmp, file);
}

/** The key repository in one directory. */
export class KeyRepository {
  private keys: TokenKey[] = [];
  private loadedAt = 0;
  private dirMtime = 0;
  private missCheckedAt = 0;

  constructor(
    readonly dir: string,
    private readonly reloadMs = 30_000,
    /** At most one directory check per this many ms after tokens that fail to decrypt. */
    private readonly missCheckMs = 1_000,
  ) {}

  /** Creates the directory with a staged (0) and a primary (1) key if it has none. */
  ensure(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    try {
      chmodSync(this.dir, 0o700);
    } catch {
      /* not ours to fix */
    }
    const existing = this.indexes();
    if (!existing.includes(0)) writeKey(join(this.dir, '0'));
    if (existing.filter((i) => i > 0).length === 0) writeKey(join(this.dir, '1'));
    this.load();
  }

  private indexes(): number[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => /^\d+$/.test(f))
      .map(Number)
      .sort((a, b) => a - b);
  }

  /** Reads every key from disk. */
  load(): void {
    this.keys = this.indexes().map((index) => ({
      index,
      key: Buffer.from(readFileSync(join(this.dir, String(index)), 'utf8').trim(), 'base64'),
    }));
    if (this.keys.length === 0 || this.keys.some((k) => k.key.length !== 32)) throw new Error(`invalid token key repository ${this.dir}`);
    this.loadedAt = Date.now();
    this.dirMtime = statSync(this.dir).mtimeMs;
  }

  /** Reloads if the directory changed (checked at most every reloadMs). */
  refresh(): void {
    if (Date.now() - this.loadedAt < this.reloadMs) return;
    this.loadedAt = Date.now();
    if (statSync(this.dir).mtimeMs !== this.dirMtime) this.load();
  }

  /**
   * After a token failed to decrypt (another controller may have rotated): reloads when the
   * directory changed since the last load. Anyone can send junk tokens, so this is at most one
   * stat per missCheckMs, and the keys are read only when the directory really changed.
   * True when the keys were reloaded (worth trying the token again).
   */
  refreshAfterMiss(): boolean {
    const now = Date.now();
    if (now - this.missCheckedAt < this.missCheckMs) return false;
    this.missCheckedAt = now;
    if (statSync(this.dir).mtimeMs === this.dirMtime) return false;
    this.load();
    return true;
  }

  /** The encrypting key (highest index). */
  primary(): TokenKey {
    this.refresh();
    const k = this.keys[this.keys.length - 1];
    if (!k) throw new Error('no token keys');
    return k;
  }

  /** All keys, primary first (decryption order). */
  all(): TokenKey[] {
    this.refresh();
    return [...this.keys].reverse();
  }

  /** Promotes the staged key, stages a new one and keeps at most `maxActive` keys (>= 3). */
  rotate(maxActive = 3): number {
    this.ensure();
    const idx = this.indexes();
    const next = Math.max(...idx) + 1;
    renameSync(join(this.dir, '0'), join(this.dir, String(next)));
    writeKey(join(this.dir, '0'));
    const secondaries = this.indexes().filter((i) => i > 0 && i !== next);
    const keep = Math.max(maxActive, 3) - 2; // staged + primary + keep secondaries
    for (const i of secondaries.slice(0, Math.max(0, secondaries.length - keep))) unlinkSync(join(this.dir, String(i)));
    this.load();
    return next;
  }
}

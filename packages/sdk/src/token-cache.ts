// The opt-in on-disk token cache the CLI uses between invocations: one 0600 file per
// identity + scope (never the secret), in a 0700 directory, dropped on expiry or on 401.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CloudConfig } from './config.js';
import { isExpiring, type Token, type TokenBody } from './auth.js';

/** The default cache directory (`$XDG_CACHE_HOME/oscloud/tokens`). */
export function defaultTokenCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME ?? join(env.HOME ?? homedir(), '.cache'), 'oscloud', 'tokens');
}

/** The cache key of a cloud: auth URL, auth type, who, and scope, hashed. */
export function tokenCacheKey(config: CloudConfig): string {
  const a = config.auth;
  const parts = [
    a.auth_url,
    config.authType,
    ...(config.authMethods ?? []),
    a.user_id ?? '',
    a.username ?? '',
    a.user_domain_id ?? a.user_domain_name ?? '',
    a.application_credential_id ?? a.application_credential_name ?? '',
    a.project_id ?? '',
    a.project_name ?? '',
    a.project_domain_id ?? a.project_domain_name ?? '',
    a.domain_id ?? a.domain_name ?? '',
    a.system_scope ?? '',
    // a token-auth cloud is identified by the token it was given (hashed, never stored)
    a.token ? createHash('sha256').update(a.token).digest('hex') : '',
  ];
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** Reads and writes cached tokens under one directory. */
export class TokenCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** A cached, unexpired token for the key, or undefined. */
  get(key: string, now = Date.now()): Token | undefined {
    let data: { id?: unknown; body?: unknown };
    try {
      data = JSON.parse(readFileSync(this.file(key), 'utf8')) as { id?: unknown; body?: unknown };
    } catch {
      return undefined;
    }
    const body = data.body as TokenBody | undefined;
    if (typeof data.id !== 'string' || !body || typeof body.expires_at !== 'string') return undefined;
    const token: Token = { id: data.id, expiresAt: new Date(body.expires_at), body };
    if (Number.isNaN(token.expiresAt.getTime()) || isExpiring(token, now, 60_000)) {
      this.delete(key);
      return undefined;
    }
    return token;
  }

  /** Stores a token (file mode 0600, written atomically). */
  set(key: string, token: Token): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${this.file(key)}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ id: token.id, body: token.body }), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.file(key));
  }

  /** Forgets a token (after a 401). */
  delete(key: string): void {
    rmSync(this.file(key), { force: true });
  }

  /**
   * A service's version document fetched less than `maxAgeMs` ago (microversion discovery),
   * so each CLI invocation does not pay a discovery round trip. Keyed by the service root URL.
   */
  getDocument(url: string, maxAgeMs: number, now = Date.now()): unknown {
    try {
      const data = JSON.parse(readFileSync(this.documentFile(url), 'utf8')) as { fetchedAt?: number; doc?: unknown };
      if (typeof data.fetchedAt === 'number' && now - data.fetchedAt < maxAgeMs && now >= data.fetchedAt) return data.doc;
    } catch {
      // missing or unreadable: fetch again
    }
    return undefined;
  }

  /** Stores a service's version document (0600, written atomically). */
  setDocument(url: string, doc: unknown, now = Date.now()): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = this.documentFile(url);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ fetchedAt: now, doc }), { mode: 0o600 });
    renameSync(tmp, file);
  }

  private documentFile(url: string): string {
    return join(this.dir, `versions-${createHash('sha256').update(url).digest('hex')}.json`);
  }
}

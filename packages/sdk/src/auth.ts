// Keystone v3 authentication: the request body for each auth type (password, token,
// application credential, TOTP, multi-factor), the scope, and the token it returns.
// @see https://docs.openstack.org/api-ref/identity/v3/#password-authentication-with-scoped-authorization
import type { AuthConfig, CloudConfig } from './config.js';
import type { CatalogEntry } from './catalog.js';
import { ConfigError } from './errors.js';

/** The token body Keystone returns from POST /v3/auth/tokens. */
export interface TokenBody {
  expires_at: string;
  issued_at?: string;
  methods?: string[];
  user?: { id: string; name?: string; domain?: { id: string; name?: string } };
  project?: { id: string; name?: string; domain?: { id: string; name?: string } };
  domain?: { id: string; name?: string };
  system?: Record<string, unknown>;
  roles?: Array<{ id: string; name: string }>;
  catalog?: CatalogEntry[];
  [key: string]: unknown;
}

/** A token and what Keystone said about it. */
export interface Token {
  /** The X-Subject-Token value. */
  id: string;
  expiresAt: Date;
  body: TokenBody;
}

/** What `openstack token issue` prints. */
export interface TokenInfo {
  id: string;
  expires: string;
  project_id: string | undefined;
  user_id: string | undefined;
  domain_id: string | undefined;
  system: boolean;
}

function user(a: AuthConfig): Record<string, unknown> {
  if (a.user_id) return { id: a.user_id };
  const domain = a.user_domain_id ? { id: a.user_domain_id } : a.user_domain_name ? { name: a.user_domain_name } : undefined;
  return { name: a.username, ...(domain ? { domain } : {}) };
}

function methodBody(method: string, a: AuthConfig, file: string | undefined): [string, Record<string, unknown>] {
  switch (method) {
    case 'password':
    case 'v3password':
      return ['password', { user: { ...user(a), password: a.password ?? '' } }];
    case 'token':
    case 'v3token':
      return ['token', { id: a.token }];
    case 'v3totp':
    case 'totp':
      if (!a.passcode) throw new ConfigError('passcode is required for TOTP authentication', { file, key: 'auth.passcode' });
      return ['totp', { user: { ...user(a), passcode: a.passcode } }];
    case 'v3applicationcredential':
    case 'application_credential':
      return [
        'application_credential',
        a.application_credential_id
          ? { id: a.application_credential_id, secret: a.application_credential_secret }
          : { name: a.application_credential_name, secret: a.application_credential_secret, user: user(a) },
      ];
    default:
      throw new ConfigError(`unsupported auth method '${method}'`, { file, key: 'auth_methods' });
  }
}

/** The scope section for the configured project, domain or system (undefined: unscoped / credential's own). */
export function scopeOf(a: AuthConfig): Record<string, unknown> | undefined {
  if (a.trust_id) return { 'OS-TRUST:trust': { id: a.trust_id } };
  if (a.system_scope) return { system: { [a.system_scope]: true } };
  if (a.project_id) return { project: { id: a.project_id } };
  if (a.project_name) {
    const domain = a.project_domain_id ? { id: a.project_domain_id } : a.project_domain_name ? { name: a.project_domain_name } : undefined;
    return { project: { name: a.project_name, ...(domain ? { domain } : {}) } };
  }
  if (a.domain_id) return { domain: { id: a.domain_id } };
  if (a.domain_name) return { domain: { name: a.domain_name } };
  return undefined;
}

/** The body of POST /v3/auth/tokens for a cloud's auth type. */
export function buildAuthRequest(config: CloudConfig): { auth: Record<string, unknown> } {
  const a = config.auth;
  const methods =
    config.authType === 'v3multifactor' ? (config.authMethods ?? []) : [config.authType === 'v3password' ? 'password' : config.authType];
  const identity: Record<string, unknown> = { methods: [] as string[] };
  for (const m of methods) {
    const [name, body] = methodBody(m, a, config.source.file);
    (identity.methods as string[]).push(name);
    identity[name] = body;
  }
  const auth: Record<string, unknown> = { identity };
  // an application credential carries its own scope; keystone rejects another one
  const isAppCred = (identity.methods as string[]).includes('application_credential');
  const scope = isAppCred ? undefined : scopeOf(a);
  if (scope) auth.scope = scope;
  return { auth };
}

/** Converts a token into the fields `token issue` shows. */
export function tokenInfo(token: Token): TokenInfo {
  return {
    id: token.id,
    expires: token.body.expires_at,
    project_id: token.body.project?.id,
    user_id: token.body.user?.id,
    domain_id: token.body.domain?.id,
    system: token.body.system !== undefined,
  };
}

/** True when the token expires within `marginMs` (default 30 s). */
export function isExpiring(token: Token, now = Date.now(), marginMs = 30_000): boolean {
  return token.expiresAt.getTime() - marginMs <= now;
}

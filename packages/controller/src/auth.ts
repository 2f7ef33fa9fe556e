/** The authentication context of a request and the policy check, enforced once in defineRoute. */
import { forbidden, notFound, unauthorized, type ApiError } from './errors.js';
import { POLICY, type Rule } from './policy/table.js';

/** Who is calling, from a validated X-Auth-Token. */
export interface AuthContext {
  userId: string;
  userName: string;
  userDomainId: string;
  userDomainName: string;
  /** Project scope (null for unscoped or domain-scoped tokens). */
  projectId: string | null;
  projectName: string | null;
  projectDomainId: string | null;
  projectDomainName: string | null;
  /** System scope: the token is scoped to the whole deployment (`{system: {all: true}}`); absent otherwise. */
  system?: true;
  /** Domain scope (null unless domain-scoped). */
  domainId: string | null;
  domainName: string | null;
  /** Effective roles on the scope, implied roles included (admin > member > reader). */
  roles: { id: string; name: string }[];
  roleNames: ReadonlySet<string>;
  /** True if the token carries the admin role (cloud admin, as Keystone's default policy). */
  isAdmin: boolean;
  methods: string[];
  issuedAt: Date;
  expiresAt: Date;
  /** Audit ids (the first identifies this token; safe to log). */
  auditIds: string[];
  /** Application credential the token was issued from, if any. */
  applicationCredentialId: string | null;
  /** When the user's password expires (ISO), null for never; absent when not known. */
  passwordExpiresAt?: string | null;
  /** The access rules of the application credential the token came from; absent or empty: no restriction. */
  accessRules?: { service: string; path: string; method: string }[];
  /** The trust a trust-scoped token (OS-TRUST) acts under. */
  trust?: { id: string; impersonation: boolean; trustorUserId: string; trusteeUserId: string };
}

/** Evaluates `rule` for `auth` (null = no token). Returns the error to throw, or null when allowed. */
export function checkRule(rule: Rule, auth: AuthContext | null, params: Record<string, string> = {}): ApiError | null {
  if (rule === 'public') return null;
  if (!auth) return unauthorized();
  switch (rule) {
    case 'authenticated':
      return null;
    case 'admin':
      return auth.isAdmin ? null : forbidden();
    case 'member':
      return auth.isAdmin || (auth.projectId && auth.roleNames.has('member')) ? null : forbidden();
    case 'reader':
      return auth.isAdmin || (auth.projectId && auth.roleNames.has('reader')) ? null : forbidden();
    case 'owner':
      return auth.isAdmin || params.user_id === undefined || params.user_id === auth.userId ? null : forbidden();
  }
}

/** The rule of an operation; throws at route registration when the policy table lacks it. */
export function ruleFor(operationId: string): Rule {
  const rule = POLICY[operationId];
  if (!rule) throw new Error(`policy table (src/policy/table.ts) has no rule for operation ${operationId}`);
  return rule;
}

/**
 * Scope filter for project-owned resources: the project whose resources the caller may see, or
 * null when the caller sees every project (admin).
 */
export function projectScope(auth: AuthContext): string | null {
  return auth.isAdmin ? null : (auth.projectId ?? '\u0000no-project');
}

/**
 * Throws 404 unless the caller may see a resource of `ownerProjectId` (admin sees all). Use it
 * after loading a resource by id: another project's resources answer 404, never 403.
 */
export function assertVisible(auth: AuthContext, ownerProjectId: string | null | undefined, notFoundError: ApiError = notFound()): void {
  if (auth.isAdmin) return;
  if (!ownerProjectId || ownerProjectId !== auth.projectId) throw notFoundError;
}

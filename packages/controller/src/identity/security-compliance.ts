/**
 * Keystone's [security_compliance] (PCI-DSS) rules, configured under
 * `services.identity.security_compliance` with Keystone's option names (all off by default, as in
 * Keystone):
 * - `lockout_failure_attempts` / `lockout_duration` (seconds): that many wrong passwords in a row
 *   lock the user out for that long. A locked-out login gets the same 401 as a wrong password
 *   (the answer never tells whether the user exists, or is locked);
 * - `password_expires_days`: a password older than that no longer logs in;
 * - `change_password_upon_first_use`: a password an admin set expires at once, the user must
 *   change it (POST /v3/users/{id}/password) before logging in;
 * - `unique_last_password_count`: a self-service change may not reuse the current password or
 *   the ones before it, that many in all; `minimum_password_age` (days) between changes;
 * - `password_regex` / `password_regex_description`: what every new password must match.
 * User options (`options` of a user) exempt one user: `ignore_lockout_failure_attempts`,
 * `ignore_password_expiry`, `ignore_change_password_upon_first_use`, and `lock_password`
 * forbids the user changing their own password.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import type { Db, Trx } from '../db/index.js';
import type { UsersTable } from '../db/tables/identity.js';
import { badRequest } from '../errors.js';
import { verifySecret } from './passwords.js';

/** The resolved [security_compliance] settings. */
export interface SecurityCompliance {
  lockoutFailureAttempts: number;
  lockoutDurationSeconds: number;
  passwordExpiresDays: number;
  changePasswordUponFirstUse: boolean;
  uniqueLastPasswordCount: number;
  minimumPasswordAgeDays: number;
  passwordRegex: RegExp | null;
  passwordRegexDescription: string | null;
}

/** The user options Keystone defines for these rules (each a boolean). */
export const USER_OPTIONS = ['ignore_lockout_failure_attempts', 'ignore_password_expiry', 'ignore_change_password_upon_first_use', 'lock_password', 'multi_factor_auth_enabled'] as const;
type UserOptions = Partial<Record<(typeof USER_OPTIONS)[number], boolean>>;

/** Reads and checks the settings (a bad value fails start-up, see runtime.ts). */
export function parseSecurityCompliance(raw: unknown): SecurityCompliance {
  const o = (raw ?? {}) as Record<string, unknown>;
  if (typeof o !== 'object' || Array.isArray(o)) throw new Error('services.identity.security_compliance must be an object');
  const num = (k: string, def: number): number => {
    const v = o[k] ?? def;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`services.identity.security_compliance.${k} must be a number >= 0, not ${String(v)}`);
    return v;
  };
  const regex = o.password_regex;
  if (regex !== undefined && regex !== null && typeof regex !== 'string') throw new Error('services.identity.security_compliance.password_regex must be a string');
  return {
    lockoutFailureAttempts: num('lockout_failure_attempts', 0),
    lockoutDurationSeconds: num('lockout_duration', 1800),
    passwordExpiresDays: num('password_expires_days', 0),
    changePasswordUponFirstUse: o.change_password_upon_first_use === true,
    uniqueLastPasswordCount: num('unique_last_password_count', 0),
    minimumPasswordAgeDays: num('minimum_password_age', 0),
    passwordRegex: regex ? new RegExp(regex) : null,
    passwordRegexDescription: typeof o.password_regex_description === 'string' ? o.password_regex_description : null,
  };
}

/** The context's settings. */
export function complianceOf(ctx: AppContext): SecurityCompliance {
  return parseSecurityCompliance(ctx.config.services.identity?.security_compliance);
}

/** A user's options (the JSON column), unknown keys dropped. */
export function userOptions(u: Pick<UsersTable, 'options'>): UserOptions {
  let v: unknown;
  try {
    v = JSON.parse(u.options ?? '{}');
  } catch {
    return {};
  }
  const out: UserOptions = {};
  for (const k of USER_OPTIONS) if (typeof (v as Record<string, unknown>)?.[k] === 'boolean') out[k] = (v as Record<string, boolean>)[k];
  return out;
}

/** Validates `options` of a user create/update (400 on an unknown option or a non-boolean) and merges them (null removes one). */
export function mergeUserOptions(current: string | undefined, given: Record<string, unknown> | undefined): string {
  const out: Record<string, unknown> = JSON.parse(current ?? '{}') as Record<string, unknown>;
  for (const [k, v] of Object.entries(given ?? {})) {
    if (!(USER_OPTIONS as readonly string[]).includes(k)) throw badRequest(`Invalid input for field 'options': ${k} is not a valid user option.`);
    if (v === null) delete out[k];
    else if (typeof v !== 'boolean') throw badRequest(`Invalid input for field 'options': ${k} must be a boolean.`);
    else out[k] = v;
  }
  return JSON.stringify(out);
}

/** 400 unless a new password matches `password_regex`. */
export function checkPasswordStrength(sc: SecurityCompliance, password: string): void {
  if (sc.passwordRegex && !sc.passwordRegex.test(password)) {
    throw badRequest(`Password validation error: The password does not meet the requirements${sc.passwordRegexDescription ? `: ${sc.passwordRegexDescription}` : '.'}`);
  }
}

/**
 * When a password set now expires: at once when an admin set it and the user must change it on
 * first use, else after password_expires_days; null for never.
 */
export function passwordExpiry(sc: SecurityCompliance, u: Pick<UsersTable, 'options'>, now: Date, byAdmin: boolean): string | null {
  const opts = userOptions(u);
  if (byAdmin && sc.changePasswordUponFirstUse && !opts.ignore_change_password_upon_first_use) return now.toISOString();
  if (sc.passwordExpiresDays > 0 && !opts.ignore_password_expiry) return new Date(now.getTime() + sc.passwordExpiresDays * 86_400_000).toISOString();
  return null;
}

/** Whether the user's password has expired (ignore_password_expiry exempts). */
export function passwordExpired(u: Pick<UsersTable, 'options' | 'password_expires_at'>, now: Date): boolean {
  return !!u.password_expires_at && new Date(u.password_expires_at).getTime() <= now.getTime() && !userOptions(u).ignore_password_expiry;
}

/** Whether the user is locked out now (too many failed logins within lockout_duration). */
export function lockedOut(sc: SecurityCompliance, u: Pick<UsersTable, 'options' | 'failed_auth_count' | 'failed_auth_at'>, now: Date): boolean {
  if (sc.lockoutFailureAttempts <= 0 || userOptions(u).ignore_lockout_failure_attempts) return false;
  if ((u.failed_auth_count ?? 0) < sc.lockoutFailureAttempts) return false;
  return !u.failed_auth_at || new Date(u.failed_auth_at).getTime() + sc.lockoutDurationSeconds * 1000 > now.getTime();
}

/** Records a failed password login (only counted when lockout is on). */
export async function recordFailedLogin(db: Db, sc: SecurityCompliance, u: Pick<UsersTable, 'id' | 'options' | 'failed_auth_count' | 'failed_auth_at'>, now: Date): Promise<void> {
  if (sc.lockoutFailureAttempts <= 0 || userOptions(u).ignore_lockout_failure_attempts) return;
  // A lockout that has run out starts the count again.
  const expired = (u.failed_auth_count ?? 0) >= sc.lockoutFailureAttempts && !lockedOut(sc, u, now);
  await db.updateTable('users')
    .set((eb) => ({ failed_auth_count: expired ? 1 : eb('failed_auth_count', '+', 1), failed_auth_at: now.toISOString() }))
    .where('id', '=', u.id)
    .execute();
}

/** Clears the failed-login count after a successful login (no write when there is none). */
export async function clearFailedLogins(db: Db, u: Pick<UsersTable, 'id' | 'failed_auth_count'>): Promise<void> {
  if ((u.failed_auth_count ?? 0) > 0) await db.updateTable('users').set({ failed_auth_count: 0, failed_auth_at: null }).where('id', '=', u.id).execute();
}

/**
 * The rules of a self-service change (POST /v3/users/{id}/password), checked before it is made:
 * lock_password, minimum_password_age, password_regex and unique_last_password_count (the new
 * password against the current one and the ones before it).
 */
export async function checkSelfServiceChange(db: Db, sc: SecurityCompliance, u: Pick<UsersTable, 'id' | 'options' | 'password_hash' | 'password_changed_at' | 'password_expires_at'>, password: string, now: Date): Promise<void> {
  if (userOptions(u).lock_password) throw badRequest('You cannot change your password at this time: the password of this user is locked.');
  // An expired password (or one an admin set, to be changed on first use) may always be changed.
  if (sc.minimumPasswordAgeDays > 0 && u.password_changed_at && !passwordExpired(u, now)) {
    const allowed = new Date(u.password_changed_at).getTime() + sc.minimumPasswordAgeDays * 86_400_000;
    if (allowed > now.getTime()) throw badRequest(`You cannot change your password at this time due to the minimum password age. Once you change your password, it must be used for ${sc.minimumPasswordAgeDays} day(s) before it can be changed. Please try again in ${Math.ceil((allowed - now.getTime()) / 86_400_000)} day(s) or contact your administrator to reset your password.`);
  }
  checkPasswordStrength(sc, password);
  if (sc.uniqueLastPasswordCount > 0) {
    const previous = await db.selectFrom('password_history').select('password_hash').where('user_id', '=', u.id).orderBy('created_at', 'desc').limit(Math.max(0, sc.uniqueLastPasswordCount - 1)).execute();
    for (const hash of [u.password_hash, ...previous.map((p) => p.password_hash)]) {
      if (hash && (await verifySecret(password, hash))) {
        throw badRequest(`The new password cannot be identical to a previous password. The total number which includes the new password must be unique is ${sc.uniqueLastPasswordCount}.`);
      }
    }
  }
}

/** Keeps the password being replaced in the user's history (trimmed to what unique_last_password_count needs). */
export async function rememberPassword(db: Db | Trx, sc: SecurityCompliance, userId: string, oldHash: string | null, now: Date): Promise<void> {
  if (!oldHash || sc.uniqueLastPasswordCount <= 1) return;
  await db.insertInto('password_history').values({ id: randomUUID(), user_id: userId, password_hash: oldHash, created_at: now.toISOString() }).execute();
  const keep = await db.selectFrom('password_history').select('id').where('user_id', '=', userId).orderBy('created_at', 'desc').limit(sc.uniqueLastPasswordCount - 1).execute();
  await db.deleteFrom('password_history').where('user_id', '=', userId).where('id', 'not in', keep.map((k) => k.id)).execute();
}

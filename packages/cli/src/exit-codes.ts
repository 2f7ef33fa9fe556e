/**
 * Exit codes by error class, in one table. python-openstackclient exits 1 for every
 * failure; oscloud keeps 1 as the generic code and gives scripts finer ones.
 */
import type * as Sdk from '@oscloud/sdk';

/** The exit code table (documented in `oscloud --help` and docs/cli.md). */
export const EXIT_CODES = {
  ok: 0,
  error: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  conflict: 5,
  badRequest: 6,
  overLimit: 7,
  timeout: 8,
  connection: 9,
} as const;

/** Bad input caught by a command itself (conflicting or malformed options): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Some of several resources failed (each already reported): exit code 1, as upstream. */
export class PartialFailureError extends Error {
  override name = 'PartialFailureError';
}

/**
 * Ends the command with an exit code once its message is printed. Shaped like oclif's own
 * exit error (`oclif.exit`, `skipOclifErrorHandling`) so oclif's handler exits quietly too.
 */
export class ExitSignal extends Error {
  override name = 'ExitSignal';
  readonly code = 'EEXIT';
  readonly skipOclifErrorHandling = true;
  readonly oclif: { exit: number };
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.oclif = { exit: exitCode };
  }
}

/** Classifies an error by its SDK class (instanceof, never message text). */
export function exitCodeFor(err: unknown, sdk: typeof Sdk): number {
  if (err instanceof UsageError) return EXIT_CODES.usage;
  if (err instanceof sdk.ConfigError) return EXIT_CODES.usage;
  if (err instanceof sdk.UnauthorizedError || err instanceof sdk.ForbiddenError) return EXIT_CODES.auth;
  if (err instanceof sdk.NotFoundError) return EXIT_CODES.notFound;
  if (err instanceof sdk.ConflictError) return EXIT_CODES.conflict;
  if (err instanceof sdk.BadRequestError) return EXIT_CODES.badRequest;
  if (err instanceof sdk.OverLimitError) return EXIT_CODES.overLimit;
  if (err instanceof sdk.TimeoutError || err instanceof sdk.WaitError) return EXIT_CODES.timeout;
  if (err instanceof sdk.ConnectionError) return EXIT_CODES.connection;
  return EXIT_CODES.error;
}

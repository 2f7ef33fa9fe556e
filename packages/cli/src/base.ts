/**
 * The base of every `oscloud` command: parses the global and output options, resolves
 * the cloud once (flags > OS_* env > clouds.yaml), hands commands a connected Cloud, renders
 * what they return and turns errors into one line and an exit code. The SDK is imported
 * lazily so `oscloud --version` and `--help` never load it.
 *
 * Commands are not oclif Command subclasses: oclif needs only their statics (manifest, help,
 * completion) and a static `run(argv)`, and bin/run.js runs them without loading oclif's
 * Config, plugins or the rest of @oclif/core; flags are parsed with oclif's parser alone.
 */
import type { Interfaces } from '@oclif/core';
import { parse } from '@oclif/core/parser';
import type * as Sdk from '@oscloud/sdk';
import { EXIT_CODES, exitCodeFor, ExitSignal, PartialFailureError, UsageError } from './exit-codes.js';

export { UsageError };
import { globalFlags, listOutputFlags, type outputFlags, showOutputFlags, unsupportedApiVersion } from './flags.js';
import { type CommandResult, type Format, FormatError, type FormatOptions, type ListResult, render } from './output/format.js';
import { terminalWidth, writeData, writeDiagnostic } from './output/io.js';
import { askSecret, askYesNo, canPrompt } from './output/prompt.js';

/** The statics a command's parsed flags and args are typed from. */
export interface CommandStatics {
  flags: Interfaces.FlagInput;
  args: Interfaces.ArgInput;
}
/** Parsed flags of command T, global flags included. */
export type CommandFlags<T extends CommandStatics> = Interfaces.InferredFlags<typeof globalFlags & T['flags']>;
/** Parsed args of command T. */
export type CommandArgs<T extends CommandStatics> = Interfaces.InferredArgs<T['args']>;

let sdkModule: Promise<typeof Sdk> | undefined;
/** Loads @oscloud/sdk once, on first use. */
export function loadSdk(): Promise<typeof Sdk> {
  sdkModule ??= import('@oscloud/sdk');
  return sdkModule;
}

/**
 * Base class: subclasses implement `execute()` and return data. Commands that only act
 * (delete, set, add) extend this and take no output options, as in cliff; commands that
 * print a resource or a list extend ShowCommand or ListCommand.
 */
export abstract class OsCommand<T extends CommandStatics> {
  // What oclif reads for the manifest, help and completion (and the parser for parsing).
  static id: string | undefined;
  static description: string | undefined;
  static summary: string | undefined;
  static examples: string[] | undefined;
  static usage: string | string[] | undefined;
  static hidden = false;
  static aliases: string[] = [];
  static strict = true;
  static args: Interfaces.ArgInput = {};
  static flags: Interfaces.FlagInput = {};
  static baseFlags: Interfaces.FlagInput = globalFlags;

  /**
   * Runs the command on `argv` (the words after the command id). oclif calls this with its
   * Config as a second argument, which is not needed. Throws ExitSignal for a non-zero exit.
   */
  static async run(this: new (argv: string[]) => OsCommand<CommandStatics>, argv: string[] = process.argv.slice(2)): Promise<void> {
    await new this(argv).lifecycle();
  }

  protected flags!: CommandFlags<T>;
  protected args!: CommandArgs<T>;
  /** Every positional argument (commands with `strict = false` take several names). */
  protected positionals: string[] = [];
  private connected: Promise<Sdk.Cloud> | undefined;
  private readonly timings: RequestTiming[] = [];

  constructor(protected readonly argv: string[]) {}

  /** Does the command's work and returns what to print. */
  abstract execute(): Promise<CommandResult>;

  private async lifecycle(): Promise<void> {
    let error: Error | undefined;
    try {
      await this.init();
      await this.run();
    } catch (err) {
      error = err as Error;
      await this.catch(error);
    } finally {
      await this.finally(error);
    }
  }

  /** Parses argv with the command's flags (global and output ones included) and args. */
  async init(): Promise<void> {
    const ctor = this.constructor as typeof OsCommand;
    const { args, argv, flags } = await parse(this.argv, { flags: { ...ctor.baseFlags, ...ctor.flags }, args: ctor.args, strict: ctor.strict });
    this.flags = flags as CommandFlags<T>;
    this.args = args as CommandArgs<T>;
    this.positionals = argv.map(String);
  }

  async run(): Promise<void> {
    const result = await this.execute();
    const f = this.flags as Partial<Interfaces.InferredFlags<typeof outputFlags>>;
    writeData(
      await render(result, {
        format: (f.format ?? 'table') as Format,
        columns: f.column,
        sortColumns: f['sort-column'],
        sortDirection: f['sort-descending'] ? 'desc' : 'asc',
        noindent: f.noindent,
        maxWidth: f['max-width'],
        fitWidth: f['fit-width'],
        terminalWidth: terminalWidth(),
        printEmpty: f['print-empty'],
        prefix: f.prefix,
        quote: f.quote as FormatOptions['quote'],
      }),
    );
  }

  /** The connected cloud (authenticated once per process, token cached on disk). */
  protected cloud(): Promise<Sdk.Cloud> {
    this.connected ??= this.connect();
    return this.connected;
  }

  /** The SDK module (for error classes and helpers). */
  protected sdk(): Promise<typeof Sdk> {
    return loadSdk();
  }

  /**
   * Fails with an ApiVersionError (exit 1) unless the microversion this command sends to
   * `service` (pinned with --os-<service>-api-version / clouds.yaml, or negotiated) is at
   * least `min`, as python-openstackclient refuses options newer than its microversion.
   * Called before the requests the option changes, so nothing is half done.
   */
  protected async requireMicroversion(service: 'compute' | 'volume', min: string, option: string): Promise<void> {
    const [cloud, sdk] = await Promise.all([this.cloud(), loadSdk()]);
    const inUse = await cloud.microversion(service);
    if (inUse !== undefined && sdk.compareVersions(inUse, min) >= 0) return;
    throw new sdk.ApiVersionError(
      `--os-${service}-api-version ${min} or greater is required to support the ${option} option (the ${service} microversion in use is ${inUse ?? 'the base version'})`,
    );
  }

  /**
   * The cloud's configuration from clouds.yaml, OS_* and the --os-* options; a missing
   * password is asked for on a terminal unless `prompt` is false.
   */
  protected async cloudConfig(prompt = true): Promise<Sdk.CloudConfig> {
    const f = this.flags as CommandFlags<typeof OsCommand>;
    const sdk = await loadSdk();
    const auth: Record<string, string> = {};
    const set = (key: string, value: string | undefined) => {
      if (value !== undefined && value !== '') auth[key] = value;
    };
    set('auth_url', f['os-auth-url']);
    set('username', f['os-username']);
    set('user_id', f['os-user-id']);
    set('password', f['os-password']);
    set('token', f['os-token']);
    set('passcode', f['os-passcode']);
    set('project_name', f['os-project-name']);
    set('project_id', f['os-project-id']);
    set('domain_name', f['os-domain-name']);
    set('domain_id', f['os-domain-id']);
    set('system_scope', f['os-system-scope']);
    set('trust_id', f['os-trust-id']);
    set('user_domain_name', f['os-user-domain-name']);
    set('user_domain_id', f['os-user-domain-id']);
    set('project_domain_name', f['os-project-domain-name']);
    set('project_domain_id', f['os-project-domain-id']);
    set('application_credential_id', f['os-application-credential-id']);
    set('application_credential_name', f['os-application-credential-name']);
    set('application_credential_secret', f['os-application-credential-secret']);
    const overrides: Partial<Sdk.CloudConfig> = {};
    if (Object.keys(auth).length) overrides.auth = auth;
    if (f['os-auth-type']) overrides.authType = f['os-auth-type'];
    if (f['os-region-name']) overrides.regionName = f['os-region-name'];
    if (f['os-interface']) overrides.interface = f['os-interface'] as Sdk.Interface;
    if (f['os-cacert']) overrides.cacert = f['os-cacert'];
    if (f.insecure) overrides.verify = false;
    try {
      return sdk.loadCloudConfig({ cloud: f['os-cloud'], overrides });
    } catch (err) {
      // A missing password is asked for on a terminal, like python-openstackclient does.
      if (!prompt || !(err instanceof sdk.ConfigError) || !err.key?.toLowerCase().endsWith('password')) throw err;
      overrides.auth = { ...auth, password: await this.promptPassword(err) };
      return sdk.loadCloudConfig({ cloud: f['os-cloud'], overrides });
    }
  }

  private async connect(): Promise<Sdk.Cloud> {
    const f = this.flags as CommandFlags<typeof OsCommand>;
    const badVersion = unsupportedApiVersion(f);
    if (badVersion) throw new UsageError(badVersion);
    const [sdk, config] = await Promise.all([loadSdk(), this.cloudConfig()]);
    const microversions: Partial<Record<Sdk.Service, string>> = {};
    if (f['os-compute-api-version']) microversions.compute = f['os-compute-api-version'];
    if (f['os-volume-api-version']) microversions.volume = f['os-volume-api-version'];
    return sdk.Cloud.connect({
      config,
      tokenCache: f['os-token-cache'],
      timeoutMs: f.timeout ? f.timeout * 1000 : undefined,
      microversions,
      logger: f.debug || f.timing ? (event) => this.logRequest(sdk, event) : undefined,
    });
  }

  /** Prompts for a missing password on a TTY; without one (or in CI) the config error stands. */
  private async promptPassword(missing: Sdk.ConfigError): Promise<string> {
    if (!canPrompt()) throw missing;
    return askSecret('Password:');
  }

  private logRequest(sdk: typeof Sdk, event: Sdk.RequestLogEvent): void {
    const f = this.flags as CommandFlags<typeof OsCommand>;
    if (f.debug) writeDiagnostic(sdk.formatLogEvent(event));
    if (f.timing && event.phase === 'response') this.timings.push({ method: event.method, url: event.url, ms: event.durationMs ?? 0 });
  }

  /** After the command, failed or not: the --timing table. */
  async finally(_err: Error | undefined): Promise<void> {
    const f = this.flags as Partial<Interfaces.InferredFlags<typeof globalFlags & typeof outputFlags>> | undefined;
    if (f?.timing) {
      // python-openstackclient's --timing table (csv when the command printed another
      // format), after a blank line; on stderr here, so it never mixes with the data.
      const format = f.format === undefined || f.format === 'table' ? 'table' : 'csv';
      writeDiagnostic(`\n${await render(timingTable(this.timings), { format })}`);
    }
  }

  /** One line with the server's message and request id; the stack only with --debug. */
  async catch(err: Error & { oclif?: { exit?: number } }): Promise<never> {
    if (err instanceof ExitSignal) throw err;
    const debug = (this.flags as CommandFlags<typeof OsCommand> | undefined)?.debug ?? process.argv.includes('--debug');
    if (err instanceof FormatError) {
      // An unknown column is found once the command has run (it may have made something): the
      // message alone and exit 1, as cliff's.
      writeDiagnostic(err.message);
      throw new ExitSignal(EXIT_CODES.error);
    }
    const argparse = argparseMessage(err);
    if (argparse !== undefined) {
      // Bad options or arguments: argparse's error line (its usage synopsis aside), exit 2.
      const id = (this.constructor as typeof OsCommand).id?.replaceAll(':', ' ');
      writeDiagnostic(`oscloud${id ? ` ${id}` : ''}: error: ${argparse}`);
      throw new ExitSignal(EXIT_CODES.usage);
    }
    if (!this.flags || err.oclif?.exit === 2 || err instanceof ConfirmationError || err instanceof UsageError) {
      // Parse and usage errors come from oclif before flags exist, or from output options.
      writeDiagnostic(`oscloud: error: ${err.message}`);
      throw new ExitSignal(EXIT_CODES.usage);
    }
    const sdk = await loadSdk();
    const requestId = (err as { requestId?: string }).requestId;
    // SdkError messages already name the request id; append it only when they don't.
    writeDiagnostic(`${err.message}${requestId && !err.message.includes(requestId) ? ` (Request-ID: ${requestId})` : ''}`);
    if (debug && err.stack) writeDiagnostic(err.stack);
    throw new ExitSignal(exitCodeFor(err, sdk));
  }

  /**
   * Runs `fn` for each name or ID, going on after a failure, as python-openstackclient's
   * multi-resource commands do: each failure is a warning line and the command ends with
   * "N of M <what>s failed to <verb>." (exit 1). A single resource fails with its own error
   * (and exit code).
   */
  protected async forEachResource(refs: string[], what: string, verb: string, fn: (ref: string) => Promise<void>): Promise<void> {
    if (refs.length === 1) return fn(refs[0] as string);
    let failed = 0;
    for (const ref of refs) {
      try {
        await fn(ref);
      } catch (err) {
        failed += 1;
        this.warnLine(`Failed to ${verb} ${what} with name or ID '${ref}': ${(err as Error).message}`);
      }
    }
    if (failed) throw new PartialFailureError(`${failed} of ${refs.length} ${what}s failed to ${verb}.`);
  }

  /** A warning line on stderr (the command goes on). */
  protected warnLine(line: string): void {
    writeDiagnostic(line);
  }

  /**
   * Asks before destructive multi-resource work when someone is at a terminal (--yes skips it).
   * Without a terminal the work goes ahead, as python-openstackclient, which never asks, does:
   * scripts written for `openstack` run unchanged.
   */
  protected async confirm(message: string): Promise<void> {
    if (!canPrompt()) return;
    if (!(await askYesNo(message))) throw new ConfirmationError('cancelled');
  }
}

/** One API call's duration, for --timing. */
export interface RequestTiming {
  method: string;
  url: string;
  ms: number;
}

/** osc-lib's Timing table: `METHOD URL | Seconds` per call (microseconds), then `Total`. */
export function timingTable(timings: RequestTiming[]): ListResult {
  const micros = timings.map((t) => Math.round(t.ms * 1000));
  const rows: unknown[][] = timings.map((t, i) => [`${t.method} ${t.url}`, (micros[i] as number) / 1e6]);
  rows.push(['Total', micros.reduce((a, b) => a + b, 0) / 1e6]);
  return { kind: 'list', columns: ['URL', 'Seconds'], rows };
}

/** A command printing one resource: cliff's ShowOne output options. */
export abstract class ShowCommand<T extends CommandStatics> extends OsCommand<T> {
  static override baseFlags: Interfaces.FlagInput = { ...globalFlags, ...showOutputFlags };
}

/** A command printing a list: cliff's Lister output options. */
export abstract class ListCommand<T extends CommandStatics> extends OsCommand<T> {
  static override baseFlags: Interfaces.FlagInput = { ...globalFlags, ...listOutputFlags };
}

/** A confirmation that could not be asked or was declined. */
export class ConfirmationError extends Error {
  override name = 'ConfirmationError';
}

/**
 * argparse's message for oclif's parse errors python-openstackclient's parser also reports:
 * unknown options and extra arguments (`unrecognized arguments: --x`), missing arguments and
 * required options (`the following arguments are required: <name>, --flavor`); undefined for
 * any other error.
 */
export function argparseMessage(err: Error): string | undefined {
  const e = err as Error & { flags?: unknown; args?: unknown };
  // oclif's parser error classes are not exported (and set no name): known by their constructor
  const kind = e.constructor?.name;
  if (kind === 'NonExistentFlagsError' && Array.isArray(e.flags)) return `unrecognized arguments: ${e.flags.join(' ')}`;
  if (kind === 'UnexpectedArgsError' && Array.isArray(e.args)) return `unrecognized arguments: ${e.args.join(' ')}`;
  if (kind === 'RequiredArgsError' && Array.isArray(e.args)) return `the following arguments are required: ${e.args.map((a: { name: string }) => `<${a.name}>`).join(', ')}`;
  if (kind === 'FailedFlagValidationError') {
    // oclif: "Missing required flag flavor" (one line each); other validation failures keep oclif's message
    const missing = [...e.message.matchAll(/Missing required flag ([\w-]+)/g)].map((m) => `--${m[1]}`);
    if (missing.length) return `the following arguments are required: ${missing.join(', ')}`;
  }
  return undefined;
}

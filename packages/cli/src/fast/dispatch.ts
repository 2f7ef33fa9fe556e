/**
 * The start-up fast path's router. bin/run.js asks it what to do with argv, using the
 * command index the build writes (dist/fast-path/index.json): print pre-rendered help, run one
 * command from the bundle, or hand everything else (unknown commands, plugin commands such
 * as `autocomplete`) to full oclif. Imports nothing but node:fs and the pure argv module.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { reorderGlobalOptions } from '../argv.js';

/** What the build knows about the commands, for routing without oclif. */
export interface CommandIndex {
  /** `@oscloud/cli` */
  name: string;
  version: string;
  /** Command ids (words separated by spaces) the bundle can run. */
  commands: string[];
  /** Topics (`server`, `volume snapshot`), which have help pages too. */
  topics: string[];
  /** Options of every command that take no value (`--debug`, `--no-os-token-cache`). */
  booleans: string[];
  /** The bundle of the runner and every command (named by its content hash), and its V8 code cache. */
  bundle: string;
  codeCache: string;
}

/** What the bundle exports. */
export interface Bundle {
  /** Runs command `id` on argv; resolves to the exit code. */
  run(id: string, argv: string[]): Promise<number>;
  /** Initialises every command module (the build does, before taking the code cache). */
  warm(): Promise<void>;
}

/** What the build writes (index, help pages, bundle), relative to this module in dist/fast/. */
export const ASSETS = new URL('../fast-path/', import.meta.url);

/** Where the text of a pre-rendered help page lives, relative to ASSETS/help/. */
export function helpFile(subject: string): string {
  return subject === '' ? '_root.txt' : `${subject.split(' ').join('.')}.txt`;
}

/** The VERSION line of the root help is rendered with this and filled in at run time. */
export const USER_AGENT_MARK = '@@USER_AGENT@@';

/** oclif's user agent (`--version`, the root help's VERSION): package, platform, Node. */
export function userAgent(index: Pick<CommandIndex, 'name' | 'version'>): string {
  return `${index.name}/${index.version} ${process.platform}-${process.arch} node-${process.version}`;
}

/** What bin/run.js does with argv. */
export type Route =
  /** Print the help page of `subject` ('' for the root). */
  | { kind: 'help'; subject: string }
  /** Run command `id` on `argv` (its own arguments and options). */
  | { kind: 'command'; id: string; argv: string[] }
  /** Let oclif do it, with the global options moved behind the command words. */
  | { kind: 'oclif'; argv: string[] };

/** The text of a help page, its VERSION line filled in. */
export function helpText(index: CommandIndex, subject: string): string {
  return readFileSync(new URL(`help/${helpFile(subject)}`, ASSETS), 'utf8').split(USER_AGENT_MARK).join(userAgent(index));
}

/** Reads the index the build wrote. */
export function loadIndex(): CommandIndex {
  return JSON.parse(readFileSync(new URL('index.json', ASSETS), 'utf8')) as CommandIndex;
}

/**
 * Loads the bundle with its V8 code cache, so that Node neither resolves hundreds of modules
 * nor compiles what the cache holds (Node 20 has no module compile cache). A cache from
 * another Node or V8 is rejected by V8 and the bundle is simply compiled.
 */
export function loadBundle(index: CommandIndex): Bundle {
  const file = fileURLToPath(new URL(index.bundle, ASSETS));
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(new URL(index.codeCache, ASSETS));
  } catch {
    // no cache: compile
  }
  return evaluate(file, cachedData).exports;
}

/** Runs a CommonJS file through vm.Script as Node's loader would (same wrapper); the build shares it. */
export function evaluate(file: string, cachedData?: Buffer): { script: Script; exports: Bundle } {
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as Bundle };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { script, exports: module.exports };
}

/** The leading words of argv: the command id and its positional arguments, up to the first option. */
function leadingWords(argv: string[]): string[] {
  const end = argv.findIndex((a) => a.startsWith('-'));
  return end < 0 ? argv : argv.slice(0, end);
}

/** The longest run of leading words that is a command id (as oclif collates spaced ids). */
function longestCommand(words: string[], commands: ReadonlySet<string>): string | undefined {
  for (let n = words.length; n > 0; n -= 1) {
    const id = words.slice(0, n).join(' ');
    if (commands.has(id)) return id;
  }
  return undefined;
}

/**
 * Routes argv the way oclif would: `--help` or `-h` anywhere before `--`, `help <words>`, no
 * arguments, or a topic alone print help; a known command runs; anything else is oclif's.
 */
export function route(rawArgv: string[], index: CommandIndex): Route {
  const argv = reorderGlobalOptions(rawArgv, new Set(index.booleans));
  const commands = new Set(index.commands);
  const topics = new Set(index.topics);
  const helpOf = (words: string[]): Route => {
    if (words.length === 0) return { kind: 'help', subject: '' };
    const id = longestCommand(words, commands);
    if (id) return { kind: 'help', subject: id };
    const topic = words.join(' ');
    return topics.has(topic) ? { kind: 'help', subject: topic } : { kind: 'oclif', argv };
  };
  if (argv.length === 0) return helpOf([]);
  if (argv[0] === 'help') return argv.slice(1).some((a) => a.startsWith('-')) ? { kind: 'oclif', argv } : helpOf(argv.slice(1));
  const dashdash = argv.indexOf('--');
  // -h is help too, as in python-openstackclient (argparse) and oclif's additionalHelpFlags
  if ((dashdash < 0 ? argv : argv.slice(0, dashdash)).some((a) => a === '--help' || a === '-h')) return helpOf(leadingWords(argv));
  const words = leadingWords(argv);
  const id = longestCommand(words, commands);
  if (id) return { kind: 'command', id, argv: argv.slice(id.split(' ').length) };
  if (words.length && topics.has(words.join(' '))) return { kind: 'help', subject: words.join(' ') };
  return { kind: 'oclif', argv };
}

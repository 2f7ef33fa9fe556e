/**
 * Build step of the start-up fast path, run after tsc and `oclif manifest` (package.json
 * `build`). Writes into dist/fast-path/:
 * - index.json: command ids, topics and the options that take no value, for routing argv;
 * - help/*.txt: every help page (root, topics, commands) as oclif renders it at 80 columns;
 * - bundle.<hash>.cjs: the runner and every command module with their dependencies in one
 *   file, each module initialised only when its command runs;
 * - bundle.<hash>.cache: V8's code cache of the bundle with every module initialised.
 * bin/run.js then answers `--help` by reading one file and runs a command by loading one
 * file, without oclif's Config, plugins or module resolution.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { booleanSpellings } from '../argv.js';
import type { Plugin } from 'esbuild';
import { ASSETS, type Bundle, type CommandIndex, evaluate, helpFile, USER_AGENT_MARK } from '../fast/dispatch.js';
import { globalFlags, outputFlags } from '../flags.js';
import { cloudsYaml, fakeCloud } from './fake-cloud.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = fileURLToPath(ASSETS);

interface ManifestCommand {
  id: string;
  pluginName: string;
  relativePath: string[];
}

const spaced = (id: string) => id.split(':').join(' ');

/** oclif's help pages (root, topics, the given commands), captured instead of printed. */
async function renderHelp(ids: ReadonlySet<string>): Promise<Map<string, string>> {
  // Help is laid out for the terminal width; pages are rendered once, for 80 columns.
  process.env.OCLIF_COLUMNS = '80';
  const { Config } = await import('@oclif/core');
  const { default: OsHelp } = await import('../help.js');
  const config = await Config.load(root);
  const pages = new Map<string, string>();
  let text = '';
  class CapturedHelp extends OsHelp {
    protected override log(...args: string[]): void {
      text += `${format(...args)}\n`;
    }
  }
  const help = new CapturedHelp(config);
  const capture = async (subject: string, show: () => Promise<void>) => {
    text = '';
    await show();
    pages.set(subject, text.split(config.userAgent).join(USER_AGENT_MARK));
  };
  await capture('', () => help.showHelp([]));
  for (const topic of config.topics) await capture(spaced(topic.name), () => help.showHelp(spaced(topic.name).split(' ')));
  for (const command of config.commands) if (ids.has(command.id)) await capture(spaced(command.id), () => help.showCommandHelp(command));
  return pages;
}

/**
 * Packages the CLI and the SDK each have a copy of (npm did not hoist them): when both
 * copies are the same version, one is bundled instead of two.
 */
function sharedCopies(names: string[]): Record<string, string> {
  const fromCli = createRequire(join(root, 'package.json'));
  const fromSdk = createRequire(fileURLToPath(import.meta.resolve('@oscloud/sdk')));
  const alias: Record<string, string> = {};
  for (const name of names) {
    const version = (req: NodeJS.Require) => (JSON.parse(readFileSync(req.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    if (version(fromCli) === version(fromSdk)) alias[name] = dirname(fromCli.resolve(`${name}/package.json`));
  }
  return alias;
}

/**
 * got's @sindresorhus/is builds two Intl.ListFormat objects when it loads, for assertion
 * messages only; the first one loads ICU's locale data (about 12 ms). In the bundle they are
 * built on first use instead. Left alone if the source no longer has that shape.
 */
const lazyListFormat: Plugin = {
  name: 'lazy-intl-list-format',
  setup(b) {
    b.onLoad({ filter: /[\\/]@sindresorhus[\\/]is[\\/]distribution[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('new Intl.ListFormat(')) return undefined;
      return {
        contents: `${source.split('new Intl.ListFormat(').join('lazyListFormat(')}
function lazyListFormat(locale, options) {
  let formatter;
  return { format: (list) => (formatter ??= new Intl.ListFormat(locale, options)).format(list) };
}
`,
        loader: 'js',
      };
    });
  },
};

/**
 * got loads http2-wrapper (and with it node:http2) when it loads, but uses it only for its
 * `http2` option, which the SDK never sets: in the bundle it loads on first use.
 */
const lazyHttp2Wrapper: Plugin = {
  name: 'lazy-http2-wrapper',
  setup(b) {
    b.onResolve({ filter: /^http2-wrapper$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve('http2-wrapper', { kind: 'require-call', resolveDir: args.resolveDir, pluginData: 'real' });
      return { path: real.path, namespace: 'lazy-http2-wrapper' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-http2-wrapper' }, (args) => ({
      contents: `let real;\nmodule.exports = new Proxy({}, { get: (_target, key) => (real ??= require(${JSON.stringify(args.path)}))[key] });\n`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * The SDK reads its version from its package.json next to its module (import.meta.url), which
 * a CommonJS bundle does not have: in the bundle that module is the version it read at build time.
 */
const sdkVersion: Plugin = {
  name: 'sdk-version',
  setup(b) {
    const sdkDist = dirname(realpathSync(fileURLToPath(import.meta.resolve('@oscloud/sdk'))));
    const versionModule = join(sdkDist, 'version.js');
    if (!existsSync(versionModule)) throw new Error(`${versionModule} is missing: the SDK's version module moved`);
    const { version } = JSON.parse(readFileSync(join(sdkDist, '..', 'package.json'), 'utf8')) as { version: string };
    b.onLoad({ filter: /[\\/]version\.js$/ }, (args) =>
      args.path === versionModule ? { contents: `export const SDK_VERSION = ${JSON.stringify(version)};\n`, loader: 'js' } : undefined,
    );
  },
};

/** One CommonJS file with every command, loaded lazily by id; named by its content hash. */
async function bundle(commands: ManifestCommand[]): Promise<string> {
  const { build } = await import('esbuild');
  const entry = join(out, 'entry.mjs');
  const loaders = commands.map((c) => `  ${JSON.stringify(spaced(c.id))}: () => import(${JSON.stringify(`./${relative(out, join(root, ...c.relativePath))}`)}),`);
  writeFileSync(
    entry,
    [
      `import { runCommand } from ${JSON.stringify(`./${relative(out, join(root, 'dist', 'fast', 'runner.js'))}`)};`,
      'const commands = {',
      ...loaders,
      '};',
      'export const run = (id, argv) => runCommand(commands[id], argv, id);',
      // The modules commands import lazily (the SDK, yaml, prompts) are initialised too.
      "const lazy = [() => import('@oscloud/sdk'), () => import('yaml'), () => import('@inquirer/confirm'), () => import('@inquirer/password')];",
      'export const warm = async () => { for (const load of [...Object.values(commands), ...lazy]) await load(); };',
      '',
    ].join('\n'),
  );
  const tmp = join(out, 'bundle.tmp.cjs');
  await build({
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // typescript is only ever required by oclif when it runs TypeScript sources (never here).
    external: ['typescript'],
    alias: sharedCopies(['yaml']),
    plugins: [lazyListFormat, lazyHttp2Wrapper, sdkVersion],
    logLevel: 'warning',
  });
  rmSync(entry);
  // The bundle runs through vm.Script, which has no dynamic import: an `import()` esbuild left
  // (a Node built-in imported lazily) would fail at run time ("A dynamic import callback was not
  // specified"), so it fails the build instead.
  const left = /\bimport\((["'][^"']+["'])\)/.exec(readFileSync(tmp, 'utf8'));
  if (left) throw new Error(`the fast-path bundle keeps a dynamic import(${left[1]}): import it statically in src/`);
  const hash = createHash('sha256').update(readFileSync(tmp)).digest('hex').slice(0, 12);
  const name = `bundle.${hash}.cjs`;
  renameSync(tmp, join(out, name));
  return name;
}

/**
 * V8's code cache of the bundle after initialising every module and running a few commands
 * against an in-process fake cloud, so that the code they run (option parsing, clouds.yaml,
 * got, table rendering) is compiled in the cache rather than at every start.
 */
async function codeCache(bundleName: string): Promise<string> {
  const { script, exports } = evaluate(join(out, bundleName));
  await exports.warm();
  await train(exports);
  const name = bundleName.replace(/\.cjs$/, '.cache');
  writeFileSync(join(out, name), script.createCachedData());
  return name;
}

/** Runs list commands in every format against the fake cloud, output discarded (the output layer's stream holder). */
async function train(bundleExports: Bundle): Promise<void> {
  const cloud = await fakeCloud();
  const dir = mkdtempSync(join(tmpdir(), 'oscloud-train-'));
  const clouds = join(dir, 'clouds.yaml');
  writeFileSync(clouds, cloudsYaml(cloud.url));
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('OS_')) delete process.env[k];
  Object.assign(process.env, { OS_CLIENT_CONFIG_FILE: clouds, OS_CLOUD: 'fake', OS_TOKEN_CACHE: 'false' });
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for('oscloud.cli.streams');
  const previous = holder[key];
  const sink = { write: () => true, isTTY: false };
  holder[key] = { stdout: sink, stderr: sink };
  try {
    for (const format of ['table', 'json', 'value', 'csv', 'yaml']) {
      const code = await bundleExports.run('server list', ['-f', format]);
      if (code !== 0) throw new Error(`training run 'server list -f ${format}' exited ${code}`);
    }
    await bundleExports.run('network list', []);
    await bundleExports.run('server show', ['s1']);
  } finally {
    holder[key] = previous;
    process.env = saved;
    cloud.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; oclif: { topics: Record<string, unknown> } };
  const manifest = JSON.parse(readFileSync(join(root, 'oclif.manifest.json'), 'utf8')) as { commands: Record<string, ManifestCommand> };
  // `help` is served from the pages; it and plugin commands (autocomplete) stay oclif's.
  const commands = Object.values(manifest.commands).filter((c) => c.pluginName === pkg.name && c.id !== 'help');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'help'), { recursive: true });
  const pages = await renderHelp(new Set(commands.map((c) => c.id)));
  for (const [subject, text] of pages) writeFileSync(join(out, 'help', helpFile(subject)), text);
  const bundleName = await bundle(commands);
  const index: CommandIndex = {
    name: pkg.name,
    version: pkg.version,
    commands: commands.map((c) => spaced(c.id)).sort(),
    topics: Object.keys(pkg.oclif.topics).map(spaced).sort(),
    // Only global and output options may come before the command (upstream: global only).
    booleans: [...booleanSpellings({ ...globalFlags, ...outputFlags })].sort(),
    bundle: bundleName,
    codeCache: await codeCache(bundleName),
  };
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
}

await main();

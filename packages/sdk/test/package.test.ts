// The package as npm publishes it: `npm pack`, installed into a project outside the workspace
// (offline: the SDK's dependencies are linked from the workspace's node_modules), then used from
// an ES module and from CommonJS `require()`, type-checked as a consumer would, and its source
// maps followed to files the tarball ships. Runs the built dist/ (turbo builds before `test`).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };

/** The directory Node resolves `name` to from `from` (node_modules lookup), following links. */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`${name} is not installed in the workspace (run npm ci)`);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

// What both module systems run against the installed package: a Glance list and a 404 from a
// local server, a clouds.yaml parsed, and the version sent in the User-Agent.
const EXERCISE = `
const http = require('node:http');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
module.exports = async function exercise(sdk) {
  const agents = [];
  const server = http.createServer((req, res) => {
    agents.push(req.headers['user-agent']);
    res.setHeader('content-type', 'application/json');
    if (req.url.startsWith('/image/v2/images?') || req.url === '/image/v2/images') {
      res.end(JSON.stringify({ images: [{ id: 'i1', name: 'cirros' }], first: '/v2/images', schema: '/v2/schemas/images' }));
    } else {
      res.statusCode = 404;
      res.end(JSON.stringify({ code: '404 Not Found', title: 'Not Found', message: 'No image found with ID missing' }));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    const cloud = new sdk.Cloud({ endpoints: { image: 'http://127.0.0.1:' + server.address().port + '/image' }, auth: { type: 'none' }, retries: 0 });
    const images = await sdk.collect(cloud.image.images.list());
    let notFound;
    try { await cloud.image.images.get('missing'); } catch (err) { notFound = err; }
    const file = join(__dirname, 'clouds.yaml');
    writeFileSync(file, 'clouds:\\n  c1:\\n    auth: {auth_url: "http://127.0.0.1:1/identity", token: t}\\n    auth_type: token\\n    region_name: R1\\n');
    const config = sdk.loadCloudConfig({ cloud: 'c1', env: { OS_CLIENT_CONFIG_FILE: file } });
    return {
      version: sdk.SDK_VERSION,
      images: images.map((i) => i.name),
      notFound: notFound instanceof sdk.NotFoundError && notFound instanceof sdk.SdkError ? notFound.serverMessage : String(notFound),
      region: config.regionName,
      userAgent: agents[0],
    };
  } finally {
    server.close();
  }
};
`;

const CJS = `
const exercise = require('./exercise.cjs');
const sdk = require('@oscloud/sdk');
(async () => {
  const esm = await import('@oscloud/sdk');
  const result = await exercise(sdk);
  result.sameAsImport = sdk.Cloud === esm.Cloud && sdk.HttpError === esm.HttpError;
  result.packageJson = require('@oscloud/sdk/package.json').version;
  result.generated = Object.keys(require('@oscloud/sdk/generated/compute'));
  process.stdout.write(JSON.stringify(result));
})();
`;

const ESM = `
import { createRequire } from 'node:module';
import exercise from './exercise.cjs';
import * as sdk from '@oscloud/sdk';
const result = await exercise(sdk);
result.sameAsImport = createRequire(import.meta.url)('@oscloud/sdk').Cloud === sdk.Cloud;
process.stdout.write(JSON.stringify(result));
`;

// A consumer's TypeScript, both module systems (TS 5.8+ types require() of ES modules under nodenext).
const CONSUMER_MTS = `
import { Cloud, NotFoundError, type Server } from '@oscloud/sdk';
import type { paths } from '@oscloud/sdk/generated/compute';
export async function names(cloud: Cloud): Promise<string[]> {
  const out: string[] = [];
  for await (const s of cloud.compute.servers.list({ limit: 10 })) out.push((s satisfies Server).name);
  return out;
}
export const isMissing = (e: unknown): boolean => e instanceof NotFoundError;
export type ServersPath = paths['/v2.1/servers'];
`;
const CONSUMER_CTS = `
import sdk = require('@oscloud/sdk');
export const version: string = sdk.SDK_VERSION;
export const make = (): sdk.Cloud => new sdk.Cloud({ auth: { type: 'none' } });
`;

/** What EXERCISE returns from the installed package, whichever module system loaded it. */
const exercised = {
  version: pkg.version,
  images: ['cirros'],
  notFound: 'No image found with ID missing',
  region: 'R1',
  userAgent: `oscloud-sdk/${pkg.version}`,
};

describe(`${pkg.name} as published`, () => {
  let work: string;
  let project: string;
  interface Packed {
    filename: string;
    files: { path: string }[];
  }
  let packed: Packed;
  let installed: string;

  beforeAll(async () => {
    if (!existsSync(join(sdkDir, 'dist', 'index.js'))) throw new Error('packages/sdk/dist is missing: run `npm run build` first');
    work = mkdtempSync(join(tmpdir(), 'oscloud-sdk-pack-'));
    // --ignore-scripts: the package is already built (prepack would build it again)
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: sdkDir });
    packed = (JSON.parse(stdout) as [Packed])[0];
    project = join(work, 'consumer');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: { [pkg.name]: `file:../${packed.filename}` } }));
    // No registry: the SDK's own dependencies come from the workspace, already satisfying its ranges.
    for (const dep of Object.keys(pkg.dependencies)) symlinkSync(packageDir(dep, sdkDir), join(project, 'node_modules', dep), 'dir');
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: project, timeout: 120_000 });
    installed = join(project, 'node_modules', ...pkg.name.split('/'));
    writeFileSync(join(project, 'exercise.cjs'), EXERCISE);
    writeFileSync(join(project, 'check.cjs'), CJS);
    writeFileSync(join(project, 'check.mjs'), ESM);
  }, 180_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the build, its sources, README and LICENSE, and nothing else', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'src/index.ts', 'src/generated/compute.ts']));
    expect(paths.filter((p) => !/^(dist|src)\//.test(p)).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(paths.filter((p) => p.includes('tsbuildinfo') || p.startsWith('test/'))).toEqual([]);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toContain('Apache License');
  });

  it('works from CommonJS require()', async () => {
    const { stdout, stderr } = await run(process.execPath, ['check.cjs'], { cwd: project });
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ ...exercised, sameAsImport: true, packageJson: pkg.version });
    expect(result.generated).toEqual([]);
    // no ExperimentalWarning either: require(esm) is unflagged and quiet on the engines we declare
    expect(stderr).toBe('');
  });

  it('works from an ES module import', async () => {
    const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ ...exercised, sameAsImport: true });
  });

  it('has types a TypeScript consumer resolves through exports, from ESM and CommonJS', async () => {
    writeFileSync(join(project, 'consumer.mts'), CONSUMER_MTS);
    writeFileSync(join(project, 'consumer.cts'), CONSUMER_CTS);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: ['node'], typeRoots: [join(packageDir('@types/node', sdkDir), '..')] }, files: ['consumer.mts', 'consumer.cts'] }),
    );
    const tsc = join(packageDir('typescript', sdkDir), 'bin', 'tsc');
    await expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project })).resolves.toBeDefined();
  }, 60_000);

  it('has source maps whose sources are in the package', () => {
    const maps = walk(join(installed, 'dist')).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const map of maps) {
      const { sources, sourceRoot = '' } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[]; sourceRoot?: string };
      for (const source of sources) {
        const file = resolve(dirname(map), sourceRoot, source);
        if (!file.startsWith(installed) || !existsSync(file)) missing.push(`${relative(installed, map)} -> ${source}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

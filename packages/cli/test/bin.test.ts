import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudsYaml, fakeCloud } from '../src/build/fake-cloud.js';

const bin = fileURLToPath(new URL('../bin/run.js', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** The same argv through full oclif (what bin/run.js's fast path must match). */
function viaOclif(args: string[]): string {
  const script = `import { execute } from '@oclif/core'; await execute({ dir: ${JSON.stringify(new URL('../bin/run.js', import.meta.url).href)}, args: ${JSON.stringify(args)} });`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
}

describe('the oscloud executable (needs `npm run build`)', () => {
  it("answers --version with oclif's format without loading oclif", () => {
    const out = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(out).toBe(`@oscloud/cli/0.1.0 ${process.platform}-${process.arch} node-${process.version}\n`);
  });

  it('takes global options before the command, as python-openstackclient does', () => {
    const out = execFileSync(process.execPath, [bin, '--os-cloud', 'nowhere', 'server', 'list', '--help'], { encoding: 'utf8' });
    expect(out).toContain('List servers');
  });

  it('names the command meant for a typo on stderr, never prompts (even with "y" on stdin), exits 2', () => {
    const res = spawnSync(process.execPath, [bin, 'server', 'delte', 'web1'], { encoding: 'utf8', input: 'y\ny\n' });
    expect(res.stderr).toBe("oscloud: 'server delte' is not an oscloud command. Did you mean 'server delete'?\n");
    expect(res.stdout).toBe('');
    expect(res.status).toBe(2);
  });

  it('serves `help <command>` like `<command> --help`', () => {
    const viaHelp = execFileSync(process.execPath, [bin, 'help', 'server', 'list'], { encoding: 'utf8' });
    expect(viaHelp).toContain('List servers');
    expect(viaHelp).toBe(execFileSync(process.execPath, [bin, 'server', 'list', '--help'], { encoding: 'utf8' }));
  });

  it("serves the same help pages as oclif renders them (root, topic, commands)", () => {
    for (const args of [[], ['server'], ['volume', 'snapshot', '--help'], ['server', 'create', '--help'], ['quota', 'show', '--help']]) {
      expect(execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8' }), args.join(' ')).toBe(viaOclif(args));
    }
    // Ten node processes, five of them full oclif: 16 s alone on the 2-core machine, more under load.
  }, 60_000);

  it('takes -h for --help, as python-openstackclient does (exit 0), through the fast path and oclif', () => {
    const res = spawnSync(process.execPath, [bin, 'server', 'list', '-h'], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe(execFileSync(process.execPath, [bin, 'server', 'list', '--help'], { encoding: 'utf8' }));
    expect(viaOclif(['server', 'list', '-h'])).toBe(res.stdout);
  });

  it('lists the global options once, in the root help, and not on each command page', () => {
    const rootHelp = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    for (const option of ['--os-cloud <value>', '--os-application-credential-secret <value>', '--[no-]os-token-cache', '--debug', '--timing']) {
      expect(rootHelp.split(option).length - 1, option).toBe(1);
    }
    expect(rootHelp).toMatch(/--os-cloud <value> +Cloud name in clouds.yaml \[env:\s+OS_CLOUD\]/);
    for (const args of [['server', 'list'], ['server', 'create'], ['network', 'delete']]) {
      const page = execFileSync(process.execPath, [bin, ...args, '--help'], { encoding: 'utf8' });
      expect(page, args.join(' ')).not.toMatch(/--os-(auth-url|project-name|application-credential-secret|compute-api-version)|--insecure|--timing/);
      expect(page, args.join(' ')).toContain('the other options of `oscloud\n  --help`');
    }
    // the command's own and output options stay
    const list = execFileSync(process.execPath, [bin, 'server', 'list', '--help'], { encoding: 'utf8' });
    expect(list).toMatch(/USAGE\n {2}\$ oscloud server list \[-f csv\|json\|table\|value\|yaml\]/);
    expect(list).toContain('--all-projects');
  });

  it('hands plugin commands (autocomplete) to oclif', () => {
    const out = execFileSync(process.execPath, [bin, 'autocomplete', '--help'], { encoding: 'utf8' });
    expect(out).toContain('Display autocomplete installation instructions');
  });
});

describe('commands through the start-up fast path, against a fake cloud', () => {
  let cloud: { url: string; close: () => void };
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    cloud = await fakeCloud();
    const clouds = join(mkdtempSync(join(tmpdir(), 'oscloud-bin-')), 'clouds.yaml');
    writeFileSync(clouds, cloudsYaml(cloud.url));
    env = { PATH: process.env.PATH, HOME: process.env.HOME, OS_CLIENT_CONFIG_FILE: clouds, OS_CLOUD: 'fake', OS_TOKEN_CACHE: 'false' };
  });
  afterAll(() => cloud.close());

  /** Runs bin/run.js without blocking the fake cloud in this process. */
  async function oscloud(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
      return { stdout, stderr, code: 0 };
    } catch (err) {
      const e = err as { stdout: string; stderr: string; code: number };
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  }

  it('server list prints the data (image names looked up)', async () => {
    const res = await oscloud(['server', 'list', '-f', 'json', '-c', 'Name', '-c', 'Image']);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([
      { Name: 'web1', Image: 'tiny' },
      { Name: 'web2', Image: 'tiny' },
    ]);
  });

  it('global options before the command, and a table on stdout', async () => {
    const res = await oscloud(['--os-cloud', 'fake', 'network', 'list']);
    expect(res.stdout).toBe('+----+---------+---------+\n| ID | Name    | Subnets |\n+----+---------+---------+\n| n1 | private | x       |\n+----+---------+---------+\n');
  });

  it('errors keep their one line and exit code: not found 4, usage 2', async () => {
    const missing = await oscloud(['server', 'show', 'nope']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe("No server with a name or ID of 'nope' exists. (HTTP 404 from compute: GET /v2.1/servers/detail?name=nope)\n");
    const usage = await oscloud(['server', 'list', '--no-such-flag']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('oscloud server list: error: unrecognized arguments: --no-such-flag\n');
  });

  it('--timing prints its table on stderr (CSV, since the data is not a table)', async () => {
    const res = await oscloud(['server', 'show', 's1', '-f', 'value', '-c', 'name', '--timing']);
    expect(res.stdout).toBe('web1\n');
    expect(res.stderr).toMatch(/\n"GET http:\/\/127\.0\.0\.1:\d+\/compute\/v2\.1\/servers\/s1",[\d.]+\n"GET http:\/\/127\.0\.0\.1:\d+\/image\/v2\/images\/i1",[\d.]+\n"Total",[\d.]+\n$/);
  });
});

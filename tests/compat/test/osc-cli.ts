/**
 * python-openstackclient as the opt-in end-to-end suites drive it (lifecycle-osc, multihost-osc):
 * `openstack --os-cloud <cloud> <args> [-f json]` against an all-in-one's clouds.yaml, and a poll
 * until a condition holds.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// openstack's JSON output is whatever the command prints; the assertions check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface OpenstackCli {
  /** Runs `openstack --os-cloud <cloud> <args>`; with `json` (the default) adds `-f json` and parses the output. */
  osc(cloud: string, args: string[], json?: boolean): Promise<Json>;
  demo(args: string[], json?: boolean): Promise<Json>;
  admin(args: string[], json?: boolean): Promise<Json>;
}

/** OSC against the clouds file `clouds()` names (read at each call: the all-in-one starts later). */
export function openstackCli(clouds: () => string): OpenstackCli {
  async function osc(cloud: string, args: string[], json = true): Promise<Json> {
    try {
      const { stdout } = await run('openstack', ['--os-cloud', cloud, ...args, ...(json ? ['-f', 'json'] : [])], {
        env: { ...process.env, OS_CLIENT_CONFIG_FILE: clouds(), OS_CLOUD: '', PYTHONWARNINGS: 'ignore' },
        timeout: 600_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      // `--wait` prints the server's progress (`\rProgress: N`) before the JSON.
      return json ? JSON.parse(stdout.slice(Math.max(0, stdout.search(/[[{]/)))) : stdout;
    } catch (err) {
      const e = err as { stderr?: string; stdout?: string; message: string };
      throw new Error(`openstack ${args.join(' ')} failed: ${e.stderr || e.message} ${e.stdout ?? ''}`);
    }
  }
  return { osc, demo: (args, json = true) => osc('aio-demo', args, json), admin: (args, json = true) => osc('aio-admin', args, json) };
}

/** Polls `get` every `everyMs` until `ok` holds (errors count as not yet), or throws with the last value and error. */
export async function until<T = Json>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 180_000, everyMs = 2000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  while (Date.now() < end) {
    try {
      last = await get();
      if (ok(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  const shown = typeof last === 'string' ? last.slice(-2000) : JSON.stringify(last);
  throw new Error(`timed out waiting for ${what}: last ${shown}${lastErr ? ` (last error: ${(lastErr as Error).message})` : ''}`);
}

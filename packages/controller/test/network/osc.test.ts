/**
 * python-openstackclient against the network API (an oracle nobody here wrote): network
 * create/list, subnet create, security group rule create, floating ip create. SQLite only, to
 * keep it short (each `openstack` call takes ~1.5 s).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestController, type TestController } from '../helpers.js';

const HAVE_OSC = await new Promise<boolean>((resolve) => execFile('openstack', ['--version'], (err) => resolve(!err)));

describe.runIf(HAVE_OSC)('python-openstackclient: network commands', () => {
  let c: TestController;
  let home: string;

  /** Runs `openstack ... -f json` as the admin; resolves to the parsed output. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const osc = (args: string[]): Promise<{ code: number; stderr: string; json: any }> => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      OS_AUTH_URL: `${c.url}/identity/v3`,
      OS_IDENTITY_API_VERSION: '3',
      OS_USERNAME: 'admin',
      OS_PASSWORD: c.adminPassword,
      OS_PROJECT_NAME: 'admin',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_DOMAIN_NAME: 'Default',
      OS_INTERFACE: 'public',
    };
    return new Promise((resolve) => {
      execFile('openstack', [...args, '-f', 'json'], { env, timeout: 60_000 }, (err, stdout, stderr) => {
        let json: unknown;
        try {
          json = JSON.parse(stdout);
        } catch {
          json = undefined;
        }
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr, json });
      });
    });
  };

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'oscloud-osc-net-'));
    c = await startTestController({ backend: 'sqlite' });
  });
  afterAll(async () => {
    await c?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('creates and lists networks and subnets, adds a rule, allocates a floating IP', async () => {
    const [net, ext] = await Promise.all([osc(['network', 'create', 'osc-net']), osc(['network', 'create', '--external', 'osc-ext'])]);
    expect(net.stderr, net.stderr).toBe('');
    expect(net.json).toMatchObject({ name: 'osc-net', status: 'ACTIVE', project_id: c.adminProjectId });
    expect(ext.json['router:external']).toBe(true);
    const [sub, extSub, rule] = await Promise.all([
      osc(['subnet', 'create', '--network', 'osc-net', '--subnet-range', '10.77.0.0/24', 'osc-sub']),
      osc(['subnet', 'create', '--network', 'osc-ext', '--subnet-range', '198.51.100.0/24', 'osc-ext-sub']),
      osc(['security', 'group', 'rule', 'create', '--protocol', 'tcp', '--dst-port', '22', 'default']),
    ]);
    expect(sub.stderr, sub.stderr).toBe('');
    expect(sub.json).toMatchObject({ cidr: '10.77.0.0/24', gateway_ip: '10.77.0.1', network_id: net.json.id });
    expect(extSub.json.network_id).toBe(ext.json.id);
    expect(rule.stderr, rule.stderr).toBe('');
    expect(rule.json).toMatchObject({ protocol: 'tcp', port_range_min: 22, port_range_max: 22, direction: 'ingress' });
    const [list, fip] = await Promise.all([osc(['network', 'list']), osc(['floating', 'ip', 'create', 'osc-ext'])]);
    expect((list.json as { Name: string }[]).map((n) => n.Name).sort()).toEqual(['osc-ext', 'osc-net']);
    expect(fip.stderr, fip.stderr).toBe('');
    expect(fip.json.floating_ip_address).toMatch(/^198\.51\.100\./);
  }, 120_000);
});

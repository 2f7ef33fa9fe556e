/** `oscloud server ssh`: the address python-openstackclient would pick, ssh's flags, the namespace of ssh_netns. */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { pickAddress } from '../../src/commands/server/ssh.js';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const SERVER = {
  id: 'srv-1',
  name: 'web1',
  addresses: {
    private: [
      { version: 4, addr: '10.0.0.5', 'OS-EXT-IPS:type': 'fixed' },
      { version: 4, addr: '172.24.4.9', 'OS-EXT-IPS:type': 'floating' },
    ],
  },
};

describe('pickAddress', () => {
  it('takes the floating address for public, the fixed one for private, a network by name first', () => {
    expect(pickAddress(SERVER, 'public', [4, 6])).toBe('172.24.4.9');
    expect(pickAddress(SERVER, 'private', [4, 6])).toBe('10.0.0.5');
    expect(pickAddress({ addresses: { public: [{ version: 4, addr: '203.0.113.7' }] } }, 'public', [4])).toBe('203.0.113.7');
    expect(() => pickAddress(SERVER, 'public', [6])).toThrow('No public IP address found');
  });
});

describe('server ssh', () => {
  useNock();

  /** A fake `ssh` and `ip` on PATH that record their argv. */
  function fakeTools(): { dir: string; calls: () => string[] } {
    const dir = mkdtempSync(join(tmpdir(), 'oscloud-ssh-'));
    const log = join(dir, 'calls');
    writeFileSync(log, '');
    for (const tool of ['ssh', 'ip']) {
      writeFileSync(join(dir, tool), `#!/bin/sh\necho "${tool} $*" >> ${log}\nexit 0\n`);
      chmodSync(join(dir, tool), 0o755);
    }
    return { dir, calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
  }

  const mockServer = (): void => {
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/servers/web1').reply(404, {}).get('/v2.1/servers/detail').query(true).reply(200, { servers: [SERVER] }).get('/v2.1/servers/srv-1').reply(200, { server: SERVER });
  };

  it('runs ssh to the floating address with the login, port, key and options given', async () => {
    const t = fakeTools();
    mockServer();
    const r = await runCli(['server', 'ssh', '-l', 'root', '-p', '2222', '-i', '/k', '-o', 'StrictHostKeyChecking=no', 'web1', '--', 'uptime'], { ...PASSWORD_ENV, PATH: `${t.dir}:${process.env.PATH}` });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(t.calls()).toEqual(['ssh -p 2222 -i /k -o StrictHostKeyChecking=no -l root 172.24.4.9 uptime']);
  });

  it("runs inside the cloud's ssh_netns (clouds.yaml), where the all-in-one's floating IPs are reached", async () => {
    const t = fakeTools();
    mockServer();
    const clouds = join(t.dir, 'clouds.yaml');
    writeFileSync(clouds, `clouds:\n  aio:\n    auth:\n      auth_url: https://cloud.test:5000/v3\n      username: demo\n      password: secret-password\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionOne\n    ssh_netns: osc-aio-1234-x5678\n`);
    const r = await runCli(['server', 'ssh', '--os-cloud', 'aio', '--private', 'web1'], { OS_CLIENT_CONFIG_FILE: clouds, OS_RETRIES: '0', PATH: `${t.dir}:${process.env.PATH}` });
    expect(r.stderr).toBe('');
    expect(t.calls()).toEqual(['ip netns exec osc-aio-1234-x5678 ssh 10.0.0.5']);
  });
});

import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backoff, sleep } from '../src/backoff.js';
import { loadConfig, UsageError, type AgentConfig } from '../src/config.js';
import { resolveNetwork } from '../src/host.js';
import { nullLogger } from '../src/logger.js';
import { configDriveData, IsoConfigDriveBuilder } from '../src/configdrive.js';
import { ControllerHttpError, ControllerUnreachableError, HttpControllerClient, isTransient } from '../src/controller-client.js';
import { jsonLogger } from '../src/logger.js';
import { InvalidError } from '../src/errors.js';
import { Reverter } from '../src/reverter.js';
import { KeyedMutex, run } from '../src/util.js';
import { findHostKernel, probeBootSector, probeKvm } from '../src/virt/kvm-probe.js';
import { assertExportName, parseExportUri, VolumeExports } from '../src/volume-export.js';

const kvmOpens = (() => {
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();
const hasQemu = spawnSync('qemu-system-x86_64', ['--version'], { stdio: 'ignore' }).status === 0;

describe('volume export names and addresses', () => {
  const name = 'a'.repeat(32);
  it('takes only long random hex names (the export is guarded by its name)', () => {
    expect(() => assertExportName(name)).not.toThrow();
    for (const bad of ['', 'abc', 'A'.repeat(32), `${name}/x`, '../x', 'g'.repeat(32), 'a'.repeat(65)]) expect(() => assertExportName(bad)).toThrow(/32-64 hex/);
  });
  it('parses nbd://ipv4:port/name and nothing else', () => {
    expect(parseExportUri(`nbd://10.250.0.3:10850/${name}`)).toEqual({ uri: `nbd://10.250.0.3:10850/${name}`, host: '10.250.0.3', port: 10850, name });
    for (const bad of [`nbd://host:1/${name}`, `nbd://10.0.0.1/${name}`, `nbd+unix:///${name}`, `nbd://10.0.0.1:1/short`, `nbd://10.0.0.1:1/${name}?x`]) expect(() => parseExportUri(bad)).toThrow(InvalidError);
  });
  it('runs qemu-nbd inside the host namespace, bound to the underlay address, on a free port; a taken port moves to the next', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-vex-'));
    const calls: string[][] = [];
    try {
      const ve = new VolumeExports({ stateDir: dir, exec: async (c, a) => {
        calls.push([c, ...a]);
        if (a.includes('--port=10850')) throw new Error('Address already in use');
        return '';
      } });
      const ex = await ve.start('v1', name, { path: '/pool/v1.qcow2', format: 'qcow2' }, { ip: '10.250.0.2', netns: 'osc-aio-abch2' });
      expect(ex).toEqual({ uri: `nbd://10.250.0.2:10851/${name}`, host: '10.250.0.2', port: 10851, name, format: 'raw' });
      expect(calls[1]!.slice(0, 3)).toEqual(['nsenter', '--net=/run/netns/osc-aio-abch2', '--']);
      expect(calls[1]).toEqual(expect.arrayContaining(['qemu-nbd', '--bind=10.250.0.2', '--port=10851', `--export-name=${name}`, '--format=qcow2', '/pool/v1.qcow2']));
      expect(await ve.ofVolume('v1')).toEqual(ex);
      // One export per volume; a name that is not a long hex string is refused before anything runs.
      await expect(ve.start('v1', 'b'.repeat(32), { path: '/pool/v1.qcow2', format: 'qcow2' }, { ip: '10.250.0.2', netns: 'osc-aio-abch2' })).rejects.toThrow(/already exported/);
      await expect(ve.start('v2', 'nope', { path: '/pool/v2.qcow2', format: 'qcow2' }, { ip: '10.250.0.2', netns: 'osc-aio-abch2' })).rejects.toThrow(InvalidError);
      await ve.stop(name);
      expect(await ve.list()).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it('refuses a namespace oscloud did not make', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-vex-'));
    try {
      const ve = new VolumeExports({ stateDir: dir, exec: async () => '' });
      await expect(ve.start('v1', name, { path: '/p', format: 'raw' }, { ip: '10.250.0.2', netns: 'eth0' })).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Reverter', () => {
  it('undoes completed steps newest first and rethrows the original error', async () => {
    const order: string[] = [];
    const undoErrors: string[] = [];
    await expect(
      Reverter.run(
        async (r) => {
          r.add('a', () => void order.push('a'));
          r.add('b', () => {
            order.push('b');
            throw new Error('undo b failed');
          });
          r.add('c', async () => void order.push('c'));
          throw new Error('step 4 failed');
        },
        (e) => undoErrors.push(e.name),
      ),
    ).rejects.toThrow('step 4 failed');
    expect(order).toEqual(['c', 'b', 'a']);
    expect(undoErrors).toEqual(['b']);
  });

  it('keeps the work on success', async () => {
    const order: string[] = [];
    expect(await Reverter.run(async (r) => (r.add('a', () => void order.push('a')), 42))).toBe(42);
    expect(order).toEqual([]);
  });
});

describe('Backoff', () => {
  it('grows exponentially to the cap and resets', () => {
    const b = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2, jitter: 0 });
    expect([b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([100, 200, 400, 800, 1000]);
    b.reset();
    expect(b.next()).toBe(100);
  });

  it('sleep ends early on abort', async () => {
    const ac = new AbortController();
    const t = Date.now();
    setTimeout(() => ac.abort(), 20);
    await sleep(5000, ac.signal);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

describe('KeyedMutex', () => {
  it('serialises per key and not across keys', async () => {
    const m = new KeyedMutex();
    const log: string[] = [];
    const job = (k: string, n: string, ms: number) =>
      m.with(k, async () => {
        log.push(`start ${n}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${n}`);
      });
    await Promise.all([job('a', '1', 30), job('a', '2', 1), job('b', '3', 1)]);
    expect(log.indexOf('end 1')).toBeLessThan(log.indexOf('start 2'));
    expect(log.indexOf('start 3')).toBeLessThan(log.indexOf('end 1'));
  });
});

describe('jsonLogger', () => {
  it('writes one JSON object per line with child fields and serialised errors', () => {
    const lines: string[] = [];
    const log = jsonLogger({ write: (l: string) => lines.push(l) }, 'info').child({ host: 'h1' });
    log.debug('hidden');
    log.error('boom', { error: new Error('bad') });
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(rec).toMatchObject({ level: 'error', msg: 'boom', host: 'h1', error: { name: 'Error', message: 'bad' } });
  });
});

describe('controller client errors', () => {
  it('classifies transient failures', async () => {
    expect(isTransient(new ControllerHttpError(503, 'GET', '/x', 'down'))).toBe(true);
    expect(isTransient(new ControllerHttpError(400, 'GET', '/x', 'bad'))).toBe(false);
    const c = new HttpControllerClient({ url: 'http://127.0.0.1:1', retries: 0, timeoutMs: 2000 });
    const err = await c.register({ bootstrap_token: 't', hostname: 'h', hypervisor_type: 'fake', agent_version: '0' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ControllerUnreachableError);
    expect(isTransient(err)).toBe(true);
  });
});

describe('config', () => {
  it('merges file, env and flags (flags win) and validates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-cfg-'));
    try {
      const file = join(dir, 'agent.yaml');
      await writeFile(file, 'controller: http://file:8774\nstate_dir: /var/lib/x\npoll_wait_s: 5\nvirt: fake\n');
      const cfg = await loadConfig(['--config', file, '--controller', 'http://flag:8774'], { OSCLOUD_AGENT_BOOTSTRAP_TOKEN: 'tok' });
      expect(cfg).toMatchObject({ controller: 'http://flag:8774', stateDir: '/var/lib/x', pollWaitS: 5, virt: 'fake', bootstrapToken: 'tok', accel: 'auto' });
      await expect(loadConfig(['--controller', 'x'], {})).rejects.toThrow(UsageError);
      await expect(loadConfig(['--controller', 'x', '--bootstrap-token', 't', '--state-dir', 'd', '--virt', 'xen'], {})).rejects.toThrow(/virt/);
      // Every flag has a file key: probe_kernel and the fake host's size included.
      await writeFile(file, 'controller: http://file:8774\nstate_dir: /x\nbootstrap_token: t\nprobe_kernel: /k/vmlinuz\nfake_vcpus: 4\nfake_memory_mb: 2048\n');
      expect(await loadConfig(['--config', file], {})).toMatchObject({ probeKernel: '/k/vmlinuz', fakeVcpus: 4, fakeMemoryMb: 2048 });
      expect(await loadConfig(['--config', file, '--fake-vcpus', '8', '--fake-memory-mb', '1024', '--probe-kernel', '/other'], {})).toMatchObject({ probeKernel: '/other', fakeVcpus: 8, fakeMemoryMb: 1024 });
      await expect(loadConfig(['--config', file, '--fake-vcpus', 'many'], {})).rejects.toThrow(/fakeVcpus/);
      // A real dataplane under simulated guests: asked for, and for one host only.
      const lb = await loadConfig(['--config', file, '--virt', 'fake', '--network', 'linuxbridge', '--netns', 'osc-scale'], {});
      expect(await resolveNetwork(lb as AgentConfig, nullLogger)).toBe('linuxbridge');
      expect(await resolveNetwork((await loadConfig(['--config', file, '--virt', 'fake'], {})) as AgentConfig, nullLogger)).toBe('noop');
      await expect(loadConfig(['--config', file, '--virt', 'fake', '--network', 'linuxbridge', '--fake-hosts', '2'], {})).rejects.toThrow(/one host/);
      const under = ['--config', file, '--network', 'linuxbridge', '--underlay-netns', 'osc-u'];
      expect(await loadConfig([...under, '--underlay-address', '10.250.0.3/24'], {})).toMatchObject({ underlayNetns: 'osc-u', underlayAddress: '10.250.0.3/24' });
      await expect(loadConfig(under, {})).rejects.toThrow(/go together/);
      await expect(loadConfig(['--config', file, '--underlay-netns', 'default', '--underlay-address', '10.250.0.3/24'], {})).rejects.toThrow(/osc-/);
      await expect(loadConfig([...under, '--underlay-address', '10.250.0.300/24'], {})).rejects.toThrow(/CIDR/);
      expect(await loadConfig(['--help'], {})).toBeUndefined();
      expect(await loadConfig(['--version'], {})).toBe('version');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('config drive', () => {
  const inst = {
    uuid: '00000000-0000-4000-8000-0000000000aa',
    name: 'web1',
    hostname: 'web1',
    vcpus: 1,
    memory_mb: 96,
    root_gb: 1,
    metadata: { role: 'web' },
    key_data: 'ssh-ed25519 AAAA me',
    key_name: 'k',
    user_data: Buffer.from('#!/bin/sh\necho hi\n').toString('base64'),
  };
  const nets = [{ port_id: 'p1', mac: 'fa:16:3e:00:00:01', network_id: 'n1', fixed_ips: [{ ip: '10.0.0.5', subnet_id: 's', cidr: '10.0.0.0/24', gateway: '10.0.0.1', enable_dhcp: false, dns_nameservers: ['10.0.0.2'] }] }];

  it('lays out meta_data, user_data and network_data as Nova writes them and cloud-init reads them', () => {
    const d = configDriveData({ ...inst, launch_index: 2, availability_zone: 'az1', project_id: 'p-1', admin_pass: 'pw' }, nets);
    expect(d.metaData).toEqual({
      uuid: inst.uuid,
      meta: { role: 'web' },
      public_keys: { k: 'ssh-ed25519 AAAA me' },
      keys: [{ name: 'k', type: 'ssh', data: 'ssh-ed25519 AAAA me' }],
      hostname: 'web1',
      name: 'web1',
      launch_index: 2,
      availability_zone: 'az1',
      random_seed: expect.any(String),
      project_id: 'p-1',
      devices: [],
      admin_pass: 'pw',
    });
    expect(Buffer.from(d.metaData.random_seed as string, 'base64')).toHaveLength(512);
    expect(d.userData).toBe('#!/bin/sh\necho hi\n');
    expect(d.networkData).toEqual({
      links: [{ id: 'tapp1', vif_id: 'p1', type: 'ovs', ethernet_mac_address: 'fa:16:3e:00:00:01', mtu: 1500, name: 'eth0' }],
      networks: [
        {
          id: 'network0',
          type: 'ipv4',
          link: 'tapp1',
          network_id: 'n1',
          ip_address: '10.0.0.5',
          netmask: '255.255.255.0',
          routes: [{ network: '0.0.0.0', netmask: '0.0.0.0', gateway: '10.0.0.1' }],
          services: [{ type: 'dns', address: '10.0.0.2' }],
        },
      ],
      services: [{ type: 'dns', address: '10.0.0.2' }],
    });
  });

  it('writes ipv4_dhcp for DHCP subnets and for NICs whose dataplane hands out addresses itself; defaults AZ and launch_index', () => {
    const { key_data: _k, metadata: _m, ...bare } = inst;
    const dhcpSubnet = [{ ...nets[0]!, port_id: 'p2', fixed_ips: [{ ...nets[0]!.fixed_ips[0]!, enable_dhcp: undefined }] }];
    const d = configDriveData(bare, [...nets, ...dhcpSubnet], { dhcpPorts: new Set(['p1']), availabilityZone: 'host-az' });
    expect(d.networkData.networks).toEqual([
      { id: 'network0', type: 'ipv4_dhcp', link: 'tapp1', network_id: 'n1' },
      { id: 'network1', type: 'ipv4_dhcp', link: 'tapp2', network_id: 'n1' },
    ]);
    expect(d.metaData).toMatchObject({ launch_index: 0, availability_zone: 'host-az' });
    // Nova writes keys and meta only when there are some.
    expect(d.metaData).not.toHaveProperty('public_keys');
    expect(d.metaData).not.toHaveProperty('keys');
    expect(d.metaData).not.toHaveProperty('meta');
    expect(configDriveData({ ...bare, availability_zone: '' }, []).metaData.availability_zone).toBe('nova');
  });

  it('writes personality files as openstack/content/NNNN and lists them in meta_data.json', () => {
    const d = configDriveData({ ...inst, files: [{ path: '/etc/motd', contents: Buffer.from('hello').toString('base64') }, { path: '/root/b', contents: '' }] }, nets);
    expect(d.metaData.files).toEqual([{ path: '/etc/motd', content_path: '/content/0000' }, { path: '/root/b', content_path: '/content/0001' }]);
    expect(d.content).toEqual({ '0000': Buffer.from('hello'), '0001': Buffer.alloc(0) });
    expect(configDriveData(inst, nets).metaData).not.toHaveProperty('files');
  });

  it('writes an ISO9660 image labelled config-2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-cd-test-'));
    try {
      const iso = join(dir, 'config.iso');
      await new IsoConfigDriveBuilder().build(iso, configDriveData(inst, nets));
      const head = await readFile(iso);
      expect(head.toString('latin1', 0x8001, 0x8006)).toBe('CD001');
      expect(head.toString('latin1', 0x8028, 0x8030)).toBe('config-2');
      const listing = await run('isoinfo', ['-R', '-f', '-i', iso]).catch(() => '');
      if (listing) expect(listing).toContain('/openstack/latest/meta_data.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('KVM probe', () => {
  it('builds a bootable 512-byte sector', () => {
    const s = probeBootSector();
    expect(s.length).toBe(512);
    expect(s[510]).toBe(0x55);
    expect(s[511]).toBe(0xaa);
  });

  it('answers from its cache for the same qemu and host kernel, and reports a missing /dev/kvm', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-kvm-'));
    try {
      const cacheFile = join(dir, 'probe.json');
      const first = await probeKvm({ cacheFile, devKvm: join(dir, 'no-kvm') });
      expect(first.usable).toBe(false);
      expect(first.reason).toMatch(/not accessible/);
      const cached = JSON.parse(await readFile(cacheFile, 'utf8'));
      expect(cached.hostKernel).toBe(release());
      await writeFile(cacheFile, JSON.stringify({ ...cached, usable: true, reason: 'from cache' }));
      expect(await probeKvm({ cacheFile, devKvm: join(dir, 'no-kvm') })).toMatchObject({ usable: true, reason: 'from cache' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finds the running kernel in /boot, else the newest one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-boot-'));
    try {
      expect(await findHostKernel(dir, '6.1.0-9-amd64')).toBeUndefined();
      for (const v of ['6.1.0-7-amd64', '6.1.0-8-amd64']) await writeFile(join(dir, `vmlinuz-${v}`), '');
      expect(await findHostKernel(dir, '6.1.0-9-amd64')).toBe(join(dir, 'vmlinuz-6.1.0-8-amd64'));
      expect(await findHostKernel(dir, '6.1.0-7-amd64')).toBe(join(dir, 'vmlinuz-6.1.0-7-amd64'));
      expect(await findHostKernel(join(dir, 'missing'), 'x')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Where /dev/kvm opens and runs a boot sector, a boot sector alone must not make KVM usable:
  // on these machines it runs while real kernels hang (HOST-FACTS).
  it.skipIf(!kvmOpens || !hasQemu)('does not trust KVM on a boot sector alone: without a kernel, or with one that does not boot, the verdict is TCG', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-kvm-'));
    try {
      const noKernel = await probeKvm({ bootDir: join(dir, 'empty'), timeoutMs: 3000 });
      expect(noKernel.usable).toBe(false);
      expect(noKernel.reason).toMatch(/no kernel was found|boot sector did not run/);
      const bogus = join(dir, 'vmlinuz-bogus');
      await writeFile(bogus, Buffer.alloc(4096, 0x90));
      const bad = await probeKvm({ kernel: bogus, timeoutMs: 1500 });
      expect(bad).toMatchObject({ usable: false, probeKernel: bogus });
      expect(bad.reason).toMatch(/did not boot under KVM|boot sector did not run/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

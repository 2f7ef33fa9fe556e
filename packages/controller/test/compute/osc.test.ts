/**
 * python-openstackclient (an oracle nobody here wrote) driving the compute API: flavors, key
 * pairs, the server lifecycle with a simulated host agent, and the admin views.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestController, type TestController } from '../helpers.js';
import { createImage, FakeAgent } from './fixtures.js';

const HAVE_OSC = await new Promise<boolean>((resolve) => execFile('openstack', ['--version'], (err) => resolve(!err)));

describe.runIf(HAVE_OSC)('python-openstackclient drives compute', () => {
  let c: TestController;
  let home: string;
  let agent: FakeAgent;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed CLI JSON, checked field by field
  type Json = any;
  const osc = (args: string[]): Promise<{ code: number; stdout: string; stderr: string; json: Json }> =>
    new Promise((resolve) => {
      const env = {
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
        OS_COMPUTE_API_VERSION: '2.79',
      };
      execFile('openstack', args, { env, timeout: 60_000 }, (err, stdout, stderr) => {
        let json: unknown;
        try {
          json = args.includes('json') ? JSON.parse(stdout) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, json });
      });
    });

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'oscloud-osc-'));
    c = await startTestController({ backend: 'sqlite' });
    agent = await FakeAgent.start(c, 'osc-host', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
  });
  afterAll(async () => {
    await c?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('creates, stops, lists and deletes a server', async () => {
    const image = await createImage(c);
    const [fl, kp] = await Promise.all([
      osc(['flavor', 'create', '--vcpus', '1', '--ram', '256', '--disk', '1', 'm1.osc', '-f', 'json']),
      osc(['keypair', 'create', 'osc-key', '-f', 'json']),
    ]);
    expect(fl.code, fl.stderr).toBe(0);
    expect(fl.json.name).toBe('m1.osc');
    expect(kp.code, kp.stderr).toBe(0);
    const sv = await osc(['server', 'create', '--flavor', 'm1.osc', '--image', image, '--nic', 'none', '--key-name', 'osc-key', 'osc1', '-f', 'json']);
    expect(sv.code, sv.stderr).toBe(0);
    const id = sv.json.id as string;
    await agent.run();
    const [show, stop] = await Promise.all([osc(['server', 'show', id, '-f', 'json']), osc(['server', 'stop', id])]);
    expect(show.code, show.stderr).toBe(0);
    expect(['ACTIVE']).toContain(show.json.status);
    expect(stop.code, stop.stderr).toBe(0);
    await agent.run();
    const [stopped, list, events] = await Promise.all([osc(['server', 'show', id, '-f', 'json']), osc(['server', 'list', '-f', 'json']), osc(['server', 'event', 'list', id, '-f', 'json'])]);
    expect(stopped.json.status).toBe('SHUTOFF');
    expect(list.code, list.stderr).toBe(0);
    expect(list.json.map((s: Json) => s.Name)).toEqual(['osc1']);
    expect(events.code, events.stderr).toBe(0);
    expect(events.json.map((e: Json) => e.Action)).toEqual(['stop', 'create']);
    expect((await osc(['server', 'delete', id])).code).toBe(0);
    await agent.run();
    expect(await c.db.selectFrom('instances').select('deleted').where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ deleted: 1 });
  }, 60_000);

  // snapshot, shelve, rebuild
  it('snapshots a server with server image create: the image is the server\'s snapshot and another server boots from it', async () => {
    const image = await createImage(c);
    const flavor = await osc(['flavor', 'create', '--vcpus', '1', '--ram', '256', '--disk', '1', 'm1.osc-snap', '-f', 'json']);
    expect(flavor.code, flavor.stderr).toBe(0);
    // The previous test can outlast 3 heartbeat intervals on a loaded machine: the host says it is up first.
    await agent.heartbeat();
    const sv = await osc(['server', 'create', '--flavor', 'm1.osc-snap', '--image', image, '--nic', 'none', 'osc-snap1', '-f', 'json']);
    expect(sv.code, sv.stderr).toBe(0);
    const id = sv.json.id as string;
    await agent.run();
    const snap = await osc(['server', 'image', 'create', '--name', 'osc-snap', '--property', 'purpose=osc', id, '-f', 'json']);
    expect(snap.code, snap.stderr).toBe(0);
    expect(snap.json).toMatchObject({ name: 'osc-snap', status: 'queued' });
    await agent.run();
    const shown = await osc(['image', 'show', 'osc-snap', '-f', 'json']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.json).toMatchObject({ status: 'active', disk_format: 'qcow2', visibility: 'private' });
    expect(shown.json.properties).toMatchObject({ image_type: 'snapshot', instance_uuid: id, base_image_ref: image, purpose: 'osc' });
    // Each osc run takes seconds on a loaded machine: the simulated host says it is still up before the next boot.
    await agent.heartbeat();
    const second = await osc(['server', 'create', '--flavor', 'm1.osc-snap', '--image', 'osc-snap', '--nic', 'none', 'osc-snap2', '-f', 'json']);
    expect(second.code, second.stderr).toBe(0);
    await agent.run();
    const booted = await osc(['server', 'show', second.json.id, '-f', 'json']);
    expect(booted.json.status, JSON.stringify(booted.json.fault)).toBe('ACTIVE');
    expect((await osc(['server', 'delete', id, second.json.id])).code).toBe(0);
    await agent.run();
    expect((await osc(['image', 'delete', 'osc-snap'])).code).toBe(0);
  }, 90_000);

  it('adds and removes ports and networks of a server (os-interface)', async () => {
    const image = await createImage(c);
    const net = await osc(['network', 'create', 'osc-if', '-f', 'json']);
    expect(net.code, net.stderr).toBe(0);
    expect((await osc(['subnet', 'create', '--network', 'osc-if', '--subnet-range', '10.77.0.0/24', 'osc-if-sub'])).code).toBe(0);
    const flavor = await osc(['flavor', 'create', '--vcpus', '1', '--ram', '256', '--disk', '1', 'm1.osc-if', '-f', 'json']);
    expect(flavor.code, flavor.stderr).toBe(0);
    await agent.heartbeat(); // as above: up before the boot, however long the osc runs took
    const sv = await osc(['server', 'create', '--flavor', 'm1.osc-if', '--image', image, '--nic', `net-id=${net.json.id}`, 'osc-if1', '-f', 'json']);
    expect(sv.code, sv.stderr).toBe(0);
    const id = sv.json.id as string;
    await agent.run();
    // Nova's attach answers once the host plugged the port: the simulated host answers meanwhile.
    const withAgent = async (args: string[]) => {
      const pending = osc(args);
      let done = false;
      void pending.then(() => (done = true));
      while (!done) {
        await agent.run();
        await new Promise((r) => setTimeout(r, 50));
      }
      return pending;
    };
    const byNet = await withAgent(['server', 'add', 'network', '--tag', 'second', id, 'osc-if']);
    expect(byNet.code, byNet.stderr).toBe(0);
    const fixed = await withAgent(['server', 'add', 'fixed', 'ip', '--fixed-ip-address', '10.77.0.77', id, 'osc-if', '-f', 'json']);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.json).toMatchObject({ 'Server ID': id, 'Network ID': net.json.id, 'Port State': 'ACTIVE', 'Fixed IPs': [{ ip_address: '10.77.0.77', subnet_id: expect.any(String) }], Tag: null });
    const ports = await osc(['port', 'list', '--server', id, '-f', 'json']);
    expect(ports.code, ports.stderr).toBe(0);
    expect(ports.json.map((p: Json) => p.Status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    const removed = await osc(['server', 'remove', 'port', id, fixed.json['Port ID']]);
    expect(removed.code, removed.stderr).toBe(0);
    await agent.run();
    expect((await osc(['port', 'list', '--server', id, '-f', 'json'])).json).toHaveLength(2);
    const all = await osc(['server', 'remove', 'network', id, 'osc-if']);
    expect(all.code, all.stderr).toBe(0);
    await agent.run();
    expect((await osc(['port', 'list', '--server', id, '-f', 'json'])).json).toEqual([]);
    const events = await osc(['server', 'event', 'list', id, '-f', 'json']);
    expect(events.json.map((e: Json) => e.Action)).toEqual(['detach_interface', 'detach_interface', 'detach_interface', 'attach_interface', 'attach_interface', 'create']);
    expect((await osc(['server', 'delete', id])).code).toBe(0);
    await agent.run();
  }, 120_000);

  it('shows the admin views', async () => {
    const results = await Promise.all([
      osc(['hypervisor', 'list', '-f', 'json']),
      osc(['compute', 'service', 'list', '-f', 'json']),
      osc(['availability', 'zone', 'list', '--compute', '-f', 'json']),
      osc(['limits', 'show', '--absolute', '-f', 'json']),
      osc(['server', 'group', 'create', '--policy', 'anti-affinity', 'grp', '-f', 'json']),
    ]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(results[0]!.json[0]['Hypervisor Hostname']).toBe('osc-host');
    expect(results[1]!.json[0].Host).toBe('osc-host');
  }, 60_000);
});

/**
 * Issue 9, fault 1: kill -9 the controller while 20 server creates are in flight, restart it on
 * the same database, and check what an operator would: every server whose create was accepted
 * (202) settles in ACTIVE or ERROR-with-a-fault within a bound (none stuck in BUILD), and no
 * placement claim leaked (os-hypervisors vcpus_used / memory_mb_used == sum over ACTIVE flavors).
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { Cloud, type Json, sleep, until } from './cloud.js';

const PG = 'postgres://postgres@127.0.0.1:5432';
function pgAvailable(): boolean {
  try {
    execFileSync('psql', [`${PG}/postgres`, '-Atc', 'select 1'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

const backends: { name: string; db?: string; dbName?: string }[] = [{ name: 'sqlite' }];
if (pgAvailable()) {
  const dbName = `oscloud_faults_kill_${process.pid}`;
  backends.push({ name: 'postgres', db: `${PG}/${dbName}`, dbName });
}

describe.each(backends)('controller kill -9 during 20 concurrent creates ($name)', ({ db, dbName }) => {
  const cloud = new Cloud({ db });
  afterAll(async () => {
    await cloud.stop();
    if (dbName) execFileSync('psql', [`${PG}/postgres`, '-c', `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`], { stdio: 'ignore' });
  });

  it('settles every accepted server and leaks no claim', async () => {
    if (dbName) execFileSync('psql', [`${PG}/postgres`, '-c', `CREATE DATABASE ${dbName}`], { stdio: 'ignore' });
    await cloud.start();
    const flavor = await cloud.api('compute', 'POST', '/flavors', { flavor: { name: 'f1', ram: 64, vcpus: 1, disk: 0 } });
    expect(flavor.status).toBe(200);
    const image = await cloud.api('image', 'POST', '/v2/images', { name: 'img', disk_format: 'raw', container_format: 'bare' });
    const up = await fetch(`${cloud.endpoints.image}/v2/images/${image.body.id}/file`, { method: 'PUT', headers: { 'x-auth-token': cloud.token, 'content-type': 'application/octet-stream' }, body: Buffer.alloc(4096, 1) });
    expect(up.status).toBe(204);

    // 20 creates at once; the controller is killed while they are in flight.
    const accepted: string[] = [];
    const outcomes: string[] = [];
    const creates = Array.from({ length: 20 }, async (_, i) => {
      await sleep(i * 30);
      try {
        const r = await cloud.api('compute', 'POST', '/servers', { server: { name: `s${i}`, flavorRef: flavor.body.flavor.id, imageRef: image.body.id, networks: 'none' } });
        outcomes.push(String(r.status));
        if (r.status === 202) accepted.push(r.body.server.id);
      } catch (err) {
        outcomes.push(`error ${(err as Error).message}`);
      }
    });
    // Kill once some creates were accepted and others are still in flight.
    await until('8 creates accepted', async () => accepted.length, (n) => n >= 8, 30_000, 5);
    await cloud.kill('controller');
    await Promise.all(creates);
    process.stdout.write(`create outcomes before/at the kill: ${outcomes.join(', ')}\n`);

    expect(accepted.length).toBeGreaterThanOrEqual(8);
    expect(outcomes.filter((o) => o.startsWith('error')).length, 'some creates were cut by the kill').toBeGreaterThan(0);
    await cloud.startController();
    // Every accepted server settles: ACTIVE, or ERROR with a fault.
    const settled = await until(
      'every accepted server to settle',
      async () => Promise.all(accepted.map(async (id) => (await cloud.api('compute', 'GET', `/servers/${id}`)).body.server as Json)),
      (ss) => ss.every((s) => s && (s.status === 'ACTIVE' || s.status === 'ERROR')),
      90_000,
      500,
    ).catch(async (err) => {
      const all = (await cloud.api('compute', 'GET', '/servers/detail')).body.servers as Json[];
      throw new Error(`${(err as Error).message}\nservers: ${JSON.stringify(all.map((s) => [s.id, s.status, s['OS-EXT-STS:task_state']]))}\n${cloud.log('controller')}`);
    });
    for (const s of settled) {
      if (s.status === 'ERROR') expect(s.fault?.message, `server ${s.id} in ERROR without a fault`).toBeTruthy();
    }
    // Also no server at all (accepted or not) stuck in BUILD.
    const all = (await cloud.api('compute', 'GET', '/servers/detail')).body.servers as Json[];
    expect(all.filter((s) => s.status === 'BUILD').map((s) => s.id)).toEqual([]);

    // No leaked claim: usage equals the sum over ACTIVE servers (all use flavor f1).
    const active = all.filter((s) => s.status === 'ACTIVE').length;
    process.stdout.write(`accepted ${accepted.length}, ACTIVE ${active}, ERROR ${all.filter((s) => s.status === 'ERROR').length}\n`);
    const hv = await until('usage to match the ACTIVE servers', async () => (await cloud.api('compute', 'GET', '/os-hypervisors/detail')).body.hypervisors[0] as Json, (h) => h.vcpus_used === active && h.memory_mb_used === active * 64, 20_000, 500).catch(async () => (await cloud.api('compute', 'GET', '/os-hypervisors/detail')).body.hypervisors[0] as Json);
    expect({ vcpus_used: hv.vcpus_used, memory_mb_used: hv.memory_mb_used }).toEqual({ vcpus_used: active, memory_mb_used: active * 64 });
  });
});

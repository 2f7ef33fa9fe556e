/**
 * Issue 9, fault 3: the database connection dropped. PostgreSQL is restarted while the
 * controller runs on it: requests during the outage must fail fast with 503 in the service's
 * error shape (not 500, not a hang), and succeed again once PostgreSQL is back, without
 * restarting the controller. PostgreSQL is always started again at the end (finally), since
 * other suites need it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Cloud, sleep, until } from './cloud.js';

const PG = 'postgres://postgres@127.0.0.1:5432';
function pgAvailable(): boolean {
  try {
    execFileSync('psql', [`${PG}/postgres`, '-Atc', 'select 1'], { stdio: 'ignore', timeout: 5000 });
    readdirSync('/etc/postgresql');
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}
const hasPg = pgAvailable();
const version = hasPg ? (readdirSync('/etc/postgresql')[0] ?? '') : '';
const ctl = (action: 'start' | 'stop' | 'restart'): void => {
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', action], { stdio: 'ignore', timeout: 60_000 });
};
const pgUp = (): boolean => {
  try {
    execFileSync('psql', [`${PG}/postgres`, '-Atc', 'select 1'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
};
const ensurePgUp = async (): Promise<void> => {
  if (pgUp()) return;
  try {
    ctl('start');
  } catch {
    // already starting
  }
  await until('PostgreSQL to answer', async () => pgUp(), (ok) => ok, 60_000, 250);
};

describe.skipIf(!hasPg)('PostgreSQL restarted under a running controller', () => {
  const dbName = `oscloud_faults_db_${process.pid}`;
  const cloud = new Cloud({ db: `${PG}/${dbName}` });
  afterAll(async () => {
    await ensurePgUp();
    await cloud.stop();
    execFileSync('psql', [`${PG}/postgres`, '-c', `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`], { stdio: 'ignore' });
  });

  it('answers 503 during the outage and recovers without a restart', async () => {
    execFileSync('psql', [`${PG}/postgres`, '-c', `CREATE DATABASE ${dbName}`], { stdio: 'ignore' });
    await cloud.start({ agent: false });
    const before = await cloud.api('compute', 'GET', '/flavors');
    expect(before.status).toBe(200);
    try {
      ctl('stop');
      // During the outage: every answer comes quickly, as 503 in the Nova error shape.
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = Date.now();
        const r = await cloud.api('compute', 'GET', '/flavors').catch((err: Error) => {
          throw new Error(`request ${i} during the outage got no answer (${err.message}); ${cloud.controllerExit() ?? 'controller still running'}`);
        });
        const ms = Date.now() - t0;
        seen.push(`${r.status} in ${ms} ms: ${r.text.slice(0, 200)}`);
        expect(ms, `request ${i} took ${ms} ms`).toBeLessThan(15_000);
        expect(r.status, seen.join('\n')).toBe(503);
        expect(r.body?.serviceUnavailable?.code, seen.join('\n')).toBe(503);
        expect(typeof r.body?.serviceUnavailable?.message).toBe('string');
        await sleep(200);
      }
      process.stdout.write(`during the outage:\n${seen.join('\n')}\n`);
    } finally {
      await ensurePgUp();
    }
    // After: the same controller process serves again (it reconnects by itself).
    const pid = cloud.controller?.pid;
    const after = await until('the controller to serve again', async () => (await cloud.api('compute', 'GET', '/flavors')).status, (s) => s === 200, 30_000, 500).catch(() => undefined);
    expect(after, `controller did not recover:\n${cloud.log('controller')}`).toBe(200);
    expect(cloud.controller?.pid).toBe(pid);
    expect(cloud.controller?.exitCode).toBeNull();
    // Writes work too.
    const made = await cloud.api('compute', 'POST', '/flavors', { flavor: { name: 'after-outage', ram: 64, vcpus: 1, disk: 0 } });
    expect(made.status).toBe(200);
  });

  it('a restart (not only stop/start) is survived the same way', async () => {
    if (cloud.controllerExit()) await cloud.startController();
    ctl('restart');
    const r = await until('the controller to serve after a restart', async () => (await cloud.api('compute', 'GET', '/flavors')).status, (s) => s === 200, 20_000, 500).catch((e: Error) => e.message);
    expect(r, cloud.controllerExit() ?? cloud.log('controller')).toBe(200);
  });
});

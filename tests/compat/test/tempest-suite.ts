/**
 * Tempest 33 (Debian package tempest), the OpenStack integration suite nobody here wrote,
 * against a fresh all-in-one (tests/compat/tempest/run-tempest.mjs runs it). A suite fails
 * when a test of its committed baseline (tests/compat/tempest/<baseline>) did not pass; newly
 * passing tests are printed as "add to baseline". OSCLOUD_TEMPEST_UPDATE_BASELINE=1 rewrites
 * the baseline with what passed. See docs/compat.md. The suites: tempest.test.ts (API tests,
 * fake driver) and tempest-scenario.test.ts (scenario tests on real guests).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aio, repo, startAio } from './aio.js';

const run = promisify(execFile);
const tempestDir = join(repo, 'tests', 'compat', 'tempest');
export const hasTempest = existsSync('/usr/bin/tempest');
const update = process.env.OSCLOUD_TEMPEST_UPDATE_BASELINE === '1';

type Results = Record<string, { passed: string[]; failed: string[]; skipped: string[] }>;

/** The baseline's test ids: one a line, `#` starts a comment. */
function readBaseline(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

function baselineText(what: string, passed: string[], results: Results): string {
  const counts = Object.entries(results)
    .map(([s, r]) => `#   ${s}: ${r.passed.length} passed, ${r.failed.length} failed, ${r.skipped.length} skipped`)
    .join('\n');
  return [
    `# ${what}`,
    '# fails when one of them does not. One test id a line, sorted; `#` starts a comment.',
    '# Regenerate with OSCLOUD_TEMPEST_UPDATE_BASELINE=1 (see docs/compat.md); only ever grow it.',
    `# Last update ${new Date().toISOString().slice(0, 10)}:`,
    counts,
    ...[...passed].sort(),
    '',
  ].join('\n');
}

/** One Tempest run against a fresh all-in-one, checked against a committed baseline. */
export interface TempestSuite {
  /** The describe() title. */
  title: string;
  /** Why the suite cannot run here (skipped with this reason), if it cannot. */
  skip?: string | undefined;
  driver: 'fake' | 'qemu';
  /** The baseline file under tests/compat/tempest/ and its first comment line. */
  baseline: string;
  baselineWhat: string;
  /** run-tempest.mjs's --services (default: the six API services). */
  services?: string;
  /** run-tempest.mjs's --regex: the tests this suite runs (default: all of the services'). */
  regex?: string;
  /** Seconds Tempest may run; its --build-timeout. */
  budget: number;
  buildTimeout?: number;
  /** Tempest's workers (run-tempest.mjs --concurrency; default 1). */
  concurrency?: number;
  /** Run Tempest inside the all-in-one's external_netns with run_validation = true. */
  validation?: boolean;
}

/** Declares the suite (describe + one test) for vitest. */
export function tempestSuite(o: TempestSuite): void {
  const baselineFile = join(tempestDir, o.baseline);
  const budget = o.budget;
  let aio: Aio;
  let work: string;
  const reason = hasTempest ? o.skip : '/usr/bin/tempest is missing; apt-get install tempest python3-subunit';
  describe.skipIf(!!reason)(reason ? `${o.title} (skipped: ${reason})` : o.title, () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'oscloud-tempest-'));
    aio = await startAio({ driver: o.driver });
  }, 180_000);
  afterAll(async () => {
    await aio?.stop();
    if (work && !process.env.OSCLOUD_TEMPEST_KEEP) rmSync(work, { recursive: true, force: true });
  });

  it(
    'every baseline test still passes',
    async () => {
      const out = join(work, 'results.json');
      let stdout = '';
      let stderr = '';
      try {
        ({ stdout, stderr } = await run(
          process.execPath,
          [
            join(tempestDir, 'run-tempest.mjs'), '--url', aio.url, '--data-dir', aio.dataDir, '--work', join(work, 'ws'), '--out', out, '--budget', String(budget),
            ...(o.services ? ['--services', o.services] : []),
            ...(o.regex ? ['--regex', o.regex] : []),
            ...(o.buildTimeout ? ['--build-timeout', String(o.buildTimeout)] : []),
            ...(o.concurrency ? ['--concurrency', String(o.concurrency)] : []),
            ...(o.validation ? ['--netns', externalNetns(aio)] : []),
          ],
          { timeout: (budget + 120) * 1000, maxBuffer: 64 * 1024 * 1024 },
        ));
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string; message: string };
        throw new Error(`run-tempest.mjs failed: ${e.message}\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${aio.log()}`);
      }
      process.stdout.write(`${stderr}\n${stdout}`);
      const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
      const passed = new Set(Object.values(results).flatMap((r) => r.passed));
      const baseline = existsSync(baselineFile) ? readBaseline(readFileSync(baselineFile, 'utf8')) : [];
      const inBaseline = new Set(baseline);
      const newlyPassing = [...passed].filter((id) => !inBaseline.has(id)).sort();
      const regressions = baseline.filter((id) => !passed.has(id));
      if (newlyPassing.length) {
        process.stdout.write(`\n${newlyPassing.length} tests pass that are not in the baseline (add to baseline, or rerun with OSCLOUD_TEMPEST_UPDATE_BASELINE=1):\n`);
        for (const id of newlyPassing) process.stdout.write(`  add to baseline: ${id}\n`);
      }
      if (update) {
        writeFileSync(baselineFile, baselineText(o.baselineWhat, [...passed], results));
        process.stdout.write(`\nbaseline rewritten: ${passed.size} tests in ${baselineFile}\n`);
        return;
      }
      if (regressions.length) {
        const details = JSON.parse(readFileSync(out.replace(/\.json$/, '.details.json'), 'utf8')) as {
          tests: Record<string, { status: string; reason: string }>;
          runs: { service: string; seconds: number; budget: number; exitCode: number; timedOut: boolean; stderrTail?: string }[];
        };
        const why = (id: string) => details.tests[id]?.reason?.split('\n').slice(-3).join(' | ') ?? 'did not run (setUpClass failure, timeout or not selected)';
        // What CI shows is the tail of the output: the list first, then why runs ended early
        // (each service's run, the class setups that failed, whether the cloud still answers).
        const setups = Object.entries(details.tests)
          .filter(([id, t]) => t.status === 'failed' && /^setUpClass \((.+)\)$/.test(id))
          .filter(([id]) => regressions.some((r) => r.startsWith(`${id.slice('setUpClass ('.length, -1)}.`)))
          .map(([id, t]) => `  ${id}: ${t.reason.split('\n').filter(Boolean).slice(-1)[0] ?? ''}`);
        const alive = await fetch(`${aio.url}/identity/v3`).then((r) => `answers ${r.status}`, (e: Error) => `does not answer (${e.message})`);
        throw new Error(
          [
            `${regressions.length} baseline tests did not pass:`,
            ...regressions.map((id) => `  ${id}\n      ${why(id)}`),
            `class setups of those tests that failed (${setups.length}):`,
            ...setups.slice(0, 20),
            'the all-in-one\'s logs:',
            aio.log(),
            'tempest runs:',
            ...details.runs.map(
              (r) => `  ${r.service}: exit ${r.exitCode} after ${r.seconds} s of ${r.budget} s${r.timedOut ? ' (killed at its budget)' : ''}${r.stderrTail ? `; stderr:\n${r.stderrTail}` : ''}`,
            ),
            `the all-in-one ${alive}`,
            `${regressions.length} baseline tests did not pass (list above)`,
          ].join('\n'),
        );
      }
      expect(regressions).toEqual([]);
    },
    (budget + 180) * 1000,
  );
});
}

/** The namespace from which the all-in-one's floating IPs answer (aio.json external_netns). */
function externalNetns(aio: Aio): string {
  const ns = (JSON.parse(readFileSync(join(aio.dataDir, 'aio.json'), 'utf8')) as { external_netns?: string | null }).external_netns;
  if (!ns) throw new Error(`the all-in-one has no external_netns (no linuxbridge dataplane?):\n${aio.log()}`);
  return ns;
}

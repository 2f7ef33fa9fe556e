/**
 * The all-in-one's supervisor (scripts/supervise.mjs, issue 22): a child that crashes is
 * restarted with a doubling backoff, the other child is not touched, and past the cap the
 * supervisor gives up with the child's exit code instead of restart-looping.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module of the scripts folder (typed by its JSDoc)
import { supervise } from '../../../scripts/supervise.mjs';

const node = (code: string) => () => spawn(process.execPath, ['-e', code], { stdio: 'ignore' });

describe('supervise', () => {
  it('restarts a crashing child with a doubling backoff, then gives up with its exit code', async () => {
    const lines: string[] = [];
    const gaveUp = await new Promise<number>((resolve) => {
      supervise({ name: 'ctl', start: node('process.exit(3)'), log: (l: string) => lines.push(l), onGiveUp: resolve, backoffMs: 20, maxRestarts: 3 });
    });
    expect(gaveUp).toBe(3);
    expect(lines.filter((l) => l.includes('restarting in'))).toEqual([
      expect.stringContaining('restarting in 20 ms'),
      expect.stringContaining('restarting in 40 ms'),
      expect.stringContaining('restarting in 80 ms'),
    ]);
    expect(lines.at(-1)).toMatch(/giving up/);
  });

  it('brings back a child that died once and leaves it running', async () => {
    const lines: string[] = [];
    let starts = 0;
    const sup = supervise({
      name: 'agent',
      // The first run crashes, the second one stays up.
      start: () => (++starts === 1 ? node('process.exit(1)')() : node('setInterval(() => {}, 1000)')()),
      log: (l: string) => lines.push(l),
      onGiveUp: () => expect.fail('gave up'),
      backoffMs: 20,
    });
    for (let i = 0; i < 100 && !(starts === 2 && sup.child); i++) await new Promise((r) => setTimeout(r, 20));
    expect(starts).toBe(2);
    expect(sup.restarts).toBe(1);
    expect(sup.child?.exitCode).toBeNull();
    sup.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(lines).toHaveLength(1); // the stop is not a crash
  });
});

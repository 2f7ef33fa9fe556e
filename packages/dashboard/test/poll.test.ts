// The live-list poller: backs off while nothing changes or requests fail, comes back to the
// shortest interval on a change, makes no request while the tab is hidden.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPolling } from '../src/poll.js';

/** A document whose visibility the test flips. */
function fakeDoc() {
  const listeners = new Set<() => void>();
  return {
    hidden: false,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    set(hidden: boolean) {
      this.hidden = hidden;
      for (const l of listeners) l();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('startPolling', () => {
  it('doubles the interval while nothing changes or a request fails, back to the minimum on a change', async () => {
    const answers = [false, false, new Error('503'), true, false];
    const at: number[] = [];
    const start = Date.now();
    const tick = vi.fn(async () => {
      at.push(Date.now() - start);
      const a = answers.shift();
      if (a instanceof Error) throw a;
      return a ?? false;
    });
    const stop = startPolling(tick, { minMs: 100, maxMs: 1000, doc: fakeDoc() as never });
    await vi.advanceTimersByTimeAsync(100 + 200 + 400 + 800 + 100 + 50);
    stop();
    // calls at 0, then +200, +400, +800 (after the error), +100 (after the change)
    expect(at).toEqual([0, 200, 600, 1400, 1500]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(tick).toHaveBeenCalledTimes(5);
  });

  it('makes no request while the tab is hidden and refreshes at once when it is shown again', async () => {
    const doc = fakeDoc();
    const tick = vi.fn(async () => false);
    const stop = startPolling(tick, { minMs: 100, maxMs: 100, doc: doc as never });
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
    doc.set(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tick).toHaveBeenCalledTimes(1);
    doc.set(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(tick).toHaveBeenCalledTimes(3);
    stop();
  });
});

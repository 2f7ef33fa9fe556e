/**
 * Undo steps for multi-step host work (after Incus' `revert` package): register an undo after
 * each step succeeds; on failure `revert()` runs them newest first; on success `success()`
 * drops them. Undo errors are collected, never thrown over the original failure.
 */
export class Reverter {
  private steps: { name: string; fn: () => Promise<void> | void }[] = [];
  /** Errors raised by undo steps during the last revert. */
  readonly undoErrors: { name: string; error: unknown }[] = [];

  /** Registers an undo for a step that just succeeded. */
  add(name: string, fn: () => Promise<void> | void): void {
    this.steps.push({ name, fn });
  }

  /** Runs every registered undo, newest first, and clears them. */
  async revert(): Promise<void> {
    const steps = this.steps.reverse();
    this.steps = [];
    for (const s of steps) {
      try {
        await s.fn();
      } catch (error) {
        this.undoErrors.push({ name: s.name, error });
      }
    }
  }

  /** Keeps the work: forgets the undo steps. */
  success(): void {
    this.steps = [];
  }

  /** Runs `work(r)`; reverts if it throws, then rethrows the original error. */
  static async run<T>(work: (r: Reverter) => Promise<T>, onUndoError?: (e: { name: string; error: unknown }) => void): Promise<T> {
    const r = new Reverter();
    try {
      const out = await work(r);
      r.success();
      return out;
    } catch (err) {
      await r.revert();
      if (onUndoError) for (const e of r.undoErrors) onUndoError(e);
      throw err;
    }
  }
}

/**
 * Progress for long work: a redrawn line on a TTY, plain lines otherwise (one per
 * transition, and byte progress at most every 10%), so logs in CI stay readable.
 */
import { stderrIsTTY, writeDiagnostic, writeStatusLine } from './io.js';

/** Reports bytes moved (image upload/download). */
export class ByteProgress {
  private lastDecile = -1;
  private readonly tty = stderrIsTTY();
  private readonly started = Date.now();

  /** `plain`: also print plain lines when stderr is not a terminal (a terminal always gets the bar). */
  constructor(
    private readonly label: string,
    private readonly total?: number,
    private readonly plain = true,
  ) {}

  /** Call with the bytes moved so far. */
  update(transferred: number): void {
    if (!this.tty && !this.plain) return;
    const pct = this.total ? Math.min(100, Math.floor((transferred / this.total) * 100)) : undefined;
    if (this.tty) {
      const width = 30;
      const filled = pct === undefined ? 0 : Math.round((pct / 100) * width);
      const bar = pct === undefined ? '' : `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% `;
      writeStatusLine(`${this.label} ${bar}${humanBytes(transferred)}${this.total ? ` / ${humanBytes(this.total)}` : ''} ${this.rate(transferred)}`);
      return;
    }
    const decile = pct === undefined ? -1 : Math.floor(pct / 10);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      writeDiagnostic(`${this.label}: ${humanBytes(transferred)}${this.total ? ` of ${humanBytes(this.total)} (${pct}%)` : ''}`);
    }
  }

  /** Ends the progress display. */
  done(transferred: number): void {
    if (this.tty) {
      this.update(transferred);
      writeStatusLine('', true);
    } else if (this.plain && this.lastDecile < 10) {
      writeDiagnostic(`${this.label}: ${humanBytes(transferred)} done`);
    }
  }

  private rate(bytes: number): string {
    const secs = (Date.now() - this.started) / 1000;
    return secs > 0.2 ? `${humanBytes(bytes / secs)}/s` : '';
  }
}

/** Reports status transitions while waiting (`--wait`). */
export class StatusProgress {
  private last = '';
  private readonly tty = stderrIsTTY();
  private readonly started = Date.now();

  constructor(private readonly label: string) {}

  /** Call with the resource's current status (and task state / progress when known). */
  update(status: string): void {
    const elapsed = ((Date.now() - this.started) / 1000).toFixed(0);
    if (this.tty) {
      writeStatusLine(`${this.label}: ${status} (${elapsed}s)`);
    } else if (status !== this.last) {
      writeDiagnostic(`${this.label}: ${status}`);
    }
    this.last = status;
  }

  /** Ends the progress display. */
  done(): void {
    if (this.tty) writeStatusLine('', true);
  }
}

/** Runs a waiter with a StatusProgress line labelled `label`, ending the line however it ends. */
export async function withStatusProgress<T>(label: string, wait: (update: (status: string) => void) => Promise<T>): Promise<T> {
  const progress = new StatusProgress(label);
  try {
    return await wait((status) => progress.update(status));
  } finally {
    progress.done();
  }
}

/** 1536 -> "1.5 KiB". */
export function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${i === 0 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

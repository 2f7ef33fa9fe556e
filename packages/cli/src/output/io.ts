/**
 * The CLI's only writer: data goes to stdout, diagnostics (progress, warnings, errors,
 * --debug and --timing lines) to stderr. Everything else in the CLI returns data.
 */
import { once } from 'node:events';

/** Where output goes; tests pass their own buffers. */
export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Where answers to prompts come from (default: process.stdin). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

// Kept on globalThis under a registered symbol so that every copy of this module (a test
// runner's transformed copy and the one oclif imports natively) writes to the same place.
const KEY = Symbol.for('oscloud.cli.streams');
const holder = globalThis as unknown as Record<symbol, Streams | undefined>;
holder[KEY] ??= { stdout: process.stdout, stderr: process.stderr };
const current = (): Streams => holder[KEY] as Streams;

/** The streams in use (prompts read stdin and write stderr). */
export function currentStreams(): Required<Streams> {
  const s = current();
  return { stdout: s.stdout, stderr: s.stderr, stdin: s.stdin ?? process.stdin };
}

/** Redirects output (tests); returns a function that restores the previous streams. */
export function setStreams(next: Streams): () => void {
  const previous = current();
  holder[KEY] = next;
  return () => {
    holder[KEY] = previous;
  };
}

/** Writes command data to stdout. */
export function writeData(text: string): void {
  if (text) current().stdout.write(text);
}

/** Copies binary command data (image bytes) to stdout, honouring backpressure. */
export async function writeBinary(source: AsyncIterable<Buffer | Uint8Array | string>): Promise<void> {
  const out = current().stdout;
  for await (const chunk of source) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/** Whether stdout is an interactive terminal (binary data must not go there). */
export function stdoutIsTTY(): boolean {
  return Boolean(current().stdout.isTTY);
}

/** Writes one diagnostic line to stderr. */
export function writeDiagnostic(line: string): void {
  current().stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** Whether stderr is an interactive terminal (progress bars, prompts). */
export function stderrIsTTY(): boolean {
  return Boolean(current().stderr.isTTY) && !process.env.CI;
}

/** The terminal width for --fit-width, when stdout is a terminal. */
export function terminalWidth(): number | undefined {
  return current().stdout.isTTY ? current().stdout.columns : undefined;
}

/** Rewrites the current stderr line (TTY progress); plain callers use writeDiagnostic. */
export function writeStatusLine(text: string, done = false): void {
  current().stderr.write(`\r\x1b[K${text}${done ? '\n' : ''}`);
}

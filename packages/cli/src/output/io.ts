/**
 * The CLI's only writer: data goes to stdout, diagnostics (progress, warnings, errors,
 * --debug and --timing lines) to stderr. Everything else in the CLI returns data.
 */

/** Where output goes; tests pass their own buffers. */
export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

let streams: Streams = { stdout: process.stdout, stderr: process.stderr };

/** Redirects output (tests); returns a function that restores the previous streams. */
export function setStreams(next: Streams): () => void {
  const previous = streams;
  streams = next;
  return () => {
    streams = previous;
  };
}

/** Writes command data to stdout. */
export function writeData(text: string): void {
  if (text) streams.stdout.write(text);
}

/** Writes one diagnostic line to stderr. */
export function writeDiagnostic(line: string): void {
  streams.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** Whether stderr is an interactive terminal (progress bars, prompts). */
export function stderrIsTTY(): boolean {
  return Boolean(streams.stderr.isTTY) && !process.env.CI;
}

/** The terminal width for --fit-width, when stdout is a terminal. */
export function terminalWidth(): number | undefined {
  return streams.stdout.isTTY ? streams.stdout.columns : undefined;
}

/** Rewrites the current stderr line (TTY progress); plain callers use writeDiagnostic. */
export function writeStatusLine(text: string, done = false): void {
  streams.stderr.write(`\r\x1b[K${text}${done ? '\n' : ''}`);
}

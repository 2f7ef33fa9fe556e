/**
 * Runs one command in this process without oclif (the start-up fast path): the command
 * class parses its own argv with oclif's parser and reports its exit code through
 * ExitSignal, as under oclif. Bundled with every command module by the build.
 */

import { writeDiagnostic } from '../output/io.js';

/** A command module as the bundle loads it. */
export interface CommandModule {
  default: { id?: string | undefined; run(argv: string[]): Promise<void> };
}

/** Runs the command `load` resolves to (command `id`) on `argv`; resolves to the process exit code. */
export async function runCommand(load: () => Promise<CommandModule>, argv: string[], id?: string): Promise<number> {
  // `oscloud server list | head -1`: a closed pipe ends the output, not the command (as oclif).
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const { default: command } = await load();
  // as oclif sets it: the id names the command in parse errors (`oscloud network create: error: ...`)
  if (id !== undefined) command.id ??= id;
  try {
    await command.run(argv);
    return 0;
  } catch (err) {
    const exit = (err as { oclif?: { exit?: number } }).oclif?.exit;
    if (typeof exit === 'number') return exit;
    // OsCommand reports every error itself; anything else is a bug worth its stack.
    writeDiagnostic((err as Error).stack ?? String(err));
    return 1;
  }
}

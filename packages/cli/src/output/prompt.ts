/**
 * Questions on the terminal. Prompts are written to stderr like every other diagnostic, so
 * `oscloud ... -f json > out.json` never captures a question, and they are never asked
 * without a terminal on both stdin and stderr (or with CI set): callers get NoTerminalError
 * and tell the user which flag answers the question instead.
 */
import { currentStreams, stderrIsTTY } from './io.js';

/** A question could not be asked: no terminal. */
export class NoTerminalError extends Error {
  override name = 'NoTerminalError';
}

/** Whether a question can be asked now. */
export function canPrompt(): boolean {
  return Boolean(currentStreams().stdin.isTTY) && stderrIsTTY();
}

function context() {
  if (!canPrompt()) throw new NoTerminalError('no terminal to ask on');
  const { stdin, stderr } = currentStreams();
  return { input: stdin, output: stderr, clearPromptOnDone: false };
}

/** Asks a yes/no question (default: no). */
export async function askYesNo(message: string): Promise<boolean> {
  const ctx = context();
  const { default: ask } = await import('@inquirer/confirm');
  return ask({ message, default: false }, ctx);
}

/** Asks for a secret, echoing `*` for each character. */
export async function askSecret(message: string): Promise<string> {
  const ctx = context();
  const { default: ask } = await import('@inquirer/password');
  return ask({ message, mask: '*' }, ctx);
}

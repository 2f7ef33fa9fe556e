/**
 * oclif's `command_not_found` hook: one line on stderr naming the closest command, exit 2.
 * Replaces @oclif/plugin-not-found, which offered to run its guess behind a yes/no prompt.
 */
import type { Hook } from '@oclif/core';
import { EXIT_CODES, ExitSignal } from '../exit-codes.js';
import { writeDiagnostic } from '../output/io.js';
import { notFoundMessage, suggestCommand } from '../suggest.js';

const spaced = (id: string) => id.split(':').join(' ');

const hook: Hook<'command_not_found'> = async function ({ id, config }) {
  const commands = config.commands.filter((c) => !c.hidden).map((c) => spaced(c.id));
  const topics = config.topics.filter((t) => !t.hidden).map((t) => spaced(t.name));
  writeDiagnostic(notFoundMessage(config.bin, suggestCommand(id.split(':'), commands, topics)));
  throw new ExitSignal(EXIT_CODES.usage);
};

export default hook;

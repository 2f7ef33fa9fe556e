import { describe, expect, it } from 'vitest';
import { editDistance, notFoundMessage, suggestCommand } from '../src/suggest.js';

const COMMANDS = ['server list', 'server delete', 'server show', 'server add volume', 'volume snapshot list', 'volume list', 'flavor list', 'api'];
const TOPICS = ['server', 'server add', 'volume', 'volume snapshot', 'flavor'];

describe('suggestCommand', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('lsit', 'list')).toBe(1);
    expect(editDistance('delte', 'delete')).toBe(1);
    expect(editDistance('frob', 'show')).toBe(3);
  });

  it('takes as many words as the command it matches, leaving the arguments out', () => {
    expect(suggestCommand(['server', 'delte', 'web1', 'web2'], COMMANDS, TOPICS)).toEqual({ typed: 'server delte', suggestion: 'server delete' });
    expect(suggestCommand(['servr', 'list'], COMMANDS, TOPICS)).toEqual({ typed: 'servr list', suggestion: 'server list' });
    expect(suggestCommand(['volume', 'snapshot', 'lst'], COMMANDS, TOPICS)).toEqual({ typed: 'volume snapshot lst', suggestion: 'volume snapshot list' });
  });

  it('suggests a topic for a mistyped topic alone', () => {
    expect(suggestCommand(['srver'], COMMANDS, TOPICS)).toEqual({ typed: 'srver', suggestion: 'server' });
  });

  it('suggests nothing when no command is close, naming the word after the known topic', () => {
    expect(suggestCommand(['server', 'frob', 'x'], COMMANDS, TOPICS)).toEqual({ typed: 'server frob' });
    expect(suggestCommand(['frobnicate'], COMMANDS, TOPICS)).toEqual({ typed: 'frobnicate' });
    expect(notFoundMessage('oscloud', { typed: 'frobnicate' })).toBe("oscloud: 'frobnicate' is not an oscloud command. See 'oscloud --help'.");
  });
});

import { describe, expect, it } from 'vitest';
import { type CommandIndex, route } from '../../src/fast/dispatch.js';

const INDEX: CommandIndex = {
  name: '@oscloud/cli',
  version: '0.1.0',
  commands: ['server list', 'server create', 'server add volume', 'volume snapshot list', 'api'],
  topics: ['server', 'server add', 'volume', 'volume snapshot'],
  booleans: ['--debug', '--timing', '--noindent'],
  bundle: 'bundle.x.cjs',
  codeCache: 'bundle.x.cache',
};

describe('the fast path routes argv as oclif would', () => {
  it('runs a known command with its own arguments', () => {
    expect(route(['server', 'create', '--image', 'tiny', 'web1'], INDEX)).toEqual({ kind: 'command', id: 'server create', argv: ['--image', 'tiny', 'web1'] });
    expect(route(['server', 'add', 'volume', 'web1', 'data'], INDEX)).toEqual({ kind: 'command', id: 'server add volume', argv: ['web1', 'data'] });
    expect(route(['volume', 'snapshot', 'list'], INDEX)).toEqual({ kind: 'command', id: 'volume snapshot list', argv: [] });
  });

  it('moves global options given before the command behind it (python-openstackclient order)', () => {
    expect(route(['--os-cloud', 'aio', '--debug', 'server', 'list', '--long'], INDEX)).toEqual({
      kind: 'command',
      id: 'server list',
      argv: ['--os-cloud', 'aio', '--debug', '--long'],
    });
  });

  it('serves help: no arguments, --help anywhere before --, help <words>, a topic alone', () => {
    expect(route([], INDEX)).toEqual({ kind: 'help', subject: '' });
    expect(route(['--help'], INDEX)).toEqual({ kind: 'help', subject: '' });
    expect(route(['--debug', '--help'], INDEX)).toEqual({ kind: 'help', subject: '' });
    expect(route(['server', 'create', 'web1', '--help'], INDEX)).toEqual({ kind: 'help', subject: 'server create' });
    expect(route(['--os-cloud', 'x', 'server', 'list', '--help'], INDEX)).toEqual({ kind: 'help', subject: 'server list' });
    expect(route(['help', 'volume', 'snapshot'], INDEX)).toEqual({ kind: 'help', subject: 'volume snapshot' });
    expect(route(['help'], INDEX)).toEqual({ kind: 'help', subject: '' });
    expect(route(['server', 'list', '-h'], INDEX)).toEqual({ kind: 'help', subject: 'server list' });
    expect(route(['-h'], INDEX)).toEqual({ kind: 'help', subject: '' });
    expect(route(['server'], INDEX)).toEqual({ kind: 'help', subject: 'server' });
    expect(route(['api', 'compute', 'GET', '/x', '--', '--help'], INDEX)).toEqual({ kind: 'command', id: 'api', argv: ['compute', 'GET', '/x', '--', '--help'] });
  });

  it('leaves unknown commands, their help and plugin commands to oclif', () => {
    expect(route(['server', 'delte', 'web1'], INDEX)).toEqual({ kind: 'oclif', argv: ['server', 'delte', 'web1'] });
    expect(route(['servr', '--help'], INDEX)).toEqual({ kind: 'oclif', argv: ['servr', '--help'] });
    expect(route(['autocomplete', 'bash'], INDEX)).toEqual({ kind: 'oclif', argv: ['autocomplete', 'bash'] });
    expect(route(['help', '--nested-commands'], INDEX)).toEqual({ kind: 'oclif', argv: ['help', '--nested-commands'] });
  });
});

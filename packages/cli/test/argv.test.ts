import { describe, expect, it } from 'vitest';
import { booleanSpellings, reorderGlobalOptions } from '../src/argv.js';
import { globalFlags, outputFlags } from '../src/flags.js';

const BOOLEANS = booleanSpellings({ ...globalFlags, ...outputFlags });
const reorder = (argv: string[]) => reorderGlobalOptions(argv, BOOLEANS);

describe('global options before the command (python-openstackclient order)', () => {
  it('moves --os-cloud and its value behind the command words', () => {
    expect(reorder(['--os-cloud', 'aio', 'server', 'create', '--image', 'tiny', 'web1'])).toEqual([
      'server', 'create', '--os-cloud', 'aio', '--image', 'tiny', 'web1',
    ]);
  });
  it('keeps boolean globals without taking a value, and --opt=value forms', () => {
    expect(reorder(['--debug', '--os-region-name=R2', 'server', 'list', '--long'])).toEqual(['server', 'list', '--debug', '--os-region-name=R2', '--long']);
  });
  it('leaves plain commands, --help and --version alone', () => {
    expect(reorder(['server', 'list', '--os-cloud', 'x'])).toEqual(['server', 'list', '--os-cloud', 'x']);
    expect(reorder(['--version'])).toEqual(['--version']);
    expect(reorder(['--os-cloud', 'x', '--help'])).toEqual(['--os-cloud', 'x', '--help']);
  });
  it('knows every boolean base flag from its definition, so none swallows the command word', () => {
    expect([...BOOLEANS]).toEqual(expect.arrayContaining(['--noindent', '--fit-width', '--sort-ascending', '--sort-descending', '--no-os-token-cache', '--timing']));
    expect(BOOLEANS.has('-v')).toBe(false);
    for (const flag of BOOLEANS) {
      expect(reorder([flag, '--os-cloud', 'x', 'server', 'list'])).toEqual(['server', 'list', flag, '--os-cloud', 'x']);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { booleanSpellings, reorderGlobalOptions } from '../src/argv.js';
import { globalFlags, outputFlags } from '../src/flags.js';

describe('global options before the command (python-openstackclient order)', () => {
  it('moves --os-cloud and its value behind the command words', () => {
    expect(reorderGlobalOptions(['--os-cloud', 'aio', 'server', 'create', '--image', 'tiny', 'web1'])).toEqual([
      'server', 'create', '--os-cloud', 'aio', '--image', 'tiny', 'web1',
    ]);
  });
  it('keeps boolean globals without taking a value, and --opt=value forms', () => {
    expect(reorderGlobalOptions(['--debug', '--os-region-name=R2', 'server', 'list', '--long'])).toEqual(['server', 'list', '--debug', '--os-region-name=R2', '--long']);
  });
  it('leaves plain commands, --help and --version alone', () => {
    expect(reorderGlobalOptions(['server', 'list', '--os-cloud', 'x'])).toEqual(['server', 'list', '--os-cloud', 'x']);
    expect(reorderGlobalOptions(['--version'])).toEqual(['--version']);
    expect(reorderGlobalOptions(['--os-cloud', 'x', '--help'])).toEqual(['--os-cloud', 'x', '--help']);
  });
  it('knows every boolean base flag from its definition, so none swallows the command word', () => {
    const booleans = booleanSpellings({ ...globalFlags, ...outputFlags });
    expect([...booleans]).toEqual(expect.arrayContaining(['--noindent', '--fit-width', '--sort-ascending', '--sort-descending', '--no-os-token-cache', '--timing']));
    expect(booleans.has('-v')).toBe(false);
    for (const flag of booleans) {
      expect(reorderGlobalOptions([flag, '--os-cloud', 'x', 'server', 'list'])).toEqual(['server', 'list', flag, '--os-cloud', 'x']);
    }
  });
});

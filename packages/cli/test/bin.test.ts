import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/run.js', import.meta.url));

describe('the oscloud executable (needs `npm run build`)', () => {
  it('answers --version with oclif\'s format without loading oclif', () => {
    const out = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(out).toBe(`@oscloud/cli/0.1.0 ${process.platform}-${process.arch} node-${process.version}\n`);
  });

  it('takes global options before the command, as python-openstackclient does', () => {
    const out = execFileSync(process.execPath, [bin, '--os-cloud', 'nowhere', 'server', 'list', '--help'], { encoding: 'utf8' });
    expect(out).toContain('List servers');
  });

  it('names the command meant for a typo on stderr, never prompts (even with "y" on stdin), exits 2', () => {
    const res = spawnSync(process.execPath, [bin, 'server', 'delte', 'web1'], { encoding: 'utf8', input: 'y\ny\n' });
    expect(res.stderr).toBe("oscloud: 'server delte' is not an oscloud command. Did you mean 'server delete'?\n");
    expect(res.stdout).toBe('');
    expect(res.status).toBe(2);
  });

  it('serves `help <command>` like `<command> --help`', () => {
    const viaHelp = execFileSync(process.execPath, [bin, 'help', 'server', 'list'], { encoding: 'utf8' });
    expect(viaHelp).toContain('List servers');
    expect(viaHelp).toBe(execFileSync(process.execPath, [bin, 'server', 'list', '--help'], { encoding: 'utf8' }));
  });
});

import { execFileSync } from 'node:child_process';
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

  it('suggests the command meant for a typo (plugin-not-found) and exits non-zero', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [bin, 'servr', 'list'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    } catch (err) {
      status = (err as { status: number }).status;
      stderr = (err as { stderr: string }).stderr;
    }
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/not a oscloud command|Did you mean/);
  });
});

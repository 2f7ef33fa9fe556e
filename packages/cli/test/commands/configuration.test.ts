import { describe, expect, it } from 'vitest';
import { PASSWORD_ENV, runCli, useNock } from '../helpers.js';

describe('configuration show (no authentication: the configuration as loaded)', () => {
  useNock();

  it('masks the password by default and shows it with --unmask; auth keys are auth.<key>', async () => {
    const masked = await runCli(['configuration', 'show', '-f', 'json'], PASSWORD_ENV);
    expect(masked.exitCode).toBe(0);
    const shown = JSON.parse(masked.stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ 'auth.password': '<redacted>', 'auth.username': 'demo', 'auth.auth_url': 'https://cloud.test:5000/v3', region_name: 'RegionOne', auth_type: 'password' });
    const clear = await runCli(['configuration', 'show', '--unmask', '-f', 'value', '-c', 'auth.password'], PASSWORD_ENV);
    expect(clear.stdout).toBe('secret-password\n');
  });
});

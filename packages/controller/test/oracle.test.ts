/**
 * python-openstackclient (an oracle nobody here wrote) against the controller: token issue,
 * catalog list, project/user/role create+list+delete, role add, application credential create
 * and authentication with it. Its `-f json` output is parsed and checked.
 *
 * Each `openstack` process costs ~1.5 s of Python start-up, so the commands of one identity run
 * in one process: `openstack` without arguments reads commands from stdin (cliff's interactive
 * mode) and prints each command's JSON document in turn.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from './helpers.js';

const HAVE_OSC = await new Promise<boolean>((resolve) => execFile('openstack', ['--version'], (err) => resolve(!err)));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed CLI JSON, checked field by field
type Json = any;

/** Splits concatenated JSON documents (objects/arrays) printed one after another. */
export function parseJsonStream(text: string): Json[] {
  const out: Json[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"' && depth > 0) inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === '}' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0) out.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  return out;
}

describe.runIf(HAVE_OSC).each(backends())('python-openstackclient on %s', (backend) => {
  let c: TestController;
  let home: string;

  /** Runs `openstack` once with `commands` on stdin and a clean OS_* environment. */
  const osc = (commands: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; docs: Json[] }> => {
    const base: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      OS_AUTH_URL: `${c.url}/identity/v3`,
      OS_IDENTITY_API_VERSION: '3',
      OS_USERNAME: 'admin',
      OS_PASSWORD: c.adminPassword,
      OS_PROJECT_NAME: 'admin',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_DOMAIN_NAME: 'Default',
      OS_INTERFACE: 'public',
    };
    return new Promise((resolve) => {
      const child = execFile('openstack', [], { env: { ...base, ...env }, timeout: 90_000 }, (_err, stdout, stderr) => {
        resolve({ stdout, stderr, docs: parseJsonStream(stdout) });
      });
      child.stdin!.end(commands.join('\n') + '\n');
    });
  };

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'oscloud-osc-'));
    c = await startTestController({ backend });
  });
  afterAll(async () => {
    await c?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('token, catalog, projects, users, roles, role assignments and application credentials', async () => {
    const admin = await osc([
      'token issue -f json',
      'catalog list -f json',
      'project create --description oracle oracle-p -f json',
      'role create oracle-r -f json',
      'user create --password oracle-pw --project oracle-p oracle-u -f json',
      'role add --project oracle-p --user oracle-u member',
      'role assignment list --user oracle-u --project oracle-p --names -f json',
      'project list -f json',
      'user list -f json',
      'role list -f json',
    ]);
    expect(admin.stderr).toBe('');
    const [tok, cat, project, role, user, assignments, projects, users, roles] = admin.docs;
    expect(admin.docs).toHaveLength(9);

    expect(tok.project_id).toBe(c.adminProjectId);
    expect(tok.user_id).toBe(c.adminUserId);
    expect(tok.id.length).toBeGreaterThan(40);
    expect(new Date(tok.expires).getTime()).toBeGreaterThan(Date.now());
    expect((cat as { Type: string }[]).map((e) => e.Type).sort()).toEqual(['block-storage', 'compute', 'identity', 'image', 'network', 'object-store', 's3', 'volumev3']);
    const compute = (cat as { Type: string; Endpoints: unknown }[]).find((e) => e.Type === 'compute')!;
    expect(JSON.stringify(compute.Endpoints)).toContain(`${c.url}/compute/v2.1`);

    expect(project).toMatchObject({ name: 'oracle-p', domain_id: 'default', enabled: true, description: 'oracle' });
    expect(role).toMatchObject({ name: 'oracle-r' });
    expect(user).toMatchObject({ name: 'oracle-u', domain_id: 'default', enabled: true, default_project_id: project.id });
    expect(assignments).toEqual([expect.objectContaining({ Role: 'member', User: 'oracle-u@Default', Project: 'oracle-p@Default' })]);
    expect((projects as { Name: string }[]).map((p) => p.Name).sort()).toEqual(['admin', 'oracle-p']);
    expect((users as { Name: string }[]).map((u) => u.Name).sort()).toEqual(['admin', 'oracle-u']);
    expect((roles as { Name: string }[]).map((r) => r.Name).sort()).toEqual(['admin', 'member', 'oracle-r', 'reader', 'service']);

    // The new user creates an application credential; it authenticates on its own.
    const asUser = await osc(['application credential create oracle-ac -f json'], { OS_USERNAME: 'oracle-u', OS_PASSWORD: 'oracle-pw', OS_PROJECT_NAME: 'oracle-p' });
    expect(asUser.stderr).toBe('');
    const [ac] = asUser.docs;
    expect(ac).toMatchObject({ name: 'oracle-ac', project_id: project.id, unrestricted: false });
    expect(ac.secret.length).toBeGreaterThan(20);
    const acAuth = await osc(['token issue -f json'], {
      OS_AUTH_TYPE: 'v3applicationcredential',
      OS_APPLICATION_CREDENTIAL_ID: ac.id,
      OS_APPLICATION_CREDENTIAL_SECRET: ac.secret,
      OS_USERNAME: '', OS_PASSWORD: '', OS_PROJECT_NAME: '', OS_USER_DOMAIN_NAME: '', OS_PROJECT_DOMAIN_NAME: '',
    });
    expect(acAuth.stderr).toBe('');
    expect(acAuth.docs[0]).toMatchObject({ project_id: project.id, user_id: user.id });

    const cleanup = await osc(['role delete oracle-r', 'user delete oracle-u', 'project delete oracle-p', 'project list -f json', 'role list -f json']);
    expect(cleanup.stderr).toBe('');
    expect((cleanup.docs[0] as { Name: string }[]).map((p) => p.Name)).toEqual(['admin']);
    expect((cleanup.docs[1] as { Name: string }[]).map((r) => r.Name)).not.toContain('oracle-r');
  }, 120_000);
});

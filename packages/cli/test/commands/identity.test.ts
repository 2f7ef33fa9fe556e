import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

describe('identity commands', () => {
  useNock();

  it('project show drops links and prints options and tags unformatted, as python-openstackclient does', async () => {
    const project = { id: 'p-demo', name: 'demo', domain_id: 'default', enabled: true, is_domain: false, parent_id: 'default', description: '', options: {}, tags: [], links: { self: 'https://cloud.test:5000/v3/projects/p-demo' } };
    for (const format of ['table', 'json']) {
      mockAuth();
      nock('https://cloud.test:5000').get('/v3/projects/p-demo').reply(200, { project });
      const res = await runCli(['project', 'show', 'p-demo', '-f', format], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      if (format === 'json') {
        const { links: _links, ...shown } = project;
        expect(JSON.parse(res.stdout)).toEqual(shown);
      } else {
        expect(res.stdout).toContain('| options     | {}      |');
        expect(res.stdout).toContain('| tags        | []      |');
        expect(res.stdout).toContain('| enabled     | True    |');
      }
    }
  });

  /** Name lookups as Keystone answers them: GET by id is 404, then a filtered list. */
  function byName(scope: nock.Scope, kind: string, name: string, id: string): nock.Scope {
    return scope
      .get(`/v3/${kind}s/${name}`)
      .reply(404, { error: { code: 404, message: `Could not find ${kind}: ${name}.`, title: 'Not Found' } })
      .get(`/v3/${kind}s`)
      .query({ name })
      .reply(200, { [`${kind}s`]: [{ id, name }], links: { self: '', next: null, previous: null } });
  }

  it('role add --project --user grants the role with one PUT, role remove revokes it', async () => {
    for (const [verb, method] of [
      ['add', 'put'],
      ['remove', 'delete'],
    ] as const) {
      mockAuth();
      const keystone = nock('https://cloud.test:5000');
      byName(keystone, 'role', 'member', 'r-member');
      byName(keystone, 'project', 'demo', 'p-demo');
      byName(keystone, 'user', 'alice', 'u-alice');
      keystone[method]('/v3/projects/p-demo/users/u-alice/roles/r-member').reply(204);
      const res = await runCli(['role', verb, '--project', 'demo', '--user', 'alice', 'member'], PASSWORD_ENV);
      expect(res.stderr).toBe('');
      expect(res.exitCode).toBe(0);
      keystone.done();
    }
  });

  it('role add without --project/--domain is a usage error before any request', async () => {
    mockAuth();
    const res = await runCli(['role', 'add', '--user', 'alice', 'member'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('exactly one of --project or --domain is required');
  });

  it('role assignment list --group resolves the name and reads Inherited from the scope', async () => {
    mockAuth();
    const keystone = nock('https://cloud.test:5000');
    byName(keystone, 'group', 'admins', 'g-admins');
    keystone
      .get('/v3/role_assignments')
      .query({ 'group.id': 'g-admins' })
      .reply(200, {
        role_assignments: [
          { role: { id: 'r1' }, group: { id: 'g-admins' }, scope: { project: { id: 'p1' }, 'OS-INHERIT:inherited_to': 'projects' } },
          { role: { id: 'r2' }, group: { id: 'g-admins' }, scope: { domain: { id: 'default' } } },
        ],
      });
    const res = await runCli(['role', 'assignment', 'list', '--group', 'admins', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([
      { Role: 'r1', User: '', Group: 'g-admins', Project: 'p1', Domain: '', System: '', Inherited: true },
      { Role: 'r2', User: '', Group: 'g-admins', Project: '', Domain: 'default', System: '', Inherited: false },
    ]);
    keystone.done();
  });

  it('an unknown group is not found (exit 4)', async () => {
    mockAuth();
    nock('https://cloud.test:5000')
      .get('/v3/groups/nobody')
      .reply(404, { error: { code: 404, message: 'Could not find group: nobody.', title: 'Not Found' } })
      .get('/v3/groups')
      .query({ name: 'nobody' })
      .reply(200, { groups: [], links: { self: '', next: null, previous: null } });
    const res = await runCli(['role', 'assignment', 'list', '--group', 'nobody'], PASSWORD_ENV);
    expect(res.exitCode).toBe(4);
    expect(res.stderr).toContain("No group with a name or ID of 'nobody' exists.");
  });

  it('user create --password-prompt without a terminal refuses to prompt, before any request (exit 2)', async () => {
    const res = await runCli(['user', 'create', '--password-prompt', 'alice'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('oscloud: error: No terminal detected attempting to read password (--password-prompt)\n');
  });

  it('user list --project keeps the users with a role on the project', async () => {
    mockAuth();
    const keystone = nock('https://cloud.test:5000')
      .get('/v3/projects/p-demo')
      .reply(200, { project: { id: 'p-demo', name: 'demo' } })
      .get('/v3/role_assignments')
      .query({ 'scope.project.id': 'p-demo' })
      .reply(200, { role_assignments: [{ role: { id: 'r1' }, user: { id: 'u-alice' }, scope: { project: { id: 'p-demo' } } }, { role: { id: 'r1' }, group: { id: 'g1' }, scope: { project: { id: 'p-demo' } } }] })
      .get('/v3/users')
      .reply(200, { users: [{ id: 'u-alice', name: 'alice' }, { id: 'u-bob', name: 'bob' }], links: { self: '', next: null, previous: null } });
    const res = await runCli(['user', 'list', '--project', 'p-demo', '-f', 'value'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('u-alice alice\n');
    keystone.done();
  });

  it('project list --user asks for that user\'s projects', async () => {
    mockAuth();
    const keystone = nock('https://cloud.test:5000')
      .get('/v3/users/u-alice')
      .reply(200, { user: { id: 'u-alice', name: 'alice' } })
      .get('/v3/users/u-alice/projects')
      .reply(200, { projects: [{ id: 'p1', name: 'demo', domain_id: 'default', enabled: true, description: 'Demo' }], links: { self: '', next: null, previous: null } });
    const res = await runCli(['project', 'list', '--user', 'u-alice', '--long', '-f', 'value'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('p1 demo default Demo True\n');
    keystone.done();
  });
});

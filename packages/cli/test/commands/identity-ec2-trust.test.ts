import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const KS = 'https://cloud.test:5000';
const links = { self: '', next: null, previous: null };

describe('ec2 credentials and trust commands', () => {
  useNock();

  const ec2 = { user_id: 'u1', tenant_id: 'p1', access: 'a'.repeat(32), secret: 's'.repeat(32), trust_id: null, links: { self: `${KS}/v3/users/u1/credentials/OS-EC2/${'a'.repeat(32)}` } };

  it('ec2 credentials create: for the token\'s user and project; fields sorted, tenant_id shown as project_id', async () => {
    mockAuth();
    const ks = nock(KS).post('/v3/users/u1/credentials/OS-EC2', { tenant_id: 'p1' }).reply(201, { credential: ec2 });
    const res = await runCli(['ec2', 'credentials', 'create', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout);
    expect(Object.keys(out)).toEqual(['access', 'links', 'project_id', 'secret', 'trust_id', 'user_id']);
    expect(out).toMatchObject({ access: ec2.access, project_id: 'p1', secret: ec2.secret, user_id: 'u1' });
    ks.done();
  });

  it('ec2 credentials list: python-openstackclient\'s columns; show by access key; delete several, failing at the end', async () => {
    mockAuth();
    nock(KS).get('/v3/users/u1/credentials/OS-EC2').reply(200, { credentials: [ec2], links });
    const l = await runCli(['ec2', 'credentials', 'list', '-f', 'csv'], PASSWORD_ENV);
    expect(l.stderr).toBe('');
    expect(l.stdout.split('\n')[0]).toBe('"Access","Secret","Project ID","User ID"');
    expect(l.stdout).toContain(`"${ec2.access}","${ec2.secret}","p1","u1"`);

    mockAuth();
    nock(KS).get(`/v3/users/u1/credentials/OS-EC2/${ec2.access}`).reply(200, { credential: ec2 });
    const s = await runCli(['ec2', 'credentials', 'show', ec2.access, '-f', 'value', '-c', 'project_id'], PASSWORD_ENV);
    expect(s.stdout.trim()).toBe('p1');

    mockAuth();
    const ks = nock(KS)
      .delete('/v3/users/u1/credentials/OS-EC2/k1').reply(204)
      .delete('/v3/users/u1/credentials/OS-EC2/k2').reply(404, { error: { code: 404, message: 'Could not find credential: k2.', title: 'Not Found' } });
    const d = await runCli(['ec2', 'credentials', 'delete', 'k1', 'k2'], PASSWORD_ENV);
    expect(d.exitCode).not.toBe(0);
    expect(d.stderr).toContain('1 of 2 EC2 keys failed to delete');
    ks.done();
  });

  const trust = {
    id: 't1', trustor_user_id: 'u1', trustee_user_id: 'u2', project_id: 'p1', impersonation: true, expires_at: '2030-01-01T00:00:00.000000Z',
    remaining_uses: null, allow_redelegation: false, redelegation_count: 0, redelegated_trust_id: null,
    roles: [{ id: 'r1', name: 'member', domain_id: null, links: { self: '' } }], roles_links: links, links: { self: `${KS}/v3/OS-TRUST/trusts/t1` },
  };

  it('trust create resolves users, project and roles, sends one POST and shows roles by name without links', async () => {
    mockAuth();
    const ks = nock(KS)
      .get('/v3/users/u1').reply(200, { user: { id: 'u1', name: 'demo' } })
      .get('/v3/users/u2').reply(200, { user: { id: 'u2', name: 'bob' } })
      .get('/v3/projects/p1').reply(200, { project: { id: 'p1', name: 'demo' } })
      .get('/v3/roles/member').reply(404, { error: { code: 404, message: 'Could not find role: member.', title: 'Not Found' } })
      .get('/v3/roles').query({ name: 'member' }).reply(200, { roles: [{ id: 'r1', name: 'member' }], links })
      .post('/v3/OS-TRUST/trusts', { trust: { trustor_user_id: 'u1', trustee_user_id: 'u2', project_id: 'p1', impersonation: true, roles: [{ id: 'r1' }], expires_at: '2030-01-01T00:00:00' } })
      .reply(201, { trust });
    const res = await runCli(['trust', 'create', 'u1', 'u2', '--project', 'p1', '--role', 'member', '--impersonate', '--expiration', '2030-01-01T00:00:00', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout);
    expect(out.roles).toBe('member');
    expect(out.links).toBeUndefined();
    expect(out.roles_links).toBeUndefined();
    expect(Object.keys(out)).toEqual([...Object.keys(out)].sort());
    ks.done();
  });

  it('trust create: a bad --expiration is a usage error before any request', async () => {
    mockAuth();
    const res = await runCli(['trust', 'create', 'u1', 'u2', '--project', 'p1', '--role', 'member', '--expiration', 'tomorrow'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain('--expiration tomorrow');
  });

  it('trust list shows python-openstackclient\'s columns; trust delete deletes by ID', async () => {
    mockAuth();
    nock(KS).get('/v3/OS-TRUST/trusts').reply(200, { trusts: [{ ...trust, roles: undefined }], links });
    const l = await runCli(['trust', 'list', '-f', 'csv'], PASSWORD_ENV);
    expect(l.stderr).toBe('');
    expect(l.stdout.split('\n')[0]).toBe('"ID","Expires At","Impersonation","Project ID","Trustee User ID","Trustor User ID"');
    expect(l.stdout).toContain('"t1","2030-01-01T00:00:00.000000Z",True,"p1","u2","u1"');
    mockAuth();
    const ks = nock(KS).get('/v3/OS-TRUST/trusts/t1').reply(200, { trust }).delete('/v3/OS-TRUST/trusts/t1').reply(204);
    const d = await runCli(['trust', 'delete', 't1'], PASSWORD_ENV);
    expect(d.stderr).toBe('');
    expect(d.exitCode).toBe(0);
    ks.done();
  });
  const cred = { id: 'c1', user_id: 'u1', project_id: null, type: 'totp', blob: 'SEED', links: { self: `${KS}/v3/credentials/c1` } };

  it('credential create/list/show/set/delete: one request each, python-openstackclient\'s fields and columns', async () => {
    mockAuth();
    let ks = nock(KS).get('/v3/users/u1').reply(200, { user: { id: 'u1', name: 'demo' } })
      .post('/v3/credentials', { credential: { user_id: 'u1', type: 'totp', blob: 'SEED' } }).reply(201, { credential: cred });
    const c = await runCli(['credential', 'create', 'u1', 'SEED', '--type', 'totp', '-f', 'json'], PASSWORD_ENV);
    expect(c.stderr).toBe('');
    expect(JSON.parse(c.stdout)).toEqual({ blob: 'SEED', id: 'c1', project_id: null, type: 'totp', user_id: 'u1' });
    ks.done();

    mockAuth();
    ks = nock(KS).get('/v3/credentials').query({ type: 'totp' }).reply(200, { credentials: [cred], links });
    const l = await runCli(['credential', 'list', '--type', 'totp', '-f', 'csv'], PASSWORD_ENV);
    expect(l.stdout.split('\n')[0]).toBe('"ID","Type","User ID","Data","Project ID"');
    expect(l.stdout).toContain('"c1","totp","u1","SEED",""');
    ks.done();

    mockAuth();
    ks = nock(KS).get('/v3/users/u1').reply(200, { user: { id: 'u1', name: 'demo' } })
      .patch('/v3/credentials/c1', { credential: { user_id: 'u1', type: 'totp', blob: 'NEW' } }).reply(200, { credential: { ...cred, blob: 'NEW' } });
    const st = await runCli(['credential', 'set', 'c1', '--user', 'u1', '--type', 'totp', '--data', 'NEW'], PASSWORD_ENV);
    expect(st.stderr).toBe('');
    expect(st.exitCode).toBe(0);
    ks.done();

    mockAuth();
    ks = nock(KS).get('/v3/credentials/c1').reply(200, { credential: cred }).delete('/v3/credentials/c1').reply(204);
    const d = await runCli(['credential', 'delete', 'c1'], PASSWORD_ENV);
    expect(d.exitCode).toBe(0);
    ks.done();
  });
});

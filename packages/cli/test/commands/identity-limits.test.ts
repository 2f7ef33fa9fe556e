import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const KEYSTONE = 'https://cloud.test:5000';
const ROLES = [
  { id: 'r-admin', name: 'admin' },
  { id: 'r-member', name: 'member' },
  { id: 'r-reader', name: 'reader' },
];

describe('implied role, policy, limit and registered limit commands (keystoneclient requests, python-openstackclient fields)', () => {
  useNock();

  it('implied role create resolves both roles from one list, PUTs the rule and prints the two ids', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .get('/v3/roles')
      .reply(200, { roles: ROLES })
      .put('/v3/roles/r-member/implies/r-reader')
      .reply(201, { role_inference: { prior_role: { id: 'r-member', name: 'member' }, implies: { id: 'r-reader', name: 'reader' } }, links: {} });
    const res = await runCli(['implied', 'role', 'create', 'member', '--implied-role', 'reader', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ implies: 'r-reader', prior_role: 'r-member' });
    keystone.done();
  });

  it('implied role list has one row per implied role', async () => {
    mockAuth();
    nock(KEYSTONE)
      .get('/v3/role_inferences')
      .reply(200, { role_inferences: [{ prior_role: { id: 'r-admin', name: 'admin' }, implies: [{ id: 'r-member', name: 'member' }, { id: 'r-reader', name: 'reader' }] }] });
    const res = await runCli(['implied', 'role', 'list', '-f', 'csv'], PASSWORD_ENV);
    expect(res.stdout).toBe('"Prior Role ID","Prior Role Name","Implied Role ID","Implied Role Name"\n"r-admin","admin","r-member","member"\n"r-admin","admin","r-reader","reader"\n');
  });

  it('limit create posts a list body with the service and project ids and prints the limit without links', async () => {
    mockAuth();
    const limit = { id: 'l-1', project_id: 'p1', service_id: 's-nova', resource_name: 'cores', resource_limit: 10, description: null, region_id: null, domain_id: null, links: { self: 'x' } };
    const keystone = nock(KEYSTONE)
      .get('/v3/projects/demo')
      .reply(404, { error: { code: 404, message: 'not found', title: 'Not Found' } })
      .get('/v3/projects')
      .query({ name: 'demo' })
      .reply(200, { projects: [{ id: 'p1', name: 'demo' }] })
      .get('/v3/services/nova')
      .reply(404, { error: { code: 404, message: 'not found', title: 'Not Found' } })
      .get('/v3/services')
      .query({ name: 'nova' })
      .reply(200, { services: [{ id: 's-nova', name: 'nova', type: 'compute' }] })
      .post('/v3/limits', { limits: [{ project_id: 'p1', service_id: 's-nova', resource_name: 'cores', resource_limit: 10 }] })
      .reply(201, { limits: [limit] });
    const res = await runCli(['limit', 'create', 'cores', '--project', 'demo', '--service', 'nova', '--resource-limit', '10', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    const { links: _links, ...shown } = limit;
    expect(JSON.parse(res.stdout)).toEqual(shown);
    keystone.done();
  });

  it('registered limit set PATCHes only the given fields and prints the result; list has upstream\'s columns', async () => {
    mockAuth();
    const rl = { id: 'rl-1', service_id: 's-nova', resource_name: 'cores', default_limit: 20, description: 'x', region_id: 'RegionOne', links: {} };
    nock(KEYSTONE).patch('/v3/registered_limits/rl-1', { registered_limit: { default_limit: 20 } }).reply(200, { registered_limit: rl });
    const set = await runCli(['registered', 'limit', 'set', 'rl-1', '--default-limit', '20', '-f', 'value', '-c', 'default_limit'], PASSWORD_ENV);
    expect(set.stdout).toBe('20\n');
    mockAuth();
    nock(KEYSTONE).get('/v3/registered_limits').query({ resource_name: 'cores' }).reply(200, { registered_limits: [rl] });
    const listed = await runCli(['registered', 'limit', 'list', '--resource-name', 'cores', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout).toBe('"ID","Service ID","Resource Name","Default Limit","Description","Region ID"\n"rl-1","s-nova","cores",20,"x","RegionOne"\n');
  });

  it('consumer create prints the secret (shown once) without links; consumer set PATCHes the description', async () => {
    mockAuth();
    const keystone = nock(KEYSTONE)
      .post('/v3/OS-OAUTH1/consumers', { consumer: { description: 'app' } })
      .reply(201, { consumer: { id: 'c1', description: 'app', secret: 's3', links: { self: 'x' } } })
      .patch('/v3/OS-OAUTH1/consumers/c1', { consumer: { description: 'new' } })
      .reply(200, { consumer: { id: 'c1', description: 'new', links: { self: 'x' } } });
    const created = await runCli(['consumer', 'create', '--description', 'app', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(created.stdout)).toEqual({ id: 'c1', description: 'app', secret: 's3' });
    mockAuth();
    expect((await runCli(['consumer', 'set', 'c1', '--description', 'new'], PASSWORD_ENV)).exitCode).toBe(0);
    keystone.done();
  });

  it("access rule list/delete work on the token's user's rules", async () => {
    mockAuth();
    const rule = { id: 'ar1', service: 'compute', method: 'GET', path: '/v2.1/servers', links: {} };
    const keystone = nock(KEYSTONE)
      .get('/v3/users/u1/access_rules')
      .reply(200, { access_rules: [rule], links: {} })
      .get('/v3/users/u1/access_rules/ar1')
      .reply(200, { access_rule: rule })
      .delete('/v3/users/u1/access_rules/ar1')
      .reply(204);
    const listed = await runCli(['access', 'rule', 'list', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout).toBe('"ID","Service","Method","Path"\n"ar1","compute","GET","/v2.1/servers"\n');
    mockAuth();
    expect((await runCli(['access', 'rule', 'delete', 'ar1'], PASSWORD_ENV)).exitCode).toBe(0);
    keystone.done();
  });

  it('policy show prints the blob as rules; policy list --long adds Rules', async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/policies/pol-1').reply(200, { policy: { id: 'pol-1', type: 'application/json', blob: '{}', links: {} } });
    const shown = await runCli(['policy', 'show', 'pol-1', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(shown.stdout)).toEqual({ id: 'pol-1', rules: '{}', type: 'application/json' });
    mockAuth();
    nock(KEYSTONE).get('/v3/policies').reply(200, { policies: [{ id: 'pol-1', type: 'application/json', blob: '{}' }] });
    const listed = await runCli(['policy', 'list', '--long', '-f', 'value'], PASSWORD_ENV);
    expect(listed.stdout).toBe('pol-1 application/json {}\n');
  });
});

describe('server lock, unlock and restore', () => {
  useNock();

  it('server lock --reason needs compute 2.73; lock and unlock post the actions for each server', async () => {
    const NOVA = 'https://cloud.test:8774';
    mockAuth();
    const old = await runCli(['server', 'lock', 'a', '--reason', 'audit', '--os-compute-api-version', '2.72'], PASSWORD_ENV);
    expect(old.exitCode).toBe(1);
    expect(old.stderr).toContain('2.73 or greater is required');
    mockAuth();
    const nova = nock(NOVA)
      .get('/v2.1/servers/a')
      .reply(200, { server: { id: 'a', name: 'a' } })
      .post('/v2.1/servers/a/action', { lock: { locked_reason: 'audit' } })
      .reply(202, '')
      .get('/v2.1/servers/b')
      .reply(200, { server: { id: 'b', name: 'b' } })
      .post('/v2.1/servers/b/action', { lock: { locked_reason: 'audit' } })
      .reply(202, '');
    expect((await runCli(['server', 'lock', 'a', 'b', '--reason', 'audit'], PASSWORD_ENV)).exitCode).toBe(0);
    nova.done();
    mockAuth();
    const restore = nock(NOVA).get('/v2.1/servers/a').reply(200, { server: { id: 'a', name: 'a' } }).post('/v2.1/servers/a/action', { restore: null }).reply(202, '');
    expect((await runCli(['server', 'restore', 'a'], PASSWORD_ENV)).exitCode).toBe(0);
    restore.done();
  });

  it('host list/set (deprecated os-hosts) ask at compute 2.1, filter --zone on the client and warn as upstream', async () => {
    const NOVA = 'https://cloud.test:8774';
    mockAuth();
    nock(NOVA, { reqheaders: { 'x-openstack-nova-api-version': '2.1' } })
      .get('/v2.1/os-hosts')
      .reply(200, { hosts: [{ host_name: 'c1', service: 'compute', zone: 'nova' }, { host_name: 'c2', service: 'compute', zone: 'az2' }] });
    const res = await runCli(['host', 'list', '--zone', 'az2', '-f', 'value'], PASSWORD_ENV);
    expect(res.stdout).toBe('c2 compute az2\n');
    expect(res.stderr).toContain("API has been deprecated. Please consider using 'hypervisor list' instead.");
    mockAuth();
    const set = nock(NOVA).put('/v2.1/os-hosts/c1', { status: 'disable', maintenance_mode: 'enable' }).reply(200, { host: 'c1', status: 'disabled', maintenance_mode: 'on_maintenance' });
    expect((await runCli(['host', 'set', 'c1', '--disable', '--enable-maintenance'], PASSWORD_ENV)).exitCode).toBe(0);
    set.done();
  });
});

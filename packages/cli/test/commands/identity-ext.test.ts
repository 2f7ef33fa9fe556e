import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oauth1Header } from '@oscloud/sdk';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const KEYSTONE = 'https://cloud.test:5000';
const dir = mkdtempSync(join(tmpdir(), 'oscloud-identity-ext-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('Keystone extension commands (api-ref shapes: OS-EP-FILTER, OS-OAUTH1, OS-FEDERATION, access rules)', () => {
  useNock();

  it('endpoint group create reads the filters file and shows the group without links; list --project asks OS-EP-FILTER', async () => {
    const filters = file('filters.json', '{"interface": "admin", "service_id": "1b501a"}');
    const group = { id: 'eg-1', name: 'admins', description: null, filters: { interface: 'admin', service_id: '1b501a' }, links: { self: 'x' } };
    mockAuth();
    const ks = nock(KEYSTONE).post('/v3/OS-EP-FILTER/endpoint_groups', { endpoint_group: { name: 'admins', filters: { interface: 'admin', service_id: '1b501a' } } }).reply(201, { endpoint_group: group });
    const created = await runCli(['endpoint', 'group', 'create', 'admins', filters, '-f', 'json'], PASSWORD_ENV);
    expect(created.exitCode).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual({ description: null, filters: { interface: 'admin', service_id: '1b501a' }, id: 'eg-1', name: 'admins' });
    ks.done();
    mockAuth();
    nock(KEYSTONE)
      .get('/v3/projects/p9')
      .reply(200, { project: { id: 'p9', name: 'other' } })
      .get('/v3/OS-EP-FILTER/projects/p9/endpoint_groups')
      .reply(200, { endpoint_groups: [group] });
    const listed = await runCli(['endpoint', 'group', 'list', '--project', 'p9', '-f', 'value'], PASSWORD_ENV);
    expect(listed.stdout).toBe('eg-1 admins None\n');
  });

  it('endpoint group create fails cleanly on a filters file that is not JSON', async () => {
    const res = await runCli(['endpoint', 'group', 'create', 'x', file('bad.json', '{nope')], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain('An error occurred when reading filters from file');
  });

  it('endpoint list --project lists the endpoints of the project\'s catalog filter (OS-EP-FILTER)', async () => {
    mockAuth();
    const ks = nock(KEYSTONE)
      .get('/v3/projects/p9')
      .reply(200, { project: { id: 'p9', name: 'other' } })
      .get('/v3/OS-EP-FILTER/projects/p9/endpoints')
      .reply(200, { endpoints: [{ id: 'ep-1', service_id: 's1', interface: 'public', region_id: 'RegionOne', url: 'http://x/image' }, { id: 'ep-2', service_id: 's1', interface: 'internal', region_id: 'RegionOne', url: 'http://y/image' }] })
      .get('/v3/services')
      .reply(200, { services: [{ id: 's1', name: 'glance', type: 'image' }] });
    const r = await runCli(['endpoint', 'list', '--project', 'p9', '--interface', 'public', '-f', 'json'], PASSWORD_ENV);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ ID: 'ep-1', 'Service Type': 'image', Interface: 'public' })]);
    ks.done();
  });

  it('endpoint add project and endpoint group remove project use the OS-EP-FILTER association URLs', async () => {
    mockAuth();
    const ks = nock(KEYSTONE)
      .get('/v3/endpoints/ep-1')
      .reply(200, { endpoint: { id: 'ep-1' } })
      .get('/v3/projects/p9')
      .reply(200, { project: { id: 'p9', name: 'other' } })
      .put('/v3/OS-EP-FILTER/projects/p9/endpoints/ep-1')
      .reply(204);
    expect((await runCli(['endpoint', 'add', 'project', 'ep-1', 'p9'], PASSWORD_ENV)).exitCode).toBe(0);
    ks.done();
    mockAuth();
    const ks2 = nock(KEYSTONE)
      .get('/v3/OS-EP-FILTER/endpoint_groups/eg-1')
      .reply(200, { endpoint_group: { id: 'eg-1', name: 'admins' } })
      .get('/v3/projects/p9')
      .reply(200, { project: { id: 'p9', name: 'other' } })
      .delete('/v3/OS-EP-FILTER/endpoint_groups/eg-1/projects/p9')
      .reply(204);
    expect((await runCli(['endpoint', 'group', 'remove', 'project', 'eg-1', 'p9'], PASSWORD_ENV)).exitCode).toBe(0);
    ks2.done();
  });

  it('identity provider create PUTs the remote IDs of a file and shows them as a list; protocol list shows mapping_id as mapping', async () => {
    const ids = file('remote-ids.txt', 'https://idp.example.com \nhttps://idp2.example.com\n');
    const idp = { id: 'acme', enabled: true, description: null, domain_id: 'd-1', remote_ids: ['https://idp.example.com', 'https://idp2.example.com'], authorization_ttl: 10, links: {} };
    mockAuth();
    const ks = nock(KEYSTONE)
      .put('/v3/OS-FEDERATION/identity_providers/acme', { identity_provider: { remote_ids: ['https://idp.example.com', 'https://idp2.example.com'], enabled: true, authorization_ttl: 10 } })
      .reply(201, { identity_provider: idp });
    const res = await runCli(['identity', 'provider', 'create', 'acme', '--remote-id-file', ids, '--authorization-ttl', '10', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ authorization_ttl: 10, description: null, domain_id: 'd-1', enabled: true, id: 'acme', remote_ids: ['https://idp.example.com', 'https://idp2.example.com'] });
    ks.done();
    expect((await runCli(['identity', 'provider', 'create', 'acme', '--authorization-ttl', '-1'], PASSWORD_ENV)).stderr).toContain('authorization-ttl must be positive integer or zero.');
    mockAuth();
    nock(KEYSTONE)
      .get('/v3/OS-FEDERATION/identity_providers/acme/protocols')
      .reply(200, { protocols: [{ id: 'saml2', mapping_id: 'm-1', links: {} }] });
    const listed = await runCli(['federation', 'protocol', 'list', '--identity-provider', 'acme', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(listed.stdout)).toEqual([{ id: 'saml2', mapping: 'm-1' }]);
  });

  it('mapping create PUTs the rules; service provider set PATCHes only what is given', async () => {
    const rules = file('rules.json', '[{"local": [{"group": {"id": "85a868"}}], "remote": [{"type": "sn", "any_one_of": ["Young"]}]}]');
    mockAuth();
    const ks = nock(KEYSTONE)
      .put('/v3/OS-FEDERATION/mappings/m-1', { mapping: { rules: [{ local: [{ group: { id: '85a868' } }], remote: [{ type: 'sn', any_one_of: ['Young'] }] }], schema_version: '2.0' } })
      .reply(201, { mapping: { id: 'm-1', rules: [], schema_version: '2.0', links: {} } });
    const res = await runCli(['mapping', 'create', 'm-1', '--rules', rules, '--schema-version', '2.0', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual({ id: 'm-1', rules: [], schema_version: '2.0' });
    ks.done();
    mockAuth();
    const ks2 = nock(KEYSTONE).patch('/v3/OS-FEDERATION/service_providers/sp-1', { service_provider: { enabled: false, sp_url: 'https://sp/saml' } }).reply(200, { service_provider: { id: 'sp-1' } });
    expect((await runCli(['service', 'provider', 'set', 'sp-1', '--disable', '--service-provider-url', 'https://sp/saml'], PASSWORD_ENV)).exitCode).toBe(0);
    ks2.done();
  });

  it("access rule list reads the current user's rules; consumer list shows ID and Description", async () => {
    mockAuth();
    nock(KEYSTONE)
      .get('/v3/users/u1/access_rules')
      .reply(200, { access_rules: [{ id: 'ar-1', service: 'compute', method: 'GET', path: '/v2.1/servers', links: {} }] });
    const rules = await runCli(['access', 'rule', 'list', '-f', 'value'], PASSWORD_ENV);
    expect(rules.stdout).toBe('ar-1 compute GET /v2.1/servers\n');
    mockAuth();
    nock(KEYSTONE).get('/v3/OS-OAUTH1/consumers').reply(200, { consumers: [{ id: 'c-1', description: 'app', links: {} }] });
    expect((await runCli(['consumer', 'list', '-f', 'csv'], PASSWORD_ENV)).stdout).toBe('"ID","Description"\n"c-1","app"\n');
  });

  it('signs OAuth1 requests as RFC 5849 does (the oauth.net HMAC-SHA1 example)', async () => {
    const header = await oauth1Header(
      'GET',
      'http://photos.example.net/photos?file=vacation.jpg&size=original',
      { consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44', token: 'nnch734d00sl2jdk', tokenSecret: 'pfkkdhi9sl3r4s00' },
      'kllo9940pd9333jh',
      1191242096,
    );
    expect(header).toContain('oauth_signature="tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D"');
  });

  it('request token create sends a signed POST with the project and shows the form-encoded token; authorize answers the verifier', async () => {
    mockAuth();
    let auth = '';
    const ks = nock(KEYSTONE)
      .get('/v3/projects/p1')
      .reply(200, { project: { id: 'p1', name: 'demo' } })
      .post('/v3/OS-OAUTH1/request_token')
      .matchHeader('requested-project-id', 'p1')
      .reply(function reply() {
        auth = String(this.req.headers.authorization);
        return [201, 'oauth_token=rk&oauth_token_secret=rs&oauth_expires_at=2026-12-08T00:00:00.000000Z', { 'content-type': 'application/x-www-form-urlencoded' }];
      });
    const res = await runCli(['request', 'token', 'create', '--consumer-key', 'ck', '--consumer-secret', 'cs', '--project', 'p1', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ expires: '2026-12-08T00:00:00.000000Z', id: 'rk', key: 'rk', secret: 'rs' });
    expect(auth).toMatch(/^OAuth /);
    expect(auth).toContain('oauth_consumer_key="ck"');
    expect(auth).toContain('oauth_callback="oob"');
    expect(auth).toContain('oauth_signature_method="HMAC-SHA1"');
    ks.done();
    mockAuth();
    nock(KEYSTONE)
      .get('/v3/roles/member')
      .reply(404, { error: { code: 404, message: 'not found' } })
      .get('/v3/roles')
      .query({ name: 'member' })
      .reply(200, { roles: [{ id: 'r1', name: 'member' }] })
      .put('/v3/OS-OAUTH1/authorize/rk', { roles: [{ id: 'r1' }] })
      .reply(200, { token: { oauth_verifier: 'v123' } });
    const authorized = await runCli(['request', 'token', 'authorize', '--request-key', 'rk', '--role', 'member', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(authorized.stdout)).toEqual({ oauth_verifier: 'v123' });
  });

  it("prints Keystone's own 404 cleanly where a cloud does not serve federation", async () => {
    mockAuth();
    nock(KEYSTONE).get('/v3/OS-FEDERATION/identity_providers').reply(404, { error: { code: 404, message: 'The resource could not be found.', title: 'Not Found' } });
    const res = await runCli(['identity', 'provider', 'list'], PASSWORD_ENV);
    expect(res.exitCode).toBe(4);
    expect(res.stderr).toContain('The resource could not be found.');
    expect(res.stderr).not.toContain('    at ');
  });
});

import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, tokenBody, useNock } from '../helpers.js';

const KEYSTONE = 'https://cloud.test:5000';
const NOVA = 'https://cloud.test:8774';
const GLANCE = 'https://cloud.test:9292';
const CINDER = 'https://cloud.test:8776';
const NEUTRON = 'https://cloud.test:9696';
const CINDER_VERSIONS = { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [{ rel: 'self', href: 'https://cloud.test:8776/v3/' }] }] };
const SERVER = { id: 'srv1', name: 'web1', status: 'ACTIVE' };

describe('versions show, server volume list, server event show, volume summary', () => {
  useNock();

  it('versions show lists each service\'s versions with the microversion range (Keystone\'s stable is CURRENT)', async () => {
    nock(KEYSTONE)
      .post('/v3/auth/tokens')
      .reply(201, tokenBody(), { 'X-Subject-Token': 'gAAAAtoken' })
      .get('/')
      .reply(300, { versions: { values: [{ id: 'v3.14', status: 'stable', links: [{ rel: 'self', href: 'https://cloud.test:5000/v3/' }] }] } });
    nock(NOVA)
      .get('/')
      .reply(200, { versions: [{ id: 'v2.1', status: 'CURRENT', version: '2.79', min_version: '2.1', links: [{ rel: 'self', href: 'https://cloud.test:8774/v2.1/' }] }] });
    nock(GLANCE).get('/').reply(300, { versions: [{ id: 'v2.9', status: 'CURRENT', links: [{ rel: 'self', href: 'https://cloud.test:9292/v2/' }] }] });
    nock(CINDER).get('/').reply(300, CINDER_VERSIONS);
    nock(NEUTRON).get('/').reply(200, { versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: 'https://cloud.test:9696/v2.0/' }] }] });
    const res = await runCli(['versions', 'show', '-f', 'csv'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe(
      [
        '"Region Name","Service Type","Version","Status","Endpoint","Min Microversion","Max Microversion"',
        // by service type, as python-openstackclient
        '"RegionOne","block-storage","3.0","CURRENT","https://cloud.test:8776/v3/","3.0","3.70"',
        '"RegionOne","compute","2.1","CURRENT","https://cloud.test:8774/v2.1/","2.1","2.79"',
        '"RegionOne","identity","3.14","CURRENT","https://cloud.test:5000/v3/","",""',
        '"RegionOne","image","2.9","CURRENT","https://cloud.test:9292/v2/","",""',
        '"RegionOne","network","2.0","CURRENT","https://cloud.test:9696/v2.0/","",""',
        '',
      ].join('\n'),
    );
  });

  it('server volume list has Tag and Delete On Termination? at 2.79', async () => {
    mockAuth();
    nock(NOVA)
      .get('/v2.1/servers/srv1')
      .reply(200, { server: SERVER })
      .get('/v2.1/servers/srv1/os-volume_attachments')
      .reply(200, { volumeAttachments: [{ id: 'v1', device: '/dev/vdb', serverId: 'srv1', volumeId: 'v1', tag: null, delete_on_termination: false }] });
    const res = await runCli(['server', 'volume', 'list', 'srv1', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([{ ID: 'v1', Device: '/dev/vdb', 'Server ID': 'srv1', 'Volume ID': 'v1', Tag: null, 'Delete On Termination?': false }]);
  });

  it('server event show prints the action with its events', async () => {
    mockAuth();
    const action = { action: 'create', request_id: 'req-1', instance_uuid: 'srv1', events: [{ event: 'compute_build', result: 'Success' }] };
    nock(NOVA).get('/v2.1/servers/srv1').reply(200, { server: SERVER }).get('/v2.1/servers/srv1/os-instance-actions/req-1').reply(200, { instanceAction: action });
    const res = await runCli(['server', 'event', 'show', 'srv1', 'req-1', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toEqual(action);
  });

  it('volume summary prints the count and size', async () => {
    mockAuth();
    nock(CINDER).get('/').reply(200, CINDER_VERSIONS).get('/v3/p1/volumes/summary').reply(200, { 'volume-summary': { total_count: 2, total_size: 3 } });
    const res = await runCli(['volume', 'summary', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ 'Total Count': 2, 'Total Size': 3 });
  });
});

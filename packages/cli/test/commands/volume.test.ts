import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const CINDER = 'https://cloud.test:8776';
const VERSIONS = { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] };
const VOLUME = { id: 'v-1', name: 'data', size: 1, status: 'creating', bootable: 'false', attachments: [], metadata: {} };

describe('volume commands', () => {
  useNock();

  it('volume create --bootable waits for the volume to be available before setting the flag', async () => {
    mockAuth();
    const calls: string[] = [];
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .post('/v3/p1/volumes', (b) => b.volume.name === 'data' && b.volume.size === 1)
      .reply(202, () => (calls.push('create'), { volume: VOLUME }))
      .get('/v3/p1/volumes/v-1')
      .reply(200, () => (calls.push('get creating'), { volume: VOLUME }))
      .get('/v3/p1/volumes/v-1')
      .reply(200, () => (calls.push('get available'), { volume: { ...VOLUME, status: 'available' } }))
      .post('/v3/p1/volumes/v-1/action', { 'os-set_bootable': { bootable: true } })
      .reply(200, () => (calls.push('set bootable'), ''))
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: { ...VOLUME, status: 'available', bootable: 'true' } });
    const res = await runCli(['volume', 'create', '--size', '1', '--bootable', '-f', 'value', '-c', 'bootable', 'data'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(calls).toEqual(['create', 'get creating', 'get available', 'set bootable']);
    expect(res.stdout).toBe('true\n');
    expect(res.stderr).toBe('volume data: creating\nvolume data: available\n');
    cinder.done();
  });

  it('volume snapshot list --volume filters on the API and --long names the volume', async () => {
    mockAuth();
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: { ...VOLUME, status: 'available' } })
      .get('/v3/p1/snapshots/detail')
      .query({ volume_id: 'v-1' })
      .reply(200, { snapshots: [{ id: 'sn1', name: 'daily', description: null, status: 'available', size: 1, created_at: '2026-01-01T00:00:00.000000', volume_id: 'v-1', metadata: {} }] })
      .get('/v3/p1/volumes/detail')
      .reply(200, { volumes: [{ ...VOLUME, status: 'available' }] });
    const res = await runCli(['volume', 'snapshot', 'list', '--volume', 'v-1', '--long', '-f', 'value', '-c', 'Name', '-c', 'Volume'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('daily data\n');
    cinder.done();
  });

  it('volume snapshot list --project resolves the project and sends project_id with all_tenants=1', async () => {
    mockAuth();
    const keystone = nock('https://cloud.test:5000')
      .get('/v3/projects/ops')
      .reply(404, { error: { code: 404, title: 'Not Found', message: 'Could not find project: ops.' } })
      .get('/v3/projects')
      .query({ name: 'ops' })
      .reply(200, { projects: [{ id: 'p-ops', name: 'ops', domain_id: 'default' }] });
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .get('/v3/p1/snapshots/detail')
      .query({ all_tenants: '1', project_id: 'p-ops' })
      .reply(200, { snapshots: [{ id: 'sn2', name: 'nightly', description: 'ops backup', status: 'available', size: 2, volume_id: 'v-9', metadata: {} }] });
    const res = await runCli(['volume', 'snapshot', 'list', '--project', 'ops', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([{ ID: 'sn2', Name: 'nightly', Description: 'ops backup', Status: 'available', Size: 2 }]);
    keystone.done();
    cinder.done();
  });

  it('volume snapshot list --project-domain looks the project name up in that domain', async () => {
    mockAuth();
    const keystone = nock('https://cloud.test:5000')
      .get('/v3/domains')
      .query({ name: 'corp' })
      .reply(200, { domains: [{ id: 'd-corp', name: 'corp' }] })
      .get('/v3/projects/ops')
      .reply(404, { error: { code: 404, title: 'Not Found', message: 'Could not find project: ops.' } })
      .get('/v3/projects')
      .query({ name: 'ops', domain_id: 'd-corp' })
      .reply(200, { projects: [{ id: 'p-corp-ops', name: 'ops', domain_id: 'd-corp' }] });
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .get('/v3/p1/snapshots/detail')
      .query({ all_tenants: '1', project_id: 'p-corp-ops' })
      .reply(200, { snapshots: [] });
    const res = await runCli(['volume', 'snapshot', 'list', '--project', 'ops', '--project-domain', 'corp', '--print-empty', '-f', 'csv'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe('"ID","Name","Description","Status","Size"\n');
    keystone.done();
    cinder.done();
  });

  it('volume snapshot list --project with an unknown project fails before listing (exit 4)', async () => {
    mockAuth();
    nock('https://cloud.test:5000')
      .get('/v3/projects/nope')
      .reply(404, { error: { code: 404, title: 'Not Found', message: 'Could not find project: nope.' } })
      .get('/v3/projects')
      .query({ name: 'nope' })
      .reply(200, { projects: [] });
    const res = await runCli(['volume', 'snapshot', 'list', '--project', 'nope'], PASSWORD_ENV);
    expect(res.exitCode).toBe(4);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain("No project with a name or ID of 'nope' exists.");
  });
});

describe('volume backup commands (Cinder backups; requests as upstream sends them)', () => {
  useNock();
  const BACKUP = { id: 'b-1', name: 'nightly', description: null, status: 'available', size: 1, volume_id: 'v-1', container: 'backups', availability_zone: 'nova', links: [] };

  it('volume backup create sends POST /backups for the volume and prints the backup without links', async () => {
    mockAuth();
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: VOLUME })
      .post('/v3/p1/backups', { backup: { volume_id: 'v-1', force: false, incremental: true, name: 'nightly' } })
      .reply(202, { backup: { id: 'b-1', name: 'nightly', links: [] } });
    const res = await runCli(['volume', 'backup', 'create', 'v-1', '--name', 'nightly', '--incremental', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ id: 'b-1', name: 'nightly' });
    cinder.done();
  });

  it('volume backup list --long names the volume; delete --force sends os-force_delete', async () => {
    mockAuth();
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/backups/detail')
      .reply(200, { backups: [BACKUP, { ...BACKUP, id: 'b-2', volume_id: 'gone' }] })
      .get('/v3/p1/volumes/detail')
      .reply(200, { volumes: [{ ...VOLUME, name: 'data' }] });
    const res = await runCli(['volume', 'backup', 'list', '--long', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    const rows = JSON.parse(res.stdout);
    expect(Object.keys(rows[0])).toEqual(['ID', 'Name', 'Description', 'Status', 'Size', 'Availability Zone', 'Volume', 'Container']);
    expect(rows.map((r: { Volume: string }) => r.Volume)).toEqual(['data', 'gone']);
    cinder.done();
    mockAuth();
    const del = nock(CINDER).get('/').reply(200, VERSIONS).get('/v3/p1/backups/b-1').reply(200, { backup: BACKUP }).post('/v3/p1/backups/b-1/action', { 'os-force_delete': {} }).reply(202);
    expect((await runCli(['volume', 'backup', 'delete', '--force', 'b-1'], PASSWORD_ENV)).exitCode).toBe(0);
    del.done();
  });
});

describe('volume backup restore/set and volume transfer request commands', () => {
  useNock();
  const BACKUP = { id: 'b-1', name: 'nightly', status: 'available', volume_id: 'v-1', metadata: { a: '1' } };

  it('volume backup restore to an existing volume needs --force; with a new name it restores to a new volume', async () => {
    mockAuth();
    const refused = nock(CINDER).get('/').reply(200, VERSIONS).get('/v3/p1/backups/b-1').reply(200, { backup: BACKUP }).get('/v3/p1/volumes/v-1').reply(200, { volume: VOLUME });
    const res = await runCli(['volume', 'backup', 'restore', 'b-1', 'v-1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toContain("Volume 'v-1' already exists");
    refused.done();
    mockAuth();
    const calls = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/backups/b-1')
      .reply(200, { backup: BACKUP })
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: VOLUME })
      .post('/v3/p1/backups/b-1/restore', { restore: { volume_id: 'v-1' } })
      .reply(202, { restore: { backup_id: 'b-1', volume_id: 'v-1', volume_name: 'data' } });
    const forced = await runCli(['volume', 'backup', 'restore', 'b-1', 'v-1', '--force', '-f', 'json'], PASSWORD_ENV);
    expect(forced.stderr).toBe('');
    expect(JSON.parse(forced.stdout)).toEqual({ backup_id: 'b-1', volume_id: 'v-1', volume_name: 'data' });
    calls.done();
  });

  it('volume backup set --state resets the status and --property merges into the metadata with one PUT', async () => {
    mockAuth();
    const calls = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/backups/b-1')
      .reply(200, { backup: BACKUP })
      .post('/v3/p1/backups/b-1/action', { 'os-reset_status': { status: 'error' } })
      .reply(202)
      .put('/v3/p1/backups/b-1', { backup: { name: 'n2', metadata: { a: '1', b: '2' } } })
      .reply(200, { backup: BACKUP });
    const res = await runCli(['volume', 'backup', 'set', 'b-1', '--state', 'error', '--name', 'n2', '--property', 'b=2'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    calls.done();
  });

  it('volume transfer request create prints the auth key; accept sends it for a request the caller cannot see', async () => {
    mockAuth();
    const create = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: VOLUME })
      .post('/v3/p1/os-volume-transfer', { transfer: { volume_id: 'v-1', name: 'move' } })
      .reply(202, { transfer: { id: 't-1', name: 'move', volume_id: 'v-1', auth_key: 'k3y', links: [] } });
    const res = await runCli(['volume', 'transfer', 'request', 'create', 'v-1', '--name', 'move', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ id: 't-1', name: 'move', volume_id: 'v-1', auth_key: 'k3y' });
    create.done();
    mockAuth();
    const accept = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/os-volume-transfer/t-1')
      .reply(404, { itemNotFound: { code: 404, message: 'not found' } })
      .get('/v3/p1/os-volume-transfer/detail')
      .query(true)
      .reply(200, { transfers: [] })
      .post('/v3/p1/os-volume-transfer/t-1/accept', { accept: { auth_key: 'k3y' } })
      .reply(202, { transfer: { id: 't-1', name: 'move', volume_id: 'v-1', links: [] } });
    const accepted = await runCli(['volume', 'transfer', 'request', 'accept', 't-1', '--auth-key', 'k3y', '-f', 'json'], PASSWORD_ENV);
    expect(accepted.stderr).toBe('');
    expect(JSON.parse(accepted.stdout)).toEqual({ id: 't-1', name: 'move', volume_id: 'v-1' });
    accept.done();
  });
});

describe('volume snapshot unset', () => {
  useNock();
  it('sends one DELETE per property key', async () => {
    mockAuth();
    const calls = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/snapshots/s-1')
      .reply(200, { snapshot: { id: 's-1', name: 'snap', metadata: { a: '1', b: '2' } } })
      .delete('/v3/p1/snapshots/s-1/metadata/a')
      .reply(200)
      .delete('/v3/p1/snapshots/s-1/metadata/b%20c')
      .reply(200);
    const res = await runCli(['volume', 'snapshot', 'unset', 's-1', '--property', 'a', '--property', 'b c'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    calls.done();
  });
});

describe('volume attachment create/set/complete/show', () => {
  useNock();
  const ATT = { id: 'a-1', volume_id: 'v-1', instance: 's-1', status: 'reserved', attach_mode: 'rw', attached_at: null, detached_at: null, connection_info: { driver_volume_type: 'local' } };

  it('create --connect sends the whole connector; show prints upstream fields; connector options need --connect', async () => {
    mockAuth();
    nock('https://cloud.test:8774').get('/v2.1/servers/s-1').reply(200, { server: { id: 's-1', name: 'web' } });
    const cinder = nock(CINDER)
      .get('/')
      .reply(200, VERSIONS)
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: VOLUME })
      .post('/v3/p1/attachments', {
        attachment: { volume_uuid: 'v-1', instance_uuid: 's-1', connector: { initiator: null, ip: null, platform: null, host: 'h1', os_type: null, multipath: false, mountpoint: null }, mode: 'ro' },
      })
      .reply(200, { attachment: ATT });
    const res = await runCli(['volume', 'attachment', 'create', 'v-1', 's-1', '--connect', '--host', 'h1', '--mode', 'ro', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({
      ID: 'a-1', 'Volume ID': 'v-1', 'Instance ID': 's-1', Status: 'reserved', 'Attach Mode': 'rw', 'Attached At': null, 'Detached At': null,
      Properties: { driver_volume_type: 'local' },
    });
    cinder.done();
    const refused = await runCli(['volume', 'attachment', 'create', 'v-1', 's-1', '--host', 'h1'], PASSWORD_ENV);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('--connect');
  });

  it('complete sends os-complete', async () => {
    mockAuth();
    const cinder = nock(CINDER).get('/').reply(200, VERSIONS).post('/v3/p1/attachments/a-1/action', { 'os-complete': null }).reply(204);
    const res = await runCli(['volume', 'attachment', 'complete', 'a-1'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    cinder.done();
  });
});

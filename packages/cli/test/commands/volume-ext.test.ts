import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const CINDER = 'https://cloud.test:8776';
const versions = (max = '3.70') => ({ versions: [{ id: 'v3.0', status: 'CURRENT', version: max, min_version: '3.0', links: [] }] });
const cinder = (max?: string) => nock(CINDER).get('/').reply(200, versions(max));
const GROUP = {
  id: 'g-1',
  status: 'available',
  name: 'db',
  description: null,
  group_type: 'gt-1',
  volume_types: ['t-1'],
  availability_zone: 'nova',
  created_at: '2026-12-07T10:00:00.000000',
  group_snapshot_id: null,
  source_group_id: null,
};

describe('Cinder group, cluster and admin commands (cinderclient requests, python-openstackclient fields)', () => {
  useNock();

  it('volume group create resolves the group type and volume types, then shows the group as Cinder has it', async () => {
    mockAuth();
    const c = cinder()
      .get('/v3/p1/group_types/gold')
      .reply(404, { itemNotFound: { code: 404, message: 'not found' } })
      .get('/v3/p1/group_types')
      .reply(200, { group_types: [{ id: 'gt-1', name: 'gold' }] })
      .get('/v3/p1/types/t-1')
      .reply(200, { volume_type: { id: 't-1', name: 'lvm' } })
      .post('/v3/p1/groups', { group: { group_type: 'gt-1', volume_types: ['t-1'], name: 'db' } })
      .reply(202, { group: { id: 'g-1', name: 'db' } })
      .get('/v3/p1/groups/g-1')
      .reply(200, { group: GROUP });
    const res = await runCli(['volume', 'group', 'create', '--volume-group-type', 'gold', '--volume-type', 't-1', '--name', 'db', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    const shown = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(Object.keys(shown)).toEqual(['Availability Zone', 'Created At', 'Description', 'Group Snapshot ID', 'Group Type', 'ID', 'Name', 'Source Group ID', 'Status', 'Volume Types', 'Volumes']);
    expect(shown.ID).toBe('g-1');
    c.done();
  });

  it('volume group create needs --volume-type with a group type, and 3.13', async () => {
    mockAuth();
    cinder();
    const res = await runCli(['volume', 'group', 'create', '--volume-group-type', 'gold'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain('--volume-types is a required argument');
    mockAuth();
    cinder();
    const old = await runCli(['volume', 'group', 'list', '--os-volume-api-version', '3.12'], PASSWORD_ENV);
    expect(old.exitCode).toBe(1);
    expect(old.stderr).toContain('3.13 or greater is required');
  });

  it('volume group delete --force posts the delete action with delete-volumes; group type set adds group specs', async () => {
    mockAuth();
    const c = cinder().get('/v3/p1/groups/g-1').reply(200, { group: GROUP }).post('/v3/p1/groups/g-1/action', { delete: { 'delete-volumes': true } }).reply(202);
    expect((await runCli(['volume', 'group', 'delete', 'g-1', '--force'], PASSWORD_ENV)).exitCode).toBe(0);
    c.done();
    mockAuth();
    const t = { id: 'gt-1', name: 'gold', description: null, is_public: true, group_specs: { consistent_group_snapshot_enabled: '<is> True' } };
    const c2 = cinder()
      .get('/v3/p1/group_types/gt-1')
      .reply(200, { group_type: t })
      .post('/v3/p1/group_types/gt-1/group_specs', { group_specs: { replication: 'on' } })
      .reply(200, { group_specs: { replication: 'on' } });
    const res = await runCli(['volume', 'group', 'type', 'set', 'gt-1', '--property', 'replication=on', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ Description: null, ID: 'gt-1', 'Is Public': true, Name: 'gold', Properties: { consistent_group_snapshot_enabled: '<is> True' } });
    c2.done();
  });

  it('consistency group add volume sends the volumes found as add_volumes and reports the others', async () => {
    mockAuth();
    const c = cinder()
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: { id: 'v-1', name: 'a' } })
      .get('/v3/p1/volumes/nope')
      .reply(404, { itemNotFound: { code: 404, message: 'Volume nope could not be found.' } })
      .get('/v3/p1/volumes/detail')
      .query({ name: 'nope' })
      .reply(200, { volumes: [] })
      .get('/v3/p1/consistencygroups/cg-1')
      .reply(200, { consistencygroup: { id: 'cg-1', name: 'cg' } })
      .put('/v3/p1/consistencygroups/cg-1', { consistencygroup: { add_volumes: 'v-1' } })
      .reply(202);
    const res = await runCli(['consistency', 'group', 'add', 'volume', 'cg-1', 'v-1', 'nope'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stderr).toContain("Failed to find volume with name or ID 'nope'");
    expect(res.stderr).toContain('1 of 2 volumes failed to add.');
    c.done();
  });

  it('block storage log level list flattens each service\'s loggers; volume service set --disable-reason uses disable-log-reason', async () => {
    mockAuth();
    cinder()
      .put('/v3/p1/os-services/get-log', { binary: 'cinder-volume', server: '', prefix: '' })
      .reply(200, { log_levels: [{ binary: 'cinder-volume', host: 'h1@lvm', levels: { 'sqlalchemy': 'WARNING', cinder: 'INFO' } }] });
    const levels = await runCli(['block', 'storage', 'log', 'level', 'list', '--service', 'cinder-volume', '-f', 'value'], PASSWORD_ENV);
    expect(levels.stdout).toBe('cinder-volume h1@lvm cinder INFO\ncinder-volume h1@lvm sqlalchemy WARNING\n');
    mockAuth();
    const c = cinder().put('/v3/p1/os-services/disable-log-reason', { host: 'h1@lvm', binary: 'cinder-volume', disabled_reason: 'maintenance' }).reply(200, {});
    expect((await runCli(['volume', 'service', 'set', 'h1@lvm', 'cinder-volume', '--disable', '--disable-reason', 'maintenance'], PASSWORD_ENV)).exitCode).toBe(0);
    c.done();
    const bad = await runCli(['volume', 'service', 'set', 'h1@lvm', 'cinder-volume', '--disable-reason', 'x'], PASSWORD_ENV);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('Cannot specify option --disable-reason without --disable specified.');
  });

  it('volume revert reverts the snapshot\'s volume (3.40); backup record export names its fields for tables only', async () => {
    mockAuth();
    const c = cinder()
      .get('/v3/p1/snapshots/s-1')
      .reply(200, { snapshot: { id: 's-1', volume_id: 'v-1', name: 'snap' } })
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: { id: 'v-1', name: 'a' } })
      .post('/v3/p1/volumes/v-1/action', { revert: { snapshot_id: 's-1' } })
      .reply(202);
    expect((await runCli(['volume', 'revert', 's-1'], PASSWORD_ENV)).exitCode).toBe(0);
    c.done();
    for (const [format, keys] of [
      ['table', ['Backup Service', 'Metadata']],
      ['json', ['backup_service', 'backup_url']],
    ] as const) {
      mockAuth();
      cinder()
        .get('/v3/p1/backups/b-1')
        .reply(200, { backup: { id: 'b-1', name: 'b' } })
        .get('/v3/p1/backups/b-1/export_record')
        .reply(200, { 'backup-record': { backup_service: 'cinder.backup.drivers.swift', backup_url: 'eyJpZCI6' } });
      const res = await runCli(['volume', 'backup', 'record', 'export', 'b-1', '-f', format], PASSWORD_ENV);
      for (const k of keys) expect(res.stdout).toContain(k);
    }
  });

  it('block storage cluster show formats the cluster; a cloud without clusters answers its own 404 cleanly', async () => {
    const cluster = { name: 'c1@lvm', binary: 'cinder-volume', state: 'up', status: 'enabled', num_hosts: 2, num_down_hosts: 0, disabled_reason: null, frozen: false };
    mockAuth();
    cinder().get('/v3/p1/clusters/c1%40lvm').query({ binary: 'cinder-volume' }).reply(200, { cluster });
    const res = await runCli(['block', 'storage', 'cluster', 'show', 'c1@lvm', '--binary', 'cinder-volume', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(res.stdout)).toMatchObject({ Name: 'c1@lvm', Hosts: 2, 'Down Hosts': 0, State: 'up', Frozen: false });
    mockAuth();
    cinder().get('/v3/p1/clusters').reply(404, { itemNotFound: { code: 404, message: 'The resource could not be found.' } });
    const missing = await runCli(['block', 'storage', 'cluster', 'list'], PASSWORD_ENV);
    expect(missing.exitCode).toBe(4);
    expect(missing.stderr).toContain('The resource could not be found.');
    expect(missing.stderr).not.toContain('    at ');
  });

  it('block storage volume manageable list asks the summary listing, --long the detailed one with its columns', async () => {
    mockAuth();
    cinder().get('/v3/p1/manageable_volumes').query({ host: 'h1@lvm' }).reply(200, { 'manageable-volumes': [{ reference: { source: 'lv1' }, size: 1, safe_to_manage: true }] });
    const short = await runCli(['block', 'storage', 'volume', 'manageable', 'list', 'h1@lvm', '-f', 'json'], PASSWORD_ENV);
    expect(Object.keys(JSON.parse(short.stdout)[0])).toEqual(['reference', 'size', 'safe_to_manage']);
    mockAuth();
    cinder()
      .get('/v3/p1/manageable_snapshots/detail')
      .query({ host: 'h1@lvm' })
      .reply(200, { 'manageable-snapshots': [{ reference: { source: 's1' }, size: 1, safe_to_manage: false, source_reference: { source: 'lv1' }, reason_not_safe: 'in use', cinder_id: null, extra_info: null }] });
    const long = await runCli(['block', 'storage', 'snapshot', 'manageable', 'list', 'h1@lvm', '--long', '-f', 'json'], PASSWORD_ENV);
    expect(Object.keys(JSON.parse(long.stdout)[0])).toEqual(['reference', 'size', 'safe_to_manage', 'source_reference', 'reason_not_safe', 'cinder_id', 'extra_info']);
    expect((await runCli(['block', 'storage', 'volume', 'manageable', 'list'], PASSWORD_ENV)).stderr).toContain("Either <host> or '--cluster <cluster>' needs to be provided");
  });

  it('volume migrate and volume group delete send cinderclient\'s false defaults', async () => {
    mockAuth();
    const c = cinder()
      .get('/v3/p1/volumes/v-1')
      .reply(200, { volume: { id: 'v-1', name: 'a' } })
      .post('/v3/p1/volumes/v-1/action', { 'os-migrate_volume': { host: 'h2@lvm#pool', force_host_copy: false, lock_volume: false } })
      .reply(202);
    expect((await runCli(['volume', 'migrate', 'v-1', '--host', 'h2@lvm#pool'], PASSWORD_ENV)).exitCode).toBe(0);
    c.done();
    mockAuth();
    const c2 = cinder().get('/v3/p1/groups/g-1').reply(200, { group: GROUP }).post('/v3/p1/groups/g-1/action', { delete: { 'delete-volumes': false } }).reply(202);
    expect((await runCli(['volume', 'group', 'delete', 'g-1'], PASSWORD_ENV)).exitCode).toBe(0);
    c2.done();
  });
});

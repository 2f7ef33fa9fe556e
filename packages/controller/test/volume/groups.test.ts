import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordResult } from '../../src/agentapi/tasks.js';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

const MV = { 'openstack-api-version': 'volume 3.64' };

describe.each(backends())('Cinder groups, group types, group snapshots and type encryption on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let other: { token: string; projectId: string };
  let hostId: string;

  /** Simulates the agent: finishes every queued task of the host with `status`. */
  async function runAgent(status: 'succeeded' | 'failed' = 'succeeded'): Promise<string[]> {
    const tasks = await c.db.selectFrom('agent_tasks').selectAll().where('host_id', '=', hostId).where('state', '=', 'queued').orderBy('created_at').execute();
    for (const t of tasks) {
      await recordResult(c.db, hostId, t.id, { status, result: {}, fault: status === 'failed' ? { code: 500, message: 'disk full' } : null }, { dialect: c.ctx.dialect, now: new Date(), hub: c.ctx.agentHub });
    }
    return tasks.map((t) => t.type);
  }
  const as = (who: { token: string; projectId: string }) => (method: string, path: string, body?: unknown, mv = MV) =>
    api(c, method, `/volume/v3/${who.projectId}${path}`, { token: who.token, body, headers: mv });
  const mem = (m: string, p: string, b?: unknown, mv?: Record<string, string>) => as(member)(m, p, b, mv);
  const adm = (m: string, p: string, b?: unknown) => api(c, m, `/volume/v3/${c.adminProjectId}${p}`, { token: c.adminToken, body: b, headers: MV });
  function ok(op: string, res: { status: number; body: unknown }, status: number): void {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(checkResponse('volume', op, res.status, res.body)).toBeNull();
  }

  let volType: string;
  let groupType: string;

  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { volume: { quota_groups: 3, default_group_type: 'gt-a' } } } });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    hostId = randomUUID();
    const now = new Date().toISOString();
    await c.db.insertInto('hosts').values({
      id: hostId, name: 'storage1', status: 'up', disabled: 0, disabled_reason: null, availability_zone: 'nova', vcpus: 4, memory_mb: 8192,
      local_gb: 100, cpu_allocation_ratio: 16, ram_allocation_ratio: 1.5, disk_allocation_ratio: 1, hypervisor_type: 'fake', hypervisor_version: 1,
      kvm_usable: 0, host_ip: null, agent_version: 'test', credential_hash: 'x', last_heartbeat_at: now, created_at: now, updated_at: now,
    }).execute();
    volType = (await adm('POST', '/types', { volume_type: { name: 'grp-vt' } })).body.volume_type.id as string;
  });
  afterAll(() => c?.close());

  it('manages group types and their specs (admin), hides specs and private types from members', async () => {
    // The configured default group type does not exist yet.
    const noDefault = await mem('GET', '/group_types/default');
    ok('showDefaultGroupType', noDefault, 404);
    expect(noDefault.body.itemNotFound.message).toBe('Default group type can not be found.');
    const created = await adm('POST', '/group_types', { group_type: { name: 'gt-a', description: 'd', is_public: true, group_specs: { consistent_group_snapshot_enabled: '<is> False' } } });
    ok('createGroupType', created, 202);
    groupType = created.body.group_type.id as string;
    expect(created.body.group_type).toEqual({ id: groupType, name: 'gt-a', description: 'd', is_public: true, group_specs: { consistent_group_snapshot_enabled: '<is> False' } });
    const priv = await adm('POST', '/group_types', { group_type: { name: 'gt-private', is_public: false } });
    ok('createGroupType', priv, 202);
    const privId = priv.body.group_type.id as string;

    // Duplicate name, empty name, wrong types, member token, below 3.11.
    const dup = await adm('POST', '/group_types', { group_type: { name: 'gt-a' } });
    ok('createGroupType', dup, 409);
    expect(dup.body.conflictingRequest.message).toBe('Group Type gt-a already exists.');
    ok('createGroupType', await adm('POST', '/group_types', { group_type: { name: '  ' } }), 400);
    ok('createGroupType', await adm('POST', '/group_types', { group_type: { name: 'x', group_specs: { a: 1 } } }), 400);
    ok('createGroupType', await adm('POST', '/group_types', { group_type: { name: 'x', is_public: 'maybe' } }), 400);
    ok('createGroupType', await mem('POST', '/group_types', { group_type: { name: 'mine' } }), 403);
    expect((await mem('GET', '/group_types', undefined, { 'openstack-api-version': 'volume 3.10' })).status).toBe(404);

    // Lists: admin sorts and filters by is_public; a member sees public types without specs.
    const all = await adm('GET', '/group_types?is_public=None&sort=name:desc');
    ok('listGroupTypes', all, 200);
    expect(all.body.group_types.map((t: { name: string }) => t.name)).toEqual(['gt-private', 'gt-a']);
    expect((await adm('GET', '/group_types?is_public=false')).body.group_types.map((t: { id: string }) => t.id)).toEqual([privId]);
    const memberList = await mem('GET', '/group_types');
    ok('listGroupTypes', memberList, 200);
    expect(memberList.body.group_types).toEqual([{ id: groupType, name: 'gt-a', description: 'd', is_public: true }]);
    ok('showGroupType', await mem('GET', `/group_types/${privId}`), 404);
    const asMember = await mem('GET', `/group_types/${groupType}`);
    ok('showGroupType', asMember, 200);
    expect(asMember.body.group_type.group_specs).toBeUndefined();
    ok('showGroupType', await adm('GET', `/group_types/${privId}`), 200);
    const missing = await adm('GET', `/group_types/${randomUUID()}`);
    ok('showGroupType', missing, 404);
    expect(missing.body.itemNotFound.message).toMatch(/^Group type .* could not be found\.$/);

    // Update.
    ok('updateGroupType', await adm('PUT', `/group_types/${privId}`, { group_type: {} }), 400);
    ok('updateGroupType', await adm('PUT', `/group_types/${privId}`, { group_type: { name: 'gt-a' } }), 409);
    const upd = await adm('PUT', `/group_types/${privId}`, { group_type: { name: 'gt-b', description: 'new' } });
    ok('updateGroupType', upd, 200);
    expect(upd.body.group_type).toMatchObject({ name: 'gt-b', description: 'new', is_public: false });
    ok('updateGroupType', await mem('PUT', `/group_types/${groupType}`, { group_type: { name: 'z' } }), 403);

    // Specs: admin only, merge, item show/update/delete, Cinder's body checks.
    ok('listGroupTypeSpecs', await mem('GET', `/group_types/${groupType}/group_specs`), 403);
    const set = await adm('POST', `/group_types/${privId}/group_specs`, { group_specs: { k1: 'v1', k2: 'v2' } });
    ok('createGroupTypeSpecs', set, 202);
    expect(set.body).toEqual({ group_specs: { k1: 'v1', k2: 'v2' } });
    ok('createGroupTypeSpecs', await adm('POST', `/group_types/${privId}/group_specs`, { group_specs: { k2: 'v2b' } }), 202);
    const specs = await adm('GET', `/group_types/${privId}/group_specs`);
    ok('listGroupTypeSpecs', specs, 200);
    expect(specs.body).toEqual({ group_specs: { k1: 'v1', k2: 'v2b' } });
    ok('showGroupTypeSpec', await adm('GET', `/group_types/${privId}/group_specs/k1`), 200);
    const noKey = await adm('GET', `/group_types/${privId}/group_specs/nope`);
    ok('showGroupTypeSpec', noKey, 404);
    expect(noKey.body.itemNotFound.message).toBe(`Group Type ${privId} has no specs with key nope.`);
    ok('updateGroupTypeSpec', await adm('PUT', `/group_types/${privId}/group_specs/k1`, { k2: 'x' }), 400);
    ok('updateGroupTypeSpec', await adm('PUT', `/group_types/${privId}/group_specs/k1`, { k1: 'x', k2: 'y' }), 400);
    const item = await adm('PUT', `/group_types/${privId}/group_specs/k1`, { k1: 'v1b' });
    ok('updateGroupTypeSpec', item, 200);
    expect(item.body).toEqual({ k1: 'v1b' });
    ok('deleteGroupTypeSpec', await adm('DELETE', `/group_types/${privId}/group_specs/k1`), 202);
    ok('deleteGroupTypeSpec', await adm('DELETE', `/group_types/${privId}/group_specs/k1`), 404);
    ok('deleteGroupTypeSpec', await mem('DELETE', `/group_types/${privId}/group_specs/k2`), 403);

    // The configured default group type, as a member sees it.
    const def = await mem('GET', '/group_types/default');
    ok('showDefaultGroupType', def, 200);
    expect(def.body.group_type).toEqual({ id: groupType, name: 'gt-a', description: 'd', is_public: true });
    ok('deleteGroupType', await adm('DELETE', `/group_types/${privId}`), 202);
    ok('deleteGroupType', await adm('DELETE', `/group_types/${privId}`), 404);
  });

  it('creates groups, puts volumes in them, adds and removes volumes, keeps other projects out', async () => {
    // Wrong input: unknown group type or volume type, no volume types, below 3.13.
    ok('createVolumeGroup', await mem('POST', '/groups', { group: { group_type: randomUUID(), volume_types: [volType] } }), 404);
    ok('createVolumeGroup', await mem('POST', '/groups', { group: { group_type: groupType, volume_types: ['nope'] } }), 404);
    ok('createVolumeGroup', await mem('POST', '/groups', { group: { group_type: groupType, volume_types: [] } }), 400);
    ok('createVolumeGroup', await mem('POST', '/groups', { group: { group_type: groupType } }), 400);
    expect((await mem('POST', '/groups', { group: { group_type: groupType, volume_types: [volType] } }, { 'openstack-api-version': 'volume 3.12' })).status).toBe(404);

    const created = await mem('POST', '/groups', { group: { name: 'g1', group_type: groupType, volume_types: [volType] } });
    ok('createVolumeGroup', created, 202);
    const gid = created.body.group.id as string;
    expect(created.body.group).toEqual({ id: gid, name: 'g1' });
    const shown = await mem('GET', `/groups/${gid}?list_volume=true`);
    ok('showVolumeGroup', shown, 200);
    expect(shown.body.group).toMatchObject({ status: 'available', group_type: groupType, volume_types: [volType], volumes: [], group_snapshot_id: null, source_group_id: null });
    // At 3.13 no 3.14+ fields.
    const old = await mem('GET', `/groups/${gid}`, undefined, { 'openstack-api-version': 'volume 3.13' });
    expect(Object.keys(old.body.group).sort()).toEqual(['availability_zone', 'created_at', 'description', 'group_type', 'id', 'name', 'status', 'volume_types']);

    // Another project sees nothing of it.
    const them = as(other);
    ok('showVolumeGroup', await them('GET', `/groups/${gid}`), 404);
    expect((await them('GET', '/groups/detail')).body.groups).toEqual([]);
    ok('volumeGroupAction', await them('POST', `/groups/${gid}/action`, { delete: { 'delete-volumes': true } }), 404);
    const theirVol = await them('POST', '/volumes', { volume: { size: 1, volume_type: volType, group_id: gid } });
    expect(theirVol.status).toBe(404);

    // A volume in the group: its type must be one of the group's.
    const otherType = (await adm('POST', '/types', { volume_type: { name: 'grp-other' } })).body.volume_type.id as string;
    const wrongType = await mem('POST', '/volumes', { volume: { size: 1, volume_type: otherType, group_id: gid } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.badRequest.message).toContain('requested type must be supported by this group');
    const v1 = await mem('POST', '/volumes', { volume: { size: 1, volume_type: volType, group_id: gid } });
    expect(v1.status).toBe(202);
    expect(v1.body.volume.group_id).toBe(gid);
    const v2 = await mem('POST', '/volumes', { volume: { size: 1, volume_type: volType } });
    const v3 = await mem('POST', '/volumes', { volume: { size: 1, volume_type: otherType } });
    await runAgent();
    const vid1 = v1.body.volume.id as string;
    const vid2 = v2.body.volume.id as string;
    const vid3 = v3.body.volume.id as string;
    expect((await mem('GET', `/volumes?group_id=${gid}`)).body.volumes.map((v: { id: string }) => v.id)).toEqual([vid1]);
    // A group's volume is deleted with its group only.
    const delVol = await mem('DELETE', `/volumes/${vid1}`);
    expect(delVol.status).toBe(400);
    expect(delVol.body.badRequest.message).toContain('belong to a group');

    // Update: nothing given, unknown / foreign / wrong-type volumes, then add and remove.
    ok('updateVolumeGroup', await mem('PUT', `/groups/${gid}`, { group: {} }), 400);
    const unknown = await mem('PUT', `/groups/${gid}`, { group: { add_volumes: randomUUID() } });
    ok('updateVolumeGroup', unknown, 400);
    expect(unknown.body.badRequest.message).toContain('because volume cannot be found');
    ok('updateVolumeGroup', await mem('PUT', `/groups/${gid}`, { group: { add_volumes: vid3 } }), 400);
    ok('updateVolumeGroup', await mem('PUT', `/groups/${gid}`, { group: { remove_volumes: vid2 } }), 400);
    const both = await mem('PUT', `/groups/${gid}`, { group: { add_volumes: vid2, remove_volumes: vid2 } });
    ok('updateVolumeGroup', both, 400);
    expect(both.body.badRequest.message).toBe(`Invalid volume: UUIDs ['${vid2}'] are in both add and remove volume list.`);
    // Nothing that changes anything: the same name, a volume already in the group.
    const same = await mem('PUT', `/groups/${gid}`, { group: { name: 'g1', add_volumes: vid1 } });
    ok('updateVolumeGroup', same, 400);
    expect(same.body.badRequest.message).toBe(`Invalid Group: Cannot update group ${gid} because no valid name, description, add_volumes, or remove_volumes were provided.`);
    // An admin adding another project's volume.
    const foreign = (await as(other)('POST', '/volumes', { volume: { size: 1, volume_type: volType } })).body.volume.id as string;
    await runAgent();
    const cross = await adm('PUT', `/groups/${gid}`, { group: { add_volumes: foreign } });
    ok('updateVolumeGroup', cross, 400);
    expect(cross.body.badRequest.message).toBe(`Invalid volume: Cannot add volume ${foreign} to group ${gid} as they belong to different projects.`);
    await as(other)('DELETE', `/volumes/${foreign}`);
    ok('updateVolumeGroup', await mem('PUT', `/groups/${gid}`, { group: { name: 'g1b', add_volumes: `${vid2}, ` } }), 202);
    let members = (await mem('GET', `/groups/${gid}?list_volume=true`)).body.group;
    expect(members.name).toBe('g1b');
    expect([...members.volumes].sort()).toEqual([vid1, vid2].sort());
    ok('updateVolumeGroup', await mem('PUT', `/groups/${gid}`, { group: { remove_volumes: vid2 } }), 202);
    members = (await mem('GET', `/groups/${gid}?list_volume=true`)).body.group;
    expect(members.volumes).toEqual([vid1]);

    // Reset status: admin only, 3.20, known statuses.
    ok('volumeGroupAction', await mem('POST', `/groups/${gid}/action`, { reset_status: { status: 'error' } }), 403);
    ok('volumeGroupAction', await adm('POST', `/groups/${gid}/action`, { reset_status: { status: 'bogus' } }), 400);
    ok('volumeGroupAction', await adm('POST', `/groups/${gid}/action`, { reset_status: { status: 'error' } }), 202);
    expect((await mem('GET', `/groups/${gid}`)).body.group.status).toBe('error');
    ok('updateVolumeGroup', await mem('PUT', `/groups/${gid}`, { group: { name: 'x' } }), 400);
    ok('volumeGroupAction', await adm('POST', `/groups/${gid}/action`, { reset_status: { status: 'available' } }), 202);
    // Replication is not supported; unknown actions are refused.
    const repl = await mem('POST', `/groups/${gid}/action`, { enable_replication: {} });
    ok('volumeGroupAction', repl, 400);
    expect(repl.body.badRequest.message).toContain('is not a replication group type');
    ok('volumeGroupAction', await mem('POST', `/groups/${gid}/action`, { frobnicate: {} }), 400);

    // Delete: volumes need delete-volumes; the group goes with its last volume.
    const needsFlag = await mem('POST', `/groups/${gid}/action`, { delete: {} });
    ok('volumeGroupAction', needsFlag, 400);
    expect(needsFlag.body.badRequest.message).toBe(`Invalid Group: Group ${gid} still contains volumes. The delete-volumes flag is required to delete it.`);
    ok('volumeGroupAction', await mem('POST', `/groups/${gid}/action`, { delete: { 'delete-volumes': true } }), 202);
    expect((await mem('GET', `/groups/${gid}`)).body.group.status).toBe('deleting');
    expect((await mem('GET', `/volumes/${vid1}`)).body.volume.status).toBe('deleting');
    await runAgent();
    ok('showVolumeGroup', await mem('GET', `/groups/${gid}`), 404);
    expect((await mem('GET', `/volumes/${vid1}`)).status).toBe(404);
    // The group type is free again once no group uses it.
    for (const id of [vid2, vid3]) await mem('DELETE', `/volumes/${id}`);
    await runAgent();
  });

  it('counts groups against the groups quota', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await mem('POST', '/groups', { group: { group_type: groupType, volume_types: [volType] } })).body.group.id);
    // An empty source gives no group.
    const empty = await mem('POST', '/groups/action', { 'create-from-src': { source_group_id: ids[0] } });
    ok('createVolumeGroupFromSource', empty, 400);
    expect(empty.body.badRequest.message).toBe('Invalid Group: Source Group is empty. No group will be created.');
    const over = await mem('POST', '/groups', { group: { group_type: groupType, volume_types: [volType] } });
    ok('createVolumeGroup', over, 413);
    expect(over.body.overLimit.message).toContain('GroupLimitExceeded: Maximum number of groups allowed (3) exceeded');
    const list = await mem('GET', '/groups?sort=created_at:asc');
    ok('listVolumeGroups', list, 200);
    expect(list.body.groups.map((g: { id: string }) => g.id)).toEqual(ids);
    const detail = await mem('GET', '/groups/detail?list_volume=true&limit=2');
    ok('listVolumeGroupsDetailed', detail, 200);
    expect(detail.body.groups).toHaveLength(2);
    expect(detail.body.groups[0]).toMatchObject({ status: 'available', volumes: [], replication_status: 'disabled', project_id: member.projectId });
    const quota = await adm('GET', `/os-quota-sets/${member.projectId}?usage=true`);
    expect(quota.body.quota_set.groups).toMatchObject({ limit: 3, in_use: 3 });
    // In use: the group type cannot be deleted.
    const inUse = await adm('DELETE', `/group_types/${groupType}`);
    expect(inUse.status).toBe(400);
    for (const id of ids) ok('volumeGroupAction', await mem('POST', `/groups/${id}/action`, { delete: { 'delete-volumes': false } }), 202);
    expect((await mem('GET', '/groups')).body.groups).toEqual([]);
  });

  it('snapshots a group, creates groups from the group snapshot and from the group, deletes them in order', async () => {
    const gid = (await mem('POST', '/groups', { group: { name: 'src', group_type: groupType, volume_types: [volType] } })).body.group.id as string;
    const vol = (await mem('POST', '/volumes', { volume: { size: 1, volume_type: volType, group_id: gid } })).body.volume.id as string;
    await runAgent();

    ok('createGroupSnapshot', await mem('POST', '/group_snapshots', { group_snapshot: { group_id: randomUUID() } }), 404);
    ok('createGroupSnapshot', await as(other)('POST', '/group_snapshots', { group_snapshot: { group_id: gid } }), 404);
    ok('createGroupSnapshot', await mem('POST', '/group_snapshots', { group_snapshot: {} }), 400);
    const created = await mem('POST', '/group_snapshots', { group_snapshot: { group_id: gid, name: 'gs' } });
    ok('createGroupSnapshot', created, 202);
    const gsid = created.body.group_snapshot.id as string;
    expect(created.body.group_snapshot).toEqual({ id: gsid, name: 'gs', group_type_id: groupType });
    expect((await mem('GET', `/group_snapshots/${gsid}`)).body.group_snapshot.status).toBe('creating');
    // The member snapshot went through the snapshot path (an agent task).
    expect(await runAgent()).toEqual(['create_snapshot']);
    const shown = await mem('GET', `/group_snapshots/${gsid}`);
    ok('showGroupSnapshot', shown, 200);
    expect(shown.body.group_snapshot).toMatchObject({ id: gsid, group_id: gid, group_type_id: groupType, status: 'available', name: 'gs', project_id: member.projectId });
    const snaps = (await mem('GET', `/snapshots/detail`)).body.snapshots.filter((s: { volume_id: string }) => s.volume_id === vol);
    expect(snaps).toHaveLength(1);
    expect(snaps[0]).toMatchObject({ status: 'available', group_snapshot_id: gsid });
    ok('listGroupSnapshots', await mem('GET', '/group_snapshots'), 200);
    ok('listGroupSnapshotsDetailed', await mem('GET', '/group_snapshots/detail'), 200);
    expect((await as(other)('GET', '/group_snapshots/detail')).body.group_snapshots).toEqual([]);
    // A member snapshot is not deleted on its own; the group with a group snapshot is not deleted.
    const own = await mem('DELETE', `/snapshots/${snaps[0].id}`);
    expect(own.status).toBe(400);
    expect(own.body.badRequest.message).toContain('must not be part of a group');
    ok('volumeGroupAction', await mem('POST', `/groups/${gid}/action`, { delete: { 'delete-volumes': true } }), 400);

    // From the group snapshot, and from the group: the volume paths, `creating` until the volumes are.
    ok('createVolumeGroupFromSource', await mem('POST', '/groups/action', { 'create-from-src': { name: 'n' } }), 400);
    ok('createVolumeGroupFromSource', await mem('POST', '/groups/action', { 'create-from-src': { group_snapshot_id: gsid, source_group_id: gid } }), 400);
    ok('createVolumeGroupFromSource', await mem('POST', '/groups/action', { 'create-from-src': { group_snapshot_id: randomUUID() } }), 404);
    const fromSnap = await mem('POST', '/groups/action', { 'create-from-src': { group_snapshot_id: gsid, name: 'from-snap' } });
    ok('createVolumeGroupFromSource', fromSnap, 202);
    const fromGroup = await mem('POST', '/groups/action', { 'create-from-src': { source_group_id: gid, name: 'from-group' } });
    ok('createVolumeGroupFromSource', fromGroup, 202);
    const g2 = fromSnap.body.group.id as string;
    const g3 = fromGroup.body.group.id as string;
    expect((await mem('GET', `/groups/${g2}`)).body.group).toMatchObject({ status: 'creating', group_snapshot_id: gsid, source_group_id: null });
    const tasks = await runAgent();
    expect(tasks).toEqual(['create_volume', 'create_volume']);
    for (const g of [g2, g3]) {
      const shownGroup = (await mem('GET', `/groups/${g}?list_volume=true`)).body.group;
      expect(shownGroup.status).toBe('available');
      expect(shownGroup.volumes).toHaveLength(1);
      const v = (await mem('GET', `/volumes/${shownGroup.volumes[0]}`)).body.volume;
      expect(v).toMatchObject({ status: 'available', group_id: g, volume_type: 'grp-vt' });
    }
    expect((await mem('GET', `/groups/${g3}`)).body.group.source_group_id).toBe(gid);
    const newVols = (await mem('GET', '/volumes/detail')).body.volumes.filter((v: { group_id: string | null }) => v.group_id === g2 || v.group_id === g3);
    expect(newVols.map((v: { snapshot_id: string | null; source_volid: string | null }) => [v.snapshot_id, v.source_volid]).sort()).toEqual([[null, vol], [snaps[0].id, null]].sort());

    // Reset a group snapshot's status: admin, 3.19.
    ok('groupSnapshotAction', await mem('POST', `/group_snapshots/${gsid}/action`, { reset_status: { status: 'error' } }), 403);
    ok('groupSnapshotAction', await adm('POST', `/group_snapshots/${gsid}/action`, { reset_status: { status: 'weird' } }), 400);
    ok('groupSnapshotAction', await adm('POST', `/group_snapshots/${gsid}/action`, { reset_status: { status: 'creating' } }), 202);
    ok('deleteGroupSnapshot', await mem('DELETE', `/group_snapshots/${gsid}`), 400);
    ok('groupSnapshotAction', await adm('POST', `/group_snapshots/${gsid}/action`, { reset_status: { status: 'available' } }), 202);

    // The new groups' volumes came from the snapshot, which must go after them; delete them first.
    for (const g of [g2, g3]) ok('volumeGroupAction', await mem('POST', `/groups/${g}/action`, { delete: { 'delete-volumes': true } }), 202);
    await runAgent();
    ok('deleteGroupSnapshot', await as(other)('DELETE', `/group_snapshots/${gsid}`), 404);
    ok('deleteGroupSnapshot', await mem('DELETE', `/group_snapshots/${gsid}`), 202);
    expect((await mem('GET', `/group_snapshots/${gsid}`)).body.group_snapshot.status).toBe('deleting');
    expect(await runAgent()).toEqual(['delete_snapshot']);
    ok('showGroupSnapshot', await mem('GET', `/group_snapshots/${gsid}`), 404);
    expect((await mem('GET', `/snapshots/${snaps[0].id}`)).status).toBe(404);
    ok('volumeGroupAction', await mem('POST', `/groups/${gid}/action`, { delete: { 'delete-volumes': true } }), 202);
    await runAgent();
    expect((await mem('GET', '/groups/detail')).body.groups).toEqual([]);
  });

  it('stores volume type encryption (admin), refuses changes while volumes use the type', async () => {
    const t = (await adm('POST', '/types', { volume_type: { name: 'enc-t' } })).body.volume_type.id as string;
    ok('showVolumeTypeEncryption', await adm('GET', `/types/${t}/encryption`), 200);
    expect((await adm('GET', `/types/${t}/encryption`)).body).toEqual({});
    ok('createVolumeTypeEncryption', await mem('POST', `/types/${t}/encryption`, { encryption: { provider: 'luks' } }), 403);
    ok('showVolumeTypeEncryption', await mem('GET', `/types/${t}/encryption`), 403);
    ok('createVolumeTypeEncryption', await adm('POST', `/types/${randomUUID()}/encryption`, { encryption: { provider: 'luks' } }), 404);
    ok('createVolumeTypeEncryption', await adm('POST', `/types/${t}/encryption`, { encryption: { provider: 'luks', control_location: 'middle' } }), 400);
    ok('createVolumeTypeEncryption', await adm('POST', `/types/${t}/encryption`, { encryption: { provider: 'luks', key_size: 'big' } }), 400);
    ok('createVolumeTypeEncryption', await adm('POST', `/types/${t}/encryption`, { encryption: { cipher: 'aes' } }), 400);
    const created = await adm('POST', `/types/${t}/encryption`, { encryption: { provider: 'luks', cipher: 'aes-xts-plain64', key_size: 256, control_location: 'front-end' } });
    ok('createVolumeTypeEncryption', created, 200);
    expect(created.body.encryption).toMatchObject({ volume_type_id: t, provider: 'luks', cipher: 'aes-xts-plain64', key_size: 256, control_location: 'front-end' });
    const again = await adm('POST', `/types/${t}/encryption`, { encryption: { provider: 'luks' } });
    ok('createVolumeTypeEncryption', again, 400);
    expect(again.body.badRequest.message).toBe(`Volume type encryption for type ${t} already exists.`);
    const shown = await adm('GET', `/types/${t}/encryption`);
    ok('showVolumeTypeEncryption', shown, 200);
    expect(shown.body).toMatchObject({ volume_type_id: t, encryption_id: created.body.encryption.encryption_id, deleted: false, deleted_at: null });
    const item = await adm('GET', `/types/${t}/encryption/cipher`);
    ok('showVolumeTypeEncryptionSpec', item, 200);
    expect(item.body).toEqual({ cipher: 'aes-xts-plain64' });
    ok('showVolumeTypeEncryptionSpec', await adm('GET', `/types/${t}/encryption/nope`), 404);
    const upd = await adm('PUT', `/types/${t}/encryption/provider`, { encryption: { key_size: 128, control_location: 'back-end' } });
    ok('updateVolumeTypeEncryption', upd, 200);
    expect(upd.body).toEqual({ encryption: { key_size: 128, control_location: 'back-end' } });
    expect((await adm('GET', `/types/${t}/encryption`)).body).toMatchObject({ key_size: 128, control_location: 'back-end', provider: 'luks' });

    // A volume of the type: the spec is frozen.
    const v = (await mem('POST', '/volumes', { volume: { size: 1, volume_type: t } })).body.volume.id as string;
    await runAgent();
    // Nothing here encrypts: the volume is not handed out for an attach, and stays available.
    const att = await mem('POST', '/attachments', { attachment: { volume_uuid: v } });
    expect(att.status).toBe(400);
    expect(att.body.badRequest.message).toContain('is of an encrypted volume type (luks)');
    expect((await mem('GET', `/volumes/${v}`)).body.volume.status).toBe('available');
    expect((await mem('GET', '/attachments')).body.attachments).toEqual([]);
    const busy = await adm('DELETE', `/types/${t}/encryption/provider`);
    ok('deleteVolumeTypeEncryption', busy, 400);
    expect(busy.body.badRequest.message).toBe('Cannot delete encryption specs. Volume type in use.');
    ok('updateVolumeTypeEncryption', await adm('PUT', `/types/${t}/encryption/provider`, { encryption: { key_size: 512 } }), 400);
    await mem('DELETE', `/volumes/${v}`);
    await runAgent();
    ok('deleteVolumeTypeEncryption', await adm('DELETE', `/types/${t}/encryption/provider`), 202);
    ok('deleteVolumeTypeEncryption', await adm('DELETE', `/types/${t}/encryption/provider`), 404);
    expect((await adm('GET', `/types/${t}/encryption`)).body).toEqual({});
  });

  it('answers 404 for a trailing slash on a collection, as Cinder does', async () => {
    const r = await mem('GET', '/volumes/');
    expect(r.status).toBe(404);
    expect(r.body.itemNotFound.message).toBe('The resource could not be found.');
    expect((await mem('GET', '/volumes')).status).toBe(200);
    expect((await api(c, 'GET', '/volume/', {})).status).toBe(300);
  });
});

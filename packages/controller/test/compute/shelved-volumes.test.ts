/**
 * Volumes on a shelved-offloaded server (Nova 2.20+): attach records the BDM and completes the
 * attachment without a host (the volume in-use, no host task), detach drops both at once; before
 * 2.20 both are Nova's 409.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTasks } from '../../src/agentapi/tasks.js';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('volumes of shelved-offloaded servers on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string; userId: string };
  let host: FakeAgent;
  let server: string;

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    const flavor = await createFlavor(c, { name: 'm1.shv', vcpus: 1, ram: 128, disk: 1 });
    const image = await createImage(c);
    host = await FakeAgent.start(c, 'shv-host', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 's', flavorRef: flavor, imageRef: image, networks: 'none' } } });
    server = r.body.server.id as string;
    await host.run();
    // As the offload leaves it: no host, vm_state shelved_offloaded.
    await c.db.updateTable('instances').set({ vm_state: 'shelved_offloaded', power_state: 4, host_id: null, host_name: null }).where('id', '=', server).execute();
  }, 120000);
  afterAll(async () => {
    await c?.close();
  });

  const volume = async (): Promise<string> => {
    const id = randomUUID();
    const now = new Date().toISOString();
    const typeId = (await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow()).id;
    await c.db.insertInto('vol_volumes').values({ id, project_id: member.projectId, user_id: member.userId, name: 'v', description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: typeId, bootable: 0, multiattach: 0, snapshot_id: null, source_volid: null, host_id: host.hostId, host_name: 'shv-host', metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now }).execute();
    return id;
  };
  const status = async (id: string) => (await c.db.selectFrom('vol_volumes').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const attach = (vol: string, version = '2.20') => call(c, 'POST', `/v2.1/servers/${server}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: vol } }, headers: { 'OpenStack-API-Version': `compute ${version}` } });
  const detach = (vol: string, version = '2.20') => call(c, 'DELETE', `/v2.1/servers/${server}/os-volume_attachments/${vol}`, 'deleteServerVolumeAttachment', { token: member.token, headers: { 'OpenStack-API-Version': `compute ${version}` } });

  it('attaches without a host (in-use, BDM attached, no task) and detaches at once', async () => {
    const vol = await volume();
    const r = await attach(vol);
    expect(r.status).toBe(200);
    expect(r.body.volumeAttachment).toMatchObject({ volumeId: vol, serverId: server, device: '/dev/vdb' });
    expect(await status(vol)).toBe('in-use');
    const bdm = await c.db.selectFrom('block_device_mappings').selectAll().where('volume_id', '=', vol).executeTakeFirstOrThrow();
    expect(bdm.status).toBe('attached');
    const tasks = await claimTasks(c.db, host.hostId, 100, { dialect: c.ctx.dialect, leaseMs: 60000, maxAttempts: 5, now: new Date(), hub: c.ctx.agentHub });
    expect(tasks).toEqual([]);
    const listed = await call(c, 'GET', `/v2.1/servers/${server}/os-volume_attachments`, 'listServerVolumeAttachments', { token: member.token });
    expect(listed.body.volumeAttachments).toEqual([expect.objectContaining({ volumeId: vol })]);
    // Before 2.20 Nova refuses a detach here as well.
    expect((await detach(vol, '2.19')).status).toBe(409);
    expect((await detach(vol)).status).toBe(202);
    expect(await status(vol)).toBe('available');
    expect(await c.db.selectFrom('block_device_mappings').select('id').where('volume_id', '=', vol).executeTakeFirst()).toBeUndefined();
    expect(await c.db.selectFrom('vol_attachments').select('id').where('volume_id', '=', vol).executeTakeFirst()).toBeUndefined();
  });

  it('refuses the attach before 2.20 (409), leaving the volume available', async () => {
    const vol = await volume();
    expect((await attach(vol, '2.19')).status).toBe(409);
    expect(await status(vol)).toBe('available');
  });
});

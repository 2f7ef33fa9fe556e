/**
 * rebuild: the server's root disk recreated from an image on its host, with its ports, addresses
 * and volumes kept (Nova's `rebuild`). The start transaction checks the image (Nova's 400s),
 * records the new image, name, metadata, key and user data on the server and in the spawn
 * payload it keeps, and answers 202 with the server and its admin password.
 * @see https://docs.openstack.org/api-ref/compute/#rebuild-server-rebuild-action
 */
import { randomBytes } from 'node:crypto';
import type { TaskPayloadOf } from '../../agentapi/internal.js';
import type { Trx } from '../../db/index.js';
import { badRequest } from '../../errors.js';
import { j, mvAtLeast } from '../common.js';
import type { SchedulingState } from '../lifecycle.js';
import { accessIp, personalityFiles, refId, resolveBootImage } from '../servers.js';
import { effectiveLimits } from '../quotas.js';
import { loadLimits } from '../quota-store.js';
import { loadExtras, serverView, type InstanceRow } from '../views.js';
import { PowerState, VmState, type PowerStateValue } from '../states.js';
import type { ActionAnswer, ActionCall, EndState } from './types.js';

/** Body fields newer than the request's microversion are Nova's schema errors. */
const SINCE: [field: 'description' | 'key_name' | 'user_data', minor: number][] = [['description', 19], ['key_name', 54], ['user_data', 57]];

/** Validates a rebuild, records it on the server, and gives the task's payload and the 202's body. */
export async function prepareRebuild(trx: Trx, call: ActionCall<'rebuild'>, row: InstanceRow): Promise<{ payload: Omit<TaskPayloadOf<'rebuild_instance'>, 'instance'> & { instance: TaskPayloadOf<'rebuild_instance'>['instance'] }; answer: ActionAnswer }> {
  const { ctx, auth, req, body } = call;
  for (const [field, minor] of SINCE) if (body[field] !== undefined && !mvAtLeast(req, minor)) throw badRequest(`Additional properties are not allowed ('${field}' was unexpected)`);
  if (!row.image_ref) throw badRequest('Rebuilding a server booted from a volume is not supported by this cloud yet.');
  const accessIPv4 = accessIp(body, 'accessIPv4');
  const accessIPv6 = accessIp(body, 'accessIPv6');
  const { image } = await resolveBootImage(trx, refId(body.imageRef), row.project_id, auth.isAdmin, { ram: row.memory_mb, disk: row.root_gb });
  let key: { name: string | null; data: string | null } = { name: row.key_name, data: row.key_data };
  if (typeof body.key_name === 'string') {
    const kp = await trx.selectFrom('keypairs').select('public_key').where('user_id', '=', auth.userId).where('name', '=', body.key_name).executeTakeFirst();
    if (!kp) throw badRequest('Invalid key_name provided.');
    key = { name: body.key_name, data: kp.public_key };
  } else if (body.key_name === null) {
    key = { name: null, data: null };
  }
  const adminPass = body.adminPass ?? randomBytes(9).toString('base64').replace(/[+/=]/g, 'x');
  const name = body.name ?? row.name;
  const metadata = body.metadata ?? j<Record<string, string>>(row.metadata, {});
  const userData = body.user_data === undefined ? row.user_data : body.user_data;
  const sched = j<SchedulingState>(row.scheduling, {});
  const old = (sched.payload?.instance ?? {}) as Record<string, unknown>;
  const { user_data: _u, key_data: _kd, key_name: _kn, files: _f, ...kept } = old;
  const files = personalityFiles(req, body.personality, effectiveLimits(await loadLimits(trx, row.project_id)));
  const instance = {
    ...kept,
    uuid: row.id,
    name,
    hostname: row.hostname,
    vcpus: row.vcpus,
    memory_mb: row.memory_mb,
    root_gb: row.root_gb,
    ephemeral_gb: row.ephemeral_gb,
    metadata,
    availability_zone: row.availability_zone ?? '',
    project_id: row.project_id,
    admin_pass: adminPass,
    ...(userData ? { user_data: userData } : {}),
    ...(key.data ? { key_data: key.data, key_name: key.name } : {}),
    // Nova's rebuild replaces the injected files with the request's (none when absent).
    ...(files ? { files } : {}),
  } as TaskPayloadOf<'rebuild_instance'>['instance'];
  sched.payload = { ...(sched.payload ?? {}), instance, image };
  await trx
    .updateTable('instances')
    .set({
      image_ref: String(image.id),
      name,
      metadata: JSON.stringify(metadata),
      user_data: userData,
      key_name: key.name,
      key_data: key.data,
      scheduling: JSON.stringify(sched),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(accessIPv4 !== undefined ? { access_ip_v4: accessIPv4 } : {}),
      ...(accessIPv6 !== undefined ? { access_ip_v6: accessIPv6 } : {}),
      ...(body['OS-DCF:diskConfig'] ? { disk_config: body['OS-DCF:diskConfig'] } : {}),
    })
    .where('id', '=', row.id)
    .execute();
  const now = await trx.selectFrom('instances').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  // Nova answers with the view update uses (the extensions from 2.75) and the admin password.
  // key_name from 2.54 and user_data from 2.57 (nova/api/openstack/compute/servers.py `_action_rebuild`).
  const server: Record<string, unknown> = { ...serverView(ctx, req, now, await loadExtras(trx, [row.id]), { extended: mvAtLeast(req, 75) }), adminPass };
  if (mvAtLeast(req, 54)) server.key_name = now.key_name;
  if (mvAtLeast(req, 57)) server.user_data = now.user_data;
  // Nova's rebuild view leaves out the extended attribute (`show_user_data=False`): user_data is top-level.
  delete server['OS-EXT-SRV-ATTR:user_data'];
  return { payload: { instance, image: image as TaskPayloadOf<'rebuild_instance'>['image'], power_on: row.vm_state !== VmState.STOPPED }, answer: { body: { server } } };
}

/** Rebuild done: ACTIVE, or SHUTOFF for a server that was stopped (the host powered it off again). */
export async function rebuildFinished(_trx: Trx, row: InstanceRow, payload: Record<string, unknown>, result: Record<string, unknown> | undefined): Promise<EndState> {
  const power = (typeof result?.power_state === 'number' ? result.power_state : payload.power_on === false ? PowerState.SHUTDOWN : PowerState.RUNNING) as PowerStateValue;
  return power === PowerState.RUNNING ? { vm_state: VmState.ACTIVE, power_state: power } : { vm_state: VmState.STOPPED, power_state: power };
}

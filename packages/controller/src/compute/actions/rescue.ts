/**
 * What a rescue needs before its task goes out: the rescue image (the server's own unless
 * `rescue_image_ref`) resolved to the agent's image references, with the kernel and ramdisk an
 * AKI-style image names, and the rescue boot's password, which the API answers.
 * @see https://docs.openstack.org/api-ref/compute/#rescue-server-rescue-action
 */
import type { components } from '@oscloud/sdk/generated/compute';
import type { AgentPayload } from '../../agentapi/types.js';
import type { Trx } from '../../db/index.js';
import { badRequest } from '../../errors.js';
import { generatePassword } from '../common.js';
import { findBootImage } from '../servers.js';
import type { InstanceRow } from '../views.js';
import type { ActionCall, HostPrepared } from './types.js';

type S = components['schemas'];
type TaskImage = AgentPayload<'RescuePayload'>['image'];

/** An image the caller may boot, as the agent fetches it; 400 when absent, invisible or not active (Nova's create messages). */
async function taskImage(trx: Trx, ref: string, projectId: string, isAdmin: boolean, what = ''): Promise<TaskImage & { properties: Record<string, string> }> {
  const img = await findBootImage(trx, ref, projectId, isAdmin, what);
  return { id: img.id, checksum: img.checksum, os_hash_value: img.os_hash_value, disk_format: img.disk_format, size: img.size, properties: img.properties } as TaskImage & { properties: Record<string, string> };
}

/** The rescue task's payload and the API's answer; a server booted from a volume is refused (Nova before 2.87). */
export async function prepareRescue(trx: Trx, call: ActionCall<'rescue'>, row: InstanceRow): Promise<HostPrepared<'rescue'>> {
  const body = call.body ?? {};
  if (!row.image_ref) throw badRequest(`Instance ${row.id} cannot be rescued: Cannot rescue a volume-backed instance`);
  const projectId = call.auth.projectId ?? row.project_id;
  const image = await taskImage(trx, body.rescue_image_ref ?? row.image_ref, projectId, call.auth.isAdmin);
  const extra: Pick<AgentPayload<'RescuePayload'>, 'kernel' | 'ramdisk'> = {};
  for (const [prop, key] of [['kernel_id', 'kernel'], ['ramdisk_id', 'ramdisk']] as const) {
    const ref = image.properties[prop];
    if (ref) extra[key] = await taskImage(trx, ref, projectId, call.auth.isAdmin, ` (${prop} of image ${image.id})`);
  }
  const answer: S['RescueResult'] = { adminPass: body.adminPass ?? generatePassword() };
  return { payload: { image, ...extra }, answer: { code: 200, body: answer } };
}

/**
 * Servers: create (quota, ports, schedule + claim, spawn task), list/detail with Nova's filters and
 * pagination (tag filters: tags.ts), show, update, delete, metadata, addresses and security groups.
 * @see https://docs.openstack.org/api-ref/compute/#servers-servers
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import type { FlavorsTable } from '../db/tables/compute.js';
import { enqueueTask } from '../agentapi/internal.js';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { lockQuota, nowIso, withTransaction, type Trx } from '../db/index.js';
import { ApiError, badRequest, conflict, forbidden, isApiError, notFound } from '../errors.js';
import { deleteImage, getImageForBoot } from '../image/internal.js';
import { agentNetworkInfo } from '../network/dataplane.js';
import { allocatePortForServer, ensureDefaultSecurityGroup } from '../network/internal.js';
import { formatIp, parseIp } from '../network/ipam.js';
import { connectAttachment, getVolumeForAttach, reserveVolumeForAttach } from '../volume/internal.js';
import { defineRoute } from '../route.js';
import { finishEvent, startAction, startEvent } from './actions.js';
import { generatePassword, instanceNotFound, int, j, links, mvAtLeast, newId, nextLink, page, truthy, UUID_RE } from './common.js';
import { finalizeDelete, placeAndSpawn, type SchedulingState } from './lifecycle.js';
import { effectiveLimits, instancesThatFit, quotaError } from './quotas.js';
import { novaGroupViews } from './secgroups.js';
import { loadLimits, usage } from './quota-store.js';
import { deriveStatus, statesForStatus, TaskState, VmState } from './states.js';
import { setServerTags, tagFilter } from './tags.js';
import { loadExtras, serverView, type FlavorSnapshot, type InstanceRow } from './views.js';

type Body = Record<string, unknown>;

/** Loads a live server visible to the caller, else 404. */
export async function loadServer(db: AppContext['db'] | Trx, auth: AuthContext, id: string): Promise<InstanceRow> {
  const row = await db.selectFrom('instances').selectAll().where('id', '=', id).where('deleted', '=', 0).executeTakeFirst();
  if (!row || (!auth.isAdmin && row.project_id !== auth.projectId)) throw instanceNotFound(id);
  return row;
}

/** Nova's check_instance_lock: a locked server refuses changes (409) except from an admin. */
export function assertUnlocked(row: InstanceRow, auth: AuthContext): void {
  if (row.locked && !auth.isAdmin) throw conflict(`Instance ${row.id} is locked`);
}

/**
 * An image the caller may boot (server create, rebuild, rescue): Nova's 400s for one that does
 * not exist or is not visible (`Image X could not be found.`) and for one not active (`Image X is
 * not active.`); `what` qualifies the name in the message (` (kernel_id of image Y)`).
 */
export async function findBootImage(trx: Trx, ref: string, projectId: string, isAdmin: boolean, what = ''): Promise<Awaited<ReturnType<typeof getImageForBoot>>> {
  try {
    return await getImageForBoot(trx, ref, projectId, { isAdmin });
  } catch (e) {
    if (isApiError(e) && e.status === 404) throw badRequest(`Image ${ref}${what} could not be found.`);
    if (isApiError(e) && e.status === 409) throw badRequest(`Image ${ref}${what} is not active.`);
    throw e;
  }
}

/**
 * The image a server boots from (create, rebuild), as the spawn payload carries it: Nova's 400s
 * for an id that is not a UUID, an image that does not exist (or is not the caller's to see) or
 * is not active, and one the flavor's memory or disk is too small for.
 */
export async function resolveBootImage(trx: Trx, imageRef: string, projectId: string, isAdmin: boolean, flavor: { ram: number; disk: number }): Promise<{ image: Record<string, unknown>; properties: Record<string, string> }> {
  if (!imageRef || !UUID_RE.test(imageRef)) throw badRequest('Invalid imageRef provided.');
  const img = await findBootImage(trx, imageRef, projectId, isAdmin);
  // A volume-backed server's snapshot has no data: its volumes are in the snapshots it maps,
  // which this cloud cannot boot from yet (Nova creates a volume of each); refused, not booted empty.
  if (img.properties.block_device_mapping) throw badRequest(`Block Device Mapping is Invalid: image ${img.id} maps volume snapshots (block_device_mapping), which this cloud cannot boot from yet.`);
  if (img.min_ram && flavor.ram < img.min_ram) throw badRequest("Flavor's memory is too small for requested image.");
  if (img.min_disk && flavor.disk > 0 && flavor.disk < img.min_disk) throw badRequest("Flavor's disk is too small for requested image.");
  const image = { id: img.id, checksum: img.checksum, os_hash_value: img.os_hash_value, disk_format: img.disk_format, container_format: img.container_format, size: img.size, properties: img.properties };
  return { image, properties: img.properties };
}

/**
 * A flavor the caller may boot (or resize to): public, or shared with the project, or any for an
 * admin; undefined when it does not exist, is not visible or is disabled (Nova's FlavorNotFound).
 */
export async function usableFlavor(trx: Trx, flavorId: string, projectId: string, isAdmin: boolean): Promise<Selectable<FlavorsTable> | undefined> {
  const flavor = await trx.selectFrom('flavors').selectAll().where('id', '=', flavorId).executeTakeFirst();
  if (!flavor || flavor.disabled) return undefined;
  if (flavor.is_public === 1 || isAdmin) return flavor;
  const shared = await trx.selectFrom('flavor_projects').select('flavor_id').where('flavor_id', '=', flavor.id).where('project_id', '=', projectId).executeTakeFirst();
  return shared ? flavor : undefined;
}

/** The flavor snapshot an instance keeps (its `flavor` column). */
export function flavorSnapshot(flavor: Selectable<FlavorsTable>): FlavorSnapshot {
  return { id: flavor.id, name: flavor.name, vcpus: flavor.vcpus, ram: flavor.ram, disk: flavor.disk, ephemeral: flavor.ephemeral, swap: flavor.swap, extra_specs: j(flavor.extra_specs, {}) };
}

/** The last path segment of a reference that may be a URL (imageRef, flavorRef). */
export function refId(v: unknown): string {
  const s = String(v ?? '').trim();
  return s.includes('/') ? s.replace(/\/+$/, '').split('/').pop()! : s;
}

/** A DNS-safe hostname from a display name (Nova's sanitize_hostname). */
export function sanitizeHostname(name: string): string {
  const h = name
    .toLowerCase()
    .replace(/[ _]/g, '-')
    .replace(/[^a-z0-9.-]/g, '')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 63)
    .replace(/[.-]+$/g, '');
  return h || 'server';
}

/** Rethrows another service's error in Nova's shape (no Neutron/Glance fault keys). */
function asNova(e: unknown, notFoundStatus = 400): never {
  if (isApiError(e)) throw new ApiError(e.status === 404 ? notFoundStatus : e.status, e.message);
  throw e;
}

/**
 * accessIPv4 / accessIPv6 as Nova stores them: parsed, of the right family, in canonical form
 * (`0000:...:babe:220.12.22.2` -> `::babe:dc0c:1602`); 400 otherwise. Absent stays absent.
 * @see https://docs.openstack.org/api-ref/compute/#create-server
 */
export function accessIp(s: Body, field: 'accessIPv4' | 'accessIPv6'): string | undefined {
  const v = s[field];
  if (v === undefined) return undefined;
  const version = field === 'accessIPv4' ? 4 : 6;
  const ip = typeof v === 'string' ? parseIp(v) : null;
  if (!ip || ip.version !== version) throw badRequest(`Invalid input for field/attribute ${field}. Value: ${String(v)}. '${String(v)}' is not a 'ipv${version}'`);
  return formatIp(ip.version, ip.value);
}

/** A personality file as the spawn payload carries it. */
export type PersonalityFile = { path: string; contents: string };

/**
 * Nova's personality (server create and rebuild before 2.57): files checked against the
 * injected_files quotas (403, as Nova's OnsetFile*LimitExceeded) and contents that must be
 * base64 (400). Undefined when the request has none; from 2.57 the field is a schema error.
 */
export function personalityFiles(req: FastifyRequest, v: unknown, limits: Record<string, number>): PersonalityFile[] | undefined {
  if (v === undefined) return undefined;
  if (mvAtLeast(req, 57)) throw badRequest("Additional properties are not allowed ('personality' was unexpected)");
  const files = v as PersonalityFile[];
  const over = (limit: number, n: number): boolean => limit >= 0 && n > limit;
  if (over(limits.injected_files!, files.length)) throw new ApiError(403, 'Personality file limit exceeded', { type: 'forbidden' });
  for (const f of files) {
    const compact = f.contents.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) throw badRequest(`Personality content for ${f.path} cannot be decoded`);
    if (over(limits.injected_file_path_bytes!, Buffer.byteLength(f.path))) throw new ApiError(403, `Personality file path exceeds maximum ${limits.injected_file_path_bytes}`, { type: 'forbidden' });
    if (over(limits.injected_file_content_bytes!, Buffer.from(compact, 'base64').length)) throw new ApiError(403, `Personality content exceeds maximum ${limits.injected_file_content_bytes}`, { type: 'forbidden' });
  }
  return files.map((f) => ({ path: f.path, contents: f.contents.replace(/\s+/g, '') }));
}

/** Networks a request asked for, resolved: one entry per NIC. */
type NicRequest = { networkId?: string; portId?: string; fixedIp?: string };

/** Resolves `networks` ('auto' | 'none' | list | absent) into NIC requests. */
async function resolveNetworks(trx: Trx, projectId: string, networks: unknown): Promise<NicRequest[]> {
  if (networks === 'none') return [];
  if (Array.isArray(networks)) {
    return (networks as Body[]).map((n) => {
      if (!n.uuid && !n.port) throw badRequest('Bad networks format: network uuid is not in proper format');
      return { networkId: n.uuid ? String(n.uuid) : undefined, portId: n.port ? String(n.port) : undefined, fixedIp: n.fixed_ip ? String(n.fixed_ip) : undefined };
    });
  }
  // 'auto' or absent: the project's own network when there is exactly one, else the only shared one.
  const candidates = await availableNetworks(trx, projectId);
  if (candidates.length > 1) throw conflict(NETWORK_AMBIGUOUS);
  return candidates.length === 1 ? [{ networkId: candidates[0]! }] : [];
}

/** Nova's NetworkAmbiguous message. */
export const NETWORK_AMBIGUOUS = 'Multiple possible networks found, use a Network ID to be more specific.';

/**
 * The networks a server may get when none is named (Nova's _get_available_networks): the
 * project's own, else the shared ones; never an external network.
 */
export async function availableNetworks(trx: Trx, projectId: string): Promise<string[]> {
  const nets = await trx.selectFrom('net_networks').select(['id', 'project_id', 'shared']).where('external', '=', 0).orderBy('created_at').execute();
  const own = nets.filter((n) => n.project_id === projectId);
  return (own.length > 0 ? own : nets.filter((n) => n.shared)).map((n) => n.id);
}

/** Security group names -> ids in the project (the default group is created on first use). */
async function resolveSecurityGroups(trx: Trx, projectId: string, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    if (name === 'default') {
      ids.push(await ensureDefaultSecurityGroup(trx, projectId));
      continue;
    }
    const rows = await trx
      .selectFrom('net_security_groups')
      .select(['id', 'project_id'])
      .where((eb) => eb.or([eb('name', '=', name), eb('id', '=', name)]))
      .execute();
    const mine = rows.filter((r) => r.project_id === projectId);
    if (mine.length === 0) throw badRequest(`Security group ${name} not found for project ${projectId}.`);
    if (mine.length > 1) throw conflict(`Multiple security groups found matching '${name}'. Use an ID to be more specific.`);
    ids.push(mine[0]!.id);
  }
  return ids;
}

/** The create flow; returns the created rows and the admin password. */
async function createServers(ctx: AppContext, req: FastifyRequest, body: Body): Promise<{ ids: string[]; reservationId: string; adminPass: string; sgNames: string[]; diskConfig: string }> {
  const auth = req.auth!;
  if (!auth.projectId) throw badRequest('A project-scoped token is required to create servers.');
  const projectId = auth.projectId;
  const s = body.server as Body;
  const hints = (body['os:scheduler_hints'] ?? body['OS-SCH-HNT:scheduler_hints'] ?? {}) as Body;
  if (mvAtLeast(req, 37) && s.networks === undefined) throw badRequest("Invalid input for field/attribute server. 'networks' is a required property");
  if (!mvAtLeast(req, 37) && typeof s.networks === 'string') throw badRequest(`Invalid input for field/attribute networks. Value: ${s.networks}. '${s.networks}' is not of type 'array'`);
  for (const [field, min] of [['description', 19], ['tags', 52], ['trusted_image_certificates', 63], ['host', 74], ['hypervisor_hostname', 74]] as const) {
    if (s[field] !== undefined && !mvAtLeast(req, min)) throw badRequest(`Additional properties are not allowed ('${field}' was unexpected)`);
  }
  if ((s.host !== undefined || s.hypervisor_hostname !== undefined) && !auth.isAdmin) throw forbidden();
  const minCount = int(s.min_count, 1);
  const maxCount = int(s.max_count, minCount);
  if (minCount > maxCount) throw badRequest('min_count must be <= max_count');
  const name = String(s.name);
  if (!name.trim()) throw badRequest("Invalid input for field/attribute name. Value: . ' ' does not match '^(?! )[\\S ]*(?<! )$'");
  const sgNames = Array.isArray(s.security_groups) && s.security_groups.length > 0 ? [...new Set((s.security_groups as Body[]).map((g) => String(g.name)))] : ['default'];
  const diskConfig = s['OS-DCF:diskConfig'] === 'AUTO' ? 'AUTO' : 'MANUAL';
  const adminPass = typeof s.adminPass === 'string' ? s.adminPass : generatePassword();
  const reservationId = `r-${randomBytes(4).toString('hex')}`;
  const accessIPv4 = accessIp(s, 'accessIPv4') ?? '';
  const accessIPv6 = accessIp(s, 'accessIPv6') ?? '';
  const bdms = Array.isArray(s.block_device_mapping_v2) ? (s.block_device_mapping_v2 as Body[]) : [];
  const bootVolume = bdms.find((b) => int(b.boot_index, -1) === 0 && b.source_type === 'volume');
  for (const b of bdms) {
    const src = String(b.source_type ?? '');
    const dst = String(b.destination_type ?? (src === 'volume' ? 'volume' : 'local'));
    if (!((src === 'volume' && dst === 'volume' && typeof b.uuid === 'string') || (src === 'image' && dst === 'local'))) {
      throw badRequest(`Block Device Mapping is Invalid: source_type ${src} with destination_type ${dst} is not supported.`);
    }
  }
  const volumeBdms = bdms.filter((b) => b.source_type === 'volume');
  if (volumeBdms.length > 0 && maxCount > 1) throw badRequest('Block Device Mapping is Invalid: a volume cannot be attached to several new servers.');

  // Availability zone, optionally "az:host" (admin) as Nova parses it.
  let requestedAz: string | null = null;
  let forceHost: string | null = typeof s.host === 'string' ? s.host : typeof s.hypervisor_hostname === 'string' ? s.hypervisor_hostname : null;
  if (typeof s.availability_zone === 'string') {
    const [az, host] = s.availability_zone.split(':');
    requestedAz = az || null;
    if (host) {
      if (!auth.isAdmin) throw forbidden();
      forceHost = host;
    }
  }
  const groupId = typeof hints.group === 'string' ? hints.group : null;
  const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

  return withTransaction(ctx.db, async (trx) => {
    const now = nowIso(ctx);
    // Flavor (400 when unknown or not accessible, as Nova's FlavorNotFound on create).
    const flavorId = refId(s.flavorRef);
    const flavor = await usableFlavor(trx, flavorId, projectId, auth.isAdmin);
    if (!flavor) throw badRequest(`Flavor ${flavorId} could not be found.`);

    // Image (unless booting from a volume, whose image metadata then stands for it as in Nova).
    let image: Record<string, unknown> | null = null;
    const extraImages: Record<string, unknown> = {};
    let imageRef = '';
    let bootProps: Record<string, string> = {};
    let bootSource = '';
    if (!bootVolume) {
      imageRef = refId(s.imageRef);
      const resolved = await resolveBootImage(trx, imageRef, projectId, auth.isAdmin, flavor);
      image = resolved.image;
      bootProps = resolved.properties;
      bootSource = `image ${imageRef}`;
    } else {
      const volumeId = String(bootVolume.uuid);
      let vol;
      try {
        vol = await getVolumeForAttach(trx, volumeId, auth.isAdmin ? null : projectId);
      } catch (e) {
        if (isApiError(e) && e.status === 404) throw badRequest(`Block Device Mapping is Invalid: failed to get volume ${volumeId}.`);
        throw e;
      }
      // Nova's InvalidBDMVolumeNotBootable.
      if (!vol.bootable) throw badRequest(`Block Device ${volumeId} is not bootable.`);
      bootProps = vol.image_metadata;
      bootSource = `volume ${volumeId}`;
    }
    // AMI-style images name their kernel and ramdisk images; the agent boots them directly.
    for (const [prop, key] of [['kernel_id', 'kernel'], ['ramdisk_id', 'ramdisk']] as const) {
      const ref = bootProps[prop];
      if (!ref) continue;
      try {
        const k = await getImageForBoot(trx, ref, projectId, { isAdmin: auth.isAdmin });
        extraImages[key] = { id: k.id, checksum: k.checksum, os_hash_value: k.os_hash_value, disk_format: k.disk_format, size: k.size };
      } catch (e) {
        if (isApiError(e)) throw badRequest(`Image ${ref} (${prop} of ${bootSource}) could not be found.`);
        throw e;
      }
    }

    // Key pair.
    let keyData: string | null = null;
    if (typeof s.key_name === 'string') {
      const kp = await trx.selectFrom('keypairs').select('public_key').where('user_id', '=', auth.userId).where('name', '=', s.key_name).executeTakeFirst();
      if (!kp) throw badRequest('Invalid key_name provided.');
      keyData = kp.public_key;
    }

    // Availability zone must exist.
    if (requestedAz) {
      const az = await trx.selectFrom('hosts').select('id').where('availability_zone', '=', requestedAz).executeTakeFirst();
      if (!az) throw badRequest('The requested availability zone is not available');
    }

    // Server group.
    let group: { id: string; policy: string } | null = null;
    if (groupId) {
      const g = await trx.selectFrom('server_groups').selectAll().where('id', '=', groupId).executeTakeFirst();
      if (!g || (!auth.isAdmin && g.project_id !== projectId)) throw badRequest(`Invalid input for field/attribute group. Server group ${groupId} could not be found.`);
      group = g;
    }

    // instances, cores and ram are counted together from the instances table.
    await lockQuota(trx, projectId, 'instances');
    const limits = effectiveLimits(await loadLimits(trx, projectId));
    const used = await usage(trx, projectId);
    const fit = instancesThatFit(limits, used, { cores: flavor.vcpus, ram: flavor.ram }, minCount, maxCount);
    if ('over' in fit) throw quotaError(fit.over);
    const files = personalityFiles(req, s.personality, limits);
    const count = fit.count;
    if (group) {
      const members = await trx.selectFrom('server_group_members').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', group.id).executeTakeFirstOrThrow();
      const lim = limits.server_group_members;
      if (lim >= 0 && Number(members.n) + count > lim) throw new ApiError(403, 'Quota exceeded, too many servers in group', { type: 'forbidden' });
    }
    const metadata = (s.metadata ?? {}) as Record<string, string>;
    if (limits.metadata_items >= 0 && Object.keys(metadata).length > limits.metadata_items) {
      throw new ApiError(403, `Quota exceeded for metadata_items: Requested ${Object.keys(metadata).length}, but already used 0 of ${limits.metadata_items} metadata_items`, { type: 'forbidden' });
    }

    const nics = await resolveNetworks(trx, projectId, s.networks);
    // Only 'default' (asked for or implied) leaves the choice to the network, as Nova does: its
    // ports get the default group where port security is on and none where it is off.
    const onlyDefault = sgNames.length === 1 && sgNames[0] === 'default';
    const sgIds = nics.length > 0 && !onlyDefault ? await resolveSecurityGroups(trx, projectId, sgNames) : undefined;
    const snapshot = flavorSnapshot(flavor);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = newId();
      const displayName = count > 1 ? `${name}-${i + 1}` : name;
      const hostname = sanitizeHostname(displayName);
      const networkInfo: Record<string, unknown>[] = [];
      const sched: SchedulingState = {
        forceHost,
        differentHost: list(hints.different_host),
        sameHost: list(hints.same_host),
      };
      await trx
        .insertInto('instances')
        .values({
          id,
          project_id: projectId,
          user_id: auth.userId,
          name: displayName,
          hostname,
          description: (s.description as string | null | undefined) ?? null,
          image_ref: imageRef,
          flavor_id: flavor.id,
          flavor: JSON.stringify(snapshot),
          vcpus: flavor.vcpus,
          memory_mb: flavor.ram,
          root_gb: flavor.disk,
          ephemeral_gb: flavor.ephemeral,
          vm_state: VmState.BUILDING,
          task_state: TaskState.SCHEDULING,
          power_state: 0,
          host_id: null,
          host_name: null,
          availability_zone: requestedAz,
          requested_az: requestedAz,
          key_name: typeof s.key_name === 'string' ? s.key_name : null,
          key_data: keyData,
          user_data: typeof s.user_data === 'string' ? s.user_data : null,
          metadata: JSON.stringify(metadata),
          security_groups: JSON.stringify(sgNames),
          config_drive: s.config_drive === undefined ? '' : truthy(s.config_drive) ? 'True' : '',
          access_ip_v4: accessIPv4,
          access_ip_v6: accessIPv6,
          disk_config: diskConfig,
          reservation_id: reservationId,
          launch_index: i,
          locked: 0,
          locked_reason: null,
          progress: 0,
          server_group_id: group?.id ?? null,
          requested_networks: JSON.stringify(s.networks ?? 'auto'),
          scheduling: JSON.stringify(sched),
          attempts: 0,
          launched_at: null,
          terminated_at: null,
          created_at: now,
          updated_at: now,
          deleted: 0,
          deleted_at: null,
        })
        .execute();
      if (Array.isArray(s.tags) && s.tags.length > 0) await setServerTags(trx, id, s.tags.map(String));
      await startAction(trx, { instanceId: id, requestId: req.id, action: 'create', userId: auth.userId, projectId, now });
      await startEvent(trx, id, 'create', 'conductor_schedule_and_build_instances', now);
      if (group) await trx.insertInto('server_group_members').values({ instance_id: id, group_id: group.id }).execute();
      for (const nic of nics) {
        try {
          const port = await allocatePortForServer(trx, { projectId, networkId: nic.networkId, portId: nic.portId, fixedIp: nic.fixedIp, securityGroups: sgIds, deviceId: id, isAdmin: auth.isAdmin, now: ctx.now() });
          networkInfo.push(await agentNetworkInfo(trx, port.port_id));
        } catch (e) {
          asNova(e);
        }
      }
      // Ports on networks without port security got no group: the server has none either (its
      // `security_groups` says what its ports hold, as Nova's does with Neutron).
      if (onlyDefault && nics.length > 0 && networkInfo.every((n) => n.port_security_enabled === false)) {
        await trx.updateTable('instances').set({ security_groups: '[]' }).where('id', '=', id).execute();
      }
      const blockDevices: Record<string, unknown>[] = [];
      // vda is the root disk (the image's or the boot volume), the other volumes follow from vdb.
      let letter = 1;
      for (const b of volumeBdms) {
        const volumeId = String(b.uuid);
        const bootIndex = b.boot_index === undefined || b.boot_index === null ? null : int(b.boot_index, -1);
        const device = bootIndex === 0 ? '/dev/vda' : `/dev/vd${String.fromCharCode(97 + letter++)}`;
        let attachmentId: string;
        try {
          const vol = await getVolumeForAttach(trx, volumeId, auth.isAdmin ? null : projectId);
          // File pools are host-local: the server must run where its volumes are.
          if (vol.host_id) sched.volumeHosts = [...new Set([...(sched.volumeHosts ?? []), vol.host_id])];
          attachmentId = await reserveVolumeForAttach(trx, volumeId, id, auth.isAdmin ? null : projectId);
          await connectAttachment(trx, attachmentId, { mountpoint: device, mode: 'rw' });
        } catch (e) {
          if (isApiError(e) && e.status === 404) throw badRequest(`Block Device Mapping is Invalid: failed to get volume ${volumeId}.`);
          if (isApiError(e)) throw badRequest(`Invalid volume: ${e.message}`);
          throw e;
        }
        await trx
          .insertInto('block_device_mappings')
          .values({ id: newId(), instance_id: id, volume_id: volumeId, device, tag: typeof b.tag === 'string' ? b.tag : null, delete_on_termination: truthy(b.delete_on_termination) ? 1 : 0, attachment_id: attachmentId, boot_index: bootIndex, status: 'attaching', created_at: now })
          .execute();
        blockDevices.push({ volume_id: volumeId, device, boot_index: bootIndex, attachment_id: attachmentId });
      }
      sched.payload = {
        instance: {
          uuid: id,
          name: displayName,
          hostname,
          vcpus: flavor.vcpus,
          memory_mb: flavor.ram,
          root_gb: flavor.disk,
          ephemeral_gb: flavor.ephemeral,
          swap_mb: flavor.swap,
          metadata,
          ...(typeof s.user_data === 'string' ? { user_data: s.user_data } : {}),
          ...(keyData ? { key_data: keyData, key_name: s.key_name } : {}),
          availability_zone: requestedAz ?? '',
          project_id: projectId,
          launch_index: i,
          admin_pass: adminPass,
          config_drive: true,
          ...(files ? { files } : {}),
        },
        // Booted from a volume: no image; the agent boots the block device with boot_index 0.
        ...(image ? { image } : {}),
        ...extraImages,
        network_info: networkInfo,
        block_devices: blockDevices,
      };
      await trx.updateTable('instances').set({ scheduling: JSON.stringify(sched) }).where('id', '=', id).execute();
      const row = await trx.selectFrom('instances').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const host = await placeAndSpawn(trx, row, now);
      if (host) await finishEvent(trx, id, 'create', 'conductor_schedule_and_build_instances', true, now);
      ids.push(id);
    }
    return { ids, reservationId, adminPass, sgNames, diskConfig };
  });
}

const SORT_KEYS = new Set(['created_at', 'updated_at', 'display_name', 'name', 'uuid', 'id', 'vm_state', 'task_state', 'power_state', 'launched_at', 'terminated_at', 'host', 'node', 'availability_zone', 'key_name', 'project_id', 'user_id', 'hostname', 'image_ref', 'instance_type_id', 'locked']);
const SORT_COLUMN: Record<string, keyof InstanceRow> = { display_name: 'name', uuid: 'id', host: 'host_name', node: 'host_name', instance_type_id: 'flavor_id' };

/** Lists servers with Nova's filters, sort and pagination. */
async function listServers(ctx: AppContext, req: FastifyRequest): Promise<{ rows: InstanceRow[]; next: string | null }> {
  const auth = req.auth!;
  const q = (req.query ?? {}) as Record<string, unknown>;
  const str = (k: string): string | undefined => (q[k] === undefined ? undefined : Array.isArray(q[k]) ? String((q[k] as unknown[])[0]) : String(q[k]));
  const allTenants = auth.isAdmin && q.all_tenants !== undefined && !['0', 'false', 'off', 'no'].includes(String(str('all_tenants')).toLowerCase());
  let query = ctx.db.selectFrom('instances').selectAll();
  const projectFilter = str('project_id') ?? str('tenant_id');
  // Without all_tenants Nova drops tenant_id/project_id and lists the caller's project (lp:#1185290).
  if (!allTenants) query = query.where('project_id', '=', auth.projectId ?? '\u0000');
  else if (projectFilter) query = query.where('project_id', '=', projectFilter);
  const changesSince = str('changes-since');
  const changesBefore = str('changes-before');
  const deleted = auth.isAdmin && truthy(str('deleted'));
  if (!changesSince && !changesBefore && !deleted) query = query.where('deleted', '=', 0);
  if (deleted) query = query.where('deleted', '=', 1);
  const tags = tagFilter(req);
  if (tags) query = query.where(tags);
  let rows = await query.execute();
  const regex = (k: string): RegExp | null => {
    const v = str(k);
    if (v === undefined) return null;
    try {
      return new RegExp(v);
    } catch {
      throw badRequest(`Invalid regular expression for ${k}: ${v}`);
    }
  };
  const name = regex('name');
  if (name) rows = rows.filter((r) => name.test(r.name));
  const desc = mvAtLeast(req, 19) ? regex('description') : null;
  if (desc) rows = rows.filter((r) => desc.test(r.description ?? ''));
  const status = str('status');
  if (status) {
    const states = statesForStatus(status);
    rows = states ? rows.filter((r) => deriveStatus(r.vm_state, r.task_state) === status.toUpperCase() || (status.toUpperCase() === 'DELETED' && r.deleted === 1)) : [];
  }
  const image = str('image');
  if (image) rows = rows.filter((r) => r.image_ref === refId(image));
  const flavor = str('flavor');
  if (flavor) rows = rows.filter((r) => r.flavor_id === refId(flavor));
  if (auth.isAdmin) {
    const host = str('host') ?? str('node');
    if (host) rows = rows.filter((r) => r.host_name === host);
  }
  const userId = str('user_id');
  if (userId) rows = rows.filter((r) => r.user_id === userId);
  const az = str('availability_zone');
  if (az) rows = rows.filter((r) => r.availability_zone === az);
  const res = str('reservation_id');
  if (res) rows = rows.filter((r) => r.reservation_id === res);
  const locked = mvAtLeast(req, 73) ? str('locked') : undefined;
  if (locked !== undefined) rows = rows.filter((r) => Boolean(r.locked) === truthy(locked));
  if (changesSince) rows = rows.filter((r) => r.updated_at >= new Date(changesSince).toISOString());
  if (changesBefore) rows = rows.filter((r) => r.updated_at <= new Date(changesBefore).toISOString());
  const ip = regex('ip');
  const ip6 = regex('ip6');
  if (ip || ip6) {
    const extras = await loadExtras(ctx.db, rows.map((r) => r.id));
    rows = rows.filter((r) => {
      const addrs = Object.values(extras.addresses.get(r.id) ?? {}).flat();
      return addrs.some((a) => (a.version === 4 && ip?.test(a.addr)) || (a.version === 6 && ip6?.test(a.addr)));
    });
  }
  const sortKeys = ([] as unknown[]).concat(q.sort_key ?? []).map(String);
  const sortDirs = ([] as unknown[]).concat(q.sort_dir ?? []).map(String);
  for (const k of sortKeys) if (!SORT_KEYS.has(k)) throw badRequest(`Invalid sort_key: ${k}`);
  const keys = sortKeys.length > 0 ? sortKeys : ['created_at'];
  const cmp = (a: InstanceRow, b: InstanceRow): number => {
    for (let i = 0; i < keys.length; i++) {
      const col = (SORT_COLUMN[keys[i]!] ?? keys[i]) as keyof InstanceRow;
      const dir = (sortDirs[i] ?? sortDirs[0] ?? 'desc') === 'asc' ? 1 : -1;
      const av = a[col] ?? '';
      const bv = b[col] ?? '';
      if (av < bv) return -dir;
      if (av > bv) return dir;
    }
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  };
  rows.sort(cmp);
  const limit = q.limit === undefined ? undefined : Number(q.limit);
  const marker = str('marker');
  const p = page(rows, (r) => r.id, limit, marker, () => badRequest(`marker [${marker}] not found`));
  return { rows: p.items, next: p.next };
}

/** Registers the server routes. */
export function registerServerRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'compute', op: 'createServer' }, async (req, reply) => {
    const body = req.body as Body;
    const r = await createServers(ctx, req, body);
    const s = body.server as Body;
    reply.code(202);
    if (truthy(s.return_reservation_id)) return { reservation_id: r.reservationId };
    const id = r.ids[0]!;
    const l = links(ctx, req, 'servers', id);
    reply.header('Location', l[0]!.href);
    return { server: { id, links: l, 'OS-DCF:diskConfig': r.diskConfig, security_groups: r.sgNames.map((name) => ({ name })), adminPass: r.adminPass } };
  });

  defineRoute(app, ctx, { service: 'compute', op: 'listServers' }, async (req) => {
    const { rows, next } = await listServers(ctx, req);
    const out: Body = { servers: rows.map((r) => ({ id: r.id, name: r.name, links: links(ctx, req, 'servers', r.id) })) };
    if (next) out.servers_links = nextLink(ctx, req, 'servers', next);
    return out;
  });

  defineRoute(app, ctx, { service: 'compute', op: 'listServersDetailed' }, async (req) => {
    const { rows, next } = await listServers(ctx, req);
    const extras = await loadExtras(ctx.db, rows.map((r) => r.id));
    const out: Body = { servers: rows.map((r) => serverView(ctx, req, r, extras)) };
    if (next) out.servers_links = nextLink(ctx, req, 'servers/detail', next);
    return out;
  });

  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'showServer' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    return { server: serverView(ctx, req, row, await loadExtras(ctx.db, [row.id])) };
  });

  defineRoute<{ Params: { server_id: string }; Body: { server: Body } }>(app, ctx, { service: 'compute', op: 'updateServer' }, async (req) => {
    const auth = req.auth!;
    const s = req.body.server;
    if (s.description !== undefined && !mvAtLeast(req, 19)) throw badRequest("Additional properties are not allowed ('description' was unexpected)");
    const accessIPv4 = accessIp(s, 'accessIPv4');
    const accessIPv6 = accessIp(s, 'accessIPv6');
    const row = await withTransaction(ctx.db, async (trx) => {
      const cur = await loadServer(trx, auth, req.params.server_id);
      const set: Partial<InstanceRow> = { updated_at: nowIso(ctx) };
      if (typeof s.name === 'string') {
        set.name = s.name;
        set.hostname = sanitizeHostname(s.name);
      }
      if (s.description !== undefined) set.description = s.description as string | null;
      if (accessIPv4 !== undefined) set.access_ip_v4 = accessIPv4;
      if (accessIPv6 !== undefined) set.access_ip_v6 = accessIPv6;
      if (typeof s['OS-DCF:diskConfig'] === 'string') set.disk_config = s['OS-DCF:diskConfig'];
      await trx.updateTable('instances').set(set).where('id', '=', cur.id).execute();
      return trx.selectFrom('instances').selectAll().where('id', '=', cur.id).executeTakeFirstOrThrow();
    });
    // Nova's update answers with the show view only from 2.75; before, without the extensions.
    return { server: serverView(ctx, req, row, await loadExtras(ctx.db, [row.id]), { extended: mvAtLeast(req, 75) }) };
  });

  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'deleteServer' }, async (req, reply) => {
    const auth = req.auth!;
    let shelvedImage: string | null = null;
    await withTransaction(ctx.db, async (trx) => {
      const row = await loadServer(trx, auth, req.params.server_id);
      assertUnlocked(row, auth);
      if (row.task_state === TaskState.DELETING) return;
      // shelve: a shelved server's image goes with it (Nova's).
      if (row.vm_state === VmState.SHELVED || row.vm_state === VmState.SHELVED_OFFLOADED) shelvedImage = j<SchedulingState>(row.scheduling, {}).shelved?.imageId ?? null;
      const now = nowIso(ctx);
      await startAction(trx, { instanceId: row.id, requestId: req.id, action: 'delete', userId: auth.userId, projectId: auth.projectId ?? row.project_id, now });
      const res = await trx
        .updateTable('instances')
        .set({ task_state: TaskState.DELETING, updated_at: now })
        .where('id', '=', row.id)
        .where('deleted', '=', 0)
        .where((eb) => (row.task_state === null ? eb('task_state', 'is', null) : eb('task_state', '=', row.task_state)))
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw conflict(`Cannot 'delete' instance ${row.id} while it is in a state transition; try again`);
      const host = row.host_id ? await trx.selectFrom('hosts').select(['status']).where('id', '=', row.host_id).executeTakeFirst() : undefined;
      if (!row.host_id || !host || host.status !== 'up') {
        // Never placed, build failed, or its host is down (Nova's local delete): nothing to ask an
        // agent; a host that comes back learns from its heartbeat that the instance is gone.
        await finalizeDelete(trx, row.id, now);
        return;
      }
      await startEvent(trx, row.id, 'delete', 'compute_terminate_instance', now, row.host_name);
      await enqueueTask(trx, { hostId: row.host_id, type: 'destroy', instanceId: row.id, payload: { instance: { uuid: row.id, name: row.name } } });
    });
    if (shelvedImage) {
      try {
        await deleteImage(ctx, auth, shelvedImage);
      } catch (e) {
        // Already deleted by its owner, or not the caller's to delete: the server is gone anyway.
        if (!isApiError(e) || (e.status !== 404 && e.status !== 403)) throw e;
      }
    }
    return reply.code(204).send();
  });

  registerMetadataRoutes(app, ctx);

  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'listServerAddresses' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const extras = await loadExtras(ctx.db, [row.id]);
    return { addresses: extras.addresses.get(row.id) ?? {} };
  });

  // One network's addresses, keyed by its label (Nova's ips/{network_label}; 404 when the server has none there).
  defineRoute<{ Params: { server_id: string; network_label: string } }>(app, ctx, { service: 'compute', op: 'showServerAddressesByNetwork' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const addresses = (await loadExtras(ctx.db, [row.id])).addresses.get(row.id) ?? {};
    const label = req.params.network_label;
    if (!Object.hasOwn(addresses, label)) throw notFound('Instance is not a member of specified network');
    return { [label]: addresses[label]! };
  });

  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'listServerSecurityGroups' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const ports = await ctx.db.selectFrom('net_ports').select('id').where('device_id', '=', row.id).execute();
    if (ports.length === 0) return { security_groups: [] };
    const links2 = await ctx.db.selectFrom('net_port_security_groups').select('security_group_id').where('port_id', 'in', ports.map((p) => p.id)).execute();
    const ids = [...new Set(links2.map((l) => l.security_group_id))];
    if (ids.length === 0) return { security_groups: [] };
    const groups = await ctx.db.selectFrom('net_security_groups').selectAll().where('id', 'in', ids).orderBy('created_at').execute();
    return { security_groups: await novaGroupViews(ctx.db, groups) };
  });
}

/** Server metadata routes (limit: the metadata_items quota). */
function registerMetadataRoutes(app: FastifyInstance, ctx: AppContext): void {
  const update = async (req: FastifyRequest, serverId: string, fn: (m: Record<string, string>) => Record<string, string>): Promise<Record<string, string>> =>
    withTransaction(ctx.db, async (trx) => {
      const row = await loadServer(trx, req.auth!, serverId);
      assertUnlocked(row, req.auth!);
      if (row.task_state === TaskState.DELETING) throw conflict(`Cannot 'update metadata' instance ${row.id} while it is in task_state deleting`);
      const next = fn(j<Record<string, string>>(row.metadata, {}));
      const limits = effectiveLimits(await loadLimits(trx, row.project_id));
      if (limits.metadata_items >= 0 && Object.keys(next).length > limits.metadata_items) {
        throw new ApiError(403, `Quota exceeded for metadata_items: Requested ${Object.keys(next).length}, but already used 0 of ${limits.metadata_items} metadata_items`, { type: 'forbidden' });
      }
      await trx.updateTable('instances').set({ metadata: JSON.stringify(next), updated_at: nowIso(ctx) }).where('id', '=', row.id).execute();
      return next;
    });

  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'listServerMetadata' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    return { metadata: j(row.metadata, {}) };
  });
  defineRoute<{ Params: { server_id: string }; Body: { metadata: Record<string, string> } }>(app, ctx, { service: 'compute', op: 'createServerMetadata' }, async (req) => ({
    metadata: await update(req, req.params.server_id, (m) => ({ ...m, ...req.body.metadata })),
  }));
  defineRoute<{ Params: { server_id: string }; Body: { metadata: Record<string, string> } }>(app, ctx, { service: 'compute', op: 'replaceServerMetadata' }, async (req) => ({
    metadata: await update(req, req.params.server_id, () => ({ ...req.body.metadata })),
  }));
  defineRoute<{ Params: { server_id: string; key: string } }>(app, ctx, { service: 'compute', op: 'showServerMetadataItem' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    const m = j<Record<string, string>>(row.metadata, {});
    if (!(req.params.key in m)) throw new ApiError(404, 'Metadata item was not found');
    return { meta: { [req.params.key]: m[req.params.key]! } };
  });
  defineRoute<{ Params: { server_id: string; key: string }; Body: { meta: Record<string, string> } }>(app, ctx, { service: 'compute', op: 'updateServerMetadataItem' }, async (req) => {
    const keys = Object.keys(req.body.meta);
    if (keys.length !== 1 || keys[0] !== req.params.key) throw badRequest('Request body and URI mismatch');
    const value = req.body.meta[req.params.key]!;
    await update(req, req.params.server_id, (m) => ({ ...m, [req.params.key]: value }));
    return { meta: { [req.params.key]: value } };
  });
  defineRoute<{ Params: { server_id: string; key: string } }>(app, ctx, { service: 'compute', op: 'deleteServerMetadataItem' }, async (req, reply) => {
    await update(req, req.params.server_id, (m) => {
      if (!(req.params.key in m)) throw new ApiError(404, 'Metadata item was not found');
      const { [req.params.key]: _gone, ...rest } = m;
      void _gone;
      return rest;
    });
    return reply.code(204).send();
  });
}

// Nova helpers: servers (with actions and waiters), flavors, keypairs, limits, hypervisors,
// availability zones, volume attachments, port interfaces and instance actions.
// @see https://docs.openstack.org/api-ref/compute/
import type { Cloud } from '../cloud.js';
import { ApiVersionError, HttpError } from '../errors.js';
import type { components } from '../generated/compute.js';
import { compareVersions } from '../microversion.js';
import { type ListOptions, paginate } from '../paginate.js';
import { waitForDelete, waitForStatus, type WaitOptions } from '../wait.js';
import { Collection, type HelperOptions } from './base.js';

type S = components['schemas'];
/** A Nova server (GET /servers/{id}). */
export type Server = S['Server'];
/** The body of POST /servers (inside `server`). */
export type ServerCreate = S['ServerCreateRequest']['server'];
/** What POST /servers answers inside `server` (id, links, adminPass). */
export type ServerCreated = S['ServerCreated']['server'];
/** A flavor. */
export type Flavor = S['Flavor'];
/** A keypair. */
export type Keypair = S['Keypair'];
/** A keypair as created (private_key when Nova generated it). */
export type KeypairCreated = S['KeypairCreated']['keypair'];
/** A hypervisor (detailed). */
export type Hypervisor = S['Hypervisor'];
/** An availability zone. */
export type AvailabilityZone = S['AvailabilityZone'];
/** A server's volume attachment. */
export type VolumeAttachment = S['VolumeAttachment'];
/** A server's port interface (os-interface). */
export type ServerInterface = S['InterfaceAttachment'];
/** The body of POST /servers/{id}/os-interface (inside `interfaceAttachment`). */
export type ServerInterfaceCreate = NonNullable<S['InterfaceAttachmentCreateRequest']['interfaceAttachment']>;
/** An instance action (the server's action log). */
export type InstanceAction = S['InstanceAction'];
/** A server's limits document. */
export type ComputeLimits = S['Limits']['limits'];

// consoles, usage
/** A remote console's protocol (`mks` from microversion 2.8). */
export type RemoteConsoleProtocol = S['RemoteConsoleCreateRequest']['remote_console']['protocol'];
/** A remote console: its protocol, type and URL. */
export type RemoteConsole = S['RemoteConsoleBody']['remote_console'];
/** The actions that gave consoles before microversion 2.6. */
const LEGACY_CONSOLE_ACTIONS: Partial<Record<RemoteConsoleProtocol, string>> = { vnc: 'os-getVNCConsole', spice: 'os-getSPICEConsole', rdp: 'os-getRDPConsole', serial: 'os-getSerialConsole' };

/** Server statuses that end a wait with an error. */
export const SERVER_FAILURE_STATUSES = ['ERROR'];

/** Nova servers. */
export class ServersApi extends Collection<Server, ServerCreate, S['ServerUpdateRequest']['server'], ServerCreated> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'compute',
      what: 'server',
      singular: 'server',
      plural: 'servers',
      path: '/v2.1/servers',
      listPath: '/v2.1/servers/detail',
      idParam: 'server_id',
      nameFilter: 'name',
    });
  }

  /** Boots a server (202); answers Nova's creation stub (`id`, `links`, `adminPass`), not the full server: poll with waitForStatus. */
  override async create(body: ServerCreate, opts?: HelperOptions): Promise<ServerCreated> {
    return super.create(body, opts);
  }

  /** POST /servers/{id}/action with one action body (`{"os-start": null}`); answers the body if any. */
  async action(id: string, body: Record<string, unknown>, opts?: HelperOptions): Promise<unknown> {
    return this.cloud.call('compute', 'POST /v2.1/servers/{server_id}/action', { ...opts, path: { server_id: id }, body });
  }

  /**
   * Backs a server up into an image (createBackup, keeping the newest `rotation` backups of
   * `backupType`); answers the image id from 2.45, undefined before (oscloud does not serve it).
   */
  async backup(id: string, name: string, backupType: string, rotation: number, opts?: HelperOptions): Promise<string | undefined> {
    const body = (await this.action(id, { createBackup: { name, backup_type: backupType, rotation } }, opts)) as { image_id?: string } | undefined;
    return body?.image_id;
  }

  /** Powers a server on (os-start). */
  async start(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { 'os-start': null }, opts);
  }

  /** Powers a server off (os-stop). */
  async stop(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { 'os-stop': null }, opts);
  }

  /** Reboots a server (SOFT by default). */
  async reboot(id: string, type: 'SOFT' | 'HARD' = 'SOFT', opts?: HelperOptions): Promise<void> {
    await this.action(id, { reboot: { type } }, opts);
  }

  /** Pauses a server: its vCPUs stop, its memory stays on the host (status PAUSED). */
  async pause(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { pause: null }, opts);
  }

  /** Unpauses a paused server (back to ACTIVE). */
  async unpause(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { unpause: null }, opts);
  }

  // snapshot, shelve, rebuild
  /**
   * Snapshots the server's root disk into a new image (createImage) and answers the image's id:
   * the body's `image_id` from compute 2.45, the Location header's last segment before. The image
   * is queued, then saving, then active (wait with `image.images.waitForStatus`).
   */
  async createImage(id: string, name: string, opts: HelperOptions & { metadata?: Record<string, string> } = {}): Promise<string> {
    const { metadata, ...rest } = opts;
    const res = await this.cloud.call('compute', 'POST /v2.1/servers/{server_id}/action', {
      ...rest,
      path: { server_id: id },
      body: { createImage: { name, ...(metadata ? { metadata } : {}) } },
      raw: true,
    });
    const text = res.body.toString('utf8');
    const fromBody = text ? (JSON.parse(text) as { image_id?: string }).image_id : undefined;
    const location = res.headers.location;
    const fromHeader = (Array.isArray(location) ? location[0] : location)?.replace(/\/+$/, '').split('/').pop();
    const imageId = fromBody ?? fromHeader;
    if (!imageId) throw new Error(`createImage of server ${id}: the answer names no image`);
    return imageId;
  }

  // suspend, rescue, resize, crash dump
  /** Suspends a server: its memory is saved on the host and its process ends (status SUSPENDED). */
  async suspend(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { suspend: null }, opts);
  }

  /** Resumes a suspended server from its saved memory, without a reboot (back to ACTIVE). */
  async resume(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { resume: null }, opts);
  }

  /**
   * Rescues a server: it boots from a rescue image (its own unless `rescueImageRef`) with its own
   * disk attached second (status RESCUE). Answers the rescue boot's admin password.
   */
  async rescue(id: string, o: { rescueImageRef?: string; adminPass?: string } = {}, opts?: HelperOptions): Promise<string> {
    const body = o.rescueImageRef || o.adminPass ? { ...(o.adminPass ? { adminPass: o.adminPass } : {}), ...(o.rescueImageRef ? { rescue_image_ref: o.rescueImageRef } : {}) } : null;
    const answer = await this.action(id, { rescue: body }, opts);
    return (answer as { adminPass?: string } | undefined)?.adminPass ?? '';
  }

  /** Unrescues a rescued server: it boots from its own disk again (back to ACTIVE). */
  async unrescue(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { unrescue: null }, opts);
  }

  /** Triggers a crash dump in a running server: an NMI (trigger_crash_dump, microversion 2.17 unless one is given). */
  async triggerCrashDump(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { trigger_crash_dump: null }, { ...opts, microversion: opts?.microversion ?? '2.17' });
  }

  /**
   * Rebuilds the server on an image (rebuild): same host, ports and volumes, a new root disk.
   * Answers the server as Nova does (status REBUILD, `adminPass`); wait with `waitForStatus`.
   */
  async rebuild(id: string, body: { imageRef: string } & Record<string, unknown>, opts?: HelperOptions): Promise<Server & { adminPass?: string }> {
    const res = (await this.action(id, { rebuild: body }, opts)) as { server: Server & { adminPass?: string } };
    return res.server;
  }

  // evacuate
  /**
   * Evacuates a server whose host is down (admin): rebuilt on `host`, or where the scheduler
   * chooses, from its image with the same ports and addresses (status REBUILD, then ACTIVE, or
   * SHUTOFF when it was). Sent at compute 2.14 unless a microversion is given; `onSharedStorage`
   * exists only before 2.14, so giving it sends 2.13. Answers the admin password when the cloud
   * returns one (before 2.14).
   * @see https://docs.openstack.org/api-ref/compute/#evacuate-server-evacuate-action
   */
  async evacuate(id: string, o: { host?: string; adminPass?: string; onSharedStorage?: boolean } = {}, opts?: HelperOptions): Promise<string | undefined> {
    const body: Record<string, unknown> = { ...(o.host ? { host: o.host } : {}), ...(o.adminPass ? { adminPass: o.adminPass } : {}) };
    if (o.onSharedStorage !== undefined) body.onSharedStorage = o.onSharedStorage;
    const microversion = opts?.microversion ?? (o.onSharedStorage !== undefined ? '2.13' : '2.14');
    const answer = await this.action(id, { evacuate: body }, { ...opts, microversion });
    return (answer as { adminPass?: string } | undefined)?.adminPass;
  }

  // shelve
  /**
   * Shelves a server: powered off, its disk saved as the image `<name>-shelved` (status SHELVED),
   * then SHELVED_OFFLOADED once its host let go of it (at once on a cloud with shelved_offload_time 0).
   */
  async shelve(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { shelve: null }, opts);
  }

  /** Offloads a SHELVED server now: its host lets go of it (SHELVED_OFFLOADED), its ports stay. */
  async shelveOffload(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { shelveOffload: null }, opts);
  }

  /**
   * Unshelves a shelved server (back to ACTIVE with the same ports and addresses); an offloaded one
   * may be placed into `availabilityZone` (microversion 2.77 unless one is given).
   */
  async unshelve(id: string, o: { availabilityZone?: string } = {}, opts?: HelperOptions): Promise<void> {
    if (o.availabilityZone === undefined) {
      await this.action(id, { unshelve: null }, opts);
      return;
    }
    await this.action(id, { unshelve: { availability_zone: o.availabilityZone } }, { ...opts, microversion: opts?.microversion ?? '2.77' });
  }

  // resize
  /**
   * Resizes the server to another flavor (by id): status RESIZE, then VERIFY_RESIZE until
   * `confirmResize` (or the cloud's auto-confirm) or `revertResize`.
   * @see https://docs.openstack.org/api-ref/compute/#resize-server-resize-action
   */
  async resize(id: string, flavorRef: string, o: { diskConfig?: 'AUTO' | 'MANUAL' } = {}, opts?: HelperOptions): Promise<void> {
    await this.action(id, { resize: { flavorRef, ...(o.diskConfig ? { 'OS-DCF:diskConfig': o.diskConfig } : {}) } }, opts);
  }

  /** Confirms a resize (VERIFY_RESIZE): the server keeps the new flavor and goes back to ACTIVE (or SHUTOFF). */
  async confirmResize(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { confirmResize: null }, opts);
  }

  /** Reverts a resize (VERIFY_RESIZE): the server gets its old flavor and disk back (REVERT_RESIZE, then ACTIVE). */
  async revertResize(id: string, opts?: HelperOptions): Promise<void> {
    await this.action(id, { revertResize: null }, opts);
  }

  // cold migration
  /**
   * Cold-migrates the server (admin) to another host, chosen by the scheduler or `host`
   * (microversion 2.56 unless one is given): status RESIZE, then VERIFY_RESIZE until
   * `confirmResize` or `revertResize`.
   * @see https://docs.openstack.org/api-ref/compute/#migrate-server-migrate-action
   */
  async migrate(id: string, o: { host?: string } = {}, opts?: HelperOptions): Promise<void> {
    if (o.host === undefined) {
      await this.action(id, { migrate: null }, opts);
      return;
    }
    await this.action(id, { migrate: { host: o.host } }, { ...opts, microversion: opts?.microversion ?? '2.56' });
  }

  // live migration
  /**
   * Live-migrates the server (admin) while it runs, to `host` or the scheduler's pick: status
   * MIGRATING, then ACTIVE on the new host. The body follows the microversion in use as
   * python-openstackclient builds it: `block_migration` `auto` from 2.25 unless given (false
   * before, with `disk_over_commit`); a `host` needs 2.30 (checked by the scheduler, not forced).
   * @see https://docs.openstack.org/api-ref/compute/#live-migrate-server-os-migratelive-action
   */
  async liveMigrate(id: string, o: { host?: string; blockMigration?: boolean; diskOverCommit?: boolean } = {}, opts?: HelperOptions): Promise<void> {
    const mv = opts?.microversion ?? (await this.cloud.microversion('compute')) ?? '2.1';
    const at = (min: string): boolean => compareVersions(mv, min) >= 0;
    if (o.host !== undefined && !at('2.30')) throw new ApiVersionError(`a live migration to a given host needs compute microversion 2.30 or later (the microversion in use is ${mv})`);
    const body: Record<string, unknown> = { host: o.host ?? null, block_migration: o.blockMigration ?? (at('2.25') ? 'auto' : false) };
    if (!at('2.25')) body.disk_over_commit = o.diskOverCommit ?? false;
    await this.action(id, { 'os-migrateLive': body }, { ...opts, microversion: mv });
  }

  /** The server's console log (os-getConsoleOutput), optionally the last `length` lines. */
  async consoleOutput(id: string, length?: number, opts?: HelperOptions): Promise<string> {
    const body = await this.action(id, { 'os-getConsoleOutput': length === undefined ? {} : { length } }, opts);
    return (body as { output?: string } | undefined)?.output ?? '';
  }

  // consoles, usage
  /**
   * A remote console's URL (`{protocol, type, url}`): POST /servers/{id}/remote-consoles from
   * microversion 2.6, the legacy `os-get<Type>Console` action before (as python-openstackclient
   * chooses). A serial console's URL is a websocket (`ws://host:port/?token=...`); a noVNC
   * console's (`remoteConsole(id, 'vnc')`) is the page `.../novnc/vnc_lite.html?path=%3Ftoken%3D...`.
   * @see https://docs.openstack.org/api-ref/compute/#create-remote-console
   */
  async remoteConsole(id: string, protocol: RemoteConsoleProtocol = 'serial', type: string = protocol === 'serial' ? 'serial' : 'novnc', opts?: HelperOptions): Promise<RemoteConsole> {
    const mv = opts?.microversion ?? (await this.cloud.microversion('compute'));
    if (mv !== undefined && compareVersions(mv, '2.6') >= 0) {
      const body = await this.cloud.call('compute', 'POST /v2.1/servers/{server_id}/remote-consoles', { ...opts, path: { server_id: id }, body: { remote_console: { protocol, type } } });
      return (body as S['RemoteConsoleBody']).remote_console;
    }
    const action = LEGACY_CONSOLE_ACTIONS[protocol];
    if (!action) throw new ApiVersionError(`a ${protocol} console needs compute microversion 2.6 or later (the microversion in use is ${mv ?? '2.1'})`);
    const body = (await this.action(id, { [action]: { type } }, opts)) as S['LegacyConsole'];
    return { protocol, type: body.console.type, url: body.console.url };
  }

  /**
   * The password the server posted to the metadata service, as posted (encrypted with its key
   * pair's public key), or '' when it has none (os-server-password; openstacksdk's
   * get_server_password, novaclient's get-password without the decryption).
   */
  async getPassword(id: string, opts?: HelperOptions): Promise<string> {
    const body = await this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/os-server-password', { ...opts, path: { server_id: id } });
    return (body as S['ServerPassword']).password;
  }

  /**
   * The server's diagnostics (admin; os-server-diagnostics): Nova's standard view from
   * microversion 2.48, the driver's free-form dict before (openstacksdk's get_server_diagnostics).
   */
  async diagnostics(id: string, opts?: HelperOptions): Promise<S['ServerDiagnostics']> {
    return (await this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/diagnostics', { ...opts, path: { server_id: id } })) as S['ServerDiagnostics'];
  }

  /** Clears the server's password from the metadata service (the guest's own password is unchanged). */
  async clearPassword(id: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('compute', 'DELETE /v2.1/servers/{server_id}/os-server-password', { ...opts, path: { server_id: id } });
  }

  /**
   * Polls the server until it reaches `status` (default ACTIVE) with no task in progress;
   * ERROR ends the wait with a WaitError carrying Nova's fault message.
   */
  async waitForStatus(id: string, status: string | string[] = 'ACTIVE', opts: WaitOptions<Server> & { failures?: string[] } = {}): Promise<Server> {
    return waitForStatus((signal) => this.get(id, { signal }), {
      ...opts,
      what: `server ${id}`,
      target: Array.isArray(status) ? status : [status],
      failures: opts.failures ?? SERVER_FAILURE_STATUSES,
      statusOf: (s) => s.status,
      settled: (s) => (s['OS-EXT-STS:task_state'] ?? null) === null,
      faultOf: (s) => s.fault?.message,
      detailOf: (s) => s['OS-EXT-STS:task_state'] ?? undefined,
    });
  }

  /** Polls until the server is gone (404 or DELETED); ERROR fails with the fault message. */
  override async waitForDelete(id: string, opts: WaitOptions<Server> = {}): Promise<void> {
    await waitForDelete((signal) => this.get(id, { signal }), {
      ...opts,
      what: `server ${id}`,
      statusOf: (s) => s.status,
      deleted: ['DELETED', 'SOFT_DELETED'],
      failures: ['ERROR'],
      faultOf: (s) => s.fault?.message,
    });
  }
}

/** Nova flavors (list is /flavors/detail). */
export class FlavorsApi extends Collection<Flavor, S['FlavorCreateRequest']['flavor'], S['FlavorUpdateRequest']['flavor']> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'compute',
      what: 'flavor',
      singular: 'flavor',
      plural: 'flavors',
      path: '/v2.1/flavors',
      listPath: '/v2.1/flavors/detail',
      idParam: 'flavor_id',
    });
  }

  /** By ID, else by name among public and private flavors (`is_public=None`, as openstacksdk's find: Nova lists only public ones without it). */
  override find(nameOrId: string, opts?: HelperOptions & { filters?: Record<string, unknown> }): Promise<Flavor> {
    return super.find(nameOrId, { ...opts, filters: { is_public: 'None', ...opts?.filters } });
  }
}

/** Nova keypairs (addressed by name; list items are wrapped in `keypair`). */
export class KeypairsApi extends Collection<Keypair, S['KeypairCreateRequest']['keypair'], Record<string, never>, KeypairCreated> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'compute',
      what: 'keypair',
      singular: 'keypair',
      plural: 'keypairs',
      path: '/v2.1/os-keypairs',
      idParam: 'keypair_name',
      idField: 'name',
    });
  }

  /** Iterates over keypairs, unwrapping Nova's `{"keypair": {...}}` items. */
  override async *list(opts: ListOptions & { options?: HelperOptions } = {}): AsyncGenerator<Keypair, void, undefined> {
    for await (const item of super.list(opts)) yield ((item as unknown as { keypair?: Keypair }).keypair ?? item) as Keypair;
  }
}

/** Nova hypervisors (admin). */
export class HypervisorsApi extends Collection<Hypervisor> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'compute',
      what: 'hypervisor',
      singular: 'hypervisor',
      plural: 'hypervisors',
      path: '/v2.1/os-hypervisors',
      listPath: '/v2.1/os-hypervisors/detail',
      idParam: 'hypervisor_id',
      idField: 'id',
    });
  }

  /** Hypervisors are named by hypervisor_hostname. */
  override async find(nameOrId: string, opts?: HelperOptions): Promise<Hypervisor> {
    try {
      return await this.get(nameOrId, opts);
    } catch (err) {
      // not an id (404; 400 for a non-UUID from 2.53): try the hostname. Anything else
      // (401, 403, the cloud unreachable) is the answer.
      if (!(err instanceof HttpError) || (err.status !== 404 && err.status !== 400)) throw err;
    }
    const matches: Hypervisor[] = [];
    for await (const h of this.list({ options: opts })) if (h.hypervisor_hostname === nameOrId) matches.push(h);
    if (matches.length === 1) return matches[0] as Hypervisor;
    return super.find(nameOrId, opts);
  }
}

/** Nova limits. */
export class LimitsApi {
  constructor(private readonly cloud: Cloud) {}

  /** GET /limits: absolute limits and usage of the project. */
  async get(opts: HelperOptions & { tenantId?: string; reserved?: boolean } = {}): Promise<ComputeLimits> {
    const body = await this.cloud.call('compute', 'GET /v2.1/limits', {
      ...opts,
      query: { tenant_id: opts.tenantId, reserved: opts.reserved === undefined ? undefined : opts.reserved ? 1 : 0 },
    });
    return (body as S['Limits']).limits;
  }
}

/** Nova availability zones. */
export class AvailabilityZonesApi {
  constructor(private readonly cloud: Cloud) {}

  /** Lists availability zones (`detailed` shows hosts, admin). */
  async list(opts: HelperOptions & { detailed?: boolean } = {}): Promise<AvailabilityZone[]> {
    const route = opts.detailed ? 'GET /v2.1/os-availability-zone/detail' : 'GET /v2.1/os-availability-zone';
    const body = await this.cloud.call('compute', route, opts);
    return (body as S['AvailabilityZonesList']).availabilityZoneInfo;
  }
}

/** A server's volume attachments (Nova os-volume_attachments). */
export class VolumeAttachmentsApi {
  constructor(private readonly cloud: Cloud) {}

  /** Iterates over the volumes attached to a server. */
  list(serverId: string, opts: ListOptions & { options?: HelperOptions } = {}): AsyncGenerator<VolumeAttachment, void, undefined> {
    const { options, ...filters } = opts;
    return paginate<VolumeAttachment>(
      (query) => this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/os-volume_attachments', { ...options, path: { server_id: serverId }, query }),
      'volumeAttachments',
      filters,
    );
  }

  /** One attachment of a server. */
  async get(serverId: string, volumeId: string, opts?: HelperOptions): Promise<VolumeAttachment> {
    const body = await this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/os-volume_attachments/{volume_id}', {
      ...opts,
      path: { server_id: serverId, volume_id: volumeId },
    });
    return (body as S['VolumeAttachmentShow']).volumeAttachment;
  }

  /** Attaches a volume to a server. */
  async create(serverId: string, body: S['VolumeAttachmentCreateRequest']['volumeAttachment'], opts?: HelperOptions): Promise<VolumeAttachment> {
    const res = await this.cloud.call('compute', 'POST /v2.1/servers/{server_id}/os-volume_attachments', {
      ...opts,
      path: { server_id: serverId },
      body: { volumeAttachment: body },
    });
    return (res as S['VolumeAttachmentShow']).volumeAttachment;
  }

  /** Updates an attachment (`delete_on_termination` from 2.85; another `volumeId` swaps the volume, admin). */
  async update(serverId: string, volumeId: string, body: S['VolumeAttachmentUpdateRequest']['volumeAttachment'], opts?: HelperOptions): Promise<void> {
    await this.cloud.call('compute', 'PUT /v2.1/servers/{server_id}/os-volume_attachments/{volume_id}', {
      ...opts,
      path: { server_id: serverId, volume_id: volumeId },
      body: { volumeAttachment: body },
    });
  }

  /** Detaches a volume from a server. */
  async delete(serverId: string, volumeId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('compute', 'DELETE /v2.1/servers/{server_id}/os-volume_attachments/{volume_id}', {
      ...opts,
      path: { server_id: serverId, volume_id: volumeId },
    });
  }
}

/** A server's port interfaces (Nova os-interface). */
export class ServerInterfacesApi {
  constructor(private readonly cloud: Cloud) {}

  /** The ports of a server. */
  async list(serverId: string, opts?: HelperOptions): Promise<ServerInterface[]> {
    const body = await this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/os-interface', { ...opts, path: { server_id: serverId } });
    return (body as S['InterfaceAttachmentsList']).interfaceAttachments;
  }

  /** One port of a server. */
  async get(serverId: string, portId: string, opts?: HelperOptions): Promise<ServerInterface> {
    const body = await this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/os-interface/{port_id}', { ...opts, path: { server_id: serverId, port_id: portId } });
    return (body as S['InterfaceAttachmentShow']).interfaceAttachment;
  }

  /**
   * Attaches an existing port (`port_id`) or a new port on a network (`net_id`, `fixed_ips`) to a
   * server; Nova answers once the host plugged it. `tag` needs compute 2.49.
   */
  async create(serverId: string, body: ServerInterfaceCreate, opts?: HelperOptions): Promise<ServerInterface> {
    const res = await this.cloud.call('compute', 'POST /v2.1/servers/{server_id}/os-interface', { ...opts, path: { server_id: serverId }, body: { interfaceAttachment: body } });
    return (res as S['InterfaceAttachmentShow']).interfaceAttachment;
  }

  /** Detaches a port from a server (asynchronous: it leaves the list once the host unplugged it). */
  async delete(serverId: string, portId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('compute', 'DELETE /v2.1/servers/{server_id}/os-interface/{port_id}', { ...opts, path: { server_id: serverId, port_id: portId } });
  }
}

/** A server's instance actions (its action log with events). */
export class InstanceActionsApi {
  constructor(private readonly cloud: Cloud) {}

  /** Iterates over a server's actions, newest first. */
  list(serverId: string, opts: ListOptions & { options?: HelperOptions } = {}): AsyncGenerator<InstanceAction, void, undefined> {
    const { options, ...filters } = opts;
    return paginate<InstanceAction>(
      (query) => this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/os-instance-actions', { ...options, path: { server_id: serverId }, query }),
      'instanceActions',
      filters,
    );
  }

  /** One action with its events, by request id. */
  async get(serverId: string, requestId: string, opts?: HelperOptions): Promise<S['InstanceActionShow']['instanceAction']> {
    const body = await this.cloud.call('compute', 'GET /v2.1/servers/{server_id}/os-instance-actions/{request_id}', {
      ...opts,
      path: { server_id: serverId, request_id: requestId },
    });
    return (body as S['InstanceActionShow']).instanceAction;
  }
}

// resize
/** A migration record (os-migrations): a resize here. */
export type Migration = S['Migration'];

/** Migration records (admin). */
export class MigrationsApi {
  constructor(private readonly cloud: Cloud) {}

  /** The migrations, newest first, filtered by `instance_uuid`, `status`, `migration_type`, `source_compute`. */
  async list(query: { instance_uuid?: string; status?: string; migration_type?: string; source_compute?: string } = {}, opts?: HelperOptions): Promise<Migration[]> {
    const body = await this.cloud.call('compute', 'GET /v2.1/os-migrations', { ...opts, query });
    return (body as S['MigrationList']).migrations;
  }
}

// consoles, usage
/** One project's usage over a period (os-simple-tenant-usage); `server_usages` when detailed. */
export type TenantUsage = S['TenantUsage'];
/** One server's usage over a period. */
export type ServerUsage = S['ServerUsage'];
/** A usage period: Dates, or strings in Nova's format (`2026-01-20T00:00:00`). */
export interface UsagePeriod {
  start: Date | string;
  end: Date | string;
}

/** Nova's period format (naive UTC, microseconds). */
function usageTime(t: Date | string): string {
  return typeof t === 'string' ? t : `${t.toISOString().slice(0, 23)}000`;
}

/** The marker of a `*_links` next link, or undefined. */
function nextMarker(links: S['Links'] | undefined): string | undefined {
  const href = links?.find((l) => l.rel === 'next')?.href;
  return href ? (new URL(href).searchParams.get('marker') ?? undefined) : undefined;
}

/** Adds a page's usage of a project into what the earlier pages gave (python-openstackclient's _merge_usage). */
function mergeUsage(into: TenantUsage, next: TenantUsage): void {
  into.total_hours += next.total_hours;
  into.total_memory_mb_usage += next.total_memory_mb_usage;
  into.total_vcpus_usage += next.total_vcpus_usage;
  into.total_local_gb_usage += next.total_local_gb_usage;
  if (next.server_usages) into.server_usages = [...(into.server_usages ?? []), ...next.server_usages];
}

/**
 * Usage reports (os-simple-tenant-usage): vCPU, RAM and disk hours per project and server. From
 * microversion 2.40 the cloud pages over servers; these methods follow the pages and merge them.
 * @see https://docs.openstack.org/api-ref/compute/#usage-reports-os-simple-tenant-usage
 */
export class UsageApi {
  constructor(private readonly cloud: Cloud) {}

  /** Every project's usage in the period (admin); `detailed` adds each server's. */
  async list(period: UsagePeriod & { detailed?: boolean }, opts?: HelperOptions): Promise<TenantUsage[]> {
    const byProject = new Map<string, TenantUsage>();
    let marker: string | undefined;
    do {
      const query = { start: usageTime(period.start), end: usageTime(period.end), ...(period.detailed ? { detailed: '1' } : {}), ...(marker ? { marker } : {}) };
      const body = (await this.cloud.call('compute', 'GET /v2.1/os-simple-tenant-usage', { ...opts, query })) as S['TenantUsagesList'];
      for (const u of body.tenant_usages) {
        const seen = byProject.get(u.tenant_id);
        if (seen) mergeUsage(seen, u);
        else byProject.set(u.tenant_id, u);
      }
      marker = nextMarker(body.tenant_usages_links);
    } while (marker);
    return [...byProject.values()];
  }

  /** One project's usage in the period with each server's; null when it had no server then. */
  async get(projectId: string, period: UsagePeriod, opts?: HelperOptions): Promise<TenantUsage | null> {
    let usage: TenantUsage | null = null;
    let marker: string | undefined;
    do {
      const query = { start: usageTime(period.start), end: usageTime(period.end), ...(marker ? { marker } : {}) };
      const body = (await this.cloud.call('compute', 'GET /v2.1/os-simple-tenant-usage/{tenant_id}', { ...opts, path: { tenant_id: projectId }, query })) as S['TenantUsageShow'];
      const page = 'tenant_id' in body.tenant_usage ? (body.tenant_usage as TenantUsage) : null;
      if (page && usage) mergeUsage(usage, page);
      else if (page) usage = page;
      marker = nextMarker(body.tenant_usage_links);
    } while (marker);
    return usage;
  }
}

/** A nova-compute or nova-conductor... service (`compute service list`). */
export type ComputeService = S['Service'];
/** A server group. */
export type ServerGroup = S['ServerGroup'];
/** A host aggregate (Nova os-aggregates, admin); its `availability_zone` metadata makes the zone of its hosts. */
export type Aggregate = S['Aggregate'];
/** An API extension (`extension list`), as Nova, Cinder and Neutron list them. */
export type Extension = S['Extension'];

/** Compute services: Nova's PUT /os-services/{id} (2.53+) takes a bare body and answers `{service}`. */
export class ComputeServicesApi extends Collection<ComputeService, never, S['ServiceUpdateRequest']> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'compute', nameFilter: undefined, what: 'compute service', singular: 'service', plural: 'services', path: '/v2.1/os-services', idParam: 'service_id' });
  }

  protected override wrap(body: unknown): unknown {
    return body;
  }
}

// --- cli-a (issue 17)
/** A hypervisor guest agent build (Nova os-agents: XenAPI only, removed in Wallaby; api-ref shape). */
export interface ComputeAgent {
  agent_id: number;
  hypervisor: string;
  os: string;
  architecture: string;
  version: string;
  url: string;
  md5hash: string;
  [key: string]: unknown;
}

/** Nova's os-agents (admin; Nova 23+ answers 410 Gone). */
export class ComputeAgentsApi {
  constructor(private readonly cloud: Cloud) {}

  /** The agent builds, of one hypervisor type or all. */
  async list(hypervisor?: string, opts?: HelperOptions): Promise<ComputeAgent[]> {
    const body = (await this.cloud.call('compute', 'GET /v2.1/os-agents', { ...opts, ...(hypervisor ? { query: { hypervisor } } : {}) })) as { agents?: ComputeAgent[] };
    return body.agents ?? [];
  }

  /** Registers an agent build. */
  async create(agent: Omit<ComputeAgent, 'agent_id'>, opts?: HelperOptions): Promise<ComputeAgent> {
    return ((await this.cloud.call('compute', 'POST /v2.1/os-agents', { ...opts, body: { agent } })) as { agent: ComputeAgent }).agent;
  }

  /** Changes a build's version, URL and hash (all three are required by Nova). */
  async update(id: string, para: { version: string; url: string; md5hash: string }, opts?: HelperOptions): Promise<ComputeAgent> {
    return ((await this.cloud.call('compute', 'PUT /v2.1/os-agents/{agent_id}', { ...opts, path: { agent_id: id }, body: { para } })) as { agent: ComputeAgent }).agent;
  }

  /** Deletes a build. */
  async delete(id: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('compute', 'DELETE /v2.1/os-agents/{agent_id}', { ...opts, path: { agent_id: id } });
  }
}
// --- end cli-a

/** Everything under `cloud.compute`. */
export class ComputeApi {
  /** Servers. */
  readonly servers: ServersApi;
  /** Flavors. */
  readonly flavors: FlavorsApi;
  /** Keypairs. */
  readonly keypairs: KeypairsApi;
  /** Limits. */
  readonly limits: LimitsApi;
  /** Hypervisors. */
  readonly hypervisors: HypervisorsApi;
  /** Availability zones. */
  readonly availabilityZones: AvailabilityZonesApi;
  /** Volume attachments of servers. */
  readonly volumeAttachments: VolumeAttachmentsApi;
  /** Port interfaces of servers. */
  readonly serverInterfaces: ServerInterfacesApi;
  /** Instance actions of servers. */
  readonly instanceActions: InstanceActionsApi;
  // consoles, usage
  /** Usage reports (os-simple-tenant-usage). */
  readonly usage: UsageApi;
  // resize
  /** Migration records (os-migrations, admin). */
  readonly migrations: MigrationsApi;
  /** The compute services of each host (admin; update and delete by id, microversion 2.53). */
  readonly services: ComputeServicesApi;
  /** Host aggregates (admin). */
  readonly aggregates: Collection<Aggregate, S['AggregateCreateRequest']['aggregate'], S['AggregateUpdateRequest']['aggregate']>;
  /** Server groups (no update in Nova). */
  readonly serverGroups: Collection<ServerGroup, S['ServerGroupCreateRequest']['server_group'], never>;
  /** The API's extensions (read only). */
  readonly extensions: Collection<Extension, never, never>;

  /** Hypervisor guest agent builds (os-agents; cli-a, issue 17). */
  readonly agents: ComputeAgentsApi;

  constructor(cloud: Cloud) {
    this.agents = new ComputeAgentsApi(cloud);
    this.servers = new ServersApi(cloud);
    this.flavors = new FlavorsApi(cloud);
    this.keypairs = new KeypairsApi(cloud);
    this.limits = new LimitsApi(cloud);
    this.hypervisors = new HypervisorsApi(cloud);
    this.availabilityZones = new AvailabilityZonesApi(cloud);
    this.volumeAttachments = new VolumeAttachmentsApi(cloud);
    this.serverInterfaces = new ServerInterfacesApi(cloud);
    this.instanceActions = new InstanceActionsApi(cloud);
    this.usage = new UsageApi(cloud);
    this.migrations = new MigrationsApi(cloud);
    const base = { service: 'compute' as const, nameFilter: undefined };
    this.services = new ComputeServicesApi(cloud);
    this.serverGroups = new Collection(cloud, {
      ...base,
      what: 'server group',
      singular: 'server_group',
      plural: 'server_groups',
      path: '/v2.1/os-server-groups',
      idParam: 'server_group_id',
    });
    this.aggregates = new Collection(cloud, { ...base, what: 'aggregate', singular: 'aggregate', plural: 'aggregates', path: '/v2.1/os-aggregates', idParam: 'aggregate_id' });
    this.extensions = new Collection(cloud, { ...base, what: 'extension', singular: 'extension', plural: 'extensions', path: '/v2.1/extensions', idParam: 'alias', idField: 'alias' });
  }
}

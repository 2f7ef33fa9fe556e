// Cinder v3 helpers: volumes (with waiters), snapshots, volume types (with their access lists),
// attachments and volume transfers.
// URLs carry `{project_id}`, filled from the token's project.
// @see https://docs.openstack.org/api-ref/block-storage/v3/
import type { Cloud } from '../cloud.js';
import type { components } from '../generated/block-storage.js';
import { waitForDelete, waitForStatus, type WaitOptions } from '../wait.js';
import { Collection, type HelperOptions } from './base.js';
import { BlockStorageAdminApi, ClustersApi, ConsistencyGroupsApi, GroupTypesApi, VolumeGroupsApi, volumeExtCollections } from './volume-ext.js';

type S = components['schemas'];
/** A Cinder volume. */
export type Volume = S['Volume'];
/** A volume snapshot. */
export type Snapshot = S['Snapshot'];
/** A volume type. */
export type VolumeType = S['VolumeType'];
/** A volume attachment (3.27+ attach flow). */
export type Attachment = S['Attachment'];
/** A volume transfer (as listed and shown: no auth key). */
export type VolumeTransfer = S['VolumeTransfer'];
/** A volume transfer as created: the only answer that carries its `auth_key`. */
export type VolumeTransferCreated = S['VolumeTransferCreateResponse']['transfer'];
/** A cinder-volume or cinder-scheduler service (`volume service list`). */
export type VolumeService = S['VolumeService'];

/** A volume backup (as shown and listed in detail). */
export type Backup = S['Backup'];
/** What creating a backup sends (api-ref "Create a backup"). */
export type BackupCreate = S['BackupCreateRequest']['backup'];
/** Volume statuses that end a wait with an error. */
export const VOLUME_FAILURE_STATUSES = ['error', 'error_deleting', 'error_extending', 'error_restoring', 'error_managing'];

/** Cinder volumes. */
export class VolumesApi extends Collection<Volume, S['VolumeCreateRequest']['volume'], S['VolumeUpdateRequest']['volume']> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'volume',
      what: 'volume',
      singular: 'volume',
      plural: 'volumes',
      path: '/v3/{project_id}/volumes',
      listPath: '/v3/{project_id}/volumes/detail',
      idParam: 'volume_id',
      nameFilter: 'name',
    });
  }

  /** POST /volumes/{id}/action with one action body (`{"os-extend": {"new_size": 2}}`). */
  async action(id: string, body: Record<string, unknown>, opts?: HelperOptions): Promise<unknown> {
    return this.cloud.call('volume', 'POST /v3/{project_id}/volumes/{volume_id}/action', { ...opts, path: { ...(opts?.path ?? {}), volume_id: id }, body });
  }

  /** Polls until the volume reaches `status` (default available); error states fail. */
  async waitForStatus(id: string, status: string | string[] = 'available', opts: WaitOptions<Volume> = {}): Promise<Volume> {
    return waitForStatus((signal) => this.get(id, { signal }), {
      ...opts,
      what: `volume ${id}`,
      target: Array.isArray(status) ? status : [status],
      failures: VOLUME_FAILURE_STATUSES,
      statusOf: (v) => v.status,
    });
  }

  /** Polls until the volume is gone; error_deleting fails. */
  override async waitForDelete(id: string, opts: WaitOptions<Volume> = {}): Promise<void> {
    await waitForDelete((signal) => this.get(id, { signal }), {
      ...opts,
      what: `volume ${id}`,
      statusOf: (v) => v.status,
      failures: ['error_deleting'],
    });
  }
}

/** Cinder snapshots. */
export class SnapshotsApi extends Collection<Snapshot, S['SnapshotCreateRequest']['snapshot'], S['SnapshotUpdateRequest']['snapshot']> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'volume',
      what: 'snapshot',
      singular: 'snapshot',
      plural: 'snapshots',
      path: '/v3/{project_id}/snapshots',
      listPath: '/v3/{project_id}/snapshots/detail',
      idParam: 'snapshot_id',
      nameFilter: 'name',
    });
  }

  /** POST /snapshots/{id}/action with one action body (`{"os-reset_status": {"status": "error"}}`). */
  async action(id: string, body: Record<string, unknown>, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'POST /v3/{project_id}/snapshots/{snapshot_id}/action', { ...opts, path: { ...(opts?.path ?? {}), snapshot_id: id }, body });
  }

  /** Polls until the snapshot reaches `status` (default available). */
  async waitForStatus(id: string, status: string | string[] = 'available', opts: WaitOptions<Snapshot> = {}): Promise<Snapshot> {
    return waitForStatus((signal) => this.get(id, { signal }), {
      ...opts,
      what: `snapshot ${id}`,
      target: Array.isArray(status) ? status : [status],
      failures: ['error', 'error_deleting'],
      statusOf: (v) => v.status,
    });
  }
}

/** Volume types, with the access list of private ones (admin). */
export class VolumeTypesApi extends Collection<VolumeType, S['VolumeTypeCreateRequest']['volume_type'], S['VolumeTypeUpdateRequest']['volume_type']> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'volume', what: 'volume type', singular: 'volume_type', plural: 'volume_types', path: '/v3/{project_id}/types', idParam: 'volume_type_id' });
  }

  /** Gives (`add`) or takes (`remove`) a project's access to a private type. */
  async setProjectAccess(typeId: string, project: string, access: 'add' | 'remove', opts?: HelperOptions): Promise<void> {
    const body = access === 'add' ? { addProjectAccess: { project } } : { removeProjectAccess: { project } };
    await this.cloud.call('volume', 'POST /v3/{project_id}/types/{volume_type_id}/action', { ...opts, path: { ...(opts?.path ?? {}), volume_type_id: typeId }, body });
  }

  /** The projects with access to a private type. */
  async listAccess(typeId: string, opts?: HelperOptions): Promise<S['VolumeTypeAccessList']['volume_type_access']> {
    const body = await this.cloud.call('volume', 'GET /v3/{project_id}/types/{volume_type_id}/os-volume-type-access', { ...opts, path: { ...(opts?.path ?? {}), volume_type_id: typeId } });
    return (body as S['VolumeTypeAccessList']).volume_type_access;
  }

  /** The type's encryption spec (admin), or undefined when it has none (Cinder answers `{}`). */
  async getEncryption(typeId: string, opts?: HelperOptions): Promise<S['VolumeTypeEncryption'] | undefined> {
    const body = (await this.cloud.call('volume', 'GET /v3/{project_id}/types/{volume_type_id}/encryption', { ...opts, path: { ...(opts?.path ?? {}), volume_type_id: typeId } })) as S['VolumeTypeEncryption'];
    return Object.keys(body ?? {}).length > 0 ? body : undefined;
  }

  /** Gives the type an encryption spec (admin; not while volumes use the type). */
  async createEncryption(typeId: string, spec: S['VolumeTypeEncryptionCreateRequest']['encryption'], opts?: HelperOptions): Promise<S['VolumeTypeEncryption']> {
    const body = await this.cloud.call('volume', 'POST /v3/{project_id}/types/{volume_type_id}/encryption', { ...opts, path: { ...(opts?.path ?? {}), volume_type_id: typeId }, body: { encryption: spec } });
    return (body as S['VolumeTypeEncryptionResponse']).encryption;
  }

  /** Changes fields of the type's encryption spec (admin). */
  async updateEncryption(typeId: string, spec: S['VolumeTypeEncryptionFields'], opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'PUT /v3/{project_id}/types/{volume_type_id}/encryption/{encryption_key}', { ...opts, path: { ...(opts?.path ?? {}), volume_type_id: typeId, encryption_key: 'provider' }, body: { encryption: spec } });
  }

  /** Removes the type's encryption spec (admin). */
  async deleteEncryption(typeId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'DELETE /v3/{project_id}/types/{volume_type_id}/encryption/{encryption_key}', { ...opts, path: { ...(opts?.path ?? {}), volume_type_id: typeId, encryption_key: 'provider' } });
  }
}

/**
 * Volume transfers, through the `os-volume-transfer` API that every microversion serves. `create`
 * answers the auth key (shown once); the other project `accept`s with it.
 */
export class VolumeTransfersApi extends Collection<VolumeTransfer, S['VolumeTransferCreateRequest']['transfer'], never, VolumeTransferCreated> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'volume',
      what: 'volume transfer',
      singular: 'transfer',
      plural: 'transfers',
      path: '/v3/{project_id}/os-volume-transfer',
      listPath: '/v3/{project_id}/os-volume-transfer/detail',
      idParam: 'transfer_id',
      nameFilter: undefined,
    });
  }

  /** Accepts a transfer into the caller's project. */
  async accept(id: string, authKey: string, opts?: HelperOptions): Promise<VolumeTransfer> {
    const body = await this.cloud.call('volume', 'POST /v3/{project_id}/os-volume-transfer/{transfer_id}/accept', {
      ...opts,
      path: { ...(opts?.path ?? {}), transfer_id: id },
      body: { accept: { auth_key: authKey } },
    });
    return (body as S['VolumeTransferAcceptResponse']).transfer;
  }
}

/** A QoS specification (`qos-specs`, Cinder's shape; oscloud records the specs but does not enforce them). */
export interface QosSpec {
  id: string;
  name: string;
  consumer?: string;
  specs?: Record<string, string>;
  [key: string]: unknown;
}

/** A volume type a QoS specification is associated with (`qos_associations`). */
export interface QosAssociation {
  association_type?: string;
  name: string;
  id: string;
}

/** A Cinder item this SDK has no generated shape for (user messages, group types): the api-ref's fields. */
export interface CinderItem {
  id?: string;
  name?: string | null;
  [key: string]: unknown;
}

/** QoS specifications: create (name, consumer and specs in one flat body), keys set and unset, volume type associations. */
export class QosSpecsApi extends Collection<QosSpec, Record<string, string>, Record<string, string>> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'volume', what: 'QoS specification', singular: 'qos_specs', plural: 'qos_specs', path: '/v3/{project_id}/qos-specs', idParam: 'qos_id', nameFilter: undefined });
  }

  /** Deletes a QoS specification; `force` also when it is associated with volume types. */
  async deleteSpec(id: string, force = false, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'DELETE /v3/{project_id}/qos-specs/{qos_id}', { ...opts, path: { qos_id: id }, query: { force: force ? 'True' : 'False' } });
  }

  /** Removes spec keys (`PUT .../delete_keys`). */
  async unsetKeys(id: string, keys: string[], opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'PUT /v3/{project_id}/qos-specs/{qos_id}/delete_keys', { ...opts, path: { qos_id: id }, body: { keys } });
  }

  /** The volume types the specification is associated with. */
  async associations(id: string, opts?: HelperOptions): Promise<QosAssociation[]> {
    const body = await this.cloud.call('volume', 'GET /v3/{project_id}/qos-specs/{qos_id}/associations', { ...opts, path: { qos_id: id } });
    return (body as { qos_associations?: QosAssociation[] }).qos_associations ?? [];
  }

  /** Associates with a volume type (Cinder's GET `.../associate?vol_type_id=`). */
  async associate(id: string, volumeTypeId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'GET /v3/{project_id}/qos-specs/{qos_id}/associate', { ...opts, path: { qos_id: id }, query: { vol_type_id: volumeTypeId } });
  }

  /** Disassociates from one volume type, or from all of them without one. */
  async disassociate(id: string, volumeTypeId?: string, opts?: HelperOptions): Promise<void> {
    if (volumeTypeId === undefined) {
      await this.cloud.call('volume', 'GET /v3/{project_id}/qos-specs/{qos_id}/disassociate_all', { ...opts, path: { qos_id: id } });
    } else {
      await this.cloud.call('volume', 'GET /v3/{project_id}/qos-specs/{qos_id}/disassociate', { ...opts, path: { qos_id: id }, query: { vol_type_id: volumeTypeId } });
    }
  }
}

/** Everything under `cloud.volume`. */
export class VolumeApi {
  /** Volumes. */
  readonly volumes: VolumesApi;
  /** Snapshots. */
  readonly snapshots: SnapshotsApi;
  /** Volume types. */
  readonly types: VolumeTypesApi;
  /** Volume transfers between projects. */
  readonly transfers: VolumeTransfersApi;
  /** The block storage services of each host (admin; read only here). */
  readonly services: Collection<VolumeService, never, never>;
  /** The API's extensions (read only). */
  readonly extensions: Collection<S['Extension'], never, never>;
  /** Backups: full copies of volumes kept away from their hosts (restore with `POST /backups/{id}/restore`). */
  readonly backups: Collection<Backup, BackupCreate, S['BackupUpdateRequest']['backup']>;
  /** Attachments (microversion 3.27+). */
  readonly attachments: Collection<Attachment, S['AttachmentCreateRequest']['attachment'], S['AttachmentUpdateRequest']['attachment']>;

  /** QoS specifications (admin; recorded and shown, not enforced by oscloud's data plane yet). */
  readonly qosSpecs: QosSpecsApi;
  /** User messages about failed asynchronous operations (3.3+; read and delete only). */
  // groups, clusters and admin APIs (volume-ext.ts)
  /** Generic volume groups (3.13+). */
  readonly groups: VolumeGroupsApi;
  /** Group snapshots (3.14+). */
  readonly groupSnapshots: Collection<CinderItem, Record<string, unknown>, Record<string, unknown>>;
  /** Group types and their specs (3.11+). */
  readonly groupTypes: GroupTypesApi;
  /** Consistency groups (the older API). */
  readonly consistencyGroups: ConsistencyGroupsApi;
  /** Consistency group snapshots. */
  readonly consistencyGroupSnapshots: Collection<CinderItem, Record<string, unknown>, Record<string, unknown>>;
  /** Clusters (3.7+). */
  readonly clusters: ClustersApi;
  /** Log levels, resource filters, manageable resources, cleanup, backends, backup records, hosts, services, migration. */
  readonly admin: BlockStorageAdminApi;
  readonly messages: Collection<S['VolumeMessage'], never, never>;

  constructor(cloud: Cloud) {
    this.groups = new VolumeGroupsApi(cloud);
    this.groupTypes = new GroupTypesApi(cloud);
    this.consistencyGroups = new ConsistencyGroupsApi(cloud);
    ({ groupSnapshots: this.groupSnapshots, consistencyGroupSnapshots: this.consistencyGroupSnapshots } = volumeExtCollections(cloud));
    this.clusters = new ClustersApi(cloud);
    this.admin = new BlockStorageAdminApi(cloud);
    this.qosSpecs = new QosSpecsApi(cloud);
    this.messages = new Collection(cloud, { service: 'volume', what: 'message', singular: 'message', plural: 'messages', path: '/v3/{project_id}/messages', idParam: 'message_id', nameFilter: undefined });
    this.volumes = new VolumesApi(cloud);
    this.snapshots = new SnapshotsApi(cloud);
    this.types = new VolumeTypesApi(cloud);
    this.transfers = new VolumeTransfersApi(cloud);
    this.services = new Collection(cloud, { service: 'volume', what: 'volume service', singular: 'service', plural: 'services', path: '/v3/{project_id}/os-services', idParam: 'service_id', nameFilter: undefined });
    this.extensions = new Collection(cloud, {
      service: 'volume',
      what: 'extension',
      singular: 'extension',
      plural: 'extensions',
      path: '/v3/{project_id}/extensions',
      idParam: 'alias',
      idField: 'alias',
      nameFilter: undefined,
    });
    this.backups = new Collection(cloud, {
      service: 'volume',
      what: 'backup',
      singular: 'backup',
      plural: 'backups',
      path: '/v3/{project_id}/backups',
      listPath: '/v3/{project_id}/backups/detail',
      idParam: 'backup_id',
    });
    this.attachments = new Collection(cloud, {
      service: 'volume',
      what: 'attachment',
      singular: 'attachment',
      plural: 'attachments',
      path: '/v3/{project_id}/attachments',
      listPath: '/v3/{project_id}/attachments/detail',
      idParam: 'attachment_id',
    });
  }
}

// Cinder's groups (generic volume groups, their snapshots and types), the older consistency
// groups, clusters and the admin APIs of block storage (log levels, resource filters, manageable
// resources, worker cleanup, backend capabilities and pools, backup records, host freeze/thaw,
// service enable/disable, volume migration and revert). The oscloud controller serves few of
// these: the shapes are the api-ref's (CinderItem).
// @see https://docs.openstack.org/api-ref/block-storage/v3/
import type { Cloud } from '../cloud.js';
import { Collection, type HelperOptions } from './base.js';
import type { CinderItem } from './volume.js';

type Item = Collection<CinderItem, Record<string, unknown>, Record<string, unknown>>;

/** Generic volume groups (3.13+): create, create from a source, delete with volumes, replication actions. */
export class VolumeGroupsApi extends Collection<CinderItem, Record<string, unknown>, Record<string, unknown>> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'volume', what: 'volume group', singular: 'group', plural: 'groups', path: '/v3/{project_id}/groups', listPath: '/v3/{project_id}/groups/detail', idParam: 'group_id', nameFilter: undefined });
  }

  /** One group with query options (`list_volume`, 3.25+). */
  async show(id: string, query: Record<string, unknown>, opts?: HelperOptions): Promise<CinderItem> {
    const body = await this.cloud.call('volume', 'GET /v3/{project_id}/groups/{group_id}', { ...opts, path: { group_id: id }, query });
    return (body as { group: CinderItem }).group;
  }

  /** One group action (`POST /groups/{id}/action`); answers its body, if any. */
  async action(id: string, action: string, body: unknown = {}, opts?: HelperOptions): Promise<unknown> {
    return this.cloud.call('volume', 'POST /v3/{project_id}/groups/{group_id}/action', { ...opts, path: { group_id: id }, body: { [action]: body } });
  }

  /** Creates a group from a group snapshot or another group (3.14+). */
  async createFromSource(body: Record<string, unknown>, opts?: HelperOptions): Promise<CinderItem> {
    const res = await this.cloud.call('volume', 'POST /v3/{project_id}/groups/action', { ...opts, body: { 'create-from-src': body } });
    return (res as { group: CinderItem }).group;
  }

  /** Deletes a group; `deleteVolumes` also deletes its volumes. */
  async deleteGroup(id: string, deleteVolumes: boolean, opts?: HelperOptions): Promise<void> {
    await this.action(id, 'delete', { 'delete-volumes': deleteVolumes }, opts);
  }
}

/** Volume group types and their group specs. */
export class GroupTypesApi extends Collection<CinderItem, Record<string, unknown>, Record<string, unknown>> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'volume', what: 'volume group type', singular: 'group_type', plural: 'group_types', path: '/v3/{project_id}/group_types', idParam: 'group_type_id', nameFilter: undefined });
  }

  /** The default group type. */
  async default(opts?: HelperOptions): Promise<CinderItem> {
    return ((await this.cloud.call('volume', 'GET /v3/{project_id}/group_types/default', { ...opts })) as { group_type: CinderItem }).group_type;
  }

  /** Sets group specs (`POST .../group_specs`). */
  async setSpecs(id: string, specs: Record<string, string>, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'POST /v3/{project_id}/group_types/{group_type_id}/group_specs', { ...opts, path: { group_type_id: id }, body: { group_specs: specs } });
  }

  /** Removes one group spec. */
  async unsetSpec(id: string, key: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'DELETE /v3/{project_id}/group_types/{group_type_id}/group_specs/{spec_id}', { ...opts, path: { group_type_id: id, spec_id: key } });
  }
}

/** Consistency groups (the older API; Cinder maps them onto groups of the default group type). */
export class ConsistencyGroupsApi extends Collection<CinderItem, Record<string, unknown>, Record<string, unknown>> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'volume',
      what: 'consistency group',
      singular: 'consistencygroup',
      plural: 'consistencygroups',
      path: '/v3/{project_id}/consistencygroups',
      listPath: '/v3/{project_id}/consistencygroups/detail',
      idParam: 'consistencygroup_id',
      nameFilter: undefined,
    });
  }

  /** Creates a consistency group from a snapshot or another group. */
  async createFromSource(body: Record<string, unknown>, opts?: HelperOptions): Promise<CinderItem> {
    const res = await this.cloud.call('volume', 'POST /v3/{project_id}/consistencygroups/create_from_src', { ...opts, body: { consistencygroup: body } });
    return (res as { consistencygroup: CinderItem }).consistencygroup;
  }

  /** Deletes a consistency group (`force` also when it has volumes). */
  async deleteGroup(id: string, force: boolean, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'POST /v3/{project_id}/consistencygroups/{consistencygroup_id}/delete', { ...opts, path: { consistencygroup_id: id }, body: { consistencygroup: { force } } });
  }
}

/** A backend's capabilities (`GET /capabilities/{host}`). */
export interface BackendCapabilities {
  properties?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** The block storage admin operations that are not collections. */
export class BlockStorageAdminApi {
  constructor(private readonly cloud: Cloud) {}

  /** Log levels of the services' loggers (3.32+; `PUT /os-services/get-log`). */
  async logLevels(filter: { server: string; binary: string; prefix: string }, opts?: HelperOptions): Promise<Array<{ host: string; binary: string; levels: Record<string, string> }>> {
    const body = await this.cloud.call('volume', 'PUT /v3/{project_id}/os-services/get-log', { ...opts, body: filter });
    return (body as { log_levels?: Array<{ host: string; binary: string; levels: Record<string, string> }> }).log_levels ?? [];
  }

  /** Sets a log level (3.32+; `PUT /os-services/set-log`). */
  async setLogLevel(filter: { server: string; binary: string; prefix: string; level: string }, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'PUT /v3/{project_id}/os-services/set-log', { ...opts, body: filter });
  }

  /** The filters each resource's list accepts (3.33+). */
  async resourceFilters(resource?: string, opts?: HelperOptions): Promise<Array<{ resource: string; filters: string[] }>> {
    const body = await this.cloud.call('volume', 'GET /v3/{project_id}/resource_filters', { ...opts, query: { resource } });
    return (body as { resource_filters?: Array<{ resource: string; filters: string[] }> }).resource_filters ?? [];
  }

  /** Volumes or snapshots on a backend that Cinder could manage (3.8+). */
  async manageable(kind: 'volumes' | 'snapshots', query: Record<string, unknown>, detailed = true, opts?: HelperOptions): Promise<CinderItem[]> {
    const path = `/v3/{project_id}/manageable_${kind}${detailed ? '/detail' : ''}`;
    const body = await this.cloud.call('volume', `GET ${path}`, { ...opts, query });
    return (body as Record<string, CinderItem[] | undefined>)[`manageable-${kind}`] ?? [];
  }

  /** Asks services to clean up resources left by dead workers (3.24+); answers what is cleaned and which services are unavailable. */
  async cleanup(filters: Record<string, unknown>, opts?: HelperOptions): Promise<{ cleaning: CinderItem[]; unavailable: CinderItem[] }> {
    const body = (await this.cloud.call('volume', 'POST /v3/{project_id}/workers/cleanup', { ...opts, body: filters })) as { cleaning?: CinderItem[]; unavailable?: CinderItem[] };
    return { cleaning: body.cleaning ?? [], unavailable: body.unavailable ?? [] };
  }

  /** A backend's capabilities (`host@backend`). */
  async capabilities(host: string, opts?: HelperOptions): Promise<BackendCapabilities> {
    return (await this.cloud.call('volume', 'GET /v3/{project_id}/capabilities/{host}', { ...opts, path: { host } })) as BackendCapabilities;
  }

  /** The scheduler's pools (`detail`: with their capabilities; openstacksdk always asks for them). */
  async pools(opts?: HelperOptions): Promise<Array<{ name: string; capabilities?: Record<string, unknown> }>> {
    const body = await this.cloud.call('volume', 'GET /v3/{project_id}/scheduler-stats/get_pools', { ...opts, query: { detail: 'True' } });
    return (body as { pools?: Array<{ name: string; capabilities?: Record<string, unknown> }> }).pools ?? [];
  }

  /** A backup's record: its service and the opaque URL that imports it elsewhere. */
  async exportBackupRecord(backupId: string, opts?: HelperOptions): Promise<{ backup_service: string; backup_url: string }> {
    const body = await this.cloud.call('volume', 'GET /v3/{project_id}/backups/{backup_id}/export_record', { ...opts, path: { backup_id: backupId } });
    return (body as { 'backup-record': { backup_service: string; backup_url: string } })['backup-record'];
  }

  /** Imports a backup record; answers the new backup (id, name, links). */
  async importBackupRecord(backupService: string, backupUrl: string, opts?: HelperOptions): Promise<CinderItem> {
    const body = await this.cloud.call('volume', 'POST /v3/{project_id}/backups/import_record', { ...opts, body: { 'backup-record': { backup_service: backupService, backup_url: backupUrl } } });
    return (body as { backup: CinderItem }).backup;
  }

  /** Freezes (`freeze`) or thaws (`thaw`) a cinder-volume host. */
  async freezeHost(host: string, freeze: boolean, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', `PUT /v3/{project_id}/os-services/${freeze ? 'freeze' : 'thaw'}`, { ...opts, body: { host } });
  }

  /** Fails a host's replicated volumes over to a backend. */
  async failoverHost(host: string, backendId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'PUT /v3/{project_id}/os-services/failover_host', { ...opts, body: { host, backend_id: backendId } });
  }

  /** Enables or disables a service (`enable`, `disable` or `disable-log-reason`); answers the service as Cinder echoes it. */
  async setService(action: 'enable' | 'disable' | 'disable-log-reason', body: { host: string; binary: string; disabled_reason?: string }, opts?: HelperOptions): Promise<Record<string, unknown>> {
    return (await this.cloud.call('volume', `PUT /v3/{project_id}/os-services/${action}`, { ...opts, body })) as Record<string, unknown>;
  }

  /** One volume action (`os-migrate_volume`, `revert`, ...). */
  async volumeAction(volumeId: string, action: string, body: unknown, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('volume', 'POST /v3/{project_id}/volumes/{volume_id}/action', { ...opts, path: { volume_id: volumeId }, body: { [action]: body } });
  }
}

/** Clusters of cinder-volume services (3.7+; found by name). */
export class ClustersApi {
  constructor(private readonly cloud: Cloud) {}

  /** The clusters (detail: every field). */
  async list(query: Record<string, unknown>, detail: boolean, opts?: HelperOptions): Promise<CinderItem[]> {
    const body = await this.cloud.call('volume', `GET /v3/{project_id}/clusters${detail ? '/detail' : ''}`, { ...opts, query });
    return (body as { clusters?: CinderItem[] }).clusters ?? [];
  }

  /** One cluster by name (and binary). */
  async show(name: string, binary?: string, opts?: HelperOptions): Promise<CinderItem> {
    const body = await this.cloud.call('volume', 'GET /v3/{project_id}/clusters/{cluster_name}', { ...opts, path: { cluster_name: name }, query: { binary } });
    return (body as { cluster: CinderItem }).cluster;
  }

  /** Enables or disables a cluster; answers it. */
  async update(name: string, binary: string, disabled: boolean, reason?: string, opts?: HelperOptions): Promise<CinderItem> {
    const body = await this.cloud.call('volume', `PUT /v3/{project_id}/clusters/${disabled ? 'disable' : 'enable'}`, {
      ...opts,
      body: { name, binary, ...(reason !== undefined ? { disabled_reason: reason } : {}) },
    });
    return (body as { cluster: CinderItem }).cluster;
  }
}

/** Builds the plain collections of this file. */
export function volumeExtCollections(cloud: Cloud): { groupSnapshots: Item; consistencyGroupSnapshots: Item } {
  return {
    groupSnapshots: new Collection(cloud, {
      service: 'volume',
      what: 'volume group snapshot',
      singular: 'group_snapshot',
      plural: 'group_snapshots',
      path: '/v3/{project_id}/group_snapshots',
      listPath: '/v3/{project_id}/group_snapshots/detail',
      idParam: 'group_snapshot_id',
      nameFilter: undefined,
    }),
    consistencyGroupSnapshots: new Collection(cloud, {
      service: 'volume',
      what: 'consistency group snapshot',
      singular: 'cgsnapshot',
      plural: 'cgsnapshots',
      path: '/v3/{project_id}/cgsnapshots',
      listPath: '/v3/{project_id}/cgsnapshots/detail',
      idParam: 'cgsnapshot_id',
      nameFilter: undefined,
    }),
  };
}

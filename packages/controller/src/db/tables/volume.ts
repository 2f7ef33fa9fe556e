/** Volume (Cinder) tables: volumes, attachments, snapshots, volume types and quotas. */

/** `vol_volumes`: one row per volume (deleted volumes are removed). Booleans 0/1, JSON as text. */
export interface VolumeTable {
  id: string;
  project_id: string;
  user_id: string;
  name: string | null;
  description: string | null;
  /** GiB */
  size: number;
  /** creating, available, reserved, attaching, in-use, detaching, deleting, extending, error, error_deleting, error_extending */
  status: string;
  availability_zone: string;
  volume_type_id: string;
  bootable: number;
  multiattach: number;
  snapshot_id: string | null;
  source_volid: string | null;
  /** Host (agent) holding the volume's storage; null before scheduling or when none was found. */
  host_id: string | null;
  /** Name of that host (Cinder's os-vol-host-attr:host). */
  host_name: string | null;
  /** JSON object of strings. */
  metadata: string;
  /** JSON object: the image's properties when created from an image (volume_image_metadata), or null. */
  image_metadata: string | null;
  /** JSON object of strings: Cinder's admin metadata (`readonly`); shown merged into `metadata`. */
  admin_metadata: string;
  /** Why the volume is in error, for the log and admins. */
  fault: string | null;
  created_at: string;
  updated_at: string;
  /** The group (`vol_groups.id`) the volume belongs to, or null. (240) */
  group_id?: string | null;
}

/** `vol_attachments`: a volume attached (or being attached) to a server. */
export interface VolumeAttachmentTable {
  id: string;
  volume_id: string;
  project_id: string;
  instance_id: string | null;
  /** reserved, attaching, attached, detaching, error_attaching */
  status: string;
  attach_mode: string;
  /** JSON connector or null. */
  connector: string | null;
  /** JSON connection info or null. */
  connection_info: string | null;
  host_name: string | null;
  /** Mount point / device name in the guest. */
  device: string | null;
  attached_at: string | null;
  detached_at: string | null;
  created_at: string;
  updated_at: string;
  /** The random name of the volume export serving a guest on another host (never shown); null when local. (160) */
  export_name?: string | null;
  /** The host serving that export (the volume's). (160) */
  export_host_id?: string | null;
}

/** `vol_snapshots` */
export interface VolumeSnapshotTable {
  id: string;
  project_id: string;
  user_id: string;
  volume_id: string;
  name: string | null;
  description: string | null;
  size: number;
  /** creating, available, deleting, error, error_deleting */
  status: string;
  metadata: string;
  progress: string;
  created_at: string;
  updated_at: string;
  /** The group snapshot (`vol_group_snapshots.id`) this snapshot is part of, or null. (240) */
  group_snapshot_id?: string | null;
}

/** `vol_types` */
export interface VolumeTypeTable {
  id: string;
  name: string;
  description: string | null;
  is_public: number;
  /** JSON object of strings. */
  extra_specs: string;
  /** The associated QoS specification (`vol_qos_specs.id`), or null. */
  qos_specs_id: string | null;
  created_at: string;
  updated_at: string;
}

/** `vol_qos_specs`: Cinder's QoS specifications (recorded and shown; the data plane does not enforce them yet). */
export interface VolumeQosSpecsTable {
  id: string;
  name: string;
  /** front-end, back-end or both */
  consumer: string;
  /** JSON object of strings. */
  specs: string;
  created_at: string;
  updated_at: string;
}

/** `vol_backups`: volume backups (src/volume/backups.ts). */
export interface VolumeBackupTable {
  id: string;
  project_id: string;
  user_id: string;
  volume_id: string;
  snapshot_id: string | null;
  /** The backup an incremental backup follows (null for a full one). */
  parent_id: string | null;
  name: string | null;
  description: string | null;
  /** creating, available, deleting, error, error_deleting, restoring */
  status: string;
  fail_reason: string | null;
  availability_zone: string | null;
  container: string | null;
  /** The source volume's size in GiB. */
  size: number;
  object_count: number;
  /** JSON object of strings: the backup's own metadata (3.43). */
  metadata: string;
  /** JSON: what a restore gives the volume back (its metadata, bootable, image metadata). */
  volume_meta: string;
  /** The host whose agent uploads the data while creating. */
  host_id: string | null;
  /** The data's key in the backup store (shared by a backup and the records imported from it). */
  data_key: string;
  data_size: number | null;
  data_checksum: string | null;
  /** The volume a running restore writes to. */
  restore_volume_id: string | null;
  data_timestamp: string | null;
  created_at: string;
  updated_at: string;
}

/** `vol_type_access`: the projects that may use a private volume type. */
export interface VolumeTypeAccessTable {
  volume_type_id: string;
  project_id: string;
}

/** `vol_transfers`: a volume offered to another project; the auth key is kept as a salted hash. */
export interface VolumeTransferTable {
  id: string;
  volume_id: string;
  /** The offering (source) project. */
  project_id: string;
  name: string | null;
  salt: string;
  /** Hex SHA-256 of salt + auth key. */
  crypt_hash: string;
  created_at: string;
  updated_at: string;
}

/** `vol_services`: the cinder-volume service of a host, once an admin enabled or disabled it. */
export interface VolumeServiceTable {
  host_id: string;
  disabled: number;
  disabled_reason: string | null;
  updated_at: string;
}

/** `vol_quotas`: per-project overrides of the default limits (-1 = unlimited). */
export interface VolumeQuotaTable {
  project_id: string;
  resource: string;
  hard_limit: number;
}

/** `vol_messages`: user messages about failed asynchronous operations (src/volume/messages.ts). */
export interface VolumeMessageTable {
  id: string;
  project_id: string;
  request_id: string;
  resource_type: string;
  resource_uuid: string | null;
  event_id: string;
  message_level: string;
  user_message: string;
  created_at: string;
  expires_at: string;
}

/** `vol_quota_classes`: limits of a quota class (`default`: every project's defaults). */
export interface VolumeQuotaClassTable {
  class_name: string;
  resource: string;
  hard_limit: number;
}

/** `vol_group_types`: Cinder's group types (src/volume/groups.ts). */
export interface VolumeGroupTypeTable {
  id: string;
  name: string;
  description: string | null;
  is_public: number;
  /** JSON object of strings. */
  group_specs: string;
  created_at: string;
  updated_at: string;
}

/** `vol_groups`: generic volume groups; member volumes carry `vol_volumes.group_id`. */
export interface VolumeGroupTable {
  id: string;
  project_id: string;
  user_id: string;
  name: string | null;
  description: string | null;
  /** creating, available, updating, deleting, error, error_deleting (or what an admin reset it to) */
  status: string;
  availability_zone: string;
  group_type_id: string;
  /** JSON array of the volume type ids the group may hold. */
  volume_type_ids: string;
  /** The group snapshot or the group it was created from. */
  group_snapshot_id: string | null;
  source_group_id: string | null;
  created_at: string;
  updated_at: string;
}

/** `vol_group_snapshots`: a snapshot of every volume of a group; member snapshots carry `vol_snapshots.group_snapshot_id`. */
export interface VolumeGroupSnapshotTable {
  id: string;
  project_id: string;
  user_id: string;
  group_id: string;
  group_type_id: string;
  name: string | null;
  description: string | null;
  /** creating, available, deleting, error, error_deleting */
  status: string;
  created_at: string;
  updated_at: string;
}

/** `vol_type_encryption`: the encryption spec of a volume type (recorded; see src/volume/encryption.ts). */
export interface VolumeTypeEncryptionTable {
  volume_type_id: string;
  encryption_id: string;
  provider: string;
  /** front-end or back-end */
  control_location: string;
  cipher: string | null;
  key_size: number | null;
  created_at: string;
  updated_at: string | null;
}

/** Every volume table by name. */
export interface VolumeTables {
  vol_volumes: VolumeTable;
  vol_attachments: VolumeAttachmentTable;
  vol_snapshots: VolumeSnapshotTable;
  vol_types: VolumeTypeTable;
  vol_type_access: VolumeTypeAccessTable;
  vol_qos_specs: VolumeQosSpecsTable;
  vol_transfers: VolumeTransferTable;
  vol_backups: VolumeBackupTable;
  vol_services: VolumeServiceTable;
  vol_quotas: VolumeQuotaTable;
  vol_quota_classes: VolumeQuotaClassTable;
  vol_messages: VolumeMessageTable;
  vol_group_types: VolumeGroupTypeTable;
  vol_groups: VolumeGroupTable;
  vol_group_snapshots: VolumeGroupSnapshotTable;
  vol_type_encryption: VolumeTypeEncryptionTable;
}

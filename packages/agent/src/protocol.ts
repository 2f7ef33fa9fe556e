/**
 * Wire types of the controller <-> agent API, from the SDK's types generated from
 * schemas/agent.yaml (docs/agent-protocol.md). Payload shapes the agent *accepts* are a little
 * more lenient than what the controller sends (optional fields, OpenStack image properties);
 * the assignability checks at the bottom fail the build when the spec drifts from them.
 */
import type { components } from '@oscloud/sdk/generated/agent';

type Schemas = components['schemas'];

/** POST /v1/hosts/register request body. */
export type RegisterRequest = Schemas['HostRegisterRequest'];
/** POST /v1/hosts/register 201 body. */
export type RegisterResponse = Schemas['HostRegisterResponse'];
/** What a host offers to the scheduler. */
export type Inventory = Schemas['Inventory'];

/** Nova power_state codes (nova/compute/power_state.py). */
export const PowerState = {
  NOSTATE: 0,
  RUNNING: 1,
  PAUSED: 3,
  SHUTDOWN: 4,
  CRASHED: 6,
  SUSPENDED: 7,
} as const;
/** A Nova power_state value. */
export type PowerStateCode = (typeof PowerState)[keyof typeof PowerState];

/** One instance as observed on the host. */
export type ObservedInstance = Schemas['InstanceReport'];
/** POST /v1/hosts/{host_id}/heartbeat request body. */
export type HeartbeatRequest = Schemas['HeartbeatRequest'];
/** POST /v1/hosts/{host_id}/heartbeat 200 body. */
export type HeartbeatResponse = Schemas['HeartbeatResponse'];
/** Task types the controller can enqueue for a host. */
export type TaskType = Schemas['TaskType'];
/** A unit of host work; ids are stable across redeliveries. */
export type Task = Schemas['Task'];
/** GET /v1/hosts/{host_id}/tasks 200 body. */
export type TaskList = Schemas['TaskList'];
/** POST .../progress body. */
export type TaskProgress = Schemas['TaskProgressRequest'];
/** A failure the controller records on the instance/volume. */
export type Fault = Schemas['TaskFault'];
/** POST .../result body. */
export type TaskResult = Schemas['TaskResultRequest'];
/** Error body of the agent API. */
export type ErrorBody = Schemas['Error'];

/**
 * Image reference inside task payloads. `properties` carries OpenStack image properties
 * (kernel_id/ramdisk_id for AKI/ARI direct kernel boot, os_command_line) when sent.
 */
export interface ImageRef {
  id: string;
  checksum?: string | null;
  os_hash_value?: string | null;
  os_hash_algo?: string | null;
  disk_format?: string | null;
  size?: number | null;
  properties?: Record<string, unknown> | null;
}

/** Instance part of the spawn payload. */
export interface InstanceSpec {
  uuid: string;
  name: string;
  hostname: string;
  vcpus: number;
  memory_mb: number;
  root_gb: number;
  ephemeral_gb?: number;
  metadata?: Record<string, string>;
  user_data?: string | null;
  key_data?: string | null;
  key_name?: string | null;
  availability_zone?: string | null;
  project_id?: string | null;
  /** Index of this server in its multi-create request (Nova's launch_index); 0 when absent. */
  launch_index?: number | null;
  /** The server's admin password; Nova writes it into the config drive's meta_data.json. */
  admin_pass?: string | null;
  /** Personality files (Nova before 2.57), written into the config drive; contents base64. */
  files?: { path: string; contents: string }[];
}

/** What the config drive and the metadata service are written from (a spawn's instance, or the controller's current view). */
export type ConfigDriveInstance = Pick<InstanceSpec, 'uuid' | 'name' | 'hostname' | 'metadata' | 'user_data' | 'key_data' | 'key_name' | 'availability_zone' | 'project_id' | 'launch_index' | 'admin_pass' | 'files'>;

/** One port of the instance. */
export interface NetworkInfo {
  port_id: string;
  mac: string;
  network_id: string;
  fixed_ips: {
    ip: string;
    subnet_id: string;
    cidr: string;
    gateway?: string | null;
    /** The subnet's enable_dhcp; absent means Neutron's default, true. */
    enable_dhcp?: boolean | null;
    dns_nameservers?: string[] | null;
    host_routes?: { destination: string; nexthop: string }[] | null;
  }[];
  mtu?: number | null;
  /** false takes the port's link down (no traffic); absent counts as up. */
  admin_state_up?: boolean | null;
  /** false lifts anti-spoofing and security groups; absent counts as Neutron's default, true. */
  port_security_enabled?: boolean | null;
  allowed_address_pairs?: { ip_address: string; mac_address?: string | null }[] | null;
  /** Every rule of every security group of the port. */
  security_group_rules?: {
    id: string;
    direction: 'ingress' | 'egress';
    ethertype: 'IPv4' | 'IPv6';
    protocol?: string | null;
    port_range_min?: number | null;
    port_range_max?: number | null;
    remote_ip_prefix?: string | null;
    remote_group_id?: string | null;
  }[] | null;
  /** Member addresses of each group the rules name as remote_group_id. */
  remote_group_members?: Record<string, string[]> | null;
  /** The network's provider:network_type (absent: local, the network stays on the host). */
  network_type?: string | null;
  /** With network_type vxlan: the VNI. */
  segmentation_id?: number | null;
  /** With network_type vxlan: underlay addresses of every host with a port on the network. */
  vxlan_peers?: string[] | null;
  /** The network's DHCP port (absent when no subnet has DHCP, or from an older controller). */
  dhcp_port?: { port_id: string; mac: string; fixed_ips: { ip: string; subnet_id: string; cidr: string }[] } | null;
}

/** A volume the guest gets at spawn; `boot_index` 0 is its boot disk when there is no image. */
export interface BlockDeviceSpec {
  volume_id: string;
  device?: string | null;
  boot_index?: number | null;
  /** A volume of another host's pool: the volume export this host opens it from. */
  connection_info?: VolumeConnection | null;
}

/** How a guest's host reaches a volume of another host (`oscloud_volume_export`, volume-export.ts). */
export interface VolumeConnection {
  driver_volume_type?: string;
  data?: { export?: { transport?: string; uri?: string; format?: 'raw' | 'qcow2' } };
}

/** spawn task payload. */
export interface SpawnPayload {
  instance: InstanceSpec;
  /** Absent when the server boots from a volume. */
  image?: ImageRef | null;
  /** Kernel/ramdisk images when the controller resolves kernel_id/ramdisk_id for us. */
  kernel?: ImageRef | null;
  ramdisk?: ImageRef | null;
  network_info?: NetworkInfo[];
  block_devices?: BlockDeviceSpec[];
}

/** attach_interface task payload: the port to plug and hot-plug into the guest. */
export interface AttachInterfacePayload {
  instance: { uuid: string; name: string };
  port: NetworkInfo;
  tag?: string | null;
}

/** rescue task payload: the image to boot the rescue disk from. */
export type RescuePayload = Schemas['RescuePayload'];
// resize
/** Payload of `resize_instance` and `revert_resize`: the flavor to run with, and whether to start the guest. */
export type ResizePayload = Schemas['ResizePayload'];
// cold migration
export type TaskMigration = Schemas['TaskMigration'];
export type FinishMigrationPayload = Schemas['FinishMigrationPayload'];
export type FinishRevertMigrationPayload = Schemas['FinishRevertMigrationPayload'];
export type PreLiveMigrationPayload = Schemas['PreLiveMigrationPayload'];
export type LiveMigrationPayload = Schemas['LiveMigrationPayload'];
export type PostLiveMigrationPayload = Schemas['PostLiveMigrationPayload'];
export type LiveMigrationControlPayload = Schemas['LiveMigrationControlPayload'];

/** detach_interface task payload: the port to unplug from the guest and the dataplane. */
export type DetachInterfacePayload = Schemas['DetachInterfacePayload'];
/** Payload of a `sync_ports` task: the controller's current view of some ports, groups and VXLAN networks. */
export type SyncPortsPayload = Schemas['SyncPortsPayload'];
// consoles, usage
/** Payload of a `serial_console` task. */
export type SerialConsolePayload = Schemas['SerialConsolePayload'];

// snapshot, shelve, rebuild
/** snapshot_instance task payload: the image the root disk's copy is uploaded to. */
export type SnapshotInstancePayload = Schemas['SnapshotInstancePayload'];
/** backup_instance task payload (createBackup): the image as a snapshot's, and the rotation the controller applies. */
export type BackupInstancePayload = Schemas['BackupInstancePayload'];
// backups
export type BackupVolumePayload = Schemas['BackupVolumePayload'];
export type RestoreBackupPayload = Schemas['RestoreBackupPayload'];
// upload to image
export type UploadVolumePayload = Schemas['UploadVolumePayload'];
// shelve
export type ShelveInstancePayload = Schemas['ShelveInstancePayload'];
/** rebuild_instance task payload: the instance as it is now and the image its root disk is made from. */
export interface RebuildInstancePayload {
  instance: InstanceSpec;
  image: ImageRef;
  /** False: the guest was stopped and stays stopped after the rebuild (absent: true). */
  power_on?: boolean;
}

// evacuate
/** evacuate_instance task payload: the spawn of a server whose host was lost, and whether it runs afterwards. */
export type EvacuateInstancePayload = SpawnPayload & { power_on: boolean; unexport?: string[] };

/** GET /v1/hosts/{host_id}/instances/{instance_id}/metadata 200 body: what the metadata service serves an instance now. */
export type InstanceMetadata = Schemas['InstanceMetadata'];

/** Compile-time drift checks: what the spec sends must fit what the agent accepts. */
type Assert<T extends true> = T;
type Fits<A, B> = A extends B ? true : false;
export type _SpecChecks = [
  Assert<Fits<Schemas['TaskImage'], ImageRef>>,
  Assert<Fits<Schemas['SpawnInstance'], InstanceSpec>>,
  Assert<Fits<Schemas['NetworkInfo'], NetworkInfo>>,
  Assert<Fits<Schemas['SpawnPayload'], SpawnPayload>>,
  Assert<Fits<Schemas['AttachInterfacePayload'], AttachInterfacePayload>>,
  Assert<Fits<Schemas['RebuildInstancePayload'], RebuildInstancePayload>>,
  Assert<Fits<Schemas['EvacuateInstancePayload'], EvacuateInstancePayload>>,
  Assert<Fits<Schemas['MetadataInstance'], ConfigDriveInstance>>,
  Assert<Fits<Schemas['InstanceMetadata']['network_info'][number], NetworkInfo>>,
];

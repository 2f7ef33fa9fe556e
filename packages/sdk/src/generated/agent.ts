/**
 * This file was generated from schemas/agent.yaml by packages/sdk/scripts/generate.mjs
 * (openapi-typescript). Do not edit: change the schema and run `npm run generate`.
 */

export interface paths {
    "/v1/hosts/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a host (or re-register it)
         * @description Authenticated by `bootstrap_token` in the body (401 when wrong). Re-registering the same hostname rotates the credential and keeps the host id.
         */
        post: operations["registerHost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{host_id}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a heartbeat with inventory and observed state */
        post: operations["reportHostHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{host_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
            };
            cookie?: never;
        };
        /**
         * Claim pending tasks (long poll)
         * @description Long poll: answers as soon as tasks are pending, or with an empty list after `wait` seconds. Claiming sets the lease (`lease_expires_at`); a task whose lease runs out without a result is delivered again with a higher `attempt`.
         */
        get: operations["listHostTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{host_id}/tasks/{task_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The task id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report progress of a task
         * @description 409 when the task belongs to another host.
         */
        post: operations["reportTaskProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{host_id}/tasks/{task_id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The task id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the result of a task
         * @description Idempotent: a second result for a finished task is 204 and ignored. 409 when the task belongs to another host.
         */
        post: operations["reportTaskResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{host_id}/instances/{instance_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The instance (server) id. */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        /**
         * Current metadata of an instance on this host
         * @description What the host's metadata service (169.254.169.254) answers for the instance now: the instance's metadata, key, user data, ports (interfaces attached later included, detached ones gone) and the password it posted. 404 when the instance is deleted or not on this host.
         */
        get: operations["showAgentInstanceMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{host_id}/instances/{instance_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The instance (server) id. */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the password an instance posted to the metadata service
         * @description The guest's POST to `/openstack/<version>/password` (Nova's metadata password.py): the password is kept as posted (the guest encrypted it) and shown by the compute API's os-server-password. 409 when the instance has one already (cleared through the compute API); 404 when the instance is deleted or not on this host.
         */
        post: operations["setAgentInstancePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Download image data for the host's image cache
         * @description Authenticated with the host credential. 404 when the image does not exist or has no data.
         */
        get: operations["downloadAgentImage"];
        /**
         * Upload the data of an instance snapshot
         * @description Authenticated with the host credential. Only for an image a `snapshot_instance` task of this host is filling (the image's `instance_uuid` is an instance on this host), or an `upload_volume` task of this host is filling (a volume upload to image), and the image is queued: the image goes saving, then active with its size and checksums. 403 for any other image; 409 when the image is not queued; 400 when the data is not in the image's disk format.
         */
        put: operations["uploadAgentImage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backups/{backup_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The volume backup id. */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        /**
         * Download a backup's data to restore it
         * @description Authenticated with the host credential. Only while the backup is `restoring` into a volume of the calling host; 403 otherwise, 404 when the backup has no data.
         */
        get: operations["downloadAgentBackup"];
        /**
         * Upload a backup's data
         * @description Authenticated with the host credential. Only for a backup a `backup_volume` task of this host is creating (status `creating`, its volume on this host); 403 otherwise, 409 when the backup is not being created, 400 when the data is not a qcow2 image.
         */
        put: operations["uploadAgentBackup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Agent API error body. */
        Error: {
            error: {
                /**
                 * @description HTTP status code.
                 * @example 409
                 */
                code: number;
                /** @description Human readable description of the failure. */
                message: string;
            };
        };
        /**
         * @description Liveness of the host as the controller sees it (from heartbeats).
         * @enum {string}
         */
        HostStatus: "up" | "down";
        HostRegisterRequest: {
            /**
             * Format: password
             * @description The operator's bootstrap token.
             */
            bootstrap_token: string;
            /** @description Host name; the identity of the host across re-registrations. */
            hostname: string;
            /** @description Availability zone of the host (the controller's default when omitted). */
            availability_zone?: string;
            /**
             * @example QEMU
             * @example fake
             */
            hypervisor_type: string;
            /**
             * @description Nova encoding: major * 1000000 + minor * 1000 + micro.
             * @example 8002002
             */
            hypervisor_version?: number;
            /** @example 0.1.0 */
            agent_version: string;
            /**
             * @description The host's dataplane: `linuxbridge` (bridges, DHCP, security groups; gets `sync_ports` tasks) or `noop` (addresses only). Absent counts as `noop`.
             * @enum {string}
             */
            network_driver?: "linuxbridge" | "noop";
            /**
             * Format: ipv4
             * @description The host's address on the underlay that carries VXLAN tenant networks between hosts (linuxbridge hosts attached to one; several hosts on one machine use an underlay namespace). Absent: the host has no underlay and its networks stay on it.
             */
            underlay_ip?: string;
        };
        HostRegisterResponse: {
            host: {
                /**
                 * Format: uuid
                 * @description Host id (kept when the same hostname registers again).
                 */
                id: string;
                /** @description The registered hostname. */
                name: string;
                status: components["schemas"]["HostStatus"];
            };
            /** @description Per-host credential for `Authorization: Bearer`; shown once, stored hashed. Registering again rotates it. */
            credential: string;
            /**
             * @description Seconds between heartbeats.
             * @example 10
             */
            heartbeat_interval: number;
        };
        /** @description Capacity of the host; allocation ratios omitted use the controller's defaults. */
        Inventory: {
            /** @description Physical CPUs available to guests. */
            vcpus: number;
            /** @description Memory available to guests, MiB. */
            memory_mb: number;
            /** @description Local disk for instances, GiB. */
            local_gb: number;
            /** @example QEMU */
            hypervisor_type: string;
            /** @description Nova encoding: major * 1000000 + minor * 1000 + micro. */
            hypervisor_version: number;
            /** @description Whether /dev/kvm can be used (else TCG). */
            kvm_usable: boolean;
            cpu_allocation_ratio?: number;
            ram_allocation_ratio?: number;
            disk_allocation_ratio?: number;
        };
        /**
         * @description Nova power state: 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7 SUSPENDED.
         * @enum {integer}
         */
        PowerState: 0 | 1 | 3 | 4 | 6 | 7;
        /** @description Observed state of an instance present on the host. */
        InstanceReport: {
            /**
             * Format: uuid
             * @description Instance uuid.
             */
            id: string;
            power_state: components["schemas"]["PowerState"];
            /**
             * @description The agent's view of the vm_state, when it has one.
             * @example active
             * @example stopped
             */
            vm_state?: string;
        };
        VolumeReport: {
            /**
             * Format: uuid
             * @description Volume id.
             */
            id: string;
            /**
             * @description Observed status of the volume's backing storage.
             * @example available
             * @example in-use
             */
            status: string;
        };
        HeartbeatRequest: {
            inventory: components["schemas"]["Inventory"];
            /** @description Every instance present on the host. */
            instances: components["schemas"]["InstanceReport"][];
            /** @description Volumes whose backing storage is on the host. */
            volumes?: components["schemas"]["VolumeReport"][];
        };
        HeartbeatResponse: {
            /** @description Seconds until the next heartbeat. */
            heartbeat_interval: number;
            host: {
                status: components["schemas"]["HostStatus"];
                /** @description Disabled by an operator: no new instances are scheduled here. */
                disabled: boolean;
            };
            /** @description Instances the host reported that the controller says are gone; the agent cleans them up. */
            deleted_instances: string[];
        };
        /**
         * @description What the task does.
         * @enum {string}
         */
        TaskType: "spawn" | "destroy" | "power_on" | "power_off" | "reboot" | "pause" | "unpause" | "attach_volume" | "detach_volume" | "swap_volume" | "console_output" | "create_volume" | "delete_volume" | "extend_volume" | "create_snapshot" | "delete_snapshot" | "sync_ports" | "sync_router" | "attach_interface" | "detach_interface" | "serial_console" | "vnc_console" | "snapshot_instance" | "backup_instance" | "suspend" | "resume" | "trigger_crash_dump" | "rescue" | "unrescue" | "rebuild_instance" | "shelve_instance" | "shelve_offload_instance" | "unshelve_instance" | "resize_instance" | "confirm_resize" | "revert_resize" | "migrate_instance" | "finish_migration" | "finish_revert_migration" | "pre_live_migration" | "live_migration" | "post_live_migration_at_destination" | "rollback_live_migration_at_destination" | "live_migration_control" | "evacuate_instance" | "backup_volume" | "restore_backup" | "upload_volume" | "export_volume" | "unexport_volume";
        TaskImage: {
            /**
             * Format: uuid
             * @description Image id; fetch its data with `GET /v1/images/{image_id}/file`.
             */
            id: string;
            /** @description MD5 of the image data (Glance `checksum`). */
            checksum: string | null;
            /** @description SHA-512 of the image data (Glance `os_hash_value`). */
            os_hash_value: string | null;
            /**
             * @example qcow2
             * @example raw
             */
            disk_format: string;
            /** @description Size of the image data, bytes. */
            size: number;
            /**
             * @example bare
             * @example aki
             */
            container_format?: string;
            /** @description The image's custom properties (Glance extra properties), e.g. `kernel_id`, `ramdisk_id` and `os_command_line` for AMI-style direct kernel boot. */
            properties?: {
                [key: string]: string;
            };
        };
        SpawnInstance: {
            /** Format: uuid */
            uuid: string;
            /** @description Display name. */
            name: string;
            /** @description Guest hostname. */
            hostname: string;
            vcpus: number;
            memory_mb: number;
            root_gb: number;
            ephemeral_gb: number;
            /** @description Server metadata. */
            metadata: {
                [key: string]: string;
            };
            /** @description Base64-encoded user data. */
            user_data?: string;
            /** @description Public key of the server's key pair. */
            key_data?: string;
            /** @description Name of the server's key pair (the config drive's `public_keys` key). */
            key_name?: string;
            availability_zone: string;
            /** @description The server's project (the config drive's `project_id`). */
            project_id?: string;
            /** @description Index of this server within its multi-create request, 0-based (Nova's `launch_index`, written into the config drive); absent counts as 0. */
            launch_index?: number;
            /** @description The server's admin password (the config drive's `admin_pass`). */
            admin_pass?: string;
            /** @description The flavor's swap, MiB. */
            swap_mb?: number;
            /** @description Whether the guest gets a config drive. */
            config_drive?: boolean;
            /** @description Personality files (Nova before 2.57): written into the config drive as openstack/content/NNNN and listed in meta_data.json `files` ({path, content_path}). */
            files?: {
                path: string;
                /** @description Base64-encoded content. */
                contents: string;
            }[];
        };
        /** @description One port of the instance. */
        NetworkInfo: {
            /** Format: uuid */
            port_id: string;
            /** @example fa:16:3e:12:34:56 */
            mac: string;
            /** Format: uuid */
            network_id: string;
            /** @description MTU of the network. */
            mtu?: number;
            fixed_ips: {
                /**
                 * @description IP version of the address.
                 * @enum {integer}
                 */
                version?: 4 | 6;
                /** @description The subnet's `enable_dhcp`: when false the config drive gives the address statically; absent counts as Neutron's default, true. */
                enable_dhcp?: boolean;
                /** @description The subnet's DNS servers. */
                dns_nameservers?: string[];
                /** @example 10.0.0.5 */
                ip: string;
                /** Format: uuid */
                subnet_id: string;
                /** @example 10.0.0.0/24 */
                cidr: string;
                /** @description Gateway of the subnet; null when it has none. */
                gateway: string | null;
                /** @description The subnet's host routes, handed out by DHCP. */
                host_routes?: {
                    /** @example 192.168.5.0/24 */
                    destination: string;
                    /** @example 10.0.0.9 */
                    nexthop: string;
                }[];
            }[];
            /** @description The port's admin_state_up: false takes its link down on the host (no traffic either way, as Neutron's agents do) until it is true again. Absent: up. */
            admin_state_up?: boolean;
            /** @description The port's port_security_enabled: false lifts anti-spoofing and security groups. */
            port_security_enabled?: boolean;
            /** @description Addresses (and MACs) the port may also send from. */
            allowed_address_pairs?: {
                ip_address: string;
                mac_address?: string;
            }[];
            /** @description The rules of every security group of the port, as Neutron stores them. */
            security_group_rules?: components["schemas"]["SecurityGroupRule"][];
            /**
             * @description The network's provider:network_type. `vxlan`: the host joins the network's bridge to the other hosts over its underlay (VNI `segmentation_id`, peers `vxlan_peers`); anything else (absent: `local`) stays on the host.
             * @example vxlan
             */
            network_type?: string;
            /** @description The network's provider:segmentation_id (the VXLAN VNI), with network_type vxlan. */
            segmentation_id?: number;
            /** @description With network_type vxlan: the underlay addresses of every host with a port on the network (the network's DHCP and router host included); the host sends the network's broadcast and unknown frames to each of them (head-end replication), skipping its own. */
            vxlan_peers?: string[];
            /** @description For each security group the rules name as remote_group_id: the fixed IPs (and allowed address pair IPs) of its member ports, on any host. */
            remote_group_members?: {
                [key: string]: string[];
            };
            /** @description The network's DHCP port (device_owner network:dhcp): the address and MAC the network's DHCP server answers from. Absent when no subnet of the network has DHCP. */
            dhcp_port?: {
                /** Format: uuid */
                port_id: string;
                mac: string;
                fixed_ips: {
                    ip: string;
                    /** Format: uuid */
                    subnet_id: string;
                    cidr: string;
                }[];
            };
        };
        /** @description One security group rule (Neutron's fields). */
        SecurityGroupRule: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            direction: "ingress" | "egress";
            /** @enum {string} */
            ethertype: "IPv4" | "IPv6";
            protocol?: string | null;
            port_range_min?: number | null;
            port_range_max?: number | null;
            remote_ip_prefix?: string | null;
            remote_group_id?: string | null;
        };
        BlockDevice: {
            /** Format: uuid */
            volume_id: string;
            /** @example /dev/vdb */
            device: string;
            /** @description Boot order (Nova's block device mapping `boot_index`); 0 is the disk the guest boots from when the payload has no `image`; null or absent: not bootable. */
            boot_index?: number | null;
            /**
             * Format: uuid
             * @description The Cinder attachment of the volume to this server.
             */
            attachment_id?: string;
            /** @description Where this host opens the volume when it is not in its own pool (a server moved to this host with a volume of another host, or a live migration): `{"driver_volume_type": "oscloud_volume_export", "data": {"export": VolumeExport}}`. Absent: the volume is in this host's pool. */
            connection_info?: {
                /** @enum {string} */
                driver_volume_type: "oscloud_volume_export";
                data?: {
                    export?: components["schemas"]["VolumeExport"];
                };
            };
        };
        /** @description Payload of a `spawn` task. A server booted from a volume has no `image`: its root disk is the block device with `boot_index` 0. */
        SpawnPayload: {
            instance: components["schemas"]["SpawnInstance"];
            /** @description The image of the root disk; absent when the server boots from a volume. */
            image?: components["schemas"]["TaskImage"];
            /** @description The kernel image (disk_format aki) named by the image's `kernel_id`. */
            kernel?: components["schemas"]["TaskImage"];
            /** @description The ramdisk image (disk_format ari) named by the image's `ramdisk_id`. */
            ramdisk?: components["schemas"]["TaskImage"];
            network_info: components["schemas"]["NetworkInfo"][];
            block_devices: components["schemas"]["BlockDevice"][];
        };
        /** @description The instance a task acts on. */
        TaskInstanceRef: {
            /** Format: uuid */
            uuid: string;
            name: string;
        };
        /** @description The resources a resized guest gets (a flavor's vCPUs, RAM and root disk). */
        ResizeFlavor: {
            vcpus: number;
            memory_mb: number;
            /** @description Root disk size in GiB; the disk grows to it when larger (0 = unchanged). */
            root_gb: number;
        };
        /** @description Payload of a `resize_instance` task (the guest stops, its root disk is kept as it is for a revert and grown to `flavor.root_gb`, and it starts again with the flavor's vCPUs and RAM, the same NICs and volumes) and of a `revert_resize` task (the guest stops, gets its kept root disk back and starts with the old flavor). `power_on` false leaves the guest stopped (a server resized while SHUTOFF). `confirm_resize` carries no payload: it drops the kept disk. */
        ResizePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            flavor: components["schemas"]["ResizeFlavor"];
            power_on: boolean;
            migration?: components["schemas"]["TaskMigration"];
        };
        /** @description Present when the resize (or a `migrate_instance`, `revert_resize`, `confirm_resize`) crosses hosts: on the source, `resize_instance`/`migrate_instance` stops the guest, unplugs its NICs and exports its root disk for the destination (the result's `export`) instead of resizing in place; on the destination `revert_resize` removes the guest it finished; on the source `confirm_resize` removes the guest left there. */
        TaskMigration: {
            /**
             * Format: uuid
             * @description The migration's uuid (the export's name).
             */
            id: string;
            source_host?: string;
            dest_host?: string;
        };
        /** @description Where the destination reads a migrating guest's root disk. `nbd`: a read-only NBD export (qemu-nbd on the source host's underlay address, export name `uri`'s path) that ends with the first client; `local`: a file on the same machine (hosts without an underlay); `none`: nothing to copy (the fake driver, a server booted from a volume). */
        DiskExport: {
            /** @enum {string} */
            transport: "nbd" | "local" | "none";
            /** @description nbd://address:port/export (transport nbd). */
            uri?: string;
            /** @description The file (transport local). */
            path?: string;
            /** @enum {string} */
            format?: "qcow2" | "raw";
        };
        /** @description Payload of a `confirm_resize` task: nothing but the instance for a resize on one host (the kept disk is dropped); with `migration`, the source of a cross-host move removes the guest it kept (guest, NICs, disks, instance directory). */
        ConfirmResizePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            migration?: components["schemas"]["TaskMigration"];
        };
        /** @description Payload of a `migrate_instance` task (the source of a cold migration): as a cross-host `resize_instance`, the guest stops, its NICs are unplugged and its root disk exported; the result carries `export` (a `DiskExport`). */
        MigrateInstancePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            migration: components["schemas"]["TaskMigration"];
            /** @description Whether the guest runs (the destination starts it again). */
            power_on: boolean;
        };
        /** @description Payload of a `finish_migration` task (the destination of a cold migration or a resize to another host): the guest is created here as a spawn would, its root disk copied from `disk` and grown to `flavor.root_gb`, with the instance's ports (now bound here) and config drive; left stopped when `power_on` is false. `action` names the server action it continues (`migrate`, `resize`). */
        FinishMigrationPayload: {
            instance: components["schemas"]["SpawnInstance"];
            action: string;
            image?: components["schemas"]["TaskImage"];
            network_info: components["schemas"]["NetworkInfo"][];
            block_devices: components["schemas"]["BlockDevice"][];
            flavor: components["schemas"]["ResizeFlavor"];
            power_on: boolean;
            disk: components["schemas"]["DiskExport"];
            migration?: components["schemas"]["TaskMigration"];
        };
        /** @description Where the destination of a live migration listens, on its underlay address: the migration stream (`tcp:<ip>:<port>`) and the NBD export of the guest's new root disk (absent when the guest boots from a volume: the destination opens that volume from its volume export, nothing to copy). */
        LiveMigrationEndpoints: {
            migration_uri: string;
            nbd?: {
                host: string;
                port: number;
                export: string;
            };
        };
        /** @description Progress of a live migration (Nova's server migration memory and disk figures). */
        LiveMigrationFigures: {
            memory_total_bytes?: number;
            memory_processed_bytes?: number;
            memory_remaining_bytes?: number;
            disk_total_bytes?: number;
            disk_processed_bytes?: number;
            disk_remaining_bytes?: number;
            downtime_ms?: number;
            total_time_ms?: number;
        };
        /** @description Payload of a `pre_live_migration` task (the destination of a live migration): the guest is prepared here as a spawn would (root disk from the image, the instance's ports plugged, config drive) but its process waits for the source's state instead of booting; the result's `endpoints` (`LiveMigrationEndpoints`) say where the source sends disk and memory. Its volumes are not copied: each `block_devices` entry names the volume export this host opens it from (`connection_info`), shared with the source until the switchover. A failure leaves nothing here. */
        PreLiveMigrationPayload: {
            instance: components["schemas"]["SpawnInstance"];
            action: string;
            image?: components["schemas"]["TaskImage"];
            kernel?: components["schemas"]["TaskImage"];
            ramdisk?: components["schemas"]["TaskImage"];
            network_info: components["schemas"]["NetworkInfo"][];
            block_devices: components["schemas"]["BlockDevice"][];
            migration: components["schemas"]["TaskMigration"];
        };
        /** @description Payload of a `live_migration` task (the source): the running guest's root disk and memory go to `endpoints`; once the destination has it the guest, its NICs and disk are removed here. Progress reports carry `live_migration` figures; the result carries the final ones (`LiveMigrationFigures`). A failure or an abort leaves the guest running here as before. */
        LiveMigrationPayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            action: string;
            migration: components["schemas"]["TaskMigration"];
            endpoints: components["schemas"]["LiveMigrationEndpoints"];
            /** @description An abort came while the destination prepared; the task fails at once, nothing copied. */
            abort?: boolean;
        };
        /** @description Payload of `post_live_migration_at_destination` (the guest runs here now: the disk export ends; a guest paused on the source stays paused) and of `rollback_live_migration_at_destination` (the migration failed: the waiting guest, its NICs and disk are removed here). */
        PostLiveMigrationPayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            action: string;
            migration: components["schemas"]["TaskMigration"];
            paused?: boolean;
        };
        /** @description Payload of a `live_migration_control` task (the source, while its `live_migration` runs): `abort` cancels it (the guest runs on here), `force_complete` stops the guest's vCPUs so the copy converges. The result's `applied` is false when no live migration ran. */
        LiveMigrationControlPayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            migration: components["schemas"]["TaskMigration"];
            /** @enum {string} */
            what: "abort" | "force_complete";
        };
        /** @description Payload of a `finish_revert_migration` task (the source, after the destination removed its copy in `revert_resize`): the guest left stopped here gets its NICs plugged again (the ports are bound back here) and the old flavor, and starts when `power_on`. */
        FinishRevertMigrationPayload: {
            /** @description Volume exports of this host made for the destination (its own volumes, attached to the guest that moved): stopped before the guest opens those volumes here again. */
            unexport?: string[];
            instance: components["schemas"]["TaskInstanceRef"];
            action: string;
            flavor: components["schemas"]["ResizeFlavor"];
            power_on: boolean;
            network_info: components["schemas"]["NetworkInfo"][];
            migration?: components["schemas"]["TaskMigration"];
        };
        /** @description Payload of a `rescue` task: a rescue disk is made from `image` (an overlay in the instance directory) and the guest boots from it, with its own root disk attached as the second disk; `kernel`/`ramdisk` when the image names a `kernel_id`/`ramdisk_id`. */
        RescuePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            image: components["schemas"]["TaskImage"];
            kernel?: components["schemas"]["TaskImage"];
            ramdisk?: components["schemas"]["TaskImage"];
        };
        /** @description Payload of an `attach_interface` task: plug the port into the host's dataplane and hot-plug a NIC with its MAC into the guest (recorded only while the guest is stopped). The result is `{port_id, status: ACTIVE}`. Idempotent: a port already attached is fine. */
        AttachInterfacePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            port: components["schemas"]["NetworkInfo"];
            /** @description The interface's device tag (Nova 2.49), for the guest's device metadata. */
            tag?: string | null;
        };
        /** @description Payload of a `detach_interface` task: unplug the NIC from the guest (waiting for the guest to release it), then the port from the dataplane. The result is `{port_id, status: DOWN}`. Idempotent: a port not attached is fine. */
        DetachInterfacePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            /** Format: uuid */
            port_id: string;
        };
        /** @description Payload of a `snapshot_instance` task: copy the instance's root disk, as it is at that instant, into one standalone image (a running guest's disk through QMP, a stopped one's with qemu-img) and upload it with `PUT /v1/images/{image_id}/file`. The task's progress reports the task_states `image_pending_upload` and `image_uploading`; the result is `{image_id, size}`. */
        SnapshotInstancePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            image: components["schemas"]["SnapshotImage"];
        };
        /** @description The queued image a snapshot or backup of an instance's root disk is uploaded into. */
        SnapshotImage: {
            /**
             * Format: uuid
             * @description The queued image the data goes to.
             */
            id: string;
            /**
             * @description The format to upload the disk in.
             * @enum {string}
             */
            disk_format: "qcow2" | "raw";
        };
        /** @description Payload of a `backup_instance` task (createBackup): the root disk copied and uploaded into `image` as `snapshot_instance` does, with the progress task_states `image_pending_upload` and `image_uploading`. `backup_type` and `rotation` are for the controller, which deletes the server's oldest backups of that type beyond `rotation` once the image is stored. The result is `{image_id}` with the guest's power state. */
        BackupInstancePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            image: components["schemas"]["SnapshotImage"];
            /** @description The backup's type (the image's `backup_type` property). */
            backup_type: string;
            /** @description How many backups of this type the server keeps, the new one included. */
            rotation: number;
        };
        /** @description Payload of a `rebuild_instance` task: the guest is stopped and forgotten, its root disk recreated from `image` and its config drive from `instance`, then it starts with the same NICs (its ports stay plugged) and volumes. The result is the spawn's (`power_state`). `power_on` false (the server was SHUTOFF) powers it off again afterwards, as Nova's rebuild. */
        RebuildInstancePayload: {
            instance: components["schemas"]["SpawnInstance"];
            image: components["schemas"]["TaskImage"];
            /** @description False leaves the rebuilt guest stopped (absent means true). */
            power_on?: boolean;
        };
        /** @description Payload of a `shelve_instance` task: the guest is powered off, its root disk uploaded into `image` when there is one (a server booted from a volume has none), as `snapshot_instance` does, with the progress task_states `shelving_image_pending_upload` and `shelving_image_uploading`; with `offload` the guest and its local disk are then removed as `shelve_offload_instance` does. The result is `{power_state, offloaded}`. */
        ShelveInstancePayload: {
            instance: components["schemas"]["TaskInstanceRef"];
            image?: {
                /**
                 * Format: uuid
                 * @description The queued image (`<name>-shelved`) the data goes to.
                 */
                id: string;
                /**
                 * @description The format to upload the disk in.
                 * @enum {string}
                 */
                disk_format: "qcow2";
            };
            /** @description Remove the guest from this host once shelved (Nova's shelved_offload_time 0). */
            offload: boolean;
        };
        /** @description Payload of a `reboot` task. */
        RebootPayload: {
            /** @description Hard reboot (reset) instead of ACPI reboot. */
            hard: boolean;
        };
        /** @description Payload of a `console_output` task; the result is `{"output": "..."}`. */
        ConsoleOutputPayload: {
            /** @description Number of trailing lines to return; null or absent for all. */
            length?: number | null;
        };
        /** @description Payload of a `serial_console` or `vnc_console` task: the agent connects the guest's serial port (or its VNC server's unix socket) to a websocket it opens to the controller, `GET /agent/v1/hosts/{host_id}/consoles/{session}` (Upgrade: websocket, the host credential as Bearer), relaying bytes both ways until either side closes; the result (`{"session": id}`) is reported once the relay runs. */
        SerialConsolePayload: {
            /** @description The console session the controller waits for. */
            session: string;
        };
        /** @description Payload of a `create_volume` task; `image` when the volume is created from an image, `source_volume_id` when it is a copy (clone) of another volume of the same host. */
        CreateVolumePayload: {
            size_gb: number;
            image?: components["schemas"]["TaskImage"];
            /** @description The volume whose disk is copied (Cinder's `source_volid`). */
            source_volume_id?: string;
        };
        /** @description Payload of `export_volume` and `unexport_volume` (volume export: a volume of this host's pool attached to a guest on another host). `export_volume` serves the task's volume with qemu-nbd bound to this host's underlay address inside its host namespace under `export_name`, which the controller draws at random per attachment and which is also the export's TLS pre-shared key (identity `oscloud`; never logged); its result is `{"volume_id", "export": VolumeExport}`. The guest's host then gets `attach_volume` with `connection_info` `{"driver_volume_type": "oscloud_volume_export", "data": {"export": VolumeExport, ...}}`. `unexport_volume` stops the export (after the guest's host detached it). An agent restart serves its recorded exports again on the same address. */
        VolumeExportPayload: {
            export_name: string;
            /**
             * Format: uuid
             * @description The volume, when the task itself names none (a live migration's step).
             */
            volume_id?: string;
            /**
             * Format: uuid
             * @description `export_volume` of a live migration: the volume is attached to this instance on this host, whose guest moves to another host. The volume's file is served as it is (`format` qcow2: the destination's QEMU opens the format, so only one process caches its metadata at a time) and without the file's lock, which the running guest holds until the switchover.
             */
            migrating_instance?: string;
        };
        /** @description Where a guest's host reads a volume of another host. `nbd`: `uri` is nbd://<underlay address>:<port>/<export_name>, raw guest data; `none`: a pool without files (the fake driver's) serves nothing and the fake virt driver attaches by id. */
        VolumeExport: {
            /** @enum {string} */
            transport: "nbd" | "none";
            /** @description nbd://address:port/export_name (transport nbd). */
            uri?: string;
            /**
             * @description What the guest's QEMU opens over the export: raw (absent: qemu-nbd serves the guest data) or qcow2 (the volume's file as it is, a live migration's export).
             * @enum {string}
             */
            format?: "raw" | "qcow2";
        };
        /** @description Payload of an `extend_volume` task. */
        ExtendVolumePayload: {
            /** @description The new size. */
            size_gb: number;
        };
        /** @description Payload of a `backup_volume` task: copy the volume (or its snapshot `snapshot_id`) as one standalone qcow2 and upload it with `PUT /v1/backups/{backup_id}/file`. A volume attached to a running guest is read from a temporary snapshot the guest takes. */
        BackupVolumePayload: {
            /** Format: uuid */
            backup_id: string;
            /** Format: uuid */
            snapshot_id?: string | null;
        };
        /** @description Payload of an `upload_volume` task (Cinder's os-volume_upload_image): copy the volume as one standalone image in `image.disk_format` (qcow2 or raw) and upload it into the queued image with `PUT /v1/images/{image_id}/file`. */
        UploadVolumePayload: {
            image: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                disk_format: "qcow2" | "raw";
            };
        };
        /** @description Payload of a `restore_backup` task: download `GET /v1/backups/{backup_id}/file` and write it over the volume (not attached; at least as large as the backup's data). */
        RestoreBackupPayload: {
            /** Format: uuid */
            backup_id: string;
            /** @description The volume's size (a volume the host does not hold yet is created from the data at this size). */
            size_gb: number;
        };
        /** @description Payload of a `sync_ports` task: the current state of ports plugged on the host (their security group rules, remote group members, addresses). The agent replaces what it recorded for each port it has and updates its dataplane; ports it does not have are ignored. Idempotent. */
        SyncPortsPayload: {
            ports: components["schemas"]["NetworkInfo"][];
            /** @description Member addresses of security groups whose membership changed, once per host: every port plugged here whose rules name one of these groups as remote group takes the list (unless it holds a newer state of its own). Sent instead of every such port's whole state, which grew with the ports times the members. */
            group_members?: {
                [key: string]: string[];
            };
            /** @description VXLAN networks whose set of hosts changed (a port came to or left a host): network id -> the new `vxlan_peers`, once per host, taken by every port plugged here on it. */
            network_peers?: {
                [key: string]: string[];
            };
            /** @description To the network host (the first host with an underlay) of VXLAN networks: network id -> every port of the network (its NetworkInfo, the DHCP port included in each), whatever host it is on. The network host runs the network's one DHCP server with an entry per port; hosts never run DHCP for a VXLAN network from their own ports. An empty list ends it there. */
            dhcp_networks?: {
                [key: string]: components["schemas"]["NetworkInfo"][];
            };
        };
        /** @description A router's interface or gateway port. */
        RouterPort: {
            /** Format: uuid */
            port_id: string;
            mac: string;
            /** Format: uuid */
            network_id: string;
            mtu?: number;
            /** @description The network's provider:network_type, as in NetworkInfo. */
            network_type?: string;
            /** @description With network_type vxlan, the VNI. */
            segmentation_id?: number;
            /** @description With network_type vxlan, as in NetworkInfo. */
            vxlan_peers?: string[];
            /** @description Gateway only. SNAT of the inside to the gateway address. */
            enable_snat?: boolean;
            fixed_ips: {
                ip: string;
                cidr: string;
                /** Format: uuid */
                subnet_id?: string;
                /** @description The subnet's gateway (for the gateway port, the router's default route). */
                gateway?: string | null;
            }[];
        };
        /** @description Payload of a `sync_router` task: the whole current state of a router on the host that runs it (or `deleted`). Idempotent; the agent removes interfaces not listed. */
        SyncRouterPayload: {
            /** Format: uuid */
            router_id: string;
            deleted?: boolean;
            admin_state_up?: boolean;
            interfaces?: components["schemas"]["RouterPort"][];
            gateway?: components["schemas"]["RouterPort"] | null;
            routes?: {
                destination: string;
                nexthop: string;
            }[];
            floating_ips?: {
                /** Format: uuid */
                id: string;
                floating_ip_address: string;
                fixed_ip_address: string;
            }[];
        };
        /** @description Payload of `create_snapshot` and `delete_snapshot` tasks. */
        SnapshotPayload: {
            /** Format: uuid */
            snapshot_id: string;
        };
        /**
         * @description Task-specific parameters, by `type`:
         *
         *     | type | payload |
         *     |---|---|
         *     | `spawn` | `SpawnPayload` |
         *     | `reboot` | `RebootPayload` (`hard`) |
         *     | `console_output` | `ConsoleOutputPayload` (`length`) |
         *     | `create_volume` | `CreateVolumePayload` (`size_gb`, `image?`) |
         *     | `extend_volume` | `ExtendVolumePayload` (`size_gb`) |
         *     | `backup_volume` | `BackupVolumePayload` (`backup_id`, `snapshot_id?`) |
         *     | `restore_backup` | `RestoreBackupPayload` (`backup_id`, `size_gb`) |
         *     | `upload_volume` | `UploadVolumePayload` (`image`: `id`, `disk_format`) |
         *     | `export_volume`, `unexport_volume` | `VolumeExportPayload` (`export_name`; the result of `export_volume` carries `export`, a `VolumeExport`) |
         *     | `attach_volume` | `{device?, connection_info?}`: `connection_info.driver_volume_type` `oscloud_volume_export` attaches a volume of another host (`data.export`, a `VolumeExport`) |
         *     | `swap_volume` | `{old_volume_id, new_volume_id, bdm_id}` (task `volume_id` the old one): the guest's disk is copied onto the new volume of this host, which takes its place |
         *     | `create_snapshot`, `delete_snapshot` | `SnapshotPayload` (`snapshot_id`) |
         *     | `sync_ports` | `SyncPortsPayload` (`ports`) |
         *     | `sync_router` | `SyncRouterPayload` (the router's interfaces, gateway, routes, floating IPs) |
         *     | `attach_interface` | `AttachInterfacePayload` (`instance`, `port`, `tag?`) |
         *     | `detach_interface` | `DetachInterfacePayload` (`instance`, `port_id`) |
         *     | `serial_console`, `vnc_console` | `SerialConsolePayload` (`session`) |
         *     | `snapshot_instance` | `SnapshotInstancePayload` (`instance`, `image`) |
         *     | `backup_instance` | `BackupInstancePayload` (`instance`, `image`, `backup_type`, `rotation`; the host copies and uploads as for `snapshot_instance`) |
         *     | `rebuild_instance` | `RebuildInstancePayload` (`instance`, `image`) |
         *     | `shelve_instance` | `ShelveInstancePayload` (`instance`, `image?`, `offload`) |
         *     | `unshelve_instance` | `SpawnPayload` (a shelved guest still on the host is powered on; otherwise spawned from the shelved image with the same ports and volumes) |
         *     | `shelve_offload_instance` | `{}` (the guest, its NICs and its local disk removed) |
         *     | `evacuate_instance` | `EvacuateInstancePayload` (a `SpawnPayload` and `power_on`: the server rebuilt here from its image after its host was lost) |
         *     | `resize_instance`, `revert_resize` | `ResizePayload` (`instance`, `flavor`, `power_on`, `migration` across hosts) |
         *     | `confirm_resize` | `ConfirmResizePayload` (`migration` on the source of a cross-host resize or migration: the guest left there removed) |
         *     | `migrate_instance` | `MigrateInstancePayload` (source: stop, unplug, export the root disk) |
         *     | `finish_migration` | `FinishMigrationPayload` (destination: copy the disk, create and start the guest) |
         *     | `finish_revert_migration` | `FinishRevertMigrationPayload` (source: plug the NICs again, old flavor, start) |
         *     | `pre_live_migration` | `PreLiveMigrationPayload` (destination: disk, NICs, a process waiting for the state) |
         *     | `live_migration` | `LiveMigrationPayload` (source: disk mirror and memory to the destination, then removed here) |
         *     | `post_live_migration_at_destination`, `rollback_live_migration_at_destination` | `PostLiveMigrationPayload` |
         *     | `live_migration_control` | `LiveMigrationControlPayload` (source: `abort` or `force_complete` the running live migration) |
         *     | others | `{}` (the task's `instance_id` / `volume_id` say what to act on) |
         */
        TaskPayload: {
            [key: string]: unknown;
        };
        /** @description A unit of work for a host. */
        Task: {
            /**
             * Format: uuid
             * @description Stable task id: a repeated id is the same work (at-least-once delivery).
             */
            id: string;
            type: components["schemas"]["TaskType"];
            /**
             * Format: uuid
             * @description The instance the task acts on (instance tasks).
             */
            instance_id?: string;
            /**
             * Format: uuid
             * @description The volume the task acts on (volume tasks, attach/detach).
             */
            volume_id?: string;
            payload: components["schemas"]["TaskPayload"];
            /** @description Delivery attempt, 1 for the first; grows on each redelivery. */
            attempt: number;
            /**
             * Format: date-time
             * @description Redelivered if no result came by then; progress reports extend it.
             */
            lease_expires_at: string;
            /** Format: date-time */
            created_at: string;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
        /** @description Payload of an `evacuate_instance` task: the server, whose host is down, spawned on this host as `spawn` does (its image, the same ports and addresses); `power_on` false leaves it stopped afterwards (an evacuated SHUTOFF server stays SHUTOFF, as Nova's rebuild). */
        EvacuateInstancePayload: components["schemas"]["SpawnPayload"] & {
            power_on: boolean;
            /** @description Volume exports of this host (its own volumes, which the guest on the lost host read over the underlay): stopped before the guest opens those volumes here from their files. */
            unexport?: string[];
        };
        /** @description The instance's part of its metadata (what meta_data.json is written from). */
        MetadataInstance: {
            /** Format: uuid */
            uuid: string;
            /** @description Display name. */
            name: string;
            /** @description Guest hostname. */
            hostname: string;
            /** @description Server metadata, as it is now. */
            metadata: {
                [key: string]: string;
            };
            /** @description Base64-encoded user data. */
            user_data?: string;
            /** @description Public key of the server's key pair. */
            key_data?: string;
            /** @description Name of the server's key pair. */
            key_name?: string;
            /** @description The server's availability zone (empty when none was requested and it has none yet). */
            availability_zone: string;
            project_id?: string;
            launch_index: number;
        };
        InstanceMetadata: {
            instance: components["schemas"]["MetadataInstance"];
            /** @description The instance's ports now, boot ports first, then attached ones in attach order. */
            network_info: components["schemas"]["NetworkInfo"][];
            /** @description The password the instance posted (empty when none). */
            password: string;
            /** @description The floating IPs of the instance's ports, oldest first: the first is the EC2 `public-ipv4` (Nova's metadata serves the first floating IP there). */
            floating_ips: {
                floating_ip_address: string;
                fixed_ip_address: string;
            }[];
        };
        InstancePasswordRequest: {
            /** @description As the guest posted it (at most 1020 bytes, Nova's 4 x 255-character chunks). */
            password: string;
        };
        TaskList: {
            /** @description Claimed tasks; empty when none came in time. */
            tasks: components["schemas"]["Task"][];
        };
        /** @description Progress of a claimed task; also extends its lease. */
        TaskProgressRequest: {
            /**
             * @description Nova task_state to show on the instance.
             * @example spawning
             */
            task_state?: string | null;
            message?: string;
            percent?: number;
            live_migration?: components["schemas"]["LiveMigrationFigures"];
        };
        TaskFault: {
            /**
             * @description HTTP-like code of the fault.
             * @example 500
             */
            code: number;
            message: string;
            /** @description Traceback or driver output. */
            details?: string;
        };
        /** @description Outcome of a task; `fault` is required when `status` is `failed`. */
        TaskResultRequest: {
            /** @enum {string} */
            status: "succeeded" | "failed";
            /** @description Task-specific output (`console_output`: `{"output": string}`). */
            result?: {
                [key: string]: unknown;
            };
            fault?: components["schemas"]["TaskFault"];
        } & unknown;
    };
    responses: {
        /** @description Bad Request: the body or a parameter fails validation. */
        BadRequest: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized: missing or wrong host credential (or bootstrap token). */
        Unauthorized: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Forbidden: the credential belongs to another host. */
        Forbidden: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found. */
        NotFound: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Conflict: the task belongs to another host. */
        Conflict: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Range Not Satisfiable. */
        RangeNotSatisfiable: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                /** @description `bytes *\/<size>`. */
                "Content-Range"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The host id from registration; must be the credential's own host (403 otherwise). */
        HostId: string;
        /** @description The task id. */
        TaskId: string;
        /** @description The instance (server) id. */
        InstanceId: string;
        /** @description The volume backup id. */
        BackupId: string;
        /** @description The image id. */
        ImageId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Id of the request (`req-<uuid>`), also in the controller logs. */
        XOpenstackRequestId: string;
        /** @description Bytes in the body. */
        ContentLength: number;
        /** @description `bytes <first>-<last>/<size>`. */
        ContentRange: string;
        /** @description Always `bytes`. */
        AcceptRanges: "bytes";
        /** @description MD5 of the whole image data (hex), when known. */
        ContentMD5: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    registerHost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HostRegisterRequest"];
            };
        };
        responses: {
            /** @description Registered; the response carries the host credential. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostRegisterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    reportHostHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HeartbeatRequest"];
            };
        };
        responses: {
            /** @description Recorded. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeartbeatResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listHostTasks: {
        parameters: {
            query?: {
                /** @description Seconds to wait for a task when none is pending. */
                wait?: number;
                /** @description Most tasks to claim. */
                max?: number;
            };
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claimed tasks, each with a fresh lease. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    reportTaskProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The task id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskProgressRequest"];
            };
        };
        responses: {
            /** @description Recorded; lease extended. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    reportTaskResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The task id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskResultRequest"];
            };
        };
        responses: {
            /** @description Recorded (or ignored: the task already had a result). */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showAgentInstanceMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The instance (server) id. */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance's metadata. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setAgentInstancePassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The host id from registration; must be the credential's own host (403 otherwise). */
                host_id: components["parameters"]["HostId"];
                /** @description The instance (server) id. */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstancePasswordRequest"];
            };
        };
        responses: {
            /** @description Recorded. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    downloadAgentImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A single byte range, `bytes=<first>-[<last>]`, to resume a download. */
                Range?: string;
            };
            path: {
                /** @description The image id. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole image data. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "Content-Length": components["headers"]["ContentLength"];
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    "Content-MD5": components["headers"]["ContentMD5"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Partial Content: the requested byte range. */
            206: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Range": components["headers"]["ContentRange"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            416: components["responses"]["RangeNotSatisfiable"];
        };
    };
    uploadAgentImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored; the image is active. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    downloadAgentBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The volume backup id. */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup's data (a standalone qcow2). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "Content-Length": components["headers"]["ContentLength"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    uploadAgentBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The volume backup id. */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
}

/**
 * This file was generated from schemas/block-storage.yaml by packages/sdk/scripts/generate.mjs
 * (openapi-typescript). Do not edit: change the schema and run `npm run generate`.
 */

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Block Storage API versions
         * @description Answers 300 Multiple Choices with the versions document, like Cinder.
         */
        get: operations["listVolumeApiVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show Block Storage API v3 details
         * @description The v3 version document with its microversion range. Cinder's api-ref writes this
         *     `GET /v3/`; the controller answers both `/v3` and `/v3/`.
         */
        get: operations["showVolumeApiVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volumes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List volumes
         * @description Lists volumes (id, name, links), paginated with `volumes_links`.
         */
        get: operations["listVolumes"];
        put?: never;
        /**
         * Create a volume
         * @description Creates a volume (status `creating`), empty or from an image (`imageRef`), a
         *     snapshot (`snapshot_id`) or another volume (`source_volid`).
         */
        post: operations["createVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volumes/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List volumes with details */
        get: operations["listVolumesDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volumes/summary": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Show the volumes summary
         * @description The number and total size of the project's volumes (3.12+), and from 3.36 every
         *     metadata key with its distinct values. Below 3.12 the path is a volume id: 404.
         */
        get: operations["showVolumeSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volumes/{volume_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /** Show a volume */
        get: operations["showVolume"];
        /**
         * Update a volume
         * @description Updates the name, description or metadata of a volume.
         */
        put: operations["updateVolume"];
        post?: never;
        /**
         * Delete a volume
         * @description Deletes a volume (status `deleting`). The volume must not be attached or have
         *     snapshots, unless `cascade=true` (snapshots deleted too).
         */
        delete: operations["deleteVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volumes/{volume_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform a volume action
         * @description The body has exactly one key naming the action. Most actions answer 202 with no
         *     body; `os-set_bootable` answers 200 with no body; `os-initialize_connection`
         *     answers 200 with `connection_info`; `os-volume_upload_image` answers 202 with the
         *     upload details.
         */
        post: operations["volumeAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volumes/{volume_id}/metadata": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /** Show a volume's metadata */
        get: operations["showVolumeMetadata"];
        /**
         * Replace a volume's metadata
         * @description Replaces all of the volume's metadata with the given items.
         */
        put: operations["updateVolumeMetadata"];
        /**
         * Add or update items of a volume's metadata
         * @description Merges the given items into the volume's metadata.
         */
        post: operations["createVolumeMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/attachments": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List attachments
         * @description Requires microversion 3.27 or later.
         */
        get: operations["listAttachments"];
        put?: never;
        /**
         * Create an attachment
         * @description Reserves a volume for a server (3.27+). Without a connector the attachment is
         *     `reserved`; with a connector it carries the `connection_info`. `mode` needs 3.54.
         */
        post: operations["createAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/attachments/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List attachments with details
         * @description Requires microversion 3.27 or later.
         */
        get: operations["listAttachmentsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The attachment id (UUID). */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /** Show an attachment */
        get: operations["showAttachment"];
        /**
         * Update an attachment
         * @description Completes a reserved attachment with the host's connector; the answer carries the
         *     `connection_info` the host uses to connect the volume.
         */
        put: operations["updateAttachment"];
        post?: never;
        /**
         * Delete an attachment
         * @description Detaches the volume; the volume becomes `available` when no attachment is left.
         */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/attachments/{attachment_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The attachment id (UUID). */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an attachment
         * @description `{"os-complete": null}` marks the attachment (and the volume) attached, once the
         *     host has connected the volume. Requires microversion 3.44 or later.
         */
        post: operations["attachmentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List snapshots */
        get: operations["listSnapshots"];
        put?: never;
        /**
         * Create a snapshot
         * @description Snapshots a volume. An in-use volume needs `force: true`.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List snapshots with details */
        get: operations["listSnapshotsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /** Show a snapshot */
        get: operations["showSnapshot"];
        /** Update a snapshot */
        put: operations["updateSnapshot"];
        post?: never;
        /** Delete a snapshot */
        delete: operations["deleteSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/messages": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List user messages (3.3+)
         * @description Messages about asynchronous operations that failed (a volume no back end could take, a volume its host could not create), newest first.
         */
        get: operations["listVolumeMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The message id (UUID). */
                message_id: string;
            };
            cookie?: never;
        };
        /** Show a user message (3.3+) */
        get: operations["showVolumeMessage"];
        put?: never;
        post?: never;
        /** Delete a user message (3.3+) */
        delete: operations["deleteVolumeMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List backups */
        get: operations["listBackups"];
        put?: never;
        /**
         * Create a backup
         * @description Backs a volume (or one of its snapshots) up into the backup store: the volume's host
         *     copies its data there. An in-use volume needs `force: true`. Incremental backups are
         *     answered 400: every backup here is a full copy.
         */
        post: operations["createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List backups with details */
        get: operations["listBackupsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/import_record": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a backup record (admin)
         * @description Recreates a backup from the record `export_record` gave, pointing at the same data.
         */
        post: operations["importBackupRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/{backup_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        /** Show a backup */
        get: operations["showBackup"];
        /** Update a backup (3.9+) */
        put: operations["updateBackup"];
        post?: never;
        /** Delete a backup */
        delete: operations["deleteBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/{backup_id}/restore": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a backup
         * @description Restores into `volume_id` (an available volume at least as large as the backup) or, without
         *     it, into a new volume of the backup's size in the backup's project.
         */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/{backup_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a backup's status or force-delete it (admin) */
        post: operations["backupAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/{backup_id}/export_record": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        /**
         * Export a backup record (admin)
         * @description The backup's database record, base64-encoded JSON in `backup_url`, for `import_record`.
         */
        get: operations["exportBackupRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List volume types */
        get: operations["listVolumeTypes"];
        put?: never;
        /**
         * Create a volume type
         * @description Admin only.
         */
        post: operations["createVolumeType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/default": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Show the default volume type
         * @description The volume type used when a volume is created without one (3.62 semantics).
         */
        get: operations["showDefaultVolumeType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/{volume_type_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        /** Show a volume type */
        get: operations["showVolumeType"];
        /**
         * Update a volume type
         * @description Admin only.
         */
        put: operations["updateVolumeType"];
        post?: never;
        /**
         * Delete a volume type
         * @description Admin only; a type in use by volumes cannot be deleted.
         */
        delete: operations["deleteVolumeType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/{volume_type_id}/extra_specs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        /** Show all extra specs of a volume type */
        get: operations["listVolumeTypeExtraSpecs"];
        put?: never;
        /**
         * Create or update extra specs of a volume type
         * @description Admin only; merges the given specs.
         */
        post: operations["createVolumeTypeExtraSpecs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/qos-specs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List QoS specifications
         * @description Admin only.
         */
        get: operations["listQosSpecs"];
        put?: never;
        /**
         * Create a QoS specification
         * @description Admin only. `name` (unique, 409 otherwise), optional `consumer` (`front-end`,
         *     `back-end` or `both`; default `back-end`) and the spec keys, all in one flat object.
         *     The specs are recorded and shown; oscloud's data plane does not enforce them yet.
         */
        post: operations["createQosSpecs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/qos-specs/{qos_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        /**
         * Show a QoS specification
         * @description Admin only.
         */
        get: operations["showQosSpecs"];
        /**
         * Set keys of a QoS specification
         * @description Admin only; merges the given keys (`consumer` is validated and changes the consumer).
         */
        put: operations["updateQosSpecs"];
        post?: never;
        /**
         * Delete a QoS specification
         * @description Admin only; 400 while associated with volume types unless `force`, which also disassociates them.
         */
        delete: operations["deleteQosSpecs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/qos-specs/{qos_id}/delete_keys": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Unset keys of a QoS specification
         * @description Admin only; 404 for a key it does not have (the keys before it are removed).
         */
        put: operations["deleteQosSpecsKeys"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/qos-specs/{qos_id}/associations": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        /**
         * List the volume types a QoS specification is associated with
         * @description Admin only.
         */
        get: operations["listQosSpecsAssociations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/qos-specs/{qos_id}/associate": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        /**
         * Associate a QoS specification with a volume type
         * @description Admin only; 400 without `vol_type_id` or when the type has another specification, 404 for an unknown type.
         */
        get: operations["associateQosSpecs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/qos-specs/{qos_id}/disassociate": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        /**
         * Disassociate a QoS specification from a volume type
         * @description Admin only; 400 without `vol_type_id`, 404 for an unknown type.
         */
        get: operations["disassociateQosSpecs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/qos-specs/{qos_id}/disassociate_all": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        /**
         * Disassociate a QoS specification from all volume types
         * @description Admin only.
         */
        get: operations["disassociateAllQosSpecs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/limits": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** Show absolute limits */
        get: operations["showVolumeLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{admin_project_id}/os-quota-sets/{project_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id of the caller's token scope. */
                admin_project_id: components["parameters"]["AdminProjectId"];
                /** @description The project whose quotas are shown or set. */
                project_id: components["parameters"]["QuotaProjectId"];
            };
            cookie?: never;
        };
        /**
         * Show a project's quotas
         * @description With `usage=true` every quota is `{limit, in_use, reserved}` instead of an integer.
         */
        get: operations["showVolumeQuotaSet"];
        /**
         * Update a project's quotas
         * @description Admin only. `-1` means unlimited.
         */
        put: operations["updateVolumeQuotaSet"];
        post?: never;
        /**
         * Reset a project's quotas to the defaults
         * @description Admin only.
         */
        delete: operations["deleteVolumeQuotaSet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{admin_project_id}/os-quota-sets/{project_id}/defaults": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id of the caller's token scope. */
                admin_project_id: components["parameters"]["AdminProjectId"];
                /** @description The project whose quotas are shown or set. */
                project_id: components["parameters"]["QuotaProjectId"];
            };
            cookie?: never;
        };
        /** Show the default quotas */
        get: operations["showVolumeQuotaSetDefaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-quota-class-sets/{quota_class_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The quota class (`default` holds every project's defaults). */
                quota_class_name: string;
            };
            cookie?: never;
        };
        /** Show a quota class's limits (admin) */
        get: operations["showVolumeQuotaClassSet"];
        /**
         * Update a quota class's limits (admin)
         * @description Setting the `default` class changes the defaults of every project without its own limits.
         */
        put: operations["updateVolumeQuotaClassSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-availability-zone": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List availability zones */
        get: operations["listVolumeAvailabilityZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/extensions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List API extensions */
        get: operations["listVolumeExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-services": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List block storage services
         * @description Admin only.
         */
        get: operations["listVolumeServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volumes/{volume_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        /** Show one item of a volume's metadata */
        get: operations["showVolumeMetadataItem"];
        /**
         * Set one item of a volume's metadata
         * @description The body's `meta` holds exactly one item, whose key is the URL's.
         */
        put: operations["updateVolumeMetadataItem"];
        post?: never;
        /** Delete one item of a volume's metadata */
        delete: operations["deleteVolumeMetadataItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/{snapshot_id}/metadata": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        /** Show a snapshot's metadata */
        get: operations["showSnapshotMetadata"];
        /** Replace a snapshot's metadata */
        put: operations["updateSnapshotMetadata"];
        /**
         * Add or update items of a snapshot's metadata
         * @description Merges the given items into the snapshot's metadata.
         */
        post: operations["createSnapshotMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/{snapshot_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        /** Show one item of a snapshot's metadata */
        get: operations["showSnapshotMetadataItem"];
        /** Set one item of a snapshot's metadata */
        put: operations["updateSnapshotMetadataItem"];
        post?: never;
        /** Delete one item of a snapshot's metadata */
        delete: operations["deleteSnapshotMetadataItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/snapshots/{snapshot_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform a snapshot action
         * @description The body has exactly one key naming the action: `os-reset_status` and
         *     `os-force_delete` (admin only), `os-update_snapshot_status` (the owner; from
         *     `creating` to `creating`, `available` or `error`, from `deleting` to `deleting` or
         *     `error_deleting`). All answer 202 with no body.
         */
        post: operations["snapshotAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/{volume_type_id}/extra_specs/{key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        /**
         * Show one extra spec of a volume type
         * @description The body is `{key: value}`.
         */
        get: operations["showVolumeTypeExtraSpec"];
        /**
         * Set one extra spec of a volume type
         * @description Admin only. The body is `{key: value}` with exactly the URL's key.
         */
        put: operations["updateVolumeTypeExtraSpec"];
        post?: never;
        /**
         * Delete one extra spec of a volume type
         * @description Admin only.
         */
        delete: operations["deleteVolumeTypeExtraSpec"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-hosts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the hosts of the block storage services
         * @description Admin only. One entry per service: `cinder-scheduler` and `cinder-backup` on the
         *     controller, and `cinder-volume` (as `<host>@file`) on every agent host.
         */
        get: operations["listVolumeHosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-hosts/{host_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description A host, back-end (`<host>@file`) or pool (`<host>@file#file`) name. */
                host_name: components["parameters"]["HostName"];
            };
            cookie?: never;
        };
        /**
         * Show the volume usage of a cinder-volume host
         * @description Admin only. The first entry is the host's total (`project` `(total)`), then one per
         *     project with volumes there. Counts and sizes are strings, as in Cinder.
         */
        get: operations["showVolumeHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/scheduler-stats/get_pools": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the back-end storage pools
         * @description Admin only. One pool (`<host>@file#file`) per agent host.
         */
        get: operations["listVolumePools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/capabilities/{host_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description A host, back-end (`<host>@file`) or pool (`<host>@file#file`) name. */
                host_name: components["parameters"]["HostName"];
            };
            cookie?: never;
        };
        /**
         * Show a back end's capabilities
         * @description Admin only. `host_name` is a pool or back-end name (`<host>@file[#file]`) or a host name.
         */
        get: operations["showVolumeBackendCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/{volume_type_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give or take a project's access to a private volume type
         * @description Admin only. `addProjectAccess` (409 if the project has access already) or
         *     `removeProjectAccess` (404 if it has not); 400 for a public type.
         */
        post: operations["volumeTypeAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/{volume_type_id}/os-volume-type-access": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        /**
         * List the projects with access to a private volume type
         * @description Admin only; 404 for a public type.
         */
        get: operations["listVolumeTypeAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-volume-transfer": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List volume transfers (legacy API)
         * @description The caller's project's pending transfers (an admin's with `all_tenants`).
         */
        get: operations["listVolumeTransfersLegacy"];
        put?: never;
        /**
         * Offer a volume to another project (legacy API)
         * @description The volume must be `available`; it becomes `awaiting-transfer`. The answer carries the
         *     `auth_key`, which no other call shows.
         */
        post: operations["createVolumeTransferLegacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-volume-transfer/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List volume transfers with details (legacy API) */
        get: operations["listVolumeTransfersLegacyDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-volume-transfer/{transfer_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        /** Show a volume transfer (legacy API) */
        get: operations["showVolumeTransferLegacy"];
        put?: never;
        post?: never;
        /**
         * Cancel a volume transfer (legacy API)
         * @description The volume is `available` again.
         */
        delete: operations["deleteVolumeTransferLegacy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-volume-transfer/{transfer_id}/accept": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a volume transfer (legacy API)
         * @description Any project holding the auth key may accept: the volume and its snapshots move to it,
         *     within its quotas (413 otherwise); a wrong key answers 400.
         */
        post: operations["acceptVolumeTransferLegacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volume-transfers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List volume transfers (3.55+)
         * @description The caller's project's pending transfers (an admin's with `all_tenants`).
         */
        get: operations["listVolumeTransfers"];
        put?: never;
        /**
         * Offer a volume to another project (3.55+)
         * @description The volume must be `available`; it becomes `awaiting-transfer`. The answer carries the
         *     `auth_key`, which no other call shows.
         */
        post: operations["createVolumeTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volume-transfers/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List volume transfers with details (3.55+) */
        get: operations["listVolumeTransfersDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volume-transfers/{transfer_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        /** Show a volume transfer (3.55+) */
        get: operations["showVolumeTransfer"];
        put?: never;
        post?: never;
        /**
         * Cancel a volume transfer (3.55+)
         * @description The volume is `available` again.
         */
        delete: operations["deleteVolumeTransfer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/volume-transfers/{transfer_id}/accept": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a volume transfer (3.55+)
         * @description Any project holding the auth key may accept: the volume and its snapshots move to it,
         *     within its quotas (413 otherwise); a wrong key answers 400.
         */
        post: operations["acceptVolumeTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/os-services/{action}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description `enable`, `disable`, or `disable-log-reason` (with a `disabled_reason`). */
                action: "enable" | "disable" | "disable-log-reason";
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Enable or disable a cinder-volume service
         * @description Admin only. A disabled cinder-volume takes no new volumes. The controller's
         *     cinder-scheduler and cinder-backup cannot be disabled (400); an unknown host and binary is 404.
         */
        put: operations["updateVolumeService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_types": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List group types
         * @description 3.11+. Non-admins see the public types without their specs.
         */
        get: operations["listGroupTypes"];
        put?: never;
        /**
         * Create a group type
         * @description Admin only; 3.11+.
         */
        post: operations["createGroupType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_types/default": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Show the default group type
         * @description 3.11+. The type named by the `services.volume.default_group_type` setting; 404 when none is set (Cinder's `default_group_type` is unset by default).
         */
        get: operations["showDefaultGroupType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_types/{group_type_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
            };
            cookie?: never;
        };
        /** Show a group type */
        get: operations["showGroupType"];
        /**
         * Update a group type
         * @description Admin only.
         */
        put: operations["updateGroupType"];
        post?: never;
        /**
         * Delete a group type
         * @description Admin only; 400 while groups use it.
         */
        delete: operations["deleteGroupType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_types/{group_type_id}/group_specs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
            };
            cookie?: never;
        };
        /**
         * Show the group specs of a group type
         * @description Admin only.
         */
        get: operations["listGroupTypeSpecs"];
        put?: never;
        /**
         * Create or update group specs
         * @description Admin only; merges the given specs.
         */
        post: operations["createGroupTypeSpecs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_types/{group_type_id}/group_specs/{key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        /**
         * Show a group spec
         * @description Admin only.
         */
        get: operations["showGroupTypeSpec"];
        /**
         * Update a group spec
         * @description Admin only; the body is `{key: value}` for the key of the URL.
         */
        put: operations["updateGroupTypeSpec"];
        post?: never;
        /**
         * Delete a group spec
         * @description Admin only.
         */
        delete: operations["deleteGroupTypeSpec"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List groups
         * @description 3.13+.
         */
        get: operations["listVolumeGroups"];
        put?: never;
        /**
         * Create a group
         * @description 3.13+. Counts against the `groups` quota.
         */
        post: operations["createVolumeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/groups/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List groups with details
         * @description 3.13+.
         */
        get: operations["listVolumeGroupsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/groups/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a group from a group snapshot or another group
         * @description 3.14+. Each volume of the source is cloned (source group) or created from its snapshot (group snapshot) into the new group.
         */
        post: operations["createVolumeGroupFromSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id (UUID). */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /**
         * Show a group
         * @description 3.13+.
         */
        get: operations["showVolumeGroup"];
        /**
         * Update a group, add or remove volumes
         * @description 3.13+.
         */
        put: operations["updateVolumeGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/groups/{group_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id (UUID). */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Group actions
         * @description `delete` (3.13; `delete-volumes` deletes the member volumes too), `reset_status` (3.20, admin), `enable_replication`, `disable_replication`, `failover_replication`, `list_replication_targets` (3.38; 400: no back end replicates groups).
         */
        post: operations["volumeGroupAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_snapshots": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List group snapshots
         * @description 3.14+.
         */
        get: operations["listGroupSnapshots"];
        put?: never;
        /**
         * Create a group snapshot
         * @description 3.14+. Takes a snapshot of every volume of the group; `available` once they all are.
         */
        post: operations["createGroupSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_snapshots/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List group snapshots with details
         * @description 3.14+.
         */
        get: operations["listGroupSnapshotsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_snapshots/{group_snapshot_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group snapshot id (UUID). */
                group_snapshot_id: components["parameters"]["GroupSnapshotId"];
            };
            cookie?: never;
        };
        /**
         * Show a group snapshot
         * @description 3.14+.
         */
        get: operations["showGroupSnapshot"];
        put?: never;
        post?: never;
        /**
         * Delete a group snapshot
         * @description 3.14+.
         */
        delete: operations["deleteGroupSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/group_snapshots/{group_snapshot_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group snapshot id (UUID). */
                group_snapshot_id: components["parameters"]["GroupSnapshotId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Group snapshot actions
         * @description `reset_status` (3.19, admin).
         */
        post: operations["groupSnapshotAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/{volume_type_id}/encryption": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        /**
         * Show the encryption spec of a volume type
         * @description Admin only.
         */
        get: operations["showVolumeTypeEncryption"];
        put?: never;
        /**
         * Create the encryption spec of a volume type
         * @description Admin only; 400 if the type has a spec or volumes. The spec is recorded: the data plane does not encrypt, so volumes of an encrypted type refuse to attach.
         */
        post: operations["createVolumeTypeEncryption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/types/{volume_type_id}/encryption/{encryption_key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description GET: a field of the spec (`provider`, `cipher`, ...); PUT and DELETE: the spec id (ignored, as by Cinder). */
                encryption_key: components["parameters"]["EncryptionKey"];
            };
            cookie?: never;
        };
        /**
         * Show one field of the encryption spec
         * @description Admin only.
         */
        get: operations["showVolumeTypeEncryptionSpec"];
        /**
         * Update the encryption spec
         * @description Admin only; the last path segment is the spec id (Cinder ignores it); 400 if volumes use the type.
         */
        put: operations["updateVolumeTypeEncryption"];
        post?: never;
        /**
         * Delete the encryption spec
         * @description Admin only; 400 if volumes use the type.
         */
        delete: operations["deleteVolumeTypeEncryption"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One key naming the fault (`badRequest`, `itemNotFound`, `forbidden`, `conflictingRequest`, `overLimit`, ...). */
        CinderError: {
            [key: string]: components["schemas"]["CinderFault"];
        };
        CinderFault: {
            code: number;
            message: string;
        };
        Link: {
            href: string;
            rel: string;
            type?: string;
        };
        VolumeApiVersion: {
            /** @example v3.0 */
            id: string;
            /** @enum {string} */
            status: "CURRENT" | "SUPPORTED" | "DEPRECATED";
            links: components["schemas"]["Link"][];
            "media-types"?: {
                /** @example application/json */
                base: string;
                /** @example application/vnd.openstack.volume+json;version=3 */
                type: string;
            }[];
            /**
             * @description Lowest supported microversion.
             * @example 3.0
             */
            min_version: string;
            /**
             * @description Highest supported microversion.
             * @example 3.44
             */
            version: string;
            /** @example 2023-08-31T00:00:00Z */
            updated: string;
        };
        VolumeApiVersions: {
            versions: components["schemas"]["VolumeApiVersion"][];
        };
        /** @description A boolean query value as Cinder reads it (oslo's bool_from_string, strict): `true`, `false`, `1`, `0`, `t`, `f`, `yes`, `no`, `y`, `n`, `on`, `off`, in any case. */
        QueryBoolean: boolean | string;
        /** @enum {string} */
        VolumeStatus: "creating" | "available" | "reserved" | "attaching" | "in-use" | "detaching" | "deleting" | "error" | "error_deleting" | "extending" | "error_extending" | "maintenance" | "downloading" | "uploading" | "retyping" | "reverting" | "backing-up" | "restoring-backup" | "error_restoring" | "awaiting-transfer";
        /**
         * @description A volume's attach status (set by `os-reset_status`).
         * @enum {string}
         */
        VolumeAttachStatus: "attached" | "detached";
        /** @description Free-form string key/value pairs. */
        Metadata: {
            [key: string]: string;
        };
        /** @description An attachment as listed inside a volume. */
        VolumeAttachmentRef: {
            /** @description The volume id (Cinder's legacy field). */
            id: string;
            attachment_id: string;
            volume_id: string;
            server_id: string | null;
            host_name: string | null;
            /** @example /dev/vdb */
            device: string | null;
            /** @example 2018-11-29T06:50:07.000000 */
            attached_at: string | null;
        };
        Volume: {
            id: string;
            name: string | null;
            description: string | null;
            status: components["schemas"]["VolumeStatus"];
            /** @description Size in GiB. */
            size: number;
            availability_zone: string | null;
            /** @description Cinder timestamp (ISO 8601 without zone, UTC), e.g. `2018-11-29T06:50:07.770785`. */
            created_at: string;
            updated_at: string | null;
            attachments: components["schemas"]["VolumeAttachmentRef"][];
            links: components["schemas"]["Link"][];
            metadata: components["schemas"]["Metadata"];
            /**
             * @description Cinder sends the bootable flag as a string.
             * @enum {string}
             */
            bootable: "true" | "false";
            encrypted: boolean;
            multiattach: boolean;
            snapshot_id: string | null;
            source_volid: string | null;
            /** @description The volume type's name. */
            volume_type: string | null;
            /** @description The volume type's id (3.63+). */
            volume_type_id?: string;
            user_id: string;
            replication_status: string | null;
            consistencygroup_id: string | null;
            migration_status: string | null;
            /** @description 3.13+. */
            group_id?: string | null;
            /** @description 3.21+, admin only. */
            provider_id?: string | null;
            /** @description 3.48+. */
            service_uuid?: string | null;
            /** @description 3.48+. */
            shared_targets?: boolean | null;
            /** @description 3.61+, admin only. */
            cluster_name?: string | null;
            /** @description 3.65+. */
            consumes_quota?: boolean;
            /** @description Properties of the image the volume was created from. */
            volume_image_metadata?: {
                [key: string]: string;
            };
            /** @description Owning project id. */
            "os-vol-tenant-attr:tenant_id"?: string;
            /** @description Admin only. */
            "os-vol-host-attr:host"?: string | null;
            /** @description Admin only. */
            "os-vol-mig-status-attr:migstat"?: string | null;
            /** @description Admin only. */
            "os-vol-mig-status-attr:name_id"?: string | null;
        };
        VolumeResponse: {
            volume: components["schemas"]["Volume"];
        };
        /**
         * @description The volume as create and update answer it: the detail view without the attributes that
         *     Cinder's API extensions add to show and list only (tenant, host, migration status,
         *     image metadata).
         */
        VolumeBasicResponse: {
            volume: {
                volume_image_metadata?: never;
                "os-vol-tenant-attr:tenant_id"?: never;
                "os-vol-host-attr:host"?: never;
                "os-vol-mig-status-attr:migstat"?: never;
                "os-vol-mig-status-attr:name_id"?: never;
            } & components["schemas"]["Volume"];
        };
        VolumeSummaryResponse: {
            "volume-summary": {
                /** @description Sum of the volumes' sizes in GiB. */
                total_size: number;
                total_count: number;
                /** @description 3.36+. Every metadata key of the volumes with its distinct values. */
                metadata?: {
                    [key: string]: string[];
                };
            };
        };
        VolumeSummary: {
            id: string;
            name: string | null;
            links: components["schemas"]["Link"][];
        };
        VolumeSummaryList: {
            volumes: components["schemas"]["VolumeSummary"][];
            /** @description Present when there is a further page (`rel` next). */
            volumes_links?: components["schemas"]["Link"][];
            /** @description Total matching volumes, with `with_count=true` (3.45+). */
            count?: number;
        };
        VolumeList: {
            volumes: components["schemas"]["Volume"][];
            /** @description Present when there is a further page (`rel` next). */
            volumes_links?: components["schemas"]["Link"][];
            /** @description Total matching volumes, with `with_count=true` (3.45+). */
            count?: number;
        };
        VolumeCreateRequest: {
            /** @description `size` is required unless the volume is created from a snapshot or a volume. */
            volume: {
                /** @description Size in GiB. */
                size?: number | null;
                name?: string | null;
                description?: string | null;
                /** @description Volume type name or id. */
                volume_type?: string | null;
                /** @description Image id to create the volume from. */
                imageRef?: string | null;
                snapshot_id?: string | null;
                source_volid?: string | null;
                /** @description Not supported by oscloud (rejected when set). */
                backup_id?: string | null;
                availability_zone?: string | null;
                multiattach?: boolean;
                consistencygroup_id?: string | null;
                /** @description 3.13+; the group the volume joins (ignored by older microversions). */
                group_id?: string | null;
                metadata?: components["schemas"]["Metadata"];
            };
            /** @description Scheduler hints (accepted, may be ignored). */
            "OS-SCH-HNT:scheduler_hints"?: {
                [key: string]: unknown;
            };
        };
        VolumeUpdateRequest: {
            volume: {
                name?: string | null;
                description?: string | null;
                /** @description The v1 name of `name` (python-cinderclient sends it); `name` wins over it. */
                display_name?: string | null;
                /** @description The v1 name of `description` (python-cinderclient sends it); `description` wins over it. */
                display_description?: string | null;
                metadata?: components["schemas"]["Metadata"];
            };
        };
        MetadataBody: {
            metadata: components["schemas"]["Metadata"];
        };
        MetadataItemBody: {
            meta: components["schemas"]["Metadata"];
        };
        /** @description The host connector (os-brick style); unknown keys are kept. */
        Connector: {
            host?: string;
            ip?: string;
            initiator?: string;
            platform?: string;
            os_type?: string;
            multipath?: boolean;
            do_local_attach?: boolean;
            mountpoint?: string;
            /** @enum {string} */
            mode?: "rw" | "ro";
        } & {
            [key: string]: unknown;
        };
        /** @description Exactly one action key. */
        VolumeActionRequest: components["schemas"]["VolumeExtendAction"] | components["schemas"]["VolumeResetStatusAction"] | components["schemas"]["VolumeSetBootableAction"] | components["schemas"]["VolumeBeginDetachingAction"] | components["schemas"]["VolumeRollDetachingAction"] | components["schemas"]["VolumeReserveAction"] | components["schemas"]["VolumeUnreserveAction"] | components["schemas"]["VolumeAttachAction"] | components["schemas"]["VolumeDetachAction"] | components["schemas"]["VolumeInitializeConnectionAction"] | components["schemas"]["VolumeTerminateConnectionAction"] | components["schemas"]["VolumeUploadImageAction"] | components["schemas"]["VolumeForceDeleteAction"] | components["schemas"]["VolumeForceDetachAction"] | components["schemas"]["VolumeUpdateReadonlyFlagAction"] | components["schemas"]["VolumeRetypeAction"] | components["schemas"]["VolumeSetImageMetadataAction"] | components["schemas"]["VolumeUnsetImageMetadataAction"] | components["schemas"]["VolumeShowImageMetadataAction"] | components["schemas"]["VolumeOtherAction"];
        /** @description Admin only; deletes whatever the volume's status (202). */
        VolumeForceDeleteAction: {
            "os-force_delete": Record<string, never> | null;
        };
        /** @description Admin only; drops the attachment (or all of them) whatever its state (202). */
        VolumeForceDetachAction: {
            "os-force_detach": {
                attachment_id?: string | null;
                connector?: string | Record<string, never> | null;
            } | null;
        };
        /** @description Sets the `readonly` admin metadata, shown in the volume's `metadata` as "True"/"False" (202; the volume must be available). */
        VolumeUpdateReadonlyFlagAction: {
            "os-update_readonly_flag": {
                /** @description A boolean, or a boolean-like string (`True`, `false`, ...). */
                readonly: boolean | string;
            };
        };
        /** @description Changes the volume type (202); the file pools never need a migration. */
        VolumeRetypeAction: {
            "os-retype": {
                /** @description Name or id of the new volume type. */
                new_type: string;
                /** @enum {string|null} */
                migration_policy?: "never" | "on-demand" | null;
            };
        };
        /** @description Adds or changes image metadata keys; answers 200 with all of them. */
        VolumeSetImageMetadataAction: {
            "os-set_image_metadata": {
                metadata: components["schemas"]["Metadata"];
            };
        };
        /** @description Removes one image metadata key (200; 404 when it is not set). */
        VolumeUnsetImageMetadataAction: {
            "os-unset_image_metadata": {
                key: string;
            };
        };
        /** @description Answers 200 with the volume's image metadata. */
        VolumeShowImageMetadataAction: {
            "os-show_image_metadata": Record<string, never> | null;
        };
        /** @description Any other action: 400, `Action 'X' is not supported by this cloud.` for Cinder's actions not implemented here (after a 404 when the volume does not exist), Cinder's `There is no such action: X` for any other name. */
        VolumeOtherAction: Record<string, never>;
        VolumeImageMetadataResponse: {
            metadata: components["schemas"]["Metadata"];
        };
        VolumeExtendAction: {
            "os-extend": {
                /** @description New size in GiB (larger than the current size). */
                new_size: number;
            };
        };
        /** @description Admin only. */
        VolumeResetStatusAction: {
            "os-reset_status": {
                status?: components["schemas"]["VolumeStatus"];
                attach_status?: components["schemas"]["VolumeAttachStatus"];
                migration_status?: string | null;
            };
        };
        VolumeSetBootableAction: {
            "os-set_bootable": {
                /** @description A boolean, or a boolean-like string (`True`, `false`, ...). */
                bootable: boolean | string;
            };
        };
        VolumeBeginDetachingAction: {
            "os-begin_detaching": Record<string, never> | null;
        };
        VolumeRollDetachingAction: {
            "os-roll_detaching": Record<string, never> | null;
        };
        VolumeReserveAction: {
            "os-reserve": Record<string, never> | null;
        };
        VolumeUnreserveAction: {
            "os-unreserve": Record<string, never> | null;
        };
        VolumeAttachAction: {
            /** @description One of `instance_uuid` or `host_name` is required. */
            "os-attach": {
                instance_uuid?: string;
                host_name?: string;
                /** @example /dev/vdb */
                mountpoint: string;
                /**
                 * @default rw
                 * @enum {string}
                 */
                mode?: "rw" | "ro";
            };
        };
        VolumeDetachAction: {
            "os-detach": {
                /** @description Required when the volume has several attachments. */
                attachment_id?: string;
            } | null;
        };
        VolumeInitializeConnectionAction: {
            "os-initialize_connection": {
                connector: components["schemas"]["Connector"];
            };
        };
        VolumeTerminateConnectionAction: {
            "os-terminate_connection": {
                connector: components["schemas"]["Connector"];
            };
        };
        VolumeUploadImageAction: {
            "os-volume_upload_image": {
                image_name: string;
                /** @description Upload an in-use volume. */
                force?: boolean | string;
                /** @default raw */
                disk_format?: string;
                /** @default bare */
                container_format?: string;
                /**
                 * @description 3.1+.
                 * @enum {string}
                 */
                visibility?: "public" | "private" | "shared" | "community";
                /** @description 3.1+. */
                protected?: boolean;
            };
        };
        /** @description How the host connects the volume (driver type and driver data). */
        ConnectionInfo: {
            /** @example file */
            driver_volume_type: string;
            data: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        VolumeInitializeConnectionResponse: {
            connection_info: components["schemas"]["ConnectionInfo"];
        };
        VolumeUploadImageResponse: {
            "os-volume_upload_image": {
                /** @description The volume id. */
                id: string;
                image_id: string;
                image_name: string;
                /** @example uploading */
                status: string;
                size?: number;
                disk_format?: string;
                container_format?: string;
                visibility?: string;
                protected?: boolean;
                display_description?: string | null;
                updated_at?: string | null;
                volume_type?: {
                    [key: string]: unknown;
                } | null;
            };
        };
        /** @enum {string} */
        AttachmentStatus: "attached" | "attaching" | "detached" | "reserved" | "detaching" | "error_attaching" | "error_detaching" | "deleted";
        AttachmentSummary: {
            id: string;
            status: components["schemas"]["AttachmentStatus"];
            /** @description The server id. */
            instance: string | null;
            volume_id: string;
        };
        Attachment: {
            id: string;
            status: components["schemas"]["AttachmentStatus"];
            /** @description The server id. */
            instance: string | null;
            volume_id: string;
            attached_at: string | null;
            detached_at: string | null;
            /** @enum {string|null} */
            attach_mode: "rw" | "ro" | null;
            /** @description Set once a connector was given (empty or null before). */
            connection_info: {
                [key: string]: unknown;
            } | null;
            connector?: {
                [key: string]: unknown;
            } | null;
        };
        AttachmentResponse: {
            attachment: components["schemas"]["Attachment"];
        };
        AttachmentSummaryList: {
            attachments: components["schemas"]["AttachmentSummary"][];
            attachments_links?: components["schemas"]["Link"][];
        };
        AttachmentList: {
            attachments: components["schemas"]["Attachment"][];
            attachments_links?: components["schemas"]["Link"][];
        };
        AttachmentDeleteResponse: {
            attachments?: components["schemas"]["AttachmentSummary"][];
        };
        AttachmentCreateRequest: {
            attachment: {
                volume_uuid: string;
                /** @description The server id. */
                instance_uuid?: string | null;
                connector?: components["schemas"]["Connector"];
                /**
                 * @description 3.54+.
                 * @enum {string}
                 */
                mode?: "rw" | "ro";
            };
        };
        AttachmentUpdateRequest: {
            attachment: {
                connector: components["schemas"]["Connector"];
            };
        };
        AttachmentActionRequest: {
            "os-complete": Record<string, never> | null;
        };
        /** @enum {string} */
        SnapshotStatus: "creating" | "available" | "backing-up" | "deleting" | "error" | "deleted" | "unmanaging" | "restoring" | "error_deleting";
        /** @description A snapshot as create, update and the (non-detailed) list show it: without the `os-extended-snapshot-attributes:*` keys, which only show and the detailed list add. */
        SnapshotSummary: {
            id: string;
            name: string | null;
            description: string | null;
            status: components["schemas"]["SnapshotStatus"];
            /** @description Size in GiB. */
            size: number;
            volume_id: string;
            metadata: components["schemas"]["Metadata"];
            created_at: string;
            updated_at: string | null;
            /** @description 3.14+. */
            group_snapshot_id?: string | null;
            /** @description 3.41+. */
            user_id?: string;
            /** @description 3.65+. */
            consumes_quota?: boolean;
        };
        SnapshotSummaryResponse: {
            snapshot: components["schemas"]["SnapshotSummary"];
        };
        SnapshotSummaryList: {
            snapshots: components["schemas"]["SnapshotSummary"][];
            snapshots_links?: components["schemas"]["Link"][];
            /** @description With `with_count=true` (3.45+). */
            count?: number;
        };
        /** @description A snapshot as show and the detailed list show it (with the extended attributes). */
        Snapshot: {
            id: string;
            name: string | null;
            description: string | null;
            status: components["schemas"]["SnapshotStatus"];
            /** @description Size in GiB. */
            size: number;
            volume_id: string;
            metadata: components["schemas"]["Metadata"];
            created_at: string;
            updated_at: string | null;
            /** @example 100% */
            "os-extended-snapshot-attributes:progress": string;
            "os-extended-snapshot-attributes:project_id": string;
            /** @description 3.14+. */
            group_snapshot_id?: string | null;
            /** @description 3.41+. */
            user_id?: string;
            /** @description 3.65+. */
            consumes_quota?: boolean;
        };
        SnapshotResponse: {
            snapshot: components["schemas"]["Snapshot"];
        };
        SnapshotList: {
            snapshots: components["schemas"]["Snapshot"][];
            snapshots_links?: components["schemas"]["Link"][];
            /** @description With `with_count=true` (3.45+). */
            count?: number;
        };
        SnapshotCreateRequest: {
            snapshot: {
                /** @description The volume to snapshot (a missing volume, or null, answers 404 as in Cinder). */
                volume_id: string | null;
                /** @description Snapshot an in-use volume. */
                force?: boolean | string;
                name?: string | null;
                description?: string | null;
                metadata?: components["schemas"]["Metadata"] | null;
            };
        };
        VolumeMessage: {
            id: string;
            /**
             * @description Cinder's `<resource>_<action>_<detail>` code, e.g. `VOLUME_VOLUME_001_003`.
             * @example VOLUME_VOLUME_001_003
             */
            event_id: string;
            /** @example schedule allocate volume: Could not find any available weighted backend. */
            user_message: string;
            /** @enum {string} */
            message_level: "ERROR";
            /** @example VOLUME */
            resource_type: string;
            resource_uuid: string | null;
            request_id: string;
            created_at: string;
            /** @description The message is kept at least until then (30 days), then removed. */
            guaranteed_until: string;
            links: components["schemas"]["Link"][];
        };
        VolumeMessageResponse: {
            message: components["schemas"]["VolumeMessage"];
        };
        VolumeMessageList: {
            messages: components["schemas"]["VolumeMessage"][];
            messages_links?: components["schemas"]["Link"][];
        };
        /** @enum {string} */
        BackupStatus: "creating" | "available" | "deleting" | "error" | "error_deleting" | "restoring";
        /** @description A backup as the plain list and create/update show it. */
        BackupSummary: {
            id: string;
            name: string | null;
            links: components["schemas"]["Link"][];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A backup as show and the detailed list show it. */
        Backup: {
            id: string;
            name: string | null;
            description: string | null;
            status: components["schemas"]["BackupStatus"];
            /** @description The source volume's size in GiB. */
            size: number;
            volume_id: string;
            snapshot_id: string | null;
            container: string | null;
            availability_zone: string | null;
            object_count: number;
            fail_reason: string | null;
            is_incremental: boolean;
            has_dependent_backups: boolean;
            data_timestamp: string | null;
            created_at: string;
            updated_at: string | null;
            links: components["schemas"]["Link"][];
            /** @description 3.18+, admins. */
            "os-backup-project-attr:project_id"?: string;
            metadata?: components["schemas"]["Metadata"];
            /** @description 3.56+. */
            user_id?: string;
            /** @description 3.64+. */
            encryption_key_id?: string | null;
        };
        BackupResponse: {
            backup: components["schemas"]["Backup"];
        };
        BackupSummaryResponse: {
            backup: components["schemas"]["BackupSummary"];
        };
        BackupList: {
            backups: components["schemas"]["Backup"][];
            backups_links?: components["schemas"]["Link"][];
            /** @description With `with_count=true` (3.45+). */
            count?: number;
        };
        BackupSummaryList: {
            backups: components["schemas"]["BackupSummary"][];
            backups_links?: components["schemas"]["Link"][];
            /** @description With `with_count=true` (3.45+). */
            count?: number;
        };
        BackupCreateRequest: {
            backup: {
                volume_id: string;
                snapshot_id?: string | null;
                container?: string | null;
                name?: string | null;
                description?: string | null;
                incremental?: boolean | string;
                force?: boolean | string;
                metadata?: components["schemas"]["Metadata"];
                availability_zone?: string | null;
            };
        };
        BackupUpdateRequest: {
            backup: {
                name?: string | null;
                description?: string | null;
                metadata?: components["schemas"]["Metadata"];
            };
        };
        BackupRestoreRequest: {
            restore: {
                volume_id?: string | null;
                name?: string | null;
            } | null;
        };
        BackupRestoreResponse: {
            restore: {
                backup_id: string;
                volume_id: string;
                volume_name: string | null;
            };
        };
        /** @description Exactly one action key. */
        BackupActionRequest: {
            "os-reset_status": {
                status: components["schemas"]["BackupStatus"];
            };
        } | {
            "os-force_delete": Record<string, never> | null;
        };
        BackupRecord: {
            /** @description The backup driver, e.g. `cinder.backup.drivers.posix`. */
            backup_service: string;
            /** @description Base64 of the backup's record (JSON). */
            backup_url: string;
        };
        BackupRecordResponse: {
            "backup-record": components["schemas"]["BackupRecord"];
        };
        BackupRecordRequest: {
            "backup-record": components["schemas"]["BackupRecord"];
        };
        /** @description Exactly one action key. */
        SnapshotActionRequest: {
            "os-reset_status": {
                status: components["schemas"]["SnapshotStatus"];
            };
        } | {
            "os-force_delete": Record<string, never> | null;
        } | {
            "os-update_snapshot_status": {
                status: components["schemas"]["SnapshotStatus"];
                progress?: string;
            };
        };
        SnapshotUpdateRequest: {
            snapshot: {
                name?: string | null;
                description?: string | null;
            };
        };
        ExtraSpecMap: {
            [key: string]: string;
        };
        VolumeType: {
            id: string;
            name: string;
            description: string | null;
            is_public: boolean;
            "os-volume-type-access:is_public"?: boolean;
            /** @description Shown to admins (and through policy to others). */
            extra_specs: {
                [key: string]: string;
            } | null;
            /** @description Admins only; show, list and the default type (create and update answer without it). */
            qos_specs_id?: string | null;
        };
        VolumeTypeResponse: {
            volume_type: components["schemas"]["VolumeType"];
        };
        /** @description Create answers with `os-volume-type-access:is_public` but without `qos_specs_id`. */
        VolumeTypeCreateResponse: {
            volume_type: {
                id: string;
                name: string;
                description: string | null;
                is_public: boolean;
                "os-volume-type-access:is_public": boolean;
                extra_specs: components["schemas"]["ExtraSpecMap"];
            };
        };
        /** @description Update answers without `os-volume-type-access:is_public` and `qos_specs_id`. */
        VolumeTypeUpdateResponse: {
            volume_type: {
                id: string;
                name: string;
                description: string | null;
                is_public: boolean;
                extra_specs: components["schemas"]["ExtraSpecMap"];
            };
        };
        VolumeTypeList: {
            volume_types: components["schemas"]["VolumeType"][];
            volume_type_links?: components["schemas"]["Link"][];
        };
        VolumeTypeCreateRequest: {
            volume_type: {
                name: string;
                description?: string | null;
                "os-volume-type-access:is_public"?: boolean | string;
                extra_specs?: components["schemas"]["ExtraSpecMap"];
            };
        };
        VolumeTypeUpdateRequest: {
            volume_type: {
                /** @description null keeps the name (Cinder's name_allow_zero_min_length) */
                name?: string | null;
                description?: string | null;
                is_public?: boolean | string;
            };
        };
        ExtraSpecs: {
            extra_specs: components["schemas"]["ExtraSpecMap"];
        };
        VolumeLimits: {
            limits: {
                rate: {
                    [key: string]: unknown;
                }[];
                /** @description Absolute limits (`maxTotal*`) and usage (`total*Used`); -1 is unlimited. */
                absolute: {
                    maxTotalVolumes?: number;
                    maxTotalSnapshots?: number;
                    maxTotalVolumeGigabytes?: number;
                    maxTotalBackups?: number;
                    maxTotalBackupGigabytes?: number;
                    totalVolumesUsed?: number;
                    totalSnapshotsUsed?: number;
                    totalGigabytesUsed?: number;
                    totalBackupsUsed?: number;
                    totalBackupGigabytesUsed?: number;
                } & {
                    [key: string]: number;
                };
            };
        };
        QuotaUsage: {
            limit: number;
            in_use: number;
            reserved: number;
            allocated?: number;
        };
        /** @description An integer limit (-1 unlimited), or usage details with `usage=true`. */
        QuotaValue: number | components["schemas"]["QuotaUsage"];
        /**
         * @description `volumes`, `snapshots`, `gigabytes`, `backups`, `backup_gigabytes`, `groups`,
         *     `per_volume_gigabytes`, plus per-type keys such as `volumes_<type>`,
         *     `gigabytes_<type>`, `snapshots_<type>`.
         */
        QuotaSet: {
            /** @description The project id (absent from the update response). */
            id?: string;
            volumes?: components["schemas"]["QuotaValue"];
            snapshots?: components["schemas"]["QuotaValue"];
            gigabytes?: components["schemas"]["QuotaValue"];
            backups?: components["schemas"]["QuotaValue"];
            backup_gigabytes?: components["schemas"]["QuotaValue"];
            groups?: components["schemas"]["QuotaValue"];
            per_volume_gigabytes?: components["schemas"]["QuotaValue"];
        } & {
            [key: string]: unknown;
        };
        QuotaSetResponse: {
            quota_set: components["schemas"]["QuotaSet"];
        };
        QuotaSetUpdateRequest: {
            quota_set: {
                volumes?: number;
                snapshots?: number;
                gigabytes?: number;
                backups?: number;
                backup_gigabytes?: number;
                groups?: number;
                per_volume_gigabytes?: number;
            } & {
                [key: string]: number;
            };
        };
        QuotaClassSetResponse: {
            /** @description The limits (`id`, the class name, except in the update response), per-type keys included. */
            quota_class_set: {
                id?: string;
            } & {
                [key: string]: number;
            };
        };
        QuotaClassSetUpdateRequest: {
            quota_class_set: {
                [key: string]: number;
            };
        };
        AvailabilityZoneList: {
            availabilityZoneInfo: {
                /** @example nova */
                zoneName: string;
                zoneState: {
                    available: boolean;
                };
            }[];
        };
        Extension: {
            alias: string;
            description: string;
            links: components["schemas"]["Link"][];
            name: string;
            updated: string;
        };
        ExtensionList: {
            extensions: components["schemas"]["Extension"][];
        };
        VolumeService: {
            /** @example cinder-volume */
            binary: string;
            host: string;
            zone: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** @enum {string} */
            state: "up" | "down";
            updated_at: string | null;
            disabled_reason?: string | null;
            /** @description 3.7+. */
            cluster?: string | null;
            replication_status?: string | null;
            active_backend_id?: string | null;
            frozen?: boolean;
            /** @description 3.49+, cinder-volume only. */
            backend_state?: string | null;
        };
        VolumeHostList: {
            hosts: {
                /** @enum {string} */
                "service-status": "available" | "unavailable";
                service: string;
                zone: string;
                /** @enum {string} */
                "service-state": "enabled" | "disabled";
                host_name: string;
                "last-update": string | null;
            }[];
        };
        VolumeHostUsage: {
            host: {
                resource: {
                    host: string;
                    /** @description A project id, or `(total)`. */
                    project: string;
                    volume_count: string;
                    total_volume_gb: string;
                    snapshot_count: string;
                    total_snapshot_gb: string;
                };
            }[];
        };
        VolumePoolCapabilities: {
            updated?: string | null;
            QoS_support?: boolean;
            total_capacity_gb?: number;
            free_capacity_gb?: number;
            allocated_capacity_gb?: number;
            reserved_percentage?: number;
            volume_backend_name?: string;
            driver_version?: string;
            storage_protocol?: string;
            vendor_name?: string;
            timestamp?: string | null;
        };
        VolumePoolList: {
            pools: {
                name: string;
                capabilities?: components["schemas"]["VolumePoolCapabilities"];
            }[];
        };
        VolumeBackendCapabilities: {
            pool_name: string | null;
            description: string | null;
            volume_backend_name: string;
            namespace: string;
            visibility: string | null;
            driver_version: string;
            vendor_name: string;
            properties: Record<string, never>;
            storage_protocol: string;
            replication_targets: unknown[];
            display_name: string | null;
        };
        /** @description Exactly one action key. */
        VolumeTypeActionRequest: {
            addProjectAccess: {
                project: string;
            };
        } | {
            removeProjectAccess: {
                project: string;
            };
        };
        QosSpecs: {
            id: string;
            name: string;
            /** @enum {string} */
            consumer: "front-end" | "back-end" | "both";
            specs: components["schemas"]["ExtraSpecMap"];
        };
        QosSpecsList: {
            qos_specs: components["schemas"]["QosSpecs"][];
        };
        QosSpecsShow: {
            qos_specs: components["schemas"]["QosSpecs"];
            links: components["schemas"]["Link"][];
        };
        QosSpecsCreateRequest: {
            /** @description `name`, optional `consumer`, and the spec keys (string values). */
            qos_specs: {
                name: string;
                consumer?: string;
            } & {
                [key: string]: string;
            };
        };
        QosSpecsUpdate: {
            qos_specs: components["schemas"]["ExtraSpecMap"];
        };
        QosSpecsDeleteKeysRequest: {
            keys: string[];
        };
        QosSpecsAssociations: {
            qos_associations: {
                /** @enum {string} */
                association_type: "volume_type";
                name: string;
                id: string;
            }[];
        };
        VolumeTypeAccessList: {
            volume_type_access: {
                volume_type_id: string;
                project_id: string;
            }[];
        };
        VolumeTransfer: {
            id: string;
            name: string | null;
            volume_id: string;
            links: components["schemas"]["Link"][];
            /** @description Show, create and the detailed list. */
            created_at?: string;
            /** @description 3.57+, detailed views. */
            source_project_id?: string;
            /** @description 3.57+, detailed views. */
            destination_project_id?: string | null;
            /** @description 3.57+, detailed views. */
            accepted?: boolean;
        };
        VolumeTransferResponse: {
            transfer: components["schemas"]["VolumeTransfer"];
        };
        VolumeTransferCreateResponse: {
            transfer: components["schemas"]["VolumeTransfer"] & {
                auth_key: string;
            };
        };
        VolumeTransferAcceptResponse: {
            transfer: components["schemas"]["VolumeTransfer"];
        };
        VolumeTransferList: {
            transfers: components["schemas"]["VolumeTransfer"][];
            transfers_links?: components["schemas"]["Link"][];
        };
        VolumeTransferCreateRequest: {
            transfer: {
                volume_id: string;
                name?: string | null;
                /** @description 3.55+; oscloud always moves the snapshots with the volume (true answers 400). */
                no_snapshots?: boolean;
            };
        };
        VolumeTransferAcceptRequest: {
            accept: {
                auth_key: string;
            };
        };
        VolumeServiceUpdateRequest: {
            host?: string;
            binary?: string;
            disabled_reason?: string | null;
        };
        VolumeServiceUpdateResponse: {
            host: string;
            service: string;
            binary: string;
            disabled: boolean;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** @description With enable (null) and disable-log-reason. */
            disabled_reason?: string | null;
        };
        VolumeServiceList: {
            services: components["schemas"]["VolumeService"][];
        };
        GroupType: {
            id: string;
            name: string;
            description: string | null;
            is_public: boolean;
            /** @description Admins only. */
            group_specs?: components["schemas"]["ExtraSpecMap"];
        };
        GroupTypeResponse: {
            group_type: components["schemas"]["GroupType"];
        };
        GroupTypeList: {
            group_types: components["schemas"]["GroupType"][];
        };
        GroupTypeCreateRequest: {
            group_type: {
                name: string;
                description?: string | null;
                is_public?: boolean | string;
                group_specs?: components["schemas"]["ExtraSpecMap"];
            };
        };
        GroupTypeUpdateRequest: {
            group_type: {
                name?: string | null;
                description?: string | null;
                is_public?: boolean | string;
            };
        };
        GroupSpecs: {
            group_specs: components["schemas"]["ExtraSpecMap"];
        };
        GroupSummary: {
            id: string;
            name: string | null;
        };
        GroupSummaryResponse: {
            group: components["schemas"]["GroupSummary"];
        };
        GroupSummaryList: {
            groups: components["schemas"]["GroupSummary"][];
        };
        Group: {
            id: string;
            name: string | null;
            description: string | null;
            /** @description creating, available, updating, deleting, error (or what an admin reset it to). */
            status: string;
            availability_zone: string;
            created_at: string;
            /** @description The group type id. */
            group_type: string;
            volume_types: string[];
            /** @description 3.14+. */
            group_snapshot_id?: string | null;
            /** @description 3.14+. */
            source_group_id?: string | null;
            /** @description 3.25+, with `list_volume=true`. */
            volumes?: string[];
            /** @description 3.38+. */
            replication_status?: string | null;
            /** @description 3.58+. */
            project_id?: string;
        };
        GroupResponse: {
            group: components["schemas"]["Group"];
        };
        GroupList: {
            groups: components["schemas"]["Group"][];
        };
        GroupCreateRequest: {
            group: {
                name?: string | null;
                description?: string | null;
                /** @description Group type id or name. */
                group_type: string;
                volume_types: string[];
                availability_zone?: string | null;
            };
        };
        GroupCreateFromSourceRequest: {
            "create-from-src": {
                name?: string | null;
                description?: string | null;
                group_snapshot_id?: string | null;
                source_group_id?: string | null;
            };
        };
        GroupUpdateRequest: {
            group: {
                name?: string | null;
                description?: string | null;
                /** @description Comma-separated volume ids. */
                add_volumes?: string | null;
                /** @description Comma-separated volume ids. */
                remove_volumes?: string | null;
            };
        };
        GroupActionRequest: {
            delete?: {
                "delete-volumes"?: boolean | string;
            };
            reset_status?: {
                status: string;
            };
            enable_replication?: Record<string, never> | null;
            disable_replication?: Record<string, never> | null;
            failover_replication?: Record<string, never> | null;
            list_replication_targets?: Record<string, never> | null;
        };
        GroupSnapshotSummary: {
            id: string;
            name: string | null;
        };
        GroupSnapshotSummaryList: {
            group_snapshots: components["schemas"]["GroupSnapshotSummary"][];
        };
        GroupSnapshotCreateResponse: {
            group_snapshot: {
                id: string;
                name: string | null;
                group_type_id: string;
            };
        };
        GroupSnapshot: {
            id: string;
            name: string | null;
            description: string | null;
            /** @description creating, available, deleting, error (or what an admin reset it to). */
            status: string;
            group_id: string;
            group_type_id: string;
            created_at: string;
            /** @description 3.58+. */
            project_id?: string;
        };
        GroupSnapshotResponse: {
            group_snapshot: components["schemas"]["GroupSnapshot"];
        };
        GroupSnapshotList: {
            group_snapshots: components["schemas"]["GroupSnapshot"][];
        };
        GroupSnapshotCreateRequest: {
            group_snapshot: {
                group_id: string;
                name?: string | null;
                description?: string | null;
            };
        };
        GroupSnapshotActionRequest: {
            reset_status?: {
                status: string;
            };
        };
        VolumeTypeEncryption: {
            volume_type_id?: string;
            encryption_id?: string;
            provider?: string;
            /** @enum {string} */
            control_location?: "front-end" | "back-end";
            cipher?: string | null;
            key_size?: number | null;
            deleted?: boolean;
            created_at?: string;
            updated_at?: string | null;
            deleted_at?: string | null;
        };
        /** @description The spec, or an empty object. */
        VolumeTypeEncryptionShow: components["schemas"]["VolumeTypeEncryption"];
        VolumeTypeEncryptionResponse: {
            encryption: components["schemas"]["VolumeTypeEncryption"];
        };
        VolumeTypeEncryptionUpdateResponse: {
            encryption: components["schemas"]["VolumeTypeEncryptionFields"];
        };
        VolumeTypeEncryptionFields: {
            provider?: string;
            control_location?: string;
            cipher?: string | null;
            key_size?: number | null;
        };
        VolumeTypeEncryptionCreateRequest: {
            encryption: components["schemas"]["VolumeTypeEncryptionFields"] & unknown;
        };
        VolumeTypeEncryptionUpdateRequest: {
            encryption: components["schemas"]["VolumeTypeEncryptionFields"];
        };
        EncryptionSpecItem: {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Done; the body is empty. */
        Empty: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Accepted; the body is empty. */
        Accepted: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The metadata item. */
        MetadataItem: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MetadataItemBody"];
            };
        };
        /** @description The extra spec, as `{key: value}`. */
        ExtraSpecItem: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExtraSpecMap"];
            };
        };
        /** @description The resulting metadata. */
        Metadata: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MetadataBody"];
            };
        };
        /** @description The QoS specification and its links. */
        QosSpecsWithLinks: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QosSpecsShow"];
            };
        };
        /** @description The volume type's extra specs. */
        ExtraSpecs: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExtraSpecs"];
            };
        };
        /** @description Bad request (`badRequest`). */
        BadRequest: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "badRequest": {
                 *         "code": 400,
                 *         "message": "Invalid input received"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CinderError"];
            };
        };
        /** @description Missing or invalid token. */
        Unauthorized: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "unauthorized": {
                 *         "code": 401,
                 *         "message": "The request you have made requires authentication."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CinderError"];
            };
        };
        /** @description The caller may not perform this operation (`forbidden`). */
        Forbidden: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "forbidden": {
                 *         "code": 403,
                 *         "message": "Policy doesn't allow volume:create to be performed."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CinderError"];
            };
        };
        /** @description The resource does not exist or is not visible (`itemNotFound`). */
        NotFound: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "itemNotFound": {
                 *         "code": 404,
                 *         "message": "Volume 8ba8d1b5-4a5c-4a9b-8e0a-6f1e0e0a0d3e could not be found."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CinderError"];
            };
        };
        /** @description The requested microversion is not supported (`notAcceptable`). */
        NotAcceptable: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "notAcceptable": {
                 *         "code": 406,
                 *         "message": "Version 3.99 is not supported by the API. Minimum is 3.0 and maximum is 3.44."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CinderError"];
            };
        };
        /** @description The resource's state does not allow the operation (`conflictingRequest` or `badRequest` with 400 for invalid states). */
        Conflict: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "conflictingRequest": {
                 *         "code": 409,
                 *         "message": "Volume status must be available or error."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CinderError"];
            };
        };
        /** @description A quota would be exceeded (`overLimit`). */
        OverLimit: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "overLimit": {
                 *         "code": 413,
                 *         "message": "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CinderError"];
            };
        };
        /** @description Internal error (`computeFault`-style fault body). */
        ServerError: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CinderError"];
            };
        };
    };
    parameters: {
        /**
         * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
         *     outside the supported range answers 406.
         */
        OpenStackApiVersion: string;
        /** @description The project id (the caller's scope). */
        ProjectId: string;
        /** @description The project id of the caller's token scope. */
        AdminProjectId: string;
        /** @description The project whose quotas are shown or set. */
        QuotaProjectId: string;
        /** @description The volume id (UUID). */
        VolumeId: string;
        /** @description The attachment id (UUID). */
        AttachmentId: string;
        /** @description The backup id (UUID). */
        BackupId: string;
        /** @description The snapshot id (UUID). */
        SnapshotId: string;
        /** @description The volume type id (UUID). */
        VolumeTypeId: string;
        /** @description The group type id (UUID). */
        GroupTypeId: string;
        /** @description The group id (UUID). */
        GroupId: string;
        /** @description The group snapshot id (UUID). */
        GroupSnapshotId: string;
        /** @description GET: a field of the spec (`provider`, `cipher`, ...); PUT and DELETE: the spec id (ignored, as by Cinder). */
        EncryptionKey: string;
        /** @description The QoS specification id (UUID). */
        QosId: string;
        /** @description The volume type id (required; 400 without it). */
        QosVolTypeId: string;
        /** @description A metadata key. */
        MetadataKey: string;
        /** @description An extra spec key. */
        ExtraSpecKey: string;
        /** @description A host, back-end (`<host>@file`) or pool (`<host>@file#file`) name. */
        HostName: string;
        /** @description The transfer id (UUID). */
        TransferId: string;
        /** @description Admin only; list the resources of every project. */
        AllTenants: string;
        /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
        Sort: string;
        /** @description Deprecated; use `sort`. */
        SortKey: string;
        /** @description Deprecated; use `sort`. */
        SortDir: "asc" | "desc";
        /** @description Maximum number of items in the page. */
        Limit: number;
        /** @description Number of items to skip (with `limit`). */
        Offset: number;
        /** @description Id of the last item of the previous page. */
        Marker: string;
        /** @description Add `count` (total matching items) to the response (3.45+). */
        WithCount: components["schemas"]["QueryBoolean"];
        /** @description Filter by exact name. */
        NameFilter: string;
        /** @description Filter by status (any value: one no volume has matches nothing, as in Cinder; the statuses are those of `VolumeStatus`). */
        VolumeStatusFilter: string;
        /** @description Filter by status (any value: one no snapshot has matches nothing, as in Cinder; the statuses are those of `SnapshotStatus`). */
        SnapshotStatusFilter: string;
        /** @description With all_tenants, as an admin, list only this project's resources (what openstackclient's --project sends). */
        ProjectIdFilter: string;
        /** @description Filter by source volume. */
        SnapshotVolumeIdFilter: string;
        /** @description URL-encoded JSON object of metadata items to match, e.g. `{"k":"v"}`. */
        MetadataFilter: string;
        /** @description Filter by bootable flag. */
        BootableFilter: components["schemas"]["QueryBoolean"];
        /** @description Filter by availability zone. */
        AvailabilityZoneFilter: string;
    };
    requestBodies: {
        Metadata: {
            content: {
                "application/json": components["schemas"]["MetadataBody"];
            };
        };
        MetadataItem: {
            content: {
                "application/json": components["schemas"]["MetadataItemBody"];
            };
        };
    };
    headers: {
        /** @description The request id (`req-<uuid>`). */
        XOpenstackRequestId: string;
        /** @description The microversion that served the request, `volume 3.x`. */
        OpenStackApiVersion: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listVolumeApiVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The available API versions. */
            300: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeApiVersions"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    showVolumeApiVersion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The v3 version document. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeApiVersions"];
                };
            };
            400: components["responses"]["BadRequest"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    listVolumes: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description With all_tenants, as an admin, list only this project's resources (what openstackclient's --project sends). */
                project_id?: components["parameters"]["ProjectIdFilter"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Add `count` (total matching items) to the response (3.45+). */
                with_count?: components["parameters"]["WithCount"];
                /** @description Filter by exact name. */
                name?: components["parameters"]["NameFilter"];
                /** @description Filter by status (any value: one no volume has matches nothing, as in Cinder; the statuses are those of `VolumeStatus`). */
                status?: components["parameters"]["VolumeStatusFilter"];
                /** @description URL-encoded JSON object of metadata items to match, e.g. `{"k":"v"}`. */
                metadata?: components["parameters"]["MetadataFilter"];
                /** @description Filter by bootable flag. */
                bootable?: components["parameters"]["BootableFilter"];
                /** @description Filter by availability zone. */
                availability_zone?: components["parameters"]["AvailabilityZoneFilter"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of volumes. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeCreateRequest"];
            };
        };
        responses: {
            /** @description The volume is being created. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBasicResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    listVolumesDetailed: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description With all_tenants, as an admin, list only this project's resources (what openstackclient's --project sends). */
                project_id?: components["parameters"]["ProjectIdFilter"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Add `count` (total matching items) to the response (3.45+). */
                with_count?: components["parameters"]["WithCount"];
                /** @description Filter by exact name. */
                name?: components["parameters"]["NameFilter"];
                /** @description Filter by status (any value: one no volume has matches nothing, as in Cinder; the statuses are those of `VolumeStatus`). */
                status?: components["parameters"]["VolumeStatusFilter"];
                /** @description URL-encoded JSON object of metadata items to match, e.g. `{"k":"v"}`. */
                metadata?: components["parameters"]["MetadataFilter"];
                /** @description Filter by bootable flag. */
                bootable?: components["parameters"]["BootableFilter"];
                /** @description Filter by availability zone. */
                availability_zone?: components["parameters"]["AvailabilityZoneFilter"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of volumes. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeSummary: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated volume. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBasicResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolume: {
        parameters: {
            query?: {
                /** @description Also delete the volume's snapshots. */
                cascade?: components["schemas"]["QueryBoolean"];
                /** @description Force the deletion whatever the status (admin, 3.23+). */
                force?: components["schemas"]["QueryBoolean"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume is being deleted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
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
    volumeAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeActionRequest"];
            };
        };
        responses: {
            /**
             * @description `os-set_bootable` and `os-unset_image_metadata` (empty body), `os-initialize_connection`
             *     (connection info), `os-set_image_metadata` and `os-show_image_metadata` (image metadata).
             */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeInitializeConnectionResponse"] | components["schemas"]["VolumeImageMetadataResponse"];
                };
            };
            /** @description The action was accepted. Empty body, except `os-volume_upload_image`. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeUploadImageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["OverLimit"];
        };
    };
    showVolumeMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Metadata"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolumeMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Metadata"];
        responses: {
            200: components["responses"]["Metadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Metadata"];
        responses: {
            200: components["responses"]["Metadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAttachments: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Filter by volume. */
                volume_id?: string;
                /** @description Filter by server. */
                instance_id?: string;
                /** @description Filter by attachment status. */
                status?: string;
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreateRequest"];
            };
        };
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listAttachmentsDetailed: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Filter by volume. */
                volume_id?: string;
                /** @description Filter by server. */
                instance_id?: string;
                /** @description Filter by attachment status. */
                status?: string;
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    showAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The attachment id (UUID). */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The attachment id (UUID). */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated attachment. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The attachment id (UUID). */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment was deleted; the body lists the volume's remaining attachments. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    attachmentAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The attachment id (UUID). */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentActionRequest"];
            };
        };
        responses: {
            /** @description The attachment is complete. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description With all_tenants, as an admin, list only this project's resources (what openstackclient's --project sends). */
                project_id?: components["parameters"]["ProjectIdFilter"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Add `count` (total matching items) to the response (3.45+). */
                with_count?: components["parameters"]["WithCount"];
                /** @description Filter by exact name. */
                name?: components["parameters"]["NameFilter"];
                /** @description Filter by status (any value: one no snapshot has matches nothing, as in Cinder; the statuses are those of `SnapshotStatus`). */
                status?: components["parameters"]["SnapshotStatusFilter"];
                /** @description Filter by source volume. */
                volume_id?: components["parameters"]["SnapshotVolumeIdFilter"];
                /** @description URL-encoded JSON object of metadata items to match, e.g. `{"k":"v"}`. */
                metadata?: components["parameters"]["MetadataFilter"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of snapshots. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotCreateRequest"];
            };
        };
        responses: {
            /** @description The snapshot is being created. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    listSnapshotsDetailed: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description With all_tenants, as an admin, list only this project's resources (what openstackclient's --project sends). */
                project_id?: components["parameters"]["ProjectIdFilter"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Add `count` (total matching items) to the response (3.45+). */
                with_count?: components["parameters"]["WithCount"];
                /** @description Filter by exact name. */
                name?: components["parameters"]["NameFilter"];
                /** @description Filter by status (any value: one no snapshot has matches nothing, as in Cinder; the statuses are those of `SnapshotStatus`). */
                status?: components["parameters"]["SnapshotStatusFilter"];
                /** @description Filter by source volume. */
                volume_id?: components["parameters"]["SnapshotVolumeIdFilter"];
                /** @description URL-encoded JSON object of metadata items to match, e.g. `{"k":"v"}`. */
                metadata?: components["parameters"]["MetadataFilter"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of snapshots. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated snapshot. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot is being deleted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeMessages: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Only messages about this resource. */
                resource_uuid?: string;
                event_id?: string;
                message_level?: string;
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeMessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The message id (UUID). */
                message_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeMessageResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolumeMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The message id (UUID). */
                message_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description With all_tenants, as an admin, list only this project's resources (what openstackclient's --project sends). */
                project_id?: components["parameters"]["ProjectIdFilter"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Add `count` (total matching items) to the response (3.45+). */
                with_count?: components["parameters"]["WithCount"];
                /** @description Filter by exact name. */
                name?: components["parameters"]["NameFilter"];
                /** @description Only backups in this status. */
                status?: string;
                /** @description Only backups of this volume. */
                volume_id?: string;
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of backups (id, name, links). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupCreateRequest"];
            };
        };
        responses: {
            /** @description The backup is being created. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    listBackupsDetailed: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description With all_tenants, as an admin, list only this project's resources (what openstackclient's --project sends). */
                project_id?: components["parameters"]["ProjectIdFilter"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Add `count` (total matching items) to the response (3.45+). */
                with_count?: components["parameters"]["WithCount"];
                /** @description Filter by exact name. */
                name?: components["parameters"]["NameFilter"];
                /** @description Only backups in this status. */
                status?: string;
                /** @description Only backups of this volume. */
                volume_id?: string;
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of backups. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    importBackupRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupRecordRequest"];
            };
        };
        responses: {
            /** @description The imported backup. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated backup (id, name, links). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup is being deleted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupRestoreRequest"];
            };
        };
        responses: {
            /** @description The restore started. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    backupAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupActionRequest"];
            };
        };
        responses: {
            /** @description Done. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    exportBackupRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The backup id (UUID). */
                backup_id: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeTypes: {
        parameters: {
            query?: {
                /** @description Admin: `true` (default) public types, `false` private ones, `None` all. */
                is_public?: string;
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume types. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTypeCreateRequest"];
            };
        };
        responses: {
            /** @description The new volume type. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showDefaultVolumeType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default volume type. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    showVolumeType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume type. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolumeType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTypeUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated volume type. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteVolumeType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume type was deleted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeTypeExtraSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ExtraSpecs"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeTypeExtraSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtraSpecs"];
            };
        };
        responses: {
            200: components["responses"]["ExtraSpecs"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listQosSpecs: {
        parameters: {
            query?: {
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QoS specifications. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QosSpecsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createQosSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QosSpecsCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["QosSpecsWithLinks"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showQosSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["QosSpecsWithLinks"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateQosSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QosSpecsUpdate"];
            };
        };
        responses: {
            /** @description The keys set. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QosSpecsUpdate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteQosSpecs: {
        parameters: {
            query?: {
                force?: components["schemas"]["QueryBoolean"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteQosSpecsKeys: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QosSpecsDeleteKeysRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listQosSpecsAssociations: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The associations. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QosSpecsAssociations"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    associateQosSpecs: {
        parameters: {
            query?: {
                /** @description The volume type id (required; 400 without it). */
                vol_type_id?: components["parameters"]["QosVolTypeId"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    disassociateQosSpecs: {
        parameters: {
            query?: {
                /** @description The volume type id (required; 400 without it). */
                vol_type_id?: components["parameters"]["QosVolTypeId"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    disassociateAllQosSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The QoS specification id (UUID). */
                qos_id: components["parameters"]["QosId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeLimits: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's limits and usage. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeLimits"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVolumeQuotaSet: {
        parameters: {
            query?: {
                /** @description Show usage details with each limit. */
                usage?: components["schemas"]["QueryBoolean"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id of the caller's token scope. */
                admin_project_id: components["parameters"]["AdminProjectId"];
                /** @description The project whose quotas are shown or set. */
                project_id: components["parameters"]["QuotaProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quota set. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolumeQuotaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id of the caller's token scope. */
                admin_project_id: components["parameters"]["AdminProjectId"];
                /** @description The project whose quotas are shown or set. */
                project_id: components["parameters"]["QuotaProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotaSetUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated quota set. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolumeQuotaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id of the caller's token scope. */
                admin_project_id: components["parameters"]["AdminProjectId"];
                /** @description The project whose quotas are shown or set. */
                project_id: components["parameters"]["QuotaProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVolumeQuotaSetDefaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id of the caller's token scope. */
                admin_project_id: components["parameters"]["AdminProjectId"];
                /** @description The project whose quotas are shown or set. */
                project_id: components["parameters"]["QuotaProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default quota set. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVolumeQuotaClassSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The quota class (`default` holds every project's defaults). */
                quota_class_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The class's limits. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaClassSetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateVolumeQuotaClassSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The quota class (`default` holds every project's defaults). */
                quota_class_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotaClassSetUpdateRequest"];
            };
        };
        responses: {
            /** @description The class's limits after the update (without `id`). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaClassSetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listVolumeAvailabilityZones: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The block storage availability zones. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityZoneList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listVolumeExtensions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extensions. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listVolumeServices: {
        parameters: {
            query?: {
                /** @description Filter by host name. */
                host?: string;
                /** @description Filter by service binary (e.g. `cinder-volume`). */
                binary?: string;
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVolumeMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MetadataItem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolumeMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MetadataItem"];
        responses: {
            200: components["responses"]["MetadataItem"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolumeMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume id (UUID). */
                volume_id: components["parameters"]["VolumeId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showSnapshotMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Metadata"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSnapshotMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Metadata"];
        responses: {
            200: components["responses"]["Metadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createSnapshotMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Metadata"];
        responses: {
            200: components["responses"]["Metadata"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showSnapshotMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MetadataItem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSnapshotMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MetadataItem"];
        responses: {
            200: components["responses"]["MetadataItem"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSnapshotMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
                /** @description A metadata key. */
                key: components["parameters"]["MetadataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Empty"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    snapshotAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The snapshot id (UUID). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotActionRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeTypeExtraSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ExtraSpecItem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolumeTypeExtraSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtraSpecMap"];
            };
        };
        responses: {
            200: components["responses"]["ExtraSpecItem"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolumeTypeExtraSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeHosts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hosts. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeHostList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVolumeHost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description A host, back-end (`<host>@file`) or pool (`<host>@file#file`) name. */
                host_name: components["parameters"]["HostName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The host's usage. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeHostUsage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumePools: {
        parameters: {
            query?: {
                /** @description Show each pool's capabilities. */
                detail?: components["schemas"]["QueryBoolean"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pools. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumePoolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showVolumeBackendCapabilities: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description A host, back-end (`<host>@file`) or pool (`<host>@file#file`) name. */
                host_name: components["parameters"]["HostName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The capabilities. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackendCapabilities"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    volumeTypeAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTypeActionRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listVolumeTypeAccess: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The type's access list. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeAccessList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeTransfersLegacy: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeTransferLegacy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTransferCreateRequest"];
            };
        };
        responses: {
            /** @description The transfer, with its auth key. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeTransfersLegacyDetailed: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeTransferLegacy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer (without its auth key). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolumeTransferLegacy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    acceptVolumeTransferLegacy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTransferAcceptRequest"];
            };
        };
        responses: {
            /** @description The accepted transfer. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferAcceptResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    listVolumeTransfers: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTransferCreateRequest"];
            };
        };
        responses: {
            /** @description The transfer, with its auth key. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeTransfersDetailed: {
        parameters: {
            query?: {
                /** @description Admin only; list the resources of every project. */
                all_tenants?: components["parameters"]["AllTenants"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer (without its auth key). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    acceptVolumeTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The transfer id (UUID). */
                transfer_id: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTransferAcceptRequest"];
            };
        };
        responses: {
            /** @description The accepted transfer. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTransferAcceptResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    updateVolumeService: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description `enable`, `disable`, or `disable-log-reason` (with a `disabled_reason`). */
                action: "enable" | "disable" | "disable-log-reason";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeServiceUpdateRequest"];
            };
        };
        responses: {
            /** @description The service's new state. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeServiceUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listGroupTypes: {
        parameters: {
            query?: {
                /** @description Admin: `true` (default) public types, `false` private ones, `None` all. */
                is_public?: string;
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group types. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createGroupType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupTypeCreateRequest"];
            };
        };
        responses: {
            /** @description The new group type. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupTypeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showDefaultGroupType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default group type. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupTypeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    showGroupType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group type. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupTypeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateGroupType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupTypeUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated group type. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupTypeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteGroupType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group type was deleted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listGroupTypeSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group specs. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSpecs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createGroupTypeSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSpecs"];
            };
        };
        responses: {
            /** @description The given group specs. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSpecs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showGroupTypeSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The spec as `{key: value}`. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraSpecMap"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateGroupTypeSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtraSpecMap"];
            };
        };
        responses: {
            /** @description The spec as `{key: value}`. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraSpecMap"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteGroupTypeSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group type id (UUID). */
                group_type_id: components["parameters"]["GroupTypeId"];
                /** @description An extra spec key. */
                key: components["parameters"]["ExtraSpecKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The spec was deleted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVolumeGroups: {
        parameters: {
            query?: {
                /** @description Admin: every project. */
                all_tenants?: string;
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups (id and name). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreateRequest"];
            };
        };
        responses: {
            /** @description The new group (id and name); it is available at once (it holds no volumes yet). */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    listVolumeGroupsDetailed: {
        parameters: {
            query?: {
                /** @description Admin: every project. */
                all_tenants?: string;
                /** @description 3.25+: also list the member volume ids. */
                list_volume?: string;
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeGroupFromSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreateFromSourceRequest"];
            };
        };
        responses: {
            /** @description The new group (id and name); `creating` until its volumes are. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    showVolumeGroup: {
        parameters: {
            query?: {
                /** @description 3.25+: also list the member volume ids. */
                list_volume?: string;
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id (UUID). */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolumeGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id (UUID). */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the body is empty. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    volumeGroupAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id (UUID). */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupActionRequest"];
            };
        };
        responses: {
            /** @description Accepted (`list_replication_targets` would answer 200; replication actions answer 400: not supported). */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listGroupSnapshots: {
        parameters: {
            query?: {
                /** @description Admin: every project. */
                all_tenants?: string;
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group snapshots (id and name). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSnapshotSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createGroupSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSnapshotCreateRequest"];
            };
        };
        responses: {
            /** @description The new group snapshot. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSnapshotCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["OverLimit"];
        };
    };
    listGroupSnapshotsDetailed: {
        parameters: {
            query?: {
                /** @description Admin: every project. */
                all_tenants?: string;
                /** @description Comma-separated `key[:dir]` list, e.g. `created_at:desc,name:asc`. */
                sort?: components["parameters"]["Sort"];
                /** @description Deprecated; use `sort`. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Deprecated; use `sort`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to skip (with `limit`). */
                offset?: components["parameters"]["Offset"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
            };
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group snapshots. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSnapshotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    showGroupSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group snapshot id (UUID). */
                group_snapshot_id: components["parameters"]["GroupSnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group snapshot. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSnapshotResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteGroupSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group snapshot id (UUID). */
                group_snapshot_id: components["parameters"]["GroupSnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; its snapshots are deleted, then it goes. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    groupSnapshotAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group snapshot id (UUID). */
                group_snapshot_id: components["parameters"]["GroupSnapshotId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupSnapshotActionRequest"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeTypeEncryption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The spec, or `{}` when the type has none. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeEncryptionShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVolumeTypeEncryption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTypeEncryptionCreateRequest"];
            };
        };
        responses: {
            /** @description The new spec. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeEncryptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showVolumeTypeEncryptionSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description GET: a field of the spec (`provider`, `cipher`, ...); PUT and DELETE: the spec id (ignored, as by Cinder). */
                encryption_key: components["parameters"]["EncryptionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field as `{key: value}`. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EncryptionSpecItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateVolumeTypeEncryption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description GET: a field of the spec (`provider`, `cipher`, ...); PUT and DELETE: the spec id (ignored, as by Cinder). */
                encryption_key: components["parameters"]["EncryptionKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeTypeEncryptionUpdateRequest"];
            };
        };
        responses: {
            /** @description The fields given. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeTypeEncryptionUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVolumeTypeEncryption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion, `volume 3.x` or `volume latest`. Default 3.0. A version
                 *     outside the supported range answers 406.
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /** @description The project id (the caller's scope). */
                project_id: components["parameters"]["ProjectId"];
                /** @description The volume type id (UUID). */
                volume_type_id: components["parameters"]["VolumeTypeId"];
                /** @description GET: a field of the spec (`provider`, `cipher`, ...); PUT and DELETE: the spec id (ignored, as by Cinder). */
                encryption_key: components["parameters"]["EncryptionKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The spec was deleted. */
            202: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}

/**
 * This file was generated from schemas/image.yaml by packages/sdk/scripts/generate.mjs
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
         * List Image API versions
         * @description Answers 300 Multiple Choices with the versions document, like Glance.
         */
        get: operations["listImageApiVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Image API versions (explicit)
         * @description Same document as `GET /`, answered with 200.
         */
        get: operations["listImageApiVersionsExplicit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List images
         * @description Lists the images visible to the caller, paginated (`limit`, `marker`; follow `next`
         *     until it is absent). `name`, `status`, `id`, `disk_format` and `container_format`
         *     accept the `in:` operator (`status=in:saving,queued`); `created_at` and `updated_at`
         *     accept comparison operators (`gt:`, `gte:`, `eq:`, `neq:`, `lt:`, `lte:`).
         */
        get: operations["listImages"];
        put?: never;
        /**
         * Create an image
         * @description Creates an image record (status `queued`). Upload the data afterwards with
         *     `PUT /v2/images/{image_id}/file`. Keys other than the known attributes are stored
         *     as custom string properties; setting read-only attributes (status, size, checksum,
         *     ...) is rejected with 403.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /** Show an image */
        get: operations["showImage"];
        put?: never;
        post?: never;
        /**
         * Delete an image
         * @description Deletes the image and its data. Protected images answer 403.
         */
        delete: operations["deleteImage"];
        options?: never;
        head?: never;
        /**
         * Update an image
         * @description Applies a JSON patch (Glance media type
         *     `application/openstack-images-v2.1-json-patch`) to the image. Paths are JSON
         *     pointers to top-level attributes (`/name`, `/tags`, `/min_ram`, `/my_property`).
         */
        patch: operations["updateImage"];
        trace?: never;
    };
    "/v2/images/{image_id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Stage image data for a glance-direct import
         * @description Receives the image data (inspected and hashed like an upload) without making it the
         *     image's yet: the `queued` image becomes `uploading` until `POST .../import` with
         *     `glance-direct`. A failed stage puts it back to `queued`.
         */
        put: operations["stageImageData"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import image data
         * @description `glance-direct` makes the staged data the image's (it is `active` when this answers);
         *     `web-download` fetches `method.uri` in the background (the image is `importing`, then
         *     `active`, or `queued` again with a failed task), only from the hosts the operator
         *     allowed (`web_download_allowed_hosts`; without them the method is not offered);
         *     `glance-download` copies `method.glance_image_id` from the image service of
         *     `glance_region`/`glance_service_interface` in the catalog (this cloud's own only: the
         *     source is read as the caller), with its formats and its `hw_*`, `trait:*`,
         *     `os_distro`, `os_secure_boot`, `os_type` properties. Background imports that fail
         *     leave the image `queued`. The import is a task listed by `GET .../tasks`.
         *
         *     Multi-store: the data goes to `stores`, every store with `all_stores`, the store of
         *     `X-Image-Meta-Store`, else the default store; the image shows `os_glance_importing_to_stores`
         *     and `os_glance_failed_import` while it runs. `copy-image` (admin) copies an active
         *     image's data to more stores.
         */
        post: operations["importImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /** List the import tasks of an image */
        get: operations["listImageTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Download image data
         * @description Streams the image data. A `Range` request header (single range) answers 206 with
         *     `Content-Range`; an image without data answers 204.
         */
        get: operations["downloadImageData"];
        /**
         * Upload image data
         * @description Uploads the binary image data. The image must be `queued`; it goes through
         *     `saving` and becomes `active` with checksum, os_hash_algo/os_hash_value and size set.
         *     The data is inspected (format allowlist, no backing or external data files) before
         *     the image becomes active.
         */
        put: operations["uploadImageData"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/actions/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an image
         * @description Makes an active image's data unavailable to non-admin users (status `deactivated`).
         */
        post: operations["deactivateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/actions/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate an image
         * @description Makes a deactivated image active again.
         */
        post: operations["reactivateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag (URL-encoded). */
                tag: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Add a tag to an image */
        put: operations["addImageTag"];
        post?: never;
        /** Remove a tag from an image */
        delete: operations["deleteImageTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * List image members
         * @description Lists the projects an image with visibility `shared` is shared with.
         */
        get: operations["listImageMembers"];
        put?: never;
        /**
         * Share an image with a project
         * @description Adds a member (status `pending`). The image must have visibility `shared`.
         */
        post: operations["createImageMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/images/{image_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member's project id. */
                member_id: string;
            };
            cookie?: never;
        };
        /** Show an image member */
        get: operations["showImageMember"];
        /**
         * Update an image member's status
         * @description The member project accepts or rejects the shared image.
         */
        put: operations["updateImageMember"];
        post?: never;
        /** Remove an image member */
        delete: operations["deleteImageMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the image JSON schema */
        get: operations["showImageSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the images list JSON schema */
        get: operations["showImagesSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the image member JSON schema */
        get: operations["showImageMemberSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the image members list JSON schema */
        get: operations["showImageMembersSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/info/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the supported image import methods */
        get: operations["showImageImportInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/info/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List image stores
         * @description Answers 404 when multiple stores are not enabled.
         */
        get: operations["listImageStores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/info/stores/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List image stores with their backend details (admin)
         * @description Answers 404 when multiple stores are not enabled.
         */
        get: operations["listImageStoresDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/stores/{store_id}/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store id. */
                store_id: string;
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an image's copy from one store
         * @description The image keeps its data in its other stores (403 for its only store; 409 when the
         *     image is not active or the store is not enabled; 404 when the image is not in it).
         */
        delete: operations["deleteImageFromStore"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the image cache (admin, since 2.14)
         * @description The images whose data this controller keeps in its local cache (downloads of them are
         *     served from it) and the images queued for caching.
         */
        get: operations["listImageCache"];
        put?: never;
        post?: never;
        /**
         * Clear the image cache and its queue (admin, since 2.14)
         * @description `x-image-cache-clear-target` picks what is cleared: `cache` or `queue`; absent or empty,
         *     both. Any other value is 400.
         */
        delete: operations["clearImageCache"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cache/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Queue an image for caching (admin, since 2.14)
         * @description The image must be active (400 otherwise); its data is copied into the cache in the background.
         */
        put: operations["queueImageCache"];
        post?: never;
        /** Remove an image from the cache and the queue (admin, since 2.14) */
        delete: operations["deleteImageCache"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schemas/metadefs/{schema_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The metadefs entity: namespace(s), object(s), property (properties), tag(s), resource_type(s). */
                schema_name: string;
            };
            cookie?: never;
        };
        /** Show a metadata definition JSON schema */
        get: operations["showMetadefSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/resource_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List metadata definition resource types */
        get: operations["listMetadefResourceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List metadata definition namespaces */
        get: operations["listMetadefNamespaces"];
        put?: never;
        /**
         * Create a metadata definition namespace
         * @description Creates a namespace, optionally with its resource type associations, properties, objects and tags.
         */
        post: operations["createMetadefNamespace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        /** Show a metadata definition namespace */
        get: operations["showMetadefNamespace"];
        /**
         * Update a metadata definition namespace
         * @description Replaces the namespace attributes (omitted ones revert to their defaults); `namespace` renames it.
         */
        put: operations["updateMetadefNamespace"];
        post?: never;
        /**
         * Delete a metadata definition namespace
         * @description A protected namespace is 403.
         */
        delete: operations["deleteMetadefNamespace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/resource_types": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        /** List the resource type associations of a namespace */
        get: operations["listMetadefResourceTypeAssociations"];
        put?: never;
        /**
         * Associate a resource type with a namespace
         * @description A resource type not yet in the catalog is added to it.
         */
        post: operations["createMetadefResourceTypeAssociation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/resource_types/{resource_type_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                resource_type_name: components["parameters"]["ResourceTypeName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a resource type association */
        delete: operations["deleteMetadefResourceTypeAssociation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/objects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        /** List the objects of a namespace */
        get: operations["listMetadefObjects"];
        put?: never;
        /** Create an object in a namespace */
        post: operations["createMetadefObject"];
        /**
         * Delete all objects of a namespace
         * @description A protected namespace is 403.
         */
        delete: operations["deleteAllMetadefObjects"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/objects/{object_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                object_name: components["parameters"]["ObjectName"];
            };
            cookie?: never;
        };
        /** Show an object of a namespace */
        get: operations["showMetadefObject"];
        /**
         * Update an object of a namespace
         * @description `name` renames it.
         */
        put: operations["updateMetadefObject"];
        post?: never;
        /**
         * Delete an object of a namespace
         * @description A protected namespace is 403.
         */
        delete: operations["deleteMetadefObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/properties": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        /** List the properties of a namespace */
        get: operations["listMetadefProperties"];
        put?: never;
        /** Create a property in a namespace */
        post: operations["createMetadefProperty"];
        /**
         * Delete all properties of a namespace
         * @description A protected namespace is 403.
         */
        delete: operations["deleteAllMetadefProperties"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/properties/{property_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                property_name: components["parameters"]["PropertyName"];
            };
            cookie?: never;
        };
        /** Show a property of a namespace */
        get: operations["showMetadefProperty"];
        /**
         * Update a property of a namespace
         * @description `name` renames it.
         */
        put: operations["updateMetadefProperty"];
        post?: never;
        /**
         * Delete a property of a namespace
         * @description A protected namespace is 403.
         */
        delete: operations["deleteMetadefProperty"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        /** List the tags of a namespace */
        get: operations["listMetadefTags"];
        put?: never;
        /**
         * Create tags in a namespace
         * @description Replaces the namespace's tags with the given ones, or adds them with `X-Openstack-Append: true`.
         */
        post: operations["createMetadefTags"];
        /**
         * Delete all tags of a namespace
         * @description A protected namespace is 403.
         */
        delete: operations["deleteAllMetadefTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metadefs/namespaces/{namespace_name}/tags/{tag_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                tag_name: components["parameters"]["TagName"];
            };
            cookie?: never;
        };
        /** Show a tag of a namespace */
        get: operations["showMetadefTag"];
        /**
         * Update a tag of a namespace
         * @description `name` renames it.
         */
        put: operations["updateMetadefTag"];
        /** Create a tag in a namespace */
        post: operations["createMetadefTag"];
        /**
         * Delete a tag of a namespace
         * @description A protected namespace is 403.
         */
        delete: operations["deleteMetadefTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Glance's error body. */
        GlanceError: {
            /**
             * @description Status code and reason phrase.
             * @example 404 Not Found
             */
            code: string;
            /** @example Not Found */
            title: string;
            message: string;
        };
        Link: {
            href: string;
            rel: string;
        };
        ImageVersion: {
            /** @example v2.16 */
            id: string;
            /** @enum {string} */
            status: "CURRENT" | "SUPPORTED" | "DEPRECATED" | "EXPERIMENTAL";
            links: components["schemas"]["Link"][];
        };
        ImageVersions: {
            versions: components["schemas"]["ImageVersion"][];
        };
        /** @enum {string} */
        ImageStatus: "queued" | "saving" | "active" | "killed" | "deleted" | "pending_delete" | "deactivated" | "uploading" | "importing";
        /** @enum {string} */
        ImageVisibility: "public" | "private" | "shared" | "community";
        /** @enum {string} */
        DiskFormat: "ami" | "ari" | "aki" | "vhd" | "vhdx" | "vmdk" | "raw" | "qcow2" | "vdi" | "ploop" | "iso";
        /** @enum {string} */
        ContainerFormat: "ami" | "ari" | "aki" | "bare" | "ovf" | "ova" | "docker" | "compressed";
        /**
         * @description An image as Glance sends it. Every attribute below is always present (null when
         *     unset); custom properties appear as extra top-level string keys.
         */
        Image: {
            /** @example 1bea47ed-f6a9-463b-b423-14b9cca9ad27 */
            id: string;
            name: string | null;
            status: components["schemas"]["ImageStatus"];
            visibility: components["schemas"]["ImageVisibility"];
            protected: boolean;
            /** @description MD5 hex digest of the data. */
            checksum: string | null;
            /** @example sha512 */
            os_hash_algo: string | null;
            /** @description Hex digest of the data with `os_hash_algo`. */
            os_hash_value: string | null;
            /** @description Size of the data in bytes. */
            size: number | null;
            /** @description Virtual size of the disk in bytes. */
            virtual_size: number | null;
            disk_format: string | null;
            container_format: string | null;
            /** @description Minimum disk size in GiB. */
            min_disk: number;
            /** @description Minimum RAM in MiB. */
            min_ram: number;
            /** @description Owning project id. */
            owner: string | null;
            os_hidden: boolean;
            /**
             * @description The stores holding the data (multi-store), comma-separated and sorted, e.g.
             *     `file,swift`; absent while the image has no data.
             * @example swift
             */
            stores?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            tags: string[];
            /** @example /v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27 */
            self: string;
            /** @example /v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27/file */
            file: string;
            /** @example /v2/schemas/image */
            schema: string;
        } & {
            [key: string]: unknown | string;
        };
        ImageList: {
            images: components["schemas"]["Image"][];
            /** @example /v2/images */
            first: string;
            /**
             * @description Present when there may be a further page; keeps the query parameters.
             * @example /v2/images?marker=1bea47ed-f6a9-463b-b423-14b9cca9ad27
             */
            next?: string;
            /** @example /v2/schemas/images */
            schema: string;
        };
        /** @description Known attributes plus arbitrary custom string properties. */
        ImageCreateRequest: {
            /** @description Optional client-chosen UUID. */
            id?: string;
            name?: string | null;
            visibility?: components["schemas"]["ImageVisibility"];
            protected?: boolean;
            os_hidden?: boolean;
            disk_format?: components["schemas"]["DiskFormat"];
            container_format?: components["schemas"]["ContainerFormat"];
            min_disk?: number;
            min_ram?: number;
            tags?: string[];
        } & {
            [key: string]: unknown | string;
        };
        ImagePatchOperation: {
            /** @enum {string} */
            op: "add" | "remove" | "replace";
            /**
             * @description JSON pointer to a top-level attribute, e.g. `/name`.
             * @example /name
             */
            path: string;
            /** @description The new value (not used by `remove`). */
            value?: unknown;
        };
        ImagePatch: components["schemas"]["ImagePatchOperation"][];
        /** @description The older Glance patch dialect (application/openstack-images-v2.0-json-patch), still accepted by Glance and used by Tempest: the operation is the key and the path its value, e.g. `[{"replace": "/name", "value": "x"}, {"remove": "/tag"}]`. */
        ImagePatchV20: ({
            add?: string;
            replace?: string;
            remove?: string;
            value?: unknown;
        } & (unknown | unknown | unknown))[];
        /** @enum {string} */
        ImageMemberStatus: "pending" | "accepted" | "rejected";
        ImageMember: {
            image_id: string;
            /** @description The member's project id. */
            member_id: string;
            status: components["schemas"]["ImageMemberStatus"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @example /v2/schemas/member */
            schema: string;
        };
        ImageMemberList: {
            members: components["schemas"]["ImageMember"][];
            /** @example /v2/schemas/members */
            schema: string;
        };
        ImageMemberCreateRequest: {
            /** @description Project id to share the image with. */
            member: string;
        };
        ImageMemberUpdateRequest: {
            status: components["schemas"]["ImageMemberStatus"];
        };
        /** @description A JSON-schema (draft 4) document as Glance serves it. */
        JsonSchemaDocument: {
            /** @example image */
            name: string;
            properties?: {
                [key: string]: unknown;
            };
            /** @description Schema (or boolean) for additional properties. */
            additionalProperties?: unknown;
            links?: {
                [key: string]: unknown;
            }[];
            required?: string[];
        } & {
            [key: string]: unknown;
        };
        ImageImportInfo: {
            "import-methods": {
                description?: string;
                /** @example array */
                type?: string;
                /**
                 * @example [
                 *       "glance-direct",
                 *       "web-download"
                 *     ]
                 */
                value: string[];
            };
        };
        ImageStore: {
            id: string;
            description?: string;
            /** @description Present (true) on the default store. */
            default?: boolean | string;
            /** @description Present (true) on read-only stores. */
            "read-only"?: boolean | string;
        };
        ImageCacheState: {
            cached_images: {
                image_id: string;
                /** @description Downloads served from the cache since it was cached (or since the controller started). */
                hits: number;
                /** @description Seconds since the epoch. */
                last_accessed: number;
                /** @description Seconds since the epoch (when it was cached). */
                last_modified: number;
                size: number;
            }[];
            queued_images: string[];
        };
        ImageStoreList: {
            stores: components["schemas"]["ImageStore"][];
        };
        ImageStoreDetail: {
            id: string;
            description?: string;
            default?: boolean | string;
            /** @description The backend (`file`, `swift`). */
            type: string;
            weight: number;
            /** @description Backend settings (file `datadir`; swift `container`). */
            properties: Record<string, never>;
        };
        ImageStoreDetailList: {
            stores: components["schemas"]["ImageStoreDetail"][];
        };
        MetadefResourceType: {
            /** @example OS::Glance::Image */
            name: string;
            created_at: string;
            updated_at?: string;
        };
        MetadefResourceTypeList: {
            resource_types: components["schemas"]["MetadefResourceType"][];
        };
        MetadefResourceTypeAssociationCreateRequest: {
            name: string;
            prefix?: string;
            properties_target?: string;
        };
        MetadefResourceTypeAssociation: {
            name: string;
            prefix?: string;
            properties_target?: string;
            created_at: string;
            updated_at?: string;
        };
        MetadefResourceTypeAssociationList: {
            resource_type_associations: components["schemas"]["MetadefResourceTypeAssociation"][];
        };
        /** @enum {string} */
        MetadefPropertyType: "array" | "boolean" | "integer" | "number" | "object" | "string";
        /** @description A property definition (a JSON schema fragment); Glance requires `title` and `type`. */
        MetadefPropertyDefinition: {
            title: string;
            type: components["schemas"]["MetadefPropertyType"];
            description?: string;
            enum?: unknown[];
            default?: unknown;
            minimum?: number;
            maximum?: number;
            minLength?: number;
            maxLength?: number;
            pattern?: string;
            items?: Record<string, never>;
            minItems?: number;
            maxItems?: number;
            uniqueItems?: boolean;
            additionalItems?: boolean;
            readonly?: boolean;
            operators?: string[];
        } & {
            [key: string]: unknown;
        };
        MetadefPropertyCreateRequest: components["schemas"]["MetadefPropertyDefinition"] & {
            name: string;
        };
        MetadefProperty: components["schemas"]["MetadefPropertyDefinition"] & {
            name: string;
        };
        MetadefPropertyMap: {
            /** @description Property definitions by name. */
            properties: {
                [key: string]: components["schemas"]["MetadefPropertyDefinition"];
            };
        };
        MetadefObjectCreateRequest: {
            name: string;
            description?: string;
            required?: string[];
            properties?: {
                [key: string]: components["schemas"]["MetadefPropertyDefinition"];
            };
        };
        MetadefObject: {
            name: string;
            description?: string;
            required?: string[];
            properties?: {
                [key: string]: components["schemas"]["MetadefPropertyDefinition"];
            };
            created_at: string;
            updated_at?: string;
            /** @example /v2/schemas/metadefs/object */
            schema: string;
            self: string;
        };
        MetadefObjectList: {
            objects: components["schemas"]["MetadefObject"][];
            schema?: string;
        };
        MetadefTagName: {
            name: string;
        };
        MetadefTag: {
            name: string;
            created_at: string;
            updated_at?: string;
        };
        MetadefTagList: {
            tags: components["schemas"]["MetadefTag"][];
        };
        MetadefTagUpdateRequest: components["schemas"]["MetadefTagName"];
        MetadefTagsCreateRequest: {
            tags: components["schemas"]["MetadefTagName"][];
        };
        MetadefNamespaceCreateRequest: {
            namespace: string;
            display_name?: string;
            description?: string;
            /** @enum {string} */
            visibility?: "public" | "private";
            protected?: boolean;
            owner?: string;
            resource_type_associations?: components["schemas"]["MetadefResourceTypeAssociationCreateRequest"][];
            properties?: {
                [key: string]: components["schemas"]["MetadefPropertyDefinition"];
            };
            objects?: components["schemas"]["MetadefObjectCreateRequest"][];
            tags?: components["schemas"]["MetadefTagName"][];
        };
        MetadefNamespace: {
            namespace: string;
            display_name?: string;
            description?: string;
            /** @enum {string} */
            visibility: "public" | "private";
            protected: boolean;
            owner?: string;
            created_at: string;
            updated_at: string;
            /** @example /v2/schemas/metadefs/namespace */
            schema: string;
            self: string;
            resource_type_associations?: components["schemas"]["MetadefResourceTypeAssociation"][];
            properties?: {
                [key: string]: components["schemas"]["MetadefPropertyDefinition"];
            };
            objects?: components["schemas"]["MetadefObject"][];
            tags?: components["schemas"]["MetadefTag"][];
        };
        MetadefNamespaceList: {
            namespaces: components["schemas"]["MetadefNamespace"][];
            first: string;
            next?: string;
            schema: string;
        };
        ImageImportRequest: {
            method: {
                /** @example glance-direct */
                name: string;
                /** @description The URL web-download fetches. */
                uri?: string;
                /** @description glance-download's source image. */
                glance_image_id?: string;
                glance_region?: string;
                /** @default public */
                glance_service_interface?: string;
            };
            stores?: string[];
            all_stores?: boolean;
            all_stores_must_succeed?: boolean;
        };
        ImageTask: {
            id: string;
            /** @example api_image_import */
            type: string;
            /** @enum {string} */
            status: "pending" | "processing" | "success" | "failure";
            owner?: string | null;
            image_id: string;
            request_id?: string | null;
            user_id?: string | null;
            input: {
                [key: string]: unknown;
            };
            result?: Record<string, never> | null;
            message: string;
            expires_at?: string | null;
            created_at: string;
            updated_at: string;
            deleted_at?: string | null;
            deleted?: boolean;
        };
        ImageTaskList: {
            tasks: components["schemas"]["ImageTask"][];
        };
    };
    responses: {
        /** @description A JSON-schema document (draft 4) describing the entity. */
        JsonSchemaDocument: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JsonSchemaDocument"];
            };
        };
        /** @description Bad request. */
        BadRequest: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "400 Bad Request",
                 *       "title": "Bad Request",
                 *       "message": "Invalid sort direction"
                 *     }
                 */
                "application/json": components["schemas"]["GlanceError"];
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
                 *       "code": "401 Unauthorized",
                 *       "title": "Unauthorized",
                 *       "message": "This server could not verify that you are authorized to access the document you requested."
                 *     }
                 */
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The caller may not perform this operation. */
        Forbidden: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "403 Forbidden",
                 *       "title": "Forbidden",
                 *       "message": "Attribute 'status' is read-only."
                 *     }
                 */
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The resource does not exist (or is not visible to the caller). */
        NotFound: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "404 Not Found",
                 *       "title": "Not Found",
                 *       "message": "No image found with ID 1bea47ed-f6a9-463b-b423-14b9cca9ad27"
                 *     }
                 */
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The request conflicts with the resource's current state. */
        Conflict: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "409 Conflict",
                 *       "title": "Conflict",
                 *       "message": "Image status transition from active to saving is not allowed"
                 *     }
                 */
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The image was deleted during the upload. */
        Gone: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The request or the image exceeds a size limit or quota. */
        RequestEntityTooLarge: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The request's Content-Type is not supported. */
        UnsupportedMediaType: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The requested range cannot be satisfied. */
        RangeNotSatisfiable: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlanceError"];
            };
        };
        /** @description The image store is unavailable or full. */
        ServiceUnavailable: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GlanceError"];
            };
        };
    };
    parameters: {
        /** @description The store the data goes to (multi-store sites; 400 when not enabled). */
        ImageMetaStore: string;
        /** @description The image id (UUID). */
        ImageId: string;
        /** @description Maximum number of items in the page. */
        Limit: number;
        /** @description Id of the last item of the previous page. */
        Marker: string;
        /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
        NamespaceName: string;
        ResourceTypeName: string;
        ObjectName: string;
        PropertyName: string;
        TagName: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id (`req-<uuid>`). */
        XOpenstackRequestId: string;
        /** @description Comma-separated import methods the image accepts (e.g. `glance-direct,web-download`). */
        OpenStackImageImportMethods: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listImageApiVersions: {
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
                    "application/json": components["schemas"]["ImageVersions"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    listImageApiVersionsExplicit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The available API versions. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageVersions"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    listImages: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description Id of the last item of the previous page. */
                marker?: components["parameters"]["Marker"];
                /** @description Image id, or `in:` followed by a comma-separated list of ids. */
                id?: string;
                /** @description Exact image name, or `in:` followed by a comma-separated list of names. */
                name?: string;
                /** @description Project id of the image owner. */
                owner?: string;
                /** @description Filter by visibility; `all` lists every image the caller may see. */
                visibility?: "public" | "private" | "shared" | "community" | "all";
                /** @description For shared images, filter by the caller's membership status. */
                member_status?: "pending" | "accepted" | "rejected" | "all";
                /** @description Image status, or `in:` followed by a comma-separated list of statuses. */
                status?: string;
                /** @description Image tag; repeat the parameter to require several tags. */
                tag?: string[];
                /** @description Disk format, or `in:` followed by a comma-separated list. */
                disk_format?: string;
                /** @description Container format, or `in:` followed by a comma-separated list. */
                container_format?: string;
                /** @description Filter by the protected flag. */
                protected?: boolean;
                /** @description Include hidden images (`true`) or only visible ones (`false`, default). */
                os_hidden?: boolean;
                /** @description Exact image size in bytes. */
                size?: number;
                /** @description Minimum image size in bytes. */
                size_min?: number;
                /** @description Maximum image size in bytes. */
                size_max?: number;
                /** @description Time comparison filter, e.g. `gt:2016-04-18T21:38:54Z`. */
                created_at?: string;
                /** @description Time comparison filter, e.g. `lte:2016-04-18T21:38:54Z`. */
                updated_at?: string;
                /** @description Image attribute to sort by; may be repeated (pairs with `sort_dir`). */
                sort_key?: string[];
                /** @description Sort direction; may be repeated (pairs with `sort_key`). */
                sort_dir?: ("asc" | "desc")[];
                /** @description Comma-separated `key[:dir]` list, e.g. `name:asc,status:desc` (dir defaults to desc). */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of images. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageCreateRequest"];
            };
        };
        responses: {
            /** @description The image was created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    /** @description URL of the new image. */
                    Location?: string;
                    "OpenStack-image-import-methods": components["headers"]["OpenStackImageImportMethods"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    showImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image was deleted. */
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
    updateImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/openstack-images-v2.1-json-patch": components["schemas"]["ImagePatch"];
                "application/openstack-images-v2.0-json-patch": components["schemas"]["ImagePatchV20"];
            };
        };
        responses: {
            /** @description The updated image. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    stageImageData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
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
            /** @description The data is staged. */
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
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    importImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The store the data goes to (multi-store sites; 400 when not enabled). */
                "X-Image-Meta-Store"?: components["parameters"]["ImageMetaStore"];
            };
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageImportRequest"];
            };
        };
        responses: {
            /** @description The import was accepted. */
            202: {
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
    listImageTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image's tasks, oldest first. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageTaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    downloadImageData: {
        parameters: {
            query?: never;
            header?: {
                /** @description A single byte range, e.g. `bytes=0-1023`. */
                Range?: string;
            };
            path: {
                /** @description The image id (UUID). */
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
                    /** @description MD5 checksum of the image data (the image's `checksum`). */
                    "Content-MD5"?: string;
                    /** @description Size of the data in bytes. */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The image has no data. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested range of the image data. */
            206: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    /** @description The range returned, e.g. `bytes 0-1023/13167616`. */
                    "Content-Range"?: string;
                    /** @description Size of the returned range in bytes. */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            416: components["responses"]["RangeNotSatisfiable"];
        };
    };
    uploadImageData: {
        parameters: {
            query?: never;
            header?: {
                /** @description Size of the data in bytes, when known in advance. */
                "x-openstack-image-size"?: number;
                /** @description The store the data goes to (multi-store sites; 400 when not enabled). */
                "X-Image-Meta-Store"?: components["parameters"]["ImageMetaStore"];
            };
            path: {
                /** @description The image id (UUID). */
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
            /** @description The data was stored. */
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
            410: components["responses"]["Gone"];
            413: components["responses"]["RequestEntityTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deactivateImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image was deactivated. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    reactivateImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image was reactivated. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addImageTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag (URL-encoded). */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was added (adding an existing tag is a no-op). */
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
            413: components["responses"]["RequestEntityTooLarge"];
        };
    };
    deleteImageTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The tag (URL-encoded). */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was removed. */
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
        };
    };
    listImageMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image's members. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageMemberCreateRequest"];
            };
        };
        responses: {
            /** @description The new member. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["RequestEntityTooLarge"];
        };
    };
    showImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member's project id. */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member's project id. */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageMemberUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated member. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteImageMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
                /** @description The member's project id. */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member was removed. */
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
        };
    };
    showImageSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JsonSchemaDocument"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    showImagesSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JsonSchemaDocument"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    showImageMemberSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JsonSchemaDocument"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    showImageMembersSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JsonSchemaDocument"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    showImageImportInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import methods. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageImportInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listImageStores: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stores. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageStoreList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listImageStoresDetail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stores with type, weight and backend properties. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageStoreDetailList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteImageFromStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The store id. */
                store_id: string;
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copy was removed. */
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
    listImageCache: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cached and queued images. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageCacheState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    clearImageCache: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cache`, `queue`, or absent for both. */
                "x-image-cache-clear-target"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
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
        };
    };
    queueImageCache: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
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
        };
    };
    deleteImageCache: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The image id (UUID). */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed (or was in neither). */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showMetadefSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The metadefs entity: namespace(s), object(s), property (properties), tag(s), resource_type(s). */
                schema_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JsonSchemaDocument"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listMetadefResourceTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource types. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefResourceTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listMetadefNamespaces: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The namespace name of the last item of the previous page. */
                marker?: string;
                sort_key?: "created_at" | "updated_at" | "namespace";
                sort_dir?: "asc" | "desc";
                visibility?: "public" | "private";
                /** @description Comma-separated resource type names; namespaces associated with any of them. */
                resource_types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The namespaces the caller may see. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefNamespaceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createMetadefNamespace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefNamespaceCreateRequest"];
            };
        };
        responses: {
            /** @description The new namespace with what it holds. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefNamespace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showMetadefNamespace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The namespace with its resource type associations, properties, objects and tags. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefNamespace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMetadefNamespace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefNamespaceCreateRequest"];
            };
        };
        responses: {
            /** @description The updated namespace. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefNamespace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteMetadefNamespace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted with everything it holds. */
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
        };
    };
    listMetadefResourceTypeAssociations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The associations. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefResourceTypeAssociationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createMetadefResourceTypeAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefResourceTypeAssociationCreateRequest"];
            };
        };
        responses: {
            /** @description The new association. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefResourceTypeAssociation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteMetadefResourceTypeAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                resource_type_name: components["parameters"]["ResourceTypeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
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
        };
    };
    listMetadefObjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objects. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefObjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createMetadefObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefObjectCreateRequest"];
            };
        };
        responses: {
            /** @description The new object. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteAllMetadefObjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
        };
    };
    showMetadefObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                object_name: components["parameters"]["ObjectName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMetadefObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                object_name: components["parameters"]["ObjectName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefObjectCreateRequest"];
            };
        };
        responses: {
            /** @description The updated object. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteMetadefObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                object_name: components["parameters"]["ObjectName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
        };
    };
    listMetadefProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The properties. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefPropertyMap"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createMetadefProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefPropertyCreateRequest"];
            };
        };
        responses: {
            /** @description The new property. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefProperty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteAllMetadefProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
        };
    };
    showMetadefProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                property_name: components["parameters"]["PropertyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The property. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefProperty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMetadefProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                property_name: components["parameters"]["PropertyName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefPropertyCreateRequest"];
            };
        };
        responses: {
            /** @description The updated property. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefProperty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteMetadefProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                property_name: components["parameters"]["PropertyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
        };
    };
    listMetadefTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefTagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createMetadefTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description `true` to keep the existing tags. */
                "X-Openstack-Append"?: string;
            };
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefTagsCreateRequest"];
            };
        };
        responses: {
            /** @description The tags created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefTagsCreateRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteAllMetadefTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
        };
    };
    showMetadefTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                tag_name: components["parameters"]["TagName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefTag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMetadefTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                tag_name: components["parameters"]["TagName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadefTagUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated tag. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefTag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createMetadefTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                tag_name: components["parameters"]["TagName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new tag. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadefTag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteMetadefTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The namespace name (e.g. `OS::Compute::Libvirt`). */
                namespace_name: components["parameters"]["NamespaceName"];
                tag_name: components["parameters"]["TagName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
        };
    };
}

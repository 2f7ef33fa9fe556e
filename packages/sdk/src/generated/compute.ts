/**
 * This file was generated from schemas/compute.yaml by packages/sdk/scripts/generate.mjs
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
         * List API versions
         * @description Unauthenticated. Nova answers 200 with the versions list at the service root.
         */
        get: operations["listComputeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show API version v2.0
         * @description Unauthenticated. The v2.0 (legacy) entry Nova lists first; the API itself is served only as v2.1 here, so only this document lives under `/v2/`.
         */
        get: operations["showComputeLegacyVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show API version v2.1
         * @description Unauthenticated. The same document is served at `/v2.1/` (trailing slash).
         */
        get: operations["showComputeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/flavors": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List flavors */
        get: operations["listFlavors"];
        put?: never;
        /** Create flavor */
        post: operations["createFlavor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/flavors/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List flavors with details */
        get: operations["listFlavorsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/flavors/{flavor_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        /** Show flavor */
        get: operations["showFlavor"];
        /**
         * Update flavor description
         * @description Microversion 2.55.
         */
        put: operations["updateFlavor"];
        post?: never;
        /** Delete flavor */
        delete: operations["deleteFlavor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/flavors/{flavor_id}/os-flavor-access": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        /** List flavor access */
        get: operations["listFlavorAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/flavors/{flavor_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or remove flavor access */
        post: operations["flavorAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/flavors/{flavor_id}/os-extra_specs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        /** List flavor extra specs */
        get: operations["listFlavorExtraSpecs"];
        put?: never;
        /** Create or update flavor extra specs */
        post: operations["createFlavorExtraSpecs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/flavors/{flavor_id}/os-extra_specs/{flavor_extra_spec_key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
                /** @description The extra spec key. */
                flavor_extra_spec_key: components["parameters"]["flavor_extra_spec_key"];
            };
            cookie?: never;
        };
        /** Show flavor extra spec */
        get: operations["showFlavorExtraSpec"];
        /** Update flavor extra spec */
        put: operations["updateFlavorExtraSpec"];
        post?: never;
        /** Delete flavor extra spec */
        delete: operations["deleteFlavorExtraSpec"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-keypairs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List key pairs
         * @description `limit`/`marker` and `keypairs_links` from microversion 2.35.
         */
        get: operations["listKeypairs"];
        put?: never;
        /**
         * Create or import key pair
         * @description Imports `public_key`, or generates a key pair and returns its `private_key`. Key pair quota exhaustion answers 403.
         */
        post: operations["createKeypair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-keypairs/{keypair_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The key pair name. */
                keypair_name: components["parameters"]["keypair_name"];
            };
            cookie?: never;
        };
        /** Show key pair */
        get: operations["showKeypair"];
        put?: never;
        post?: never;
        /** Delete key pair */
        delete: operations["deleteKeypair"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List servers */
        get: operations["listServers"];
        put?: never;
        /**
         * Create server
         * @description Answers 403 `forbidden` when a quota is exceeded.
         */
        post: operations["createServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List servers with details */
        get: operations["listServersDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /** Show server */
        get: operations["showServer"];
        /** Update server */
        put: operations["updateServer"];
        post?: never;
        /**
         * Delete server
         * @description Nova answers 204 (the deletion itself is asynchronous).
         */
        delete: operations["deleteServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Perform a server action */
        post: operations["serverAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/remote-consoles": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a remote console (microversion 2.6)
         * @description A URL with a short-lived token for the server's console. Only `serial` (protocol and type) is served here; the URL is a websocket (`ws://host:port/?token=...`) relaying the guest's serial port, as nova-serialproxy does. 400 for another console type, 409 when the server is not running, 404 before 2.6.
         */
        post: operations["createRemoteConsole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/metadata": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /** List server metadata */
        get: operations["listServerMetadata"];
        /** Replace server metadata */
        put: operations["replaceServerMetadata"];
        /** Create or update server metadata items */
        post: operations["createServerMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        /** Show server metadata item */
        get: operations["showServerMetadataItem"];
        /** Create or update server metadata item */
        put: operations["updateServerMetadataItem"];
        post?: never;
        /** Delete server metadata item */
        delete: operations["deleteServerMetadataItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/tags": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /**
         * List server tags
         * @description Microversion 2.26; 404 before.
         */
        get: operations["listServerTags"];
        /**
         * Replace server tags
         * @description Microversion 2.26; 404 before. Replaces every tag of the server (duplicates are dropped); 409 unless the server is active, paused, suspended, stopped or shelved.
         */
        put: operations["replaceServerTags"];
        post?: never;
        /**
         * Delete all server tags
         * @description Microversion 2.26; 404 before. 409 unless the server is active, paused, suspended, stopped or shelved.
         */
        delete: operations["deleteServerTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The tag (1 to 60 characters, no `/` or `,`; checked when adding). */
                tag: components["parameters"]["server_tag"];
            };
            cookie?: never;
        };
        /**
         * Check tag existence
         * @description Microversion 2.26; 404 before. 204 when the server has the tag, 404 when not.
         */
        get: operations["checkServerTag"];
        /**
         * Add a single tag
         * @description Microversion 2.26; 404 before. 201 when added, 204 when the server already has it; 400 for an invalid tag or a server with 50 tags already; 409 unless the server is active, paused, suspended, stopped or shelved. No request body.
         */
        put: operations["addServerTag"];
        post?: never;
        /**
         * Delete a single tag
         * @description Microversion 2.26; 404 before. 404 when the server does not have the tag; 409 unless the server is active, paused, suspended, stopped or shelved.
         */
        delete: operations["deleteServerTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/ips": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /** List server addresses */
        get: operations["listServerAddresses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-security-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /** List security groups of a server */
        get: operations["listServerSecurityGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-volume_attachments": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /** List volume attachments */
        get: operations["listServerVolumeAttachments"];
        put?: never;
        /** Attach volume to server */
        post: operations["createServerVolumeAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-volume_attachments/{volume_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The UUID of the attached volume. */
                volume_id: components["parameters"]["volume_id"];
            };
            cookie?: never;
        };
        /** Show volume attachment */
        get: operations["showServerVolumeAttachment"];
        /**
         * Update (swap) volume attachment
         * @description Swap the volume (admin) or, from 2.85, change `delete_on_termination`.
         */
        put: operations["updateServerVolumeAttachment"];
        post?: never;
        /** Detach volume from server */
        delete: operations["deleteServerVolumeAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-interface": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /**
         * List port interfaces
         * @description The server's ports (`tag` from microversion 2.70).
         */
        get: operations["listServerInterfaces"];
        put?: never;
        /**
         * Create interface
         * @description Attaches a port to the server: an existing `port_id`, or a new port on `net_id` (with the requested `fixed_ips` address), or, with neither, a new port on the one network available to the project. Answers once the host plugged it (`port_state` ACTIVE); a failed plug is rolled back (500). `tag` from microversion 2.49.
         */
        post: operations["createServerInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-interface/{port_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The UUID of the port. */
                port_id: components["parameters"]["port_id"];
            };
            cookie?: never;
        };
        /** Show port interface details */
        get: operations["showServerInterface"];
        put?: never;
        post?: never;
        /**
         * Detach interface
         * @description Unplugs the port from the server (asynchronously: the interface leaves the list once the host unplugged it). A port the server created is deleted; a port the user attached is unbound and kept.
         */
        delete: operations["deleteServerInterface"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-server-password": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /**
         * Show server password
         * @description The password the server posted to the metadata service (`/openstack/<version>/password`), as it posted it: the guest encrypts it with its key pair's public key. An empty string when the server posted none, or after it was cleared.
         */
        get: operations["showServerPassword"];
        put?: never;
        post?: never;
        /**
         * Clear admin password
         * @description Removes the password from the metadata service (the guest may post a new one). The server's own password does not change.
         */
        delete: operations["clearServerPassword"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-instance-actions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /**
         * List actions for server
         * @description Paging and `links` from microversion 2.58.
         */
        get: operations["listInstanceActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-migrations": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List migrations (admin)
         * @description Migration records, newest first: resizes (on the same host here). `migration_type` from 2.23, `uuid` from 2.59.
         */
        get: operations["listMigrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/migrations": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /**
         * List in-progress live migrations of a server (admin, 2.23+)
         * @description The server's live migrations still in progress (queued, preparing, running, post-migrating, cancelling) with their memory and disk figures; `uuid` from 2.59, `user_id`/`project_id` from 2.80.
         */
        get: operations["listServerMigrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/migrations/{migration_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The migration's integer id (or, from 2.59, its UUID). */
                migration_id: components["parameters"]["migration_id"];
            };
            cookie?: never;
        };
        /** Show an in-progress live migration (admin, 2.23+) */
        get: operations["showServerMigration"];
        put?: never;
        post?: never;
        /**
         * Abort a live migration (admin, 2.24+)
         * @description Cancels a running live migration (from 2.65 also a queued or preparing one): the server stays on its host, running; the migration ends `cancelled`. 400 when the migration is not a live migration in such a state, 409 when the server is not migrating.
         */
        delete: operations["abortServerMigration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/migrations/{migration_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The migration's integer id (or, from 2.59, its UUID). */
                migration_id: components["parameters"]["migration_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Force a running live migration to complete (admin, 2.22+)
         * @description `{"force_complete": null}`: the guest's vCPUs stop so the copy converges (libvirt's pause); it runs again on the destination.
         */
        post: operations["forceCompleteServerMigration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/os-instance-actions/{request_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The request ID of the instance action. */
                request_id: components["parameters"]["request_id"];
            };
            cookie?: never;
        };
        /** Show server action details */
        get: operations["showInstanceAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-server-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List server groups */
        get: operations["listServerGroups"];
        put?: never;
        /**
         * Create server group
         * @description `policies` (a one-item list) before microversion 2.64, `policy` and `rules` from 2.64.
         */
        post: operations["createServerGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-server-groups/{server_group_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server group UUID. */
                server_group_id: components["parameters"]["server_group_id"];
            };
            cookie?: never;
        };
        /** Show server group */
        get: operations["showServerGroup"];
        put?: never;
        post?: never;
        /** Delete server group */
        delete: operations["deleteServerGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-aggregates": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List aggregates (admin) */
        get: operations["listAggregates"];
        put?: never;
        /**
         * Create aggregate (admin)
         * @description An `availability_zone` makes the aggregate an availability zone (its metadata key). The answer has no hosts and no metadata, as Nova's.
         */
        post: operations["createAggregate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-aggregates/{aggregate_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: components["parameters"]["aggregate_id"];
            };
            cookie?: never;
        };
        /** Show aggregate details (admin) */
        get: operations["showAggregate"];
        /** Update aggregate (admin) */
        put: operations["updateAggregate"];
        post?: never;
        /**
         * Delete aggregate (admin)
         * @description 200 with an empty body, as Nova's; an aggregate with hosts is refused (400).
         */
        delete: operations["deleteAggregate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-aggregates/{aggregate_id}/action": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: components["parameters"]["aggregate_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or remove a host, or set metadata (admin)
         * @description One of `add_host`, `remove_host`, `set_metadata` (a null value removes a key).
         */
        post: operations["aggregateAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hypervisors/{hypervisor_hostname_pattern}/search": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description A part of the hypervisor hostnames to match. */
                hypervisor_hostname_pattern: components["parameters"]["hypervisor_hostname_pattern_path"];
            };
            cookie?: never;
        };
        /**
         * Search hypervisors by hostname (admin; removed in microversion 2.53)
         * @description Hypervisors whose hostname contains the pattern; 404 when none does, and from 2.53 (use `hypervisor_hostname_pattern`).
         */
        get: operations["searchHypervisors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hypervisors/{hypervisor_hostname_pattern}/servers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description A part of the hypervisor hostnames to match. */
                hypervisor_hostname_pattern: components["parameters"]["hypervisor_hostname_pattern_path"];
            };
            cookie?: never;
        };
        /**
         * List the servers of hypervisors (admin; removed in microversion 2.53)
         * @description Hypervisors whose hostname contains the pattern, with `servers` when they run any; 404 when none matches, and from 2.53 (use `with_servers`).
         */
        get: operations["listHypervisorServers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hypervisors/statistics": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** Show hypervisor statistics (admin; removed in microversion 2.88) */
        get: operations["showHypervisorStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/limits": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** Show rate and absolute limits */
        get: operations["showComputeLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-simple-tenant-usage": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List usage statistics for all tenants (admin)
         * @description vCPU, RAM and disk hours of every project's servers that existed in the period, from the instance history (launched_at, terminated_at, flavor); `detailed=1` adds each server's usage. `limit`/`marker` (an instance id) page over servers from 2.40, with `tenant_usages_links`.
         */
        get: operations["listTenantUsages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-simple-tenant-usage/{tenant_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        /**
         * Show usage statistics for a tenant
         * @description One project's usage with each server's (`{}` when it had none in the period); its members or an admin. `limit`/`marker` page over servers from 2.40, with `tenant_usage_links`.
         */
        get: operations["showTenantUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-security-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List security groups (Neutron proxy, before 2.36) */
        get: operations["listComputeSecurityGroups"];
        put?: never;
        /** Create a security group (Neutron proxy, before 2.36) */
        post: operations["createComputeSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-security-groups/{security_group_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The security group's UUID. */
                security_group_id: components["parameters"]["compute_security_group_id"];
            };
            cookie?: never;
        };
        /** Show a security group (Neutron proxy, before 2.36) */
        get: operations["showComputeSecurityGroup"];
        /** Update a security group (Neutron proxy, before 2.36) */
        put: operations["updateComputeSecurityGroup"];
        post?: never;
        /** Delete a security group (Neutron proxy, before 2.36) */
        delete: operations["deleteComputeSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-security-group-rules": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an ingress rule (Neutron proxy, before 2.36) */
        post: operations["createComputeSecurityGroupRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-security-group-rules/{security_group_rule_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The rule's UUID. */
                security_group_rule_id: components["parameters"]["compute_security_group_rule_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a rule (Neutron proxy, before 2.36) */
        delete: operations["deleteComputeSecurityGroupRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-floating-ips": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List the project's floating IPs (Neutron proxy, before 2.36) */
        get: operations["listComputeFloatingIps"];
        put?: never;
        /** Allocate a floating IP from a pool (Neutron proxy, before 2.36) */
        post: operations["createComputeFloatingIp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-floating-ips/{floating_ip_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The floating IP's UUID. */
                floating_ip_id: components["parameters"]["compute_floating_ip_id"];
            };
            cookie?: never;
        };
        /** Show a floating IP (Neutron proxy, before 2.36) */
        get: operations["showComputeFloatingIp"];
        put?: never;
        post?: never;
        /** Release a floating IP (Neutron proxy, before 2.36) */
        delete: operations["deleteComputeFloatingIp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-floating-ip-pools": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List floating IP pools (Neutron proxy, before 2.36) */
        get: operations["listComputeFloatingIpPools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hosts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List hosts (admin, before 2.43) */
        get: operations["listComputeHosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hosts/{host_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        /** Show host resources (admin, before 2.43) */
        get: operations["showComputeHost"];
        /** Enable or disable a host (admin, before 2.43) */
        put: operations["updateComputeHost"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hosts/{host_name}/reboot": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        /** Reboot a host (admin, before 2.43) */
        get: operations["rebootComputeHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hosts/{host_name}/shutdown": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        /** Shutdown a host (admin, before 2.43) */
        get: operations["shutdownComputeHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hosts/{host_name}/startup": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        /** Startup a host (admin, before 2.43) */
        get: operations["startupComputeHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-quota-class-sets/{quota_class_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The quota class (Nova uses `default`). */
                quota_class_name: components["parameters"]["compute_quota_class_name"];
            };
            cookie?: never;
        };
        /** Show the quota of a quota class (admin) */
        get: operations["showComputeQuotaClassSet"];
        /** Update the quota of a quota class (admin) */
        put: operations["updateComputeQuotaClassSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-quota-sets/{tenant_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        /** Show a quota */
        get: operations["showComputeQuotaSet"];
        /** Update quotas */
        put: operations["updateComputeQuotaSet"];
        post?: never;
        /** Revert quotas to defaults */
        delete: operations["deleteComputeQuotaSet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-quota-sets/{tenant_id}/defaults": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        /** List default quotas */
        get: operations["showComputeDefaultQuotaSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-quota-sets/{tenant_id}/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        /** Show the detail of quota */
        get: operations["showComputeQuotaSetDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-availability-zone": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** Get availability zone information */
        get: operations["listComputeAvailabilityZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-availability-zone/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** Get detailed availability zone information */
        get: operations["listComputeAvailabilityZonesDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hypervisors": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List hypervisors */
        get: operations["listHypervisors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hypervisors/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List hypervisors details */
        get: operations["listHypervisorsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-hypervisors/{hypervisor_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The hypervisor ID (a UUID from microversion 2.53). */
                hypervisor_id: components["parameters"]["hypervisor_id"];
            };
            cookie?: never;
        };
        /** Show hypervisor details */
        get: operations["showHypervisor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-services": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List compute services */
        get: operations["listComputeServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-services/{service_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The service ID (a UUID from microversion 2.53). */
                service_id: components["parameters"]["service_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update compute service
         * @description Microversion 2.53 form: status, disabled_reason, forced_down.
         */
        put: operations["updateComputeService"];
        post?: never;
        /** Delete compute service */
        delete: operations["deleteComputeService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/extensions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List extensions */
        get: operations["listComputeExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/images": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List images
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service. Ids, names and links of the images the caller sees, newest first.
         */
        get: operations["listComputeImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/images/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List images with details
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service, in Nova's image view.
         */
        get: operations["listComputeImagesDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/images/{image_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
            };
            cookie?: never;
        };
        /**
         * Show an image
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service.
         */
        get: operations["showComputeImage"];
        put?: never;
        post?: never;
        /**
         * Delete an image
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service: the image and its data are deleted (403 when not the owner or protected).
         */
        delete: operations["deleteComputeImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/images/{image_id}/metadata": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
            };
            cookie?: never;
        };
        /**
         * List image metadata
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service: the image's properties.
         */
        get: operations["listComputeImageMetadata"];
        /**
         * Replace image metadata
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service: the properties replaced (403 over 128).
         */
        put: operations["replaceComputeImageMetadata"];
        /**
         * Update image metadata
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service: the properties merged in (403 over 128).
         */
        post: operations["updateComputeImageMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/images/{image_id}/metadata/{key}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        /**
         * Show an image metadata item
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service.
         */
        get: operations["showComputeImageMetadataItem"];
        /**
         * Set an image metadata item
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service: 400 when the body's key is not the URL's.
         */
        put: operations["updateComputeImageMetadataItem"];
        post?: never;
        /**
         * Delete an image metadata item
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): a proxy to the image service.
         */
        delete: operations["deleteComputeImageMetadataItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-volumes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List volumes (Cinder proxy, before 2.36)
         * @description Microversion 2.1 to 2.35 (404 from 2.36, as Nova): the project's volumes in Nova's view, paged by offset and limit.
         */
        get: operations["listComputeVolumes"];
        put?: never;
        /** Create a volume (Cinder proxy, before 2.36) */
        post: operations["createComputeVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-volumes/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List volumes with details (Cinder proxy, before 2.36) */
        get: operations["listComputeVolumesDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-volumes/{volume_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The volume UUID. */
                volume_id: string;
            };
            cookie?: never;
        };
        /** Show a volume (Cinder proxy, before 2.36) */
        get: operations["showComputeVolume"];
        put?: never;
        post?: never;
        /** Delete a volume (Cinder proxy, before 2.36) */
        delete: operations["deleteComputeVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-snapshots": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List volume snapshots (Cinder proxy, before 2.36) */
        get: operations["listComputeSnapshots"];
        put?: never;
        /** Create a volume snapshot (Cinder proxy, before 2.36) */
        post: operations["createComputeSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-snapshots/detail": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /** List volume snapshots with details (Cinder proxy, before 2.36) */
        get: operations["listComputeSnapshotsDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The snapshot UUID. */
                snapshot_id: string;
            };
            cookie?: never;
        };
        /** Show a volume snapshot (Cinder proxy, before 2.36) */
        get: operations["showComputeSnapshot"];
        put?: never;
        post?: never;
        /** Delete a volume snapshot (Cinder proxy, before 2.36) */
        delete: operations["deleteComputeSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/diagnostics": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        /**
         * Show server diagnostics (admin)
         * @description From 2.48 Nova's standard format (state, driver, counts, cpu/nic/disk/memory details); before, the driver's free-form dict. Built from what the controller knows of the server (flavor, ports, volumes, power state): counters the host has not reported are null. 409 unless the server is running.
         */
        get: operations["showServerDiagnostics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/servers/{server_id}/ips/{network_label}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The network's label (name). */
                network_label: string;
            };
            cookie?: never;
        };
        /**
         * Show a server's addresses on one network
         * @description The server's addresses on the network of this label, keyed by the label; 404 when the server has none there (Nova's 'Instance is not a member of specified network').
         */
        get: operations["showServerAddressesByNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/extensions/{alias}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The extension's alias. */
                alias: string;
            };
            cookie?: never;
        };
        /** Show an extension */
        get: operations["showComputeExtension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-server-external-events": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run events (admin)
         * @description Events from other services about servers (Nova's os-server-external-events). Each event gets its own code: 200 accepted, 404 no such server, 422 a server not on a host yet; the answer is 200 when all were accepted, 207 when some were, 404 when none was. oscloud's network and volume services act on the host themselves, so nothing waits for these events: accepting one changes nothing.
         */
        post: operations["createServerExternalEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-instance_usage_audit_log": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the usage audits of the last completed period (admin)
         * @description Nova's instance usage audit of the last completed month: every compute host with its audit state. oscloud runs no usage audit task (Nova's instance_usage_audit = False, its default), so every host is listed as not run.
         */
        get: operations["listInstanceUsageAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-instance_usage_audit_log/{before_timestamp}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The audit period completed before this time (YYYY-MM-DD hh:mm:ss[.ffffff]). */
                before_timestamp: string;
            };
            cookie?: never;
        };
        /** Show the usage audit of the period completed before a time (admin) */
        get: operations["showInstanceUsageAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-networks": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List networks (Neutron proxy, before 2.36)
         * @description The networks the caller sees (own, shared, external; an admin all), in Nova's view since nova-network is gone: id and label (the name), every other field null (the admin fields too).
         */
        get: operations["listComputeNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-networks/{network_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The network UUID. */
                network_id: string;
            };
            cookie?: never;
        };
        /** Show a network (Neutron proxy, before 2.36) */
        get: operations["showComputeNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-tenant-networks": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List project networks (Neutron proxy, before 2.36)
         * @description The networks the caller sees, as id, label and cidr (Nova prints the missing cidr as the string None).
         */
        get: operations["listComputeTenantNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.1/os-tenant-networks/{network_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The network UUID. */
                network_id: string;
            };
            cookie?: never;
        };
        /** Show a project network (Neutron proxy, before 2.36) */
        get: operations["showComputeTenantNetwork"];
        put?: never;
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
        /** @description The value of the single key of a Nova error body. */
        FaultDetail: {
            /** @description The HTTP status code of the fault. */
            code: number;
            /** @description A human-readable description of the fault. */
            message: string;
            /** @description Extra details, rarely present. */
            details?: string;
        };
        /** @description Nova's error body: an object with exactly one key naming the fault (`badRequest`, `itemNotFound`, `conflictingRequest`, `forbidden`, `overLimit`, `computeFault`, ...) whose value is `{code, message}`. */
        Fault: {
            [key: string]: components["schemas"]["FaultDetail"];
        };
        /** @description Error body of a 400 response. */
        BadRequestFault: {
            badRequest: components["schemas"]["FaultDetail"];
        };
        /** @description Error body of a 403 response (policy denial or quota exceeded). */
        ForbiddenFault: {
            forbidden: components["schemas"]["FaultDetail"];
        };
        /** @description Error body of a 404 response. */
        ItemNotFoundFault: {
            itemNotFound: components["schemas"]["FaultDetail"];
        };
        /** @description Error body of a 409 response. */
        ConflictingRequestFault: {
            conflictingRequest: components["schemas"]["FaultDetail"];
        };
        /** @description Error body of a 413 response. */
        OverLimitFault: {
            overLimit: components["schemas"]["FaultDetail"];
        };
        /** @description Error body of a 501 response. */
        NotImplementedFault: {
            notImplemented: components["schemas"]["FaultDetail"];
        };
        /** @description Error body of a 500 response. */
        ComputeFaultBody: {
            computeFault: components["schemas"]["FaultDetail"];
        };
        /** @description A link to a resource or to the next page of a collection. */
        Link: {
            /** @description The link URL. */
            href: string;
            /** @description Relationship: `self`, `bookmark`, `next`, `describedby`, .... */
            rel: string;
            /** @description Media type of the linked document, when given. */
            type?: string;
        };
        ServerUsage: {
            /** @description terminated_at (naive UTC, Python isoformat), null while the server exists. */
            ended_at: string | null;
            /** @description The flavor's name when the server was created. */
            flavor: string;
            /** @description Hours of the server inside the period. */
            hours: number;
            instance_id: string;
            /** @description Root plus ephemeral disk. */
            local_gb: number;
            memory_mb: number;
            name: string;
            /** @description launched_at (naive UTC). */
            started_at: string;
            /** @description `terminated` once deleted, else the vm_state. */
            state: string;
            tenant_id: string;
            /** @description Seconds from launched_at to terminated_at (or now). */
            uptime: number;
            vcpus: number;
        };
        TenantUsage: {
            start: string;
            stop: string;
            tenant_id: string;
            total_hours: number;
            total_local_gb_usage: number;
            total_memory_mb_usage: number;
            total_vcpus_usage: number;
            server_usages?: components["schemas"]["ServerUsage"][];
        };
        TenantUsagesList: {
            tenant_usages: components["schemas"]["TenantUsage"][];
            tenant_usages_links?: components["schemas"]["Links"];
        };
        TenantUsageShow: {
            /** @description The project's usage, or `{}` when it had no server in the period. */
            tenant_usage: components["schemas"]["TenantUsage"] | Record<string, never>;
            tenant_usage_links?: components["schemas"]["Links"];
        };
        /** @description A list of links. */
        Links: components["schemas"]["Link"][];
        VersionSummary: {
            /**
             * @description The version identifier (`v2.0`, `v2.1`).
             * @example v2.1
             */
            id: string;
            /**
             * @description Version status.
             * @enum {string}
             */
            status: "CURRENT" | "SUPPORTED" | "DEPRECATED";
            /**
             * @description The highest microversion supported (empty for v2.0).
             * @example 2.79
             */
            version: string;
            /**
             * @description The lowest microversion supported (empty for v2.0).
             * @example 2.1
             */
            min_version: string;
            /**
             * Format: date-time
             * @description Last update of the version document.
             */
            updated: string;
            links: components["schemas"]["Links"];
        };
        MediaType: {
            base: string;
            type: string;
        };
        /** @description A version document (v2.1, or the legacy v2.0). */
        Version: components["schemas"]["VersionSummary"] & {
            /** @description Media types the version supports. */
            "media-types": components["schemas"]["MediaType"][];
        };
        VersionsList: {
            versions: components["schemas"]["VersionSummary"][];
        };
        /** @description Body of a 300 Multiple Choices answer for a URL without a version. */
        VersionChoices: {
            choices: {
                id: string;
                status: string;
                links: components["schemas"]["Links"];
                "media-types"?: components["schemas"]["MediaType"][];
            }[];
        };
        VersionShow: {
            version: components["schemas"]["Version"];
        };
        FlavorSummary: {
            /** @description The flavor ID. */
            id: string;
            /** @description The flavor name. */
            name: string;
            /** @description The flavor description (microversion 2.55). */
            description?: string | null;
            links: components["schemas"]["Links"];
        };
        Flavor: {
            /** @description The flavor ID. */
            id: string;
            /** @description The flavor name. */
            name: string;
            /** @description Memory in MiB. */
            ram: number;
            /** @description Number of virtual CPUs. */
            vcpus: number;
            /** @description Root disk size in GiB (0 means the image size). */
            disk: number;
            /** @description Ephemeral disk size in GiB. */
            "OS-FLV-EXT-DATA:ephemeral": number;
            /** @description Whether the flavor is disabled. */
            "OS-FLV-DISABLED:disabled": boolean;
            /** @description Whether the flavor is public. */
            "os-flavor-access:is_public": boolean;
            /** @description Swap size in MiB; before microversion 2.75 an empty string when there is no swap, an integer (0) from 2.75. */
            swap: number | string;
            /** @description RX/TX factor of the flavor. */
            rxtx_factor?: number;
            /** @description The flavor description (microversion 2.55). */
            description?: string | null;
            /** @description Extra specs of the flavor (microversion 2.61, subject to policy). */
            extra_specs?: {
                [key: string]: string;
            };
            links: components["schemas"]["Links"];
        };
        FlavorsList: {
            flavors: components["schemas"]["FlavorSummary"][];
            flavors_links?: components["schemas"]["Links"];
        };
        FlavorsListDetailed: {
            flavors: components["schemas"]["Flavor"][];
            flavors_links?: components["schemas"]["Links"];
        };
        FlavorShow: {
            flavor: components["schemas"]["Flavor"];
        };
        FlavorCreateRequest: {
            flavor: {
                /** @description The flavor name. */
                name: string;
                /** @description The flavor ID; generated (a UUID) when absent or null. A number is stored as its decimal string (`"42"` for 42), as Nova does. */
                id?: string | number | null;
                /** @description Memory in MiB. */
                ram: number | string;
                /** @description Number of virtual CPUs. */
                vcpus: number | string;
                /** @description Root disk size in GiB. */
                disk: number | string;
                /** @description Ephemeral disk size in GiB. */
                "OS-FLV-EXT-DATA:ephemeral"?: number | string;
                /** @description Swap in MiB (0 or "" for none). */
                swap?: number | string;
                /** @description RX/TX factor. */
                rxtx_factor?: number | string;
                /** @description A boolean, or one of the strings Nova accepts (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`). */
                "os-flavor-access:is_public"?: boolean | string;
                /** @description Description (microversion 2.55). */
                description?: string | null;
            };
        };
        /** @description Microversion 2.55. */
        FlavorUpdateRequest: {
            flavor: {
                /** @description The new description. */
                description: string | null;
            };
        };
        FlavorAccess: {
            flavor_id: string;
            /** @description A project with access to the flavor. */
            tenant_id: string;
        };
        FlavorAccessList: {
            flavor_access: components["schemas"]["FlavorAccess"][];
        };
        /** @description Give a project access to a private flavor. */
        FlavorAddTenantAccess: {
            addTenantAccess: {
                /** @description The project ID. */
                tenant: string;
            };
        };
        /** @description Remove a project's access to a private flavor. */
        FlavorRemoveTenantAccess: {
            removeTenantAccess: {
                /** @description The project ID. */
                tenant: string;
            };
        };
        FlavorActionRequest: components["schemas"]["FlavorAddTenantAccess"] | components["schemas"]["FlavorRemoveTenantAccess"];
        ExtraSpecs: {
            extra_specs: {
                [key: string]: string;
            };
        };
        ExtraSpecsCreateRequest: {
            extra_specs: {
                [key: string]: string | number | boolean;
            };
        };
        /** @description One extra spec: `{"<key>": "<value>"}`. */
        ExtraSpec: {
            [key: string]: string;
        };
        /** @description `{"<key>": <value>}` where the key equals the one in the URL. */
        ExtraSpecUpdateRequest: {
            [key: string]: string | number | boolean;
        };
        KeypairSummary: {
            name: string;
            public_key: string;
            fingerprint: string;
            /**
             * @description The key type (microversion 2.2).
             * @enum {string}
             */
            type?: "ssh" | "x509";
        };
        KeypairsList: {
            keypairs: {
                keypair: components["schemas"]["KeypairSummary"];
            }[];
            keypairs_links?: components["schemas"]["Links"];
        };
        Keypair: {
            id: number;
            name: string;
            public_key: string;
            fingerprint: string;
            /**
             * @description The key type (microversion 2.2).
             * @enum {string}
             */
            type?: "ssh" | "x509";
            user_id: string;
            /** Format: date-time */
            created_at: string;
            updated_at?: string | null;
            deleted: boolean;
            deleted_at?: string | null;
        };
        KeypairShow: {
            keypair: components["schemas"]["Keypair"];
        };
        KeypairCreated: {
            keypair: {
                name: string;
                public_key: string;
                fingerprint: string;
                /**
                 * @description The key type (microversion 2.2).
                 * @enum {string}
                 */
                type?: "ssh" | "x509";
                user_id: string;
                /** @description Only when Nova generated the key pair (no `public_key` given; generation removed in microversion 2.92). */
                private_key?: string;
            };
        };
        KeypairCreateRequest: {
            keypair: {
                /** @description The key pair name. */
                name: string;
                /** @description The public key to import; when absent a key pair is generated and its private key returned. */
                public_key?: string;
                /**
                 * @description Key type (microversion 2.2), default `ssh`.
                 * @enum {string}
                 */
                type?: "ssh" | "x509";
                /** @description Owner of the key pair (admin, microversion 2.10). */
                user_id?: string;
            };
        };
        ServerSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            links: components["schemas"]["Links"];
        };
        ServersList: {
            servers: components["schemas"]["ServerSummary"][];
            servers_links?: components["schemas"]["Links"];
        };
        ServersListDetailed: {
            servers: components["schemas"]["Server"][];
            servers_links?: components["schemas"]["Links"];
        };
        /** @description The image the server booted from. */
        ImageRef: {
            id: string;
            links: components["schemas"]["Links"];
        };
        /** @description The image, or an empty string for a server booted from a volume. */
        ServerImage: components["schemas"]["ImageRef"] | string;
        /** @description The flavor as a link (before microversion 2.47). */
        FlavorRef: {
            id: string;
            links: components["schemas"]["Links"];
        };
        /** @description A copy of the flavor the server was built with (microversion 2.47). */
        EmbeddedFlavor: {
            original_name: string;
            vcpus: number;
            ram: number;
            disk: number;
            ephemeral: number;
            swap: number;
            /** @description Subject to policy. */
            extra_specs?: {
                [key: string]: string;
            };
        };
        ServerFlavor: components["schemas"]["FlavorRef"] | components["schemas"]["EmbeddedFlavor"];
        Address: {
            /** @description The IP address. */
            addr: string;
            /** @enum {integer} */
            version: 4 | 6;
            /** @enum {string} */
            "OS-EXT-IPS:type"?: "fixed" | "floating";
            "OS-EXT-IPS-MAC:mac_addr"?: string;
        };
        /** @description Addresses by network label. */
        Addresses: {
            [key: string]: components["schemas"]["Address"][];
        };
        ServerFault: {
            code: number;
            message: string;
            /** Format: date-time */
            created: string;
            /** @description Traceback; admins only. */
            details?: string;
        };
        /** @description A server as shown by GET /servers/{server_id} and /servers/detail. Fields marked with a microversion appear from that microversion on; admin-only fields depend on policy. */
        Server: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The derived server status.
             * @enum {string}
             */
            status: "ACTIVE" | "BUILD" | "DELETED" | "ERROR" | "HARD_REBOOT" | "MIGRATING" | "PASSWORD" | "PAUSED" | "REBOOT" | "REBUILD" | "RESCUE" | "RESIZE" | "REVERT_RESIZE" | "SHELVED" | "SHELVED_OFFLOADED" | "SHUTOFF" | "SOFT_DELETED" | "SUSPENDED" | "UNKNOWN" | "VERIFY_RESIZE";
            tenant_id: string;
            user_id: string;
            metadata: {
                [key: string]: string;
            };
            /** @description Hashed host id (empty when not scheduled). */
            hostId: string;
            image: components["schemas"]["ServerImage"];
            flavor: components["schemas"]["ServerFlavor"];
            /** Format: date-time */
            created: string;
            /** Format: date-time */
            updated: string;
            addresses: components["schemas"]["Addresses"];
            accessIPv4?: string;
            accessIPv6?: string;
            links: components["schemas"]["Links"];
            progress?: number;
            /** @enum {string} */
            "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
            "OS-EXT-AZ:availability_zone"?: string;
            /** @description `True` or empty. */
            config_drive?: string;
            key_name?: string | null;
            /** Format: date-time */
            "OS-SRV-USG:launched_at"?: string | null;
            /** Format: date-time */
            "OS-SRV-USG:terminated_at"?: string | null;
            "OS-EXT-STS:vm_state"?: string;
            "OS-EXT-STS:task_state"?: string | null;
            /** @description 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7 SUSPENDED. */
            "OS-EXT-STS:power_state"?: number;
            /** @description Admin only. */
            "OS-EXT-SRV-ATTR:host"?: string | null;
            /** @description Admin only. */
            "OS-EXT-SRV-ATTR:hypervisor_hostname"?: string | null;
            /** @description Admin only. */
            "OS-EXT-SRV-ATTR:instance_name"?: string | null;
            /** @description Admin only (2.3). */
            "OS-EXT-SRV-ATTR:reservation_id"?: string | null;
            /** @description Admin only (2.3). */
            "OS-EXT-SRV-ATTR:launch_index"?: number | null;
            /** @description Admin only (2.3). */
            "OS-EXT-SRV-ATTR:hostname"?: string | null;
            /** @description Admin only (2.3). */
            "OS-EXT-SRV-ATTR:kernel_id"?: string | null;
            /** @description Admin only (2.3). */
            "OS-EXT-SRV-ATTR:ramdisk_id"?: string | null;
            /** @description Admin only (2.3). */
            "OS-EXT-SRV-ATTR:root_device_name"?: string | null;
            /** @description Admin only (2.3), base64. */
            "OS-EXT-SRV-ATTR:user_data"?: string | null;
            "os-extended-volumes:volumes_attached"?: {
                id: string;
                /** @description Microversion 2.3. */
                delete_on_termination?: boolean;
            }[];
            security_groups?: {
                name: string;
            }[];
            fault?: components["schemas"]["ServerFault"];
            /** @description Microversion 2.9. */
            locked?: boolean;
            /** @description Microversion 2.73. */
            locked_reason?: string | null;
            /** @description Microversion 2.19. */
            description?: string | null;
            /** @description The server's tags, sorted (microversion 2.26). */
            tags?: string[];
            /**
             * @description Microversion 2.16, subject to policy.
             * @enum {string}
             */
            host_status?: "UP" | "DOWN" | "MAINTENANCE" | "UNKNOWN" | "";
            /** @description Microversion 2.63. */
            trusted_image_certificates?: string[] | null;
            /** @description Server group IDs (microversion 2.71). */
            server_groups?: string[];
        };
        ServerShow: {
            server: components["schemas"]["Server"];
        };
        /** @description Key/value metadata; keys and values up to 255 characters. */
        Metadata: {
            [key: string]: string;
        };
        ServerCreateRequest: {
            server: {
                /** @description The server name. */
                name: string;
                /** @description The image ID (empty or absent when booting from a volume). */
                imageRef?: string;
                /** @description The flavor ID or its URL. */
                flavorRef: string | number;
                /** @description `auto`, `none` (microversion 2.37), or a list of networks/ports. Required from microversion 2.37. */
                networks?: ("auto" | "none") | {
                    /**
                     * Format: uuid
                     * @description Network ID.
                     */
                    uuid?: string;
                    /**
                     * Format: uuid
                     * @description Port ID.
                     */
                    port?: string | null;
                    /** @description A fixed IPv4 or IPv6 address. */
                    fixed_ip?: string;
                    /** @description Device tag (2.32). */
                    tag?: string;
                }[];
                /** @description A key pair name. */
                key_name?: string;
                /** @description Security groups by name or ID. */
                security_groups?: {
                    name: string;
                }[];
                /**
                 * Format: byte
                 * @description Base64-encoded user data.
                 */
                user_data?: string;
                metadata?: components["schemas"]["Metadata"];
                personality?: components["schemas"]["Personality"];
                /** @description `zone`, `zone:host`, `zone:host:node` or `zone::node`. */
                availability_zone?: string;
                /** @description Minimum number of servers to create. At most 1000 (Nova has no bound of its own; a bounded count keeps one request's work bounded, whatever the quota). */
                min_count?: number | string;
                /** @description Maximum number of servers to create. At most 1000, as min_count. */
                max_count?: number | string;
                /** @description A boolean, or one of the strings Nova accepts (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`). */
                return_reservation_id?: boolean | string;
                /** @description Block device mappings. */
                block_device_mapping_v2?: {
                    boot_index?: number | string | null;
                    /** @description ID of the source (image, volume, snapshot). */
                    uuid?: string;
                    /** @enum {string} */
                    source_type?: "volume" | "image" | "snapshot" | "blank";
                    /** @enum {string} */
                    destination_type?: "local" | "volume";
                    /** @description A boolean, or one of the strings Nova accepts (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`). */
                    delete_on_termination?: boolean | string;
                    /** @description Size in GiB. */
                    volume_size?: number | string | null;
                    device_name?: string;
                    device_type?: string;
                    disk_bus?: string;
                    guest_format?: string;
                    /** @description Suppress a device of the image mapping. */
                    no_device?: unknown;
                    /** @description Device tag (2.32). */
                    tag?: string;
                    /** @description Volume type (2.67). */
                    volume_type?: string | null;
                }[];
                /** @description A boolean, or one of the strings Nova accepts (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`). */
                config_drive?: boolean | string;
                /** @description Server description (2.19). */
                description?: string | null;
                /** @description The administrative password. */
                adminPass?: string;
                /** Format: ipv4 */
                accessIPv4?: string;
                /** Format: ipv6 */
                accessIPv6?: string;
                /** @enum {string} */
                "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                tags?: components["schemas"]["ServerTagList"];
                /** @description Microversion 2.63. */
                trusted_image_certificates?: string[];
                /** @description Requested host (admin, 2.74). */
                host?: string;
                /** @description Requested node (admin, 2.74). */
                hypervisor_hostname?: string;
            };
            "os:scheduler_hints"?: components["schemas"]["SchedulerHints"];
            "OS-SCH-HNT:scheduler_hints"?: components["schemas"]["SchedulerHints"];
        };
        /** @description Scheduler hints; Nova passes unknown hints to the scheduler filters. */
        SchedulerHints: {
            /**
             * Format: uuid
             * @description A server group ID: place the server according to its policy.
             */
            group?: string;
            /** @description Server IDs whose hosts must not be used. */
            different_host?: string | string[];
            /** @description Server IDs whose hosts must be used. */
            same_host?: string | string[];
            /** @description A JSON query for the JsonFilter. */
            query?: string | Record<string, never>;
            target_cell?: string;
            build_near_host_ip?: string;
            cidr?: string;
        } & {
            [key: string]: unknown;
        };
        ServerCreated: {
            server: {
                /** Format: uuid */
                id: string;
                links: components["schemas"]["Links"];
                /** @enum {string} */
                "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
                security_groups?: {
                    name: string;
                }[];
                /** @description The generated or given admin password (unless disabled). */
                adminPass?: string;
            };
        };
        /** @description Answer when `return_reservation_id` was true. */
        ServerReservation: {
            reservation_id: string;
        };
        ServerCreateResponse: components["schemas"]["ServerCreated"] | components["schemas"]["ServerReservation"];
        ServerUpdateRequest: {
            server: {
                name?: string;
                /** @description Microversion 2.19. */
                description?: string | null;
                /** Format: ipv4 */
                accessIPv4?: string;
                /** Format: ipv6 */
                accessIPv6?: string;
                /** @enum {string} */
                "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
            };
        };
        /** @description Start a stopped server (202). */
        ServerActionStart: {
            /** @description `null` (or an empty object). */
            "os-start": null | Record<string, never>;
        };
        /** @description Stop a running server (202). */
        ServerActionStop: {
            /** @description `null` (or an empty object). */
            "os-stop": null | Record<string, never>;
        };
        /** @description Reboot a server (202). */
        ServerActionReboot: {
            reboot: {
                /** @enum {string} */
                type: "SOFT" | "Soft" | "soft" | "HARD" | "Hard" | "hard";
            };
        };
        /** @description Show the console log (200). */
        ServerActionGetConsoleOutput: {
            "os-getConsoleOutput": {
                /** @description Number of tail lines; null or -1 for all. */
                length?: number | string | null;
            };
        };
        /** @description Add a security group (202). */
        ServerActionAddSecurityGroup: {
            addSecurityGroup: {
                /** @description Security group name or ID. */
                name: string;
            };
        };
        /** @description Remove a security group (202). */
        ServerActionRemoveSecurityGroup: {
            removeSecurityGroup: {
                /** @description Security group name or ID. */
                name: string;
            };
        };
        /** @description Reset the vm_state (admin, 202). */
        ServerActionResetState: {
            "os-resetState": {
                /** @enum {string} */
                state: "active" | "error";
            };
        };
        /** @description Lock a server (202): only an admin can act on it, and only an admin can unlock a server an admin locked. `locked_reason` from microversion 2.73. */
        ServerActionLock: {
            lock: null | {
                locked_reason?: string;
            };
        };
        /** @description Unlock a server (202). */
        ServerActionUnlock: {
            /** @description `null` (or an empty object). */
            unlock: null | Record<string, never>;
        };
        /** @description Pause a running server (202); its vCPUs stop, its memory stays in the host's RAM. */
        ServerActionPause: {
            /** @description `null` (or an empty object). */
            pause: null | Record<string, never>;
        };
        /** @description Unpause a paused server (202). */
        ServerActionUnpause: {
            /** @description `null` (or an empty object). */
            unpause: null | Record<string, never>;
        };
        /** @description The serial console's URL (200, `LegacyConsole`); microversions 2.1 to 2.5, then `remote-consoles`. */
        ServerActionGetSerialConsole: {
            "os-getSerialConsole": {
                /** @description `serial` (another value: 400, unavailable console type). */
                type: string;
            };
        };
        /** @description The noVNC console's URL (200, `LegacyConsole`); microversions 2.1 to 2.5, then `remote-consoles`. */
        ServerActionGetVNCConsole: {
            "os-getVNCConsole": {
                /**
                 * @description `novnc` (`xvpvnc`: 400, unavailable console type, as Nova since Victoria).
                 * @enum {string}
                 */
                type: "novnc" | "xvpvnc";
            };
        };
        LegacyConsole: {
            console: {
                type: string;
                url: string;
            };
        };
        RemoteConsoleCreateRequest: {
            remote_console: {
                /**
                 * @description `mks` from 2.8; `serial` and `vnc` are served here (others: 400).
                 * @enum {string}
                 */
                protocol: "vnc" | "spice" | "rdp" | "serial" | "mks";
                /**
                 * @description `webmks` from 2.8; `serial` (protocol `serial`) and `novnc` (protocol `vnc`) are served here (others: 400).
                 * @enum {string}
                 */
                type: "novnc" | "xvpvnc" | "rdp-html5" | "spice-html5" | "serial" | "webmks";
            };
        };
        RemoteConsoleBody: {
            remote_console: {
                protocol: string;
                type: string;
                /** @description serial: `ws://host:port/?token=...`, a websocket relaying the serial port (the token expires); novnc: `http://host:port/novnc/vnc_lite.html?path=%3Ftoken%3D...`, the noVNC page whose websocket (`/?token=...`, single use) relays the VNC server. See docs/consoles.md. */
                url: string;
            };
        };
        /** @description Change the administrator password of the guest (202). It takes a guest agent in the guest (Nova's libvirt driver, image property `hw_qemu_guest_agent`); this cloud runs none, so an ACTIVE server answers 409 `QEMU guest agent is not enabled`, as Nova's libvirt driver does for an image without the agent. */
        ServerActionChangePassword: {
            changePassword: {
                /** @description The new password. */
                adminPass: string;
            };
        };
        /** @description Snapshot the server's root disk into a new image of the image service (202). From 2.45 the answer's body names the image (`image_id`); before, its `Location` header does. The image is queued, then saving while the host copies the disk, then active. */
        ServerActionCreateImage: {
            createImage: {
                /** @description The image's name. */
                name: string;
                /** @description Properties of the new image, besides those the snapshot sets. */
                metadata?: {
                    [key: string]: string;
                };
            };
        };
        /** @description Files injected into the server (before 2.57): written into its config drive as Nova does (openstack/content/NNNN, listed in meta_data.json `files`); the injected_files quotas apply (403). */
        Personality: {
            /** @description Longer than the injected_file_path_bytes quota is 403. */
            path: string;
            /** @description The file's content, base64-encoded. */
            contents: string;
        }[];
        /** @description Rebuild a server on an image (202 with the server): its root disk is recreated from the image on the same host, with the same ports and addresses and its volumes kept. `description` from 2.19, `key_name` from 2.54, `user_data` from 2.57. */
        ServerActionRebuild: {
            rebuild: {
                /** @description The image ID or its URL. */
                imageRef: string;
                name?: string;
                /** @description The administrative password. */
                adminPass?: string;
                metadata?: components["schemas"]["Metadata"];
                /** @description Keep the ephemeral disk (there is none here: accepted, nothing to keep). */
                preserve_ephemeral?: boolean;
                description?: string | null;
                /** @description The key pair to inject, null to remove it (2.54). */
                key_name?: string | null;
                /** @description Base64 user data, null to remove it (2.57). */
                user_data?: string | null;
                personality?: components["schemas"]["Personality"];
                /** Format: ipv4 */
                accessIPv4?: string;
                /** Format: ipv6 */
                accessIPv6?: string;
                /** @enum {string} */
                "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
            };
        };
        /** @description Back the server up into a new image (202): a snapshot of its root disk whose properties say `image_type` backup and `backup_type`; once the image is active the server's backups of that type beyond the newest `rotation` are deleted (0 deletes them all, the new one too). From 2.45 the answer's body names the image (`image_id`); before, its `Location` header does (none for rotation 0). A server booted from a volume cannot be backed up (400). */
        ServerActionCreateBackup: {
            createBackup: {
                /** @description The backup image's name. */
                name: string;
                /** @description The backup's type (`daily`, `weekly`...), the `backup_type` property of the image; rotation counts backups of this type. */
                backup_type: string;
                /** @description How many backups of this type to keep, the new one included. */
                rotation: number | string;
                /** @description Properties of the new image, besides those the backup sets. */
                metadata?: {
                    [key: string]: string;
                };
            };
        };
        /** @description The answer of `createImage` and `createBackup` from microversion 2.45. */
        CreateImageResult: {
            /**
             * Format: uuid
             * @description The snapshot image's id.
             */
            image_id: string;
        };
        /** @description Suspend an active server (202): its memory and device state are saved to the host's disk and its process ends (status SUSPENDED, power_state 4 as Nova's libvirt driver reports). */
        ServerActionSuspend: {
            /** @description `null` (or an empty object). */
            suspend: null | Record<string, never>;
        };
        /** @description Restore a soft-deleted server (202). This cloud deletes servers at once (Nova's `reclaim_instance_interval` 0), so no server is ever SOFT_DELETED: every restore answers Nova's 409 for a server in another state (after the lock check). */
        ServerActionRestore: {
            /** @description `null` (or an empty object). */
            restore: null | Record<string, never>;
        };
        /** @description Resume a suspended server (202): restored from its saved state, not rebooted. */
        ServerActionResume: {
            /** @description `null` (or an empty object). */
            resume: null | Record<string, never>;
        };
        /** @description Trigger a crash dump in a running server (202, from microversion 2.17): an NMI is injected; 409 when the server is not running. */
        ServerActionTriggerCrashDump: {
            /** @description `null` (or an empty object). */
            trigger_crash_dump: null | Record<string, never>;
        };
        /** @description Rescue a server (200 with `adminPass`): it boots from a rescue image (its own image unless `rescue_image_ref`) with its own root disk attached as the second disk (status RESCUE). Servers booted from a volume cannot be rescued here (400). */
        ServerActionRescue: {
            rescue: null | {
                /** @description The password of the rescue boot; generated when absent. */
                adminPass?: string;
                /**
                 * Format: uuid
                 * @description The image to boot the rescue disk from (default the server's own image).
                 */
                rescue_image_ref?: string;
            };
        };
        /** @description Unrescue a rescued server (202); it boots from its own disk again. */
        ServerActionUnrescue: {
            /** @description `null` (or an empty object). */
            unrescue: null | Record<string, never>;
        };
        /** @description Shelve a server (202): powered off, its root disk saved as the image `<name>-shelved` (none for a server booted from a volume), status SHELVED, then SHELVED_OFFLOADED once its host let go of it (after the cloud's shelved_offload_time; 0: at once). 409 unless ACTIVE, SHUTOFF, PAUSED or SUSPENDED, or when locked. */
        ServerActionShelve: {
            /** @description `null` (or an empty object). */
            shelve: null | Record<string, never>;
        };
        /** @description Offload a shelved server now (202): its guest and local disk leave the host, which no longer counts its resources; its ports stay, bound to no host. 409 unless SHELVED. */
        ServerActionShelveOffload: {
            /** @description `null` (or an empty object). */
            shelveOffload: null | Record<string, never>;
        };
        /** @description Unshelve a shelved server (202): a SHELVED one starts on its host, a SHELVED_OFFLOADED one is scheduled again (into `availability_zone` from 2.77, which only a SHELVED_OFFLOADED server takes; 409 otherwise) and boots from its shelved image with the same ports, addresses and volumes; the shelved image is deleted. 409 unless shelved, or when locked. */
        ServerActionUnshelve: {
            unshelve: null | {
                /** @description Microversion 2.77; 400 before. The zone to schedule into (null for any). */
                availability_zone?: string | null;
            };
        };
        /** @description One migration record (os-migrations). */
        Migration: {
            id: number;
            status: string;
            instance_uuid: string;
            source_node: string | null;
            source_compute: string | null;
            dest_node: string | null;
            dest_compute: string | null;
            dest_host: string | null;
            /** @description The old flavor's id when it is an integer (Nova's internal flavor id), else null. */
            old_instance_type_id: number | null;
            new_instance_type_id: number | null;
            created_at: string;
            updated_at: string | null;
            /** @description From 2.23 (`resize`). */
            migration_type?: string;
            /**
             * Format: uuid
             * @description From 2.59.
             */
            uuid?: string;
        };
        MigrationList: {
            migrations: components["schemas"]["Migration"][];
        };
        /** @description Resize a server to another flavor (202), on its own host when it fits there (with `services.compute.allow_resize_to_same_host`, the default), else on another: status RESIZE, then VERIFY_RESIZE until confirmResize or revertResize (or the auto-confirm window). */
        ServerActionResize: {
            resize: {
                /** @description The new flavor's id (or its URL). */
                flavorRef: string | number;
                /** @enum {string} */
                "OS-DCF:diskConfig"?: "AUTO" | "MANUAL";
            };
        };
        /** @description Confirm a resize (204): the server keeps the new flavor, the host drops the old disk. */
        ServerActionConfirmResize: {
            /** @description `null` (or an empty object). */
            confirmResize: null | Record<string, never>;
        };
        /** @description An in-progress live migration of a server (GET /servers/{id}/migrations). */
        ServerMigration: {
            id: number;
            status: string;
            server_uuid: string;
            source_node: string | null;
            source_compute: string | null;
            dest_node: string | null;
            dest_compute: string | null;
            dest_host: string | null;
            created_at: string;
            updated_at: string | null;
            memory_total_bytes: number | null;
            memory_processed_bytes: number | null;
            memory_remaining_bytes: number | null;
            disk_total_bytes: number | null;
            disk_processed_bytes: number | null;
            disk_remaining_bytes: number | null;
            /**
             * Format: uuid
             * @description From 2.59.
             */
            uuid?: string;
            /** @description From 2.80. */
            user_id?: string;
            /** @description From 2.80. */
            project_id?: string;
        };
        ServerMigrationList: {
            migrations: components["schemas"]["ServerMigration"][];
        };
        ServerMigrationShow: {
            migration: components["schemas"]["ServerMigration"];
        };
        /** @description Live-migrate a running or paused server to another host (202, admin): the guest keeps running while its disk and memory are copied (there is no shared storage: every live migration copies the disks, whatever `block_migration` says). `host` (null: the scheduler picks one) and `block_migration` (a boolean, or from 2.25 `auto`) are required; `disk_over_commit` exists (and is required) before 2.25 only, `force` from 2.30 to 2.67. Servers with volumes attached are refused (400). */
        ServerActionMigrateLive: {
            "os-migrateLive": {
                host?: string | null;
                block_migration?: boolean | string;
                disk_over_commit?: boolean | string;
                force?: boolean | string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description Cold-migrate a server to another host (202, admin): the scheduler picks a host other than the server's (or the one named by `host`, from 2.56, which must be up and enabled); status RESIZE, then VERIFY_RESIZE until confirmResize (the source's copy removed) or revertResize (back on the source with the same ports). Before 2.56 the body is not read (a `host` is ignored), as Nova's. */
        ServerActionMigrate: {
            migrate: null | {
                host?: string | null;
            };
        };
        /** @description Revert a resize (202): the server gets its old flavor and its old disk back. */
        ServerActionRevertResize: {
            /** @description `null` (or an empty object). */
            revertResize: null | Record<string, never>;
        };
        /** @description Evacuate (admin): rebuild a server whose host is down (missed heartbeats or forced down) on another host, from its image, with the same ports and addresses. 200; before 2.14 the body is `{adminPass}`, from 2.14 there is none. `onSharedStorage` is required before 2.14 and refused from 2.14; `true` is refused here (no storage is shared between hosts). `force` is 2.29 to 2.67. An up source host is Nova's 400 `Compute service of X is still in use.`; an unknown `host` 404, the server's own host 400. */
        ServerActionEvacuate: {
            evacuate: {
                /** @description The target host; absent, the scheduler picks one. */
                host?: string;
                /** @description The admin password of the rebuilt server (generated when absent). */
                adminPass?: string;
                /** @description Before 2.14 (required there). */
                onSharedStorage?: boolean | string;
                /** @description 2.29 to 2.67; needs `host`. */
                force?: boolean | string;
            };
        };
        /** @description Any other action: 400, `Action 'X' is not supported by this cloud.` for Nova's actions not implemented here (after a 404 when the server does not exist), Nova's `There is no such action: X` for any other name. */
        ServerActionOther: Record<string, never>;
        /** @description Exactly one action. */
        ServerActionRequest: components["schemas"]["ServerActionStart"] | components["schemas"]["ServerActionStop"] | components["schemas"]["ServerActionReboot"] | components["schemas"]["ServerActionGetConsoleOutput"] | components["schemas"]["ServerActionAddSecurityGroup"] | components["schemas"]["ServerActionRemoveSecurityGroup"] | components["schemas"]["ServerActionAddFloatingIp"] | components["schemas"]["ServerActionRemoveFloatingIp"] | components["schemas"]["ServerActionResetState"] | components["schemas"]["ServerActionLock"] | components["schemas"]["ServerActionUnlock"] | components["schemas"]["ServerActionPause"] | components["schemas"]["ServerActionUnpause"] | components["schemas"]["ServerActionGetSerialConsole"] | components["schemas"]["ServerActionGetVNCConsole"] | components["schemas"]["ServerActionCreateImage"] | components["schemas"]["ServerActionCreateBackup"] | components["schemas"]["ServerActionChangePassword"] | components["schemas"]["ServerActionSuspend"] | components["schemas"]["ServerActionResume"] | components["schemas"]["ServerActionRestore"] | components["schemas"]["ServerActionTriggerCrashDump"] | components["schemas"]["ServerActionRescue"] | components["schemas"]["ServerActionUnrescue"] | components["schemas"]["ServerActionRebuild"] | components["schemas"]["ServerActionShelve"] | components["schemas"]["ServerActionShelveOffload"] | components["schemas"]["ServerActionUnshelve"] | components["schemas"]["ServerActionResize"] | components["schemas"]["ServerActionConfirmResize"] | components["schemas"]["ServerActionRevertResize"] | components["schemas"]["ServerActionMigrate"] | components["schemas"]["ServerActionMigrateLive"] | components["schemas"]["ServerActionEvacuate"] | components["schemas"]["ServerActionOther"];
        /** @description A server tag. */
        ServerTag: string;
        /** @description Server tags (at most 50; duplicates are dropped). In a create request from microversion 2.52. */
        ServerTagList: components["schemas"]["ServerTag"][];
        ServerTagsBody: {
            /** @description The server's tags, sorted. */
            tags: string[];
        };
        ServerTagsReplaceRequest: {
            tags: components["schemas"]["ServerTagList"];
        };
        /** @description The answer to `rescue` (200). */
        RescueResult: {
            /** @description The password of the rescue boot (the one given, else a generated one). */
            adminPass: string;
        };
        ConsoleOutput: {
            output: string;
        };
        MetadataBody: {
            metadata: components["schemas"]["Metadata"];
        };
        MetadataRequest: {
            metadata: components["schemas"]["Metadata"];
        };
        MetadataItem: {
            meta: {
                [key: string]: string;
            };
        };
        /** @description `{"meta": {"<key>": "<value>"}}` with the key of the URL. */
        MetadataItemRequest: {
            meta: {
                [key: string]: string;
            };
        };
        ServerAddresses: {
            addresses: components["schemas"]["Addresses"];
        };
        SecurityGroupRule: {
            id: string;
            parent_group_id: string;
            ip_protocol: string | null;
            from_port: number | null;
            to_port: number | null;
            /** @description Empty object when the rule has a remote group. */
            ip_range: {
                cidr?: string;
            };
            /** @description Remote group, or an empty object. */
            group: {
                name?: string;
                tenant_id?: string;
            };
        };
        SecurityGroup: {
            id: string;
            name: string;
            description: string;
            tenant_id: string;
            rules: components["schemas"]["SecurityGroupRule"][];
        };
        ComputeSecurityGroupList: {
            security_groups: components["schemas"]["SecurityGroup"][];
        };
        ComputeSecurityGroupShow: {
            security_group: components["schemas"]["SecurityGroup"];
        };
        ComputeSecurityGroupRequest: {
            /** @description Nova checks both are strings of 1 to 255 characters (after stripping). */
            security_group: {
                name?: unknown;
                description?: unknown;
            };
        };
        ComputeSecurityGroupRuleShow: {
            security_group_rule: components["schemas"]["SecurityGroupRule"];
        };
        ComputeSecurityGroupRuleRequest: {
            /** @description An ingress rule from `cidr` (default 0.0.0.0/0) or from members of `group_id`; `ip_protocol` tcp, udp or icmp with `from_port`/`to_port` (-1 for any ICMP type/code). */
            security_group_rule: {
                parent_group_id?: unknown;
                ip_protocol?: unknown;
                from_port?: unknown;
                to_port?: unknown;
                cidr?: unknown;
                group_id?: unknown;
            };
        };
        ComputeFloatingIp: {
            id: string;
            ip: string;
            /** @description The external network's name. */
            pool: string;
            fixed_ip: string | null;
            instance_id: string | null;
        };
        ComputeFloatingIpList: {
            floating_ips: components["schemas"]["ComputeFloatingIp"][];
        };
        ComputeFloatingIpShow: {
            floating_ip: components["schemas"]["ComputeFloatingIp"];
        };
        ComputeFloatingIpPools: {
            floating_ip_pools: {
                name: string;
            }[];
        };
        /** @description Associate a floating IP of the project with a fixed IP of the server (202; before 2.44). */
        ServerActionAddFloatingIp: {
            addFloatingIp: {
                address: string;
                fixed_address?: string;
            };
        };
        /** @description Disassociate a floating IP from the server (202; before 2.44). */
        ServerActionRemoveFloatingIp: {
            removeFloatingIp: {
                address: string;
            };
        };
        ComputeHostList: {
            hosts: {
                host_name: string;
                /** @description `compute`. */
                service: string;
                zone: string;
            }[];
        };
        ComputeHostShow: {
            host: {
                resource: {
                    host: string;
                    /** @description `(total)`, `(used_now)`, `(used_max)` or a project id. */
                    project: string;
                    cpu: number;
                    memory_mb: number;
                    disk_gb: number;
                };
            }[];
        };
        /** @description At least one of `status` and `maintenance_mode` (maintenance mode is 501, as Nova with libvirt). */
        ComputeHostUpdateRequest: {
            status?: string;
            maintenance_mode?: string;
        };
        ComputeHostUpdated: {
            host: string;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            maintenance_mode?: string;
        };
        ComputeHostPowerAction: {
            host: string;
            power_action: string;
        };
        /** @description Limits by resource (-1 unlimited); before 2.50 with the legacy network quotas and without server_groups/server_group_members, from 2.57 without the injected_file quotas. */
        QuotaClassValues: {
            [key: string]: number;
        };
        QuotaClassSetShow: {
            /** @description The class's limits by resource, as in QuotaClassValues, and its `id`. */
            quota_class_set: {
                id: string;
            } & {
                [key: string]: number;
            };
        };
        QuotaClassSetUpdated: {
            quota_class_set: components["schemas"]["QuotaClassValues"];
        };
        QuotaClassSetUpdateRequest: {
            /** @description New limits by resource (integers of -1 or more). */
            quota_class_set: Record<string, never>;
        };
        ServerSecurityGroups: {
            security_groups: components["schemas"]["SecurityGroup"][];
        };
        /** @description A port of the server as Nova shows it (`tag` from microversion 2.70). */
        InterfaceAttachment: {
            fixed_ips: {
                ip_address: string;
                subnet_id: string;
            }[];
            mac_addr: string;
            net_id: string;
            port_id: string;
            /** @description The port's status (`DOWN` until the host plugged it, then `ACTIVE`). */
            port_state: string;
            /** @description Device tag (2.70). */
            tag?: string | null;
        };
        InterfaceAttachmentsList: {
            interfaceAttachments: components["schemas"]["InterfaceAttachment"][];
        };
        InterfaceAttachmentShow: {
            interfaceAttachment: components["schemas"]["InterfaceAttachment"];
        };
        ServerPassword: {
            /** @description The password as the server posted it (encrypted by the guest), or an empty string. */
            password: string;
        };
        InterfaceAttachmentCreateRequest: {
            interfaceAttachment?: {
                /**
                 * Format: uuid
                 * @description A new port on this network (not with `port_id`).
                 */
                net_id?: string;
                /**
                 * Format: uuid
                 * @description An existing port of the project, not attached to any server.
                 */
                port_id?: string;
                /** @description The address of the new port on `net_id`. */
                fixed_ips?: {
                    ip_address: string | unknown | unknown;
                }[];
                /** @description Device tag (2.49). */
                tag?: string;
            };
        };
        /** @description `id` is present before microversion 2.89, `attachment_id`/`bdm_uuid` from 2.89. */
        VolumeAttachment: {
            /** @description The volume ID (legacy attachment id). */
            id?: string;
            volumeId: string;
            serverId: string;
            /** @description Device name, e.g. /dev/vdb. */
            device: string | null;
            /** @description Device tag (2.70). */
            tag?: string | null;
            /** @description Microversion 2.79. */
            delete_on_termination?: boolean;
            /** @description Cinder attachment ID (2.89). */
            attachment_id?: string | null;
            /** @description Block device mapping UUID (2.89). */
            bdm_uuid?: string | null;
        };
        VolumeAttachmentsList: {
            volumeAttachments: components["schemas"]["VolumeAttachment"][];
        };
        VolumeAttachmentShow: {
            volumeAttachment: components["schemas"]["VolumeAttachment"];
        };
        VolumeAttachmentCreateRequest: {
            volumeAttachment: {
                /** Format: uuid */
                volumeId: string;
                /** @description Requested device name (a hint). */
                device?: string | null;
                /** @description Device tag (2.49). */
                tag?: string;
                /** @description Microversion 2.79. */
                delete_on_termination?: boolean;
            };
        };
        VolumeAttachmentUpdateRequest: {
            volumeAttachment: {
                /**
                 * Format: uuid
                 * @description The volume to swap to (or the same volume).
                 */
                volumeId: string;
                /** @description Microversion 2.85. */
                delete_on_termination?: boolean;
                /** @description Must match the attachment (2.85). */
                id?: string;
                /** @description Must match the server (2.85). */
                serverId?: string;
                /** @description Must match the attachment (2.85). */
                device?: string | null;
                /** @description Must match the attachment (2.85). */
                tag?: string | null;
            };
        };
        InstanceAction: {
            /** @description The action name (create, stop, reboot, ...). */
            action: string;
            instance_uuid: string;
            request_id: string;
            user_id: string;
            project_id: string;
            /** Format: date-time */
            start_time: string;
            /**
             * Format: date-time
             * @description Microversion 2.58.
             */
            updated_at?: string | null;
            message: string | null;
        };
        InstanceActionEvent: {
            event: string;
            /** Format: date-time */
            start_time: string;
            /** Format: date-time */
            finish_time: string | null;
            /** @description `Success` or `Error`, null while running. */
            result: string | null;
            /** @description Admin only. */
            traceback?: string | null;
            /** @description Microversion 2.62 (admin). */
            host?: string;
            /** @description Microversion 2.62. */
            hostId?: string;
            /** @description Microversion 2.84. */
            details?: string | null;
        };
        InstanceActionDetail: components["schemas"]["InstanceAction"] & {
            events?: components["schemas"]["InstanceActionEvent"][];
        };
        InstanceActionsList: {
            instanceActions: components["schemas"]["InstanceAction"][];
            links?: components["schemas"]["Links"];
        };
        InstanceActionShow: {
            instanceAction: components["schemas"]["InstanceActionDetail"];
        };
        ServerGroup: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Microversion 2.64.
             * @enum {string}
             */
            policy?: "affinity" | "anti-affinity" | "soft-affinity" | "soft-anti-affinity";
            /** @description Microversion 2.64; only with anti-affinity. */
            rules?: {
                max_server_per_host?: number;
            };
            /** @description Before microversion 2.64. */
            policies?: ("affinity" | "anti-affinity" | "soft-affinity" | "soft-anti-affinity")[];
            /** @description IDs of the member servers. */
            members: string[];
            /** @description Always empty; before microversion 2.64. */
            metadata?: {
                [key: string]: string;
            };
            /** @description Microversion 2.13. */
            project_id?: string;
            /** @description Microversion 2.13. */
            user_id?: string;
        };
        ServerGroupsList: {
            server_groups: components["schemas"]["ServerGroup"][];
        };
        ServerGroupShow: {
            server_group: components["schemas"]["ServerGroup"];
        };
        ServerGroupCreateRequest: {
            server_group: {
                name: string;
                /**
                 * @description Microversion 2.64 (required there).
                 * @enum {string}
                 */
                policy?: "affinity" | "anti-affinity" | "soft-affinity" | "soft-anti-affinity";
                /** @description Microversion 2.64. */
                rules?: {
                    max_server_per_host?: number | string;
                };
                /** @description Before microversion 2.64 (required there). */
                policies?: ("affinity" | "anti-affinity" | "soft-affinity" | "soft-anti-affinity")[];
            };
        };
        /** @description -1 means unlimited. `maxPersonality`/`maxPersonalitySize` are gone from microversion 2.57; `maxSecurityGroups`, `maxSecurityGroupRules`, `maxTotalFloatingIps`, `totalSecurityGroupsUsed` and `totalFloatingIpsUsed` from 2.36. */
        AbsoluteLimits: {
            maxTotalCores: number;
            maxTotalInstances: number;
            maxTotalRAMSize: number;
            maxTotalKeypairs: number;
            maxServerMeta: number;
            maxServerGroups: number;
            maxServerGroupMembers: number;
            maxImageMeta?: number;
            maxPersonality?: number;
            maxPersonalitySize?: number;
            maxSecurityGroups?: number;
            maxSecurityGroupRules?: number;
            maxTotalFloatingIps?: number;
            totalCoresUsed: number;
            totalInstancesUsed: number;
            totalRAMUsed: number;
            totalServerGroupsUsed: number;
            totalSecurityGroupsUsed?: number;
            totalFloatingIpsUsed?: number;
        };
        Limits: {
            limits: {
                absolute: components["schemas"]["AbsoluteLimits"];
                /** @description Always empty. */
                rate: Record<string, never>[];
            };
        };
        /** @description -1 means unlimited. `fixed_ips`, `floating_ips`, `security_groups` and `security_group_rules` are gone from microversion 2.36; `injected_file*` from 2.57. */
        QuotaSet: {
            /** @description The project ID. */
            id: string;
            cores: number;
            instances: number;
            key_pairs: number;
            metadata_items: number;
            ram: number;
            server_groups: number;
            server_group_members: number;
            fixed_ips?: number;
            floating_ips?: number;
            security_group_rules?: number;
            security_groups?: number;
            injected_file_content_bytes?: number;
            injected_file_path_bytes?: number;
            injected_files?: number;
        };
        QuotaSetShow: {
            quota_set: components["schemas"]["QuotaSet"];
        };
        QuotaSetUpdated: {
            /** @description -1 means unlimited. `fixed_ips`, `floating_ips`, `security_groups` and `security_group_rules` are gone from microversion 2.36; `injected_file*` from 2.57. */
            quota_set: {
                cores: number;
                instances: number;
                key_pairs: number;
                metadata_items: number;
                ram: number;
                server_groups: number;
                server_group_members: number;
                fixed_ips?: number;
                floating_ips?: number;
                security_group_rules?: number;
                security_groups?: number;
                injected_file_content_bytes?: number;
                injected_file_path_bytes?: number;
                injected_files?: number;
            };
        };
        QuotaDetail: {
            in_use: number;
            limit: number;
            reserved: number;
        };
        /** @description -1 means unlimited. `fixed_ips`, `floating_ips`, `security_groups` and `security_group_rules` are gone from microversion 2.36; `injected_file*` from 2.57. */
        QuotaSetDetail: {
            cores: components["schemas"]["QuotaDetail"];
            instances: components["schemas"]["QuotaDetail"];
            key_pairs: components["schemas"]["QuotaDetail"];
            metadata_items: components["schemas"]["QuotaDetail"];
            ram: components["schemas"]["QuotaDetail"];
            server_groups: components["schemas"]["QuotaDetail"];
            server_group_members: components["schemas"]["QuotaDetail"];
            fixed_ips?: components["schemas"]["QuotaDetail"];
            floating_ips?: components["schemas"]["QuotaDetail"];
            security_group_rules?: components["schemas"]["QuotaDetail"];
            security_groups?: components["schemas"]["QuotaDetail"];
            injected_file_content_bytes?: components["schemas"]["QuotaDetail"];
            injected_file_path_bytes?: components["schemas"]["QuotaDetail"];
            injected_files?: components["schemas"]["QuotaDetail"];
            /** @description The project ID. */
            id: string;
        };
        QuotaSetDetailShow: {
            quota_set: components["schemas"]["QuotaSetDetail"];
        };
        QuotaSetUpdateRequest: {
            /** @description Legacy network quotas are rejected from 2.36, injected_file* from 2.57. */
            quota_set: {
                /** @description Set the quota even below current usage. */
                force?: boolean | string;
                cores?: number | string;
                instances?: number | string;
                key_pairs?: number | string;
                metadata_items?: number | string;
                ram?: number | string;
                server_groups?: number | string;
                server_group_members?: number | string;
                fixed_ips?: number | string;
                floating_ips?: number | string;
                security_group_rules?: number | string;
                security_groups?: number | string;
                injected_file_content_bytes?: number | string;
                injected_file_path_bytes?: number | string;
                injected_files?: number | string;
            };
        };
        AvailabilityZone: {
            zoneName: string;
            zoneState: {
                available: boolean;
            };
            /** @description null in the plain list; in the detailed list: host -> service binary -> state. */
            hosts: {
                [key: string]: {
                    [key: string]: {
                        available: boolean;
                        active: boolean;
                        /** Format: date-time */
                        updated_at: string | null;
                    };
                };
            } | null;
        };
        AggregateCreated: {
            aggregate: {
                id: number;
                name: string;
                availability_zone: string | null;
                created_at: string;
                updated_at: string | null;
                deleted_at: string | null;
                deleted: boolean;
                /**
                 * Format: uuid
                 * @description Microversion 2.41.
                 */
                uuid?: string;
            };
        };
        Aggregate: {
            id: number;
            name: string;
            /** @description The `availability_zone` metadata key. */
            availability_zone: string | null;
            /** @description The names of the compute hosts in the aggregate. */
            hosts: string[];
            metadata: {
                [key: string]: string;
            };
            created_at: string;
            updated_at: string | null;
            deleted_at: string | null;
            deleted: boolean;
            /**
             * Format: uuid
             * @description Microversion 2.41.
             */
            uuid?: string;
        };
        AggregatesList: {
            aggregates: components["schemas"]["Aggregate"][];
        };
        AggregateShow: {
            aggregate: components["schemas"]["Aggregate"];
        };
        AggregateCreateRequest: {
            aggregate: {
                name: string;
                availability_zone?: string | null;
            };
        };
        AggregateUpdateRequest: {
            aggregate: {
                name?: string;
                availability_zone?: string | null;
            };
        };
        AggregateHostRequest: {
            host: string;
        };
        AggregateActionRequest: {
            add_host?: components["schemas"]["AggregateHostRequest"];
            remove_host?: components["schemas"]["AggregateHostRequest"];
            set_metadata?: {
                metadata: {
                    [key: string]: string | null;
                };
            };
        };
        HypervisorStatistics: {
            hypervisor_statistics: {
                count: number;
                vcpus: number;
                vcpus_used: number;
                memory_mb: number;
                memory_mb_used: number;
                free_ram_mb: number;
                local_gb: number;
                local_gb_used: number;
                free_disk_gb: number;
                disk_available_least: number;
                current_workload: number;
                running_vms: number;
            };
        };
        AvailabilityZonesList: {
            availabilityZoneInfo: components["schemas"]["AvailabilityZone"][];
        };
        HypervisorSummary: {
            /** @description A UUID from microversion 2.53, an integer before. */
            id: string | number;
            hypervisor_hostname: string;
            /** @enum {string} */
            state: "up" | "down";
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** @description Servers on the hypervisor, when `with_servers` is true (2.53). */
            servers?: {
                name: string;
                uuid: string;
            }[];
        };
        Hypervisor: {
            /** @description A UUID from microversion 2.53, an integer before. */
            id: string | number;
            hypervisor_hostname: string;
            /** @enum {string} */
            state: "up" | "down";
            /** @enum {string} */
            status: "enabled" | "disabled";
            hypervisor_type: string;
            hypervisor_version?: number;
            host_ip: string;
            vcpus: number;
            vcpus_used: number;
            memory_mb: number;
            memory_mb_used: number;
            free_ram_mb?: number;
            local_gb: number;
            local_gb_used: number;
            free_disk_gb?: number;
            disk_available_least?: number | null;
            current_workload?: number;
            running_vms: number;
            /** @description An object from microversion 2.28, a JSON string before. */
            cpu_info?: Record<string, never> | string;
            service: {
                host: string;
                /** @description A UUID from microversion 2.53, an integer before. */
                id: string | number;
                disabled_reason: string | null;
            };
            /** @description Servers on the hypervisor, when `with_servers` is true (2.53). */
            servers?: {
                name: string;
                uuid: string;
            }[];
        };
        HypervisorsList: {
            hypervisors: components["schemas"]["HypervisorSummary"][];
            hypervisors_links?: components["schemas"]["Links"];
        };
        HypervisorsListDetailed: {
            hypervisors: components["schemas"]["Hypervisor"][];
            hypervisors_links?: components["schemas"]["Links"];
        };
        HypervisorShow: {
            hypervisor: components["schemas"]["Hypervisor"];
        };
        Service: {
            /** @description A UUID from microversion 2.53, an integer before. */
            id: string | number;
            /** @example nova-compute */
            binary: string;
            host: string;
            zone: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** @enum {string} */
            state: "up" | "down";
            disabled_reason: string | null;
            /** Format: date-time */
            updated_at: string | null;
            /** @description Microversion 2.11. */
            forced_down?: boolean;
        };
        ServicesList: {
            services: components["schemas"]["Service"][];
        };
        ServiceShow: {
            service: components["schemas"]["Service"];
        };
        /** @description Microversion 2.53 body (service addressed by UUID). */
        ServiceUpdateRequest: {
            /** @enum {string} */
            status?: "enabled" | "disabled";
            /** @description Only with status disabled. */
            disabled_reason?: string;
            /** @description A boolean, or one of the strings Nova accepts (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`). */
            forced_down?: boolean | string;
        };
        Extension: {
            alias: string;
            name: string;
            description: string;
            namespace: string;
            updated: string;
            links: components["schemas"]["Link"][];
        };
        ComputeImageRef: {
            id: string;
            name: string | null;
            links: components["schemas"]["Links"];
        };
        ComputeImageList: {
            images: components["schemas"]["ComputeImageRef"][];
            images_links?: components["schemas"]["Links"];
        };
        /** @description Nova's view of an image (its status from Glance's, progress 25 queued, 50 saving, 100 active). */
        ComputeImage: {
            id: string;
            name: string | null;
            minRam: number;
            minDisk: number;
            metadata: {
                [key: string]: string;
            };
            created: string;
            updated: string;
            /** @enum {string} */
            status: "ACTIVE" | "SAVING" | "ERROR" | "DELETED" | "UNKNOWN";
            progress: number;
            links: components["schemas"]["Links"];
            "OS-EXT-IMG-SIZE:size": number | null;
            /** @description The server a snapshot was taken of. */
            server?: {
                id: string;
                links: components["schemas"]["Links"];
            };
        };
        ComputeImageDetailList: {
            images: components["schemas"]["ComputeImage"][];
            images_links?: components["schemas"]["Links"];
        };
        ComputeImageShow: {
            image: components["schemas"]["ComputeImage"];
        };
        ExtensionsList: {
            extensions: components["schemas"]["Extension"][];
        };
        /** @description A volume in Nova's view (nova/api/openstack/compute/volumes.py); `attachments` is `[{}]` when it is not attached. */
        ComputeVolume: {
            id: string;
            status: string;
            size: number;
            availabilityZone: string;
            /** @description Cinder's created_at (ISO 8601, no zone). */
            createdAt: string;
            attachments: {
                /** @description The volume's id (Nova's view). */
                id?: string;
                volumeId?: string;
                serverId?: string;
                device?: string;
            }[];
            displayName: string | null;
            displayDescription: string | null;
            /** @description The volume type's name. */
            volumeType: string | null;
            snapshotId: string | null;
            metadata: {
                [key: string]: string;
            };
        };
        ComputeVolumeList: {
            volumes: components["schemas"]["ComputeVolume"][];
        };
        ComputeVolumeShow: {
            volume: components["schemas"]["ComputeVolume"];
        };
        ComputeVolumeCreate: {
            volume: {
                /** @description GiB (an integer, or a string of digits). */
                size: number | string;
                volume_type?: string;
                metadata?: {
                    [key: string]: string;
                };
                snapshot_id?: string;
                availability_zone?: string;
                display_name?: string;
                display_description?: string;
            };
        };
        /** @description A volume snapshot in Nova's view; `size` is the volume's size. */
        ComputeSnapshot: {
            id: string;
            volumeId: string;
            status: string;
            size: number;
            /** @description Cinder's created_at (ISO 8601, no zone). */
            createdAt: string;
            displayName: string | null;
            displayDescription: string | null;
        };
        ComputeSnapshotList: {
            snapshots: components["schemas"]["ComputeSnapshot"][];
        };
        ComputeSnapshotShow: {
            snapshot: components["schemas"]["ComputeSnapshot"];
        };
        ComputeSnapshotCreate: {
            snapshot: {
                volume_id: string;
                /** @description Snapshot an in-use volume too (a boolean or one of its strings, Nova's strict parse; 400 otherwise). */
                force?: boolean | string;
                display_name?: string;
                display_description?: string;
            };
        };
        /** @description Nova's diagnostics of a server, in the standard format (2.48 and later) or the driver's free-form dict before. */
        ServerDiagnostics: components["schemas"]["ServerDiagnosticsStandard"] | components["schemas"]["ServerDiagnosticsLegacy"];
        /** @description Before 2.48, libvirt's free-form keys (memory in KiB); only the values the controller knows. */
        ServerDiagnosticsLegacy: {
            [key: string]: number | null;
        };
        ServerDiagnosticsStandard: {
            /** @enum {string} */
            state: "pending" | "running" | "paused" | "shutdown" | "crashed" | "suspended";
            /**
             * @description libvirt: the QEMU/KVM family oscloud's drivers belong to.
             * @enum {string}
             */
            driver: "libvirt" | "xenapi" | "vmwareapi" | "ironic" | "hyperv";
            hypervisor: string | null;
            hypervisor_os: string | null;
            /** @description Seconds since the server was launched. */
            uptime: number | null;
            config_drive: boolean;
            num_cpus: number;
            num_nics: number;
            num_disks: number;
            memory_details: {
                /** @description MiB. */
                maximum: number | null;
                used: number | null;
            };
            cpu_details: {
                id: number | null;
                time: number | null;
                utilisation: number | null;
            }[];
            nic_details: {
                mac_address: string | null;
                rx_octets: number | null;
                rx_errors: number | null;
                rx_drop: number | null;
                rx_packets: number | null;
                rx_rate: number | null;
                tx_octets: number | null;
                tx_errors: number | null;
                tx_drop: number | null;
                tx_packets: number | null;
                tx_rate: number | null;
            }[];
            disk_details: {
                read_bytes: number | null;
                read_requests: number | null;
                write_bytes: number | null;
                write_requests: number | null;
                errors_count: number | null;
            }[];
        };
        ExtensionShow: {
            extension: components["schemas"]["Extension"];
        };
        ServerExternalEventsCreate: {
            events: {
                /**
                 * @description network-changed, network-vif-plugged, -unplugged, -deleted; volume-extended from 2.51, power-update from 2.76, accelerator-request-bound from 2.82, volume-reimaged from 2.93 (400 before).
                 * @enum {string}
                 */
                name: "network-changed" | "network-vif-plugged" | "network-vif-unplugged" | "network-vif-deleted" | "volume-extended" | "power-update" | "accelerator-request-bound" | "volume-reimaged";
                server_uuid: string;
                /** @enum {string} */
                status?: "failed" | "completed" | "in-progress";
                tag?: string;
            }[];
        };
        ServerExternalEvents: {
            events: {
                name: string;
                server_uuid: string;
                status: string;
                tag?: string;
                /** @enum {integer} */
                code: 200 | 400 | 404 | 422;
            }[];
        };
        InstanceUsageAuditLog: {
            hosts_not_run: string[];
            /** @description The audit task's state by host name. */
            log: {
                [key: string]: {
                    state: string;
                    instances: number;
                    errors: number;
                    message: string;
                };
            };
            num_hosts: number;
            num_hosts_done: number;
            num_hosts_not_run: number;
            num_hosts_running: number;
            overall_status: string;
            /** @description YYYY-MM-DD hh:mm:ss (UTC). */
            period_beginning: string;
            period_ending: string;
            total_errors: number;
            total_instances: number;
        };
        InstanceUsageAuditLogList: {
            instance_usage_audit_logs: components["schemas"]["InstanceUsageAuditLog"];
        };
        InstanceUsageAuditLogShow: {
            instance_usage_audit_log: components["schemas"]["InstanceUsageAuditLog"];
        };
        /** @description Nova's os-networks view without nova-network: id and label; the other fields (cidr, netmask, gateway, ...; for an admin also project_id, mtu, ...) are null. */
        ComputeNetwork: {
            id: string;
            label: string;
        } & {
            [key: string]: null;
        };
        ComputeNetworkList: {
            networks: components["schemas"]["ComputeNetwork"][];
        };
        ComputeNetworkShow: {
            network: components["schemas"]["ComputeNetwork"];
        };
        ComputeTenantNetwork: {
            id: string;
            label: string;
            /** @description Nova's str() of a cidr Neutron networks lack: 'None'. */
            cidr: string;
        };
        ComputeTenantNetworkList: {
            networks: components["schemas"]["ComputeTenantNetwork"][];
        };
        ComputeTenantNetworkShow: {
            network: components["schemas"]["ComputeTenantNetwork"];
        };
    };
    responses: {
        /** @description Bad request: invalid body, query or microversion. */
        BadRequest: {
            headers: {
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                Vary: components["headers"]["Vary"];
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                "x-compute-request-id": components["headers"]["XComputeRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "badRequest": {
                 *         "code": 400,
                 *         "message": "Invalid input for field/attribute name."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BadRequestFault"];
            };
        };
        /** @description Missing or invalid token. */
        Unauthorized: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
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
                "application/json": components["schemas"]["Fault"];
            };
        };
        /** @description Policy does not allow the operation, or a quota is exceeded. */
        Forbidden: {
            headers: {
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                Vary: components["headers"]["Vary"];
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                "x-compute-request-id": components["headers"]["XComputeRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "forbidden": {
                 *         "code": 403,
                 *         "message": "Quota exceeded for cores: Requested 2, but already used 20 of 20 cores"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ForbiddenFault"];
            };
        };
        /** @description The resource does not exist (or is not visible to the caller). */
        NotFound: {
            headers: {
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                Vary: components["headers"]["Vary"];
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                "x-compute-request-id": components["headers"]["XComputeRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "itemNotFound": {
                 *         "code": 404,
                 *         "message": "Instance 9e1b0f4c-7c4b-4a4e-8e1e-6c1b7a4c2b11 could not be found."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ItemNotFoundFault"];
            };
        };
        /** @description The resource is in a state that does not allow the operation, or a name is taken. */
        Conflict: {
            headers: {
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                Vary: components["headers"]["Vary"];
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                "x-compute-request-id": components["headers"]["XComputeRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "conflictingRequest": {
                 *         "code": 409,
                 *         "message": "Cannot 'os-start' instance while it is in vm_state active"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ConflictingRequestFault"];
            };
        };
        /** @description The request body is too large or a limit is exceeded. */
        OverLimit: {
            headers: {
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                Vary: components["headers"]["Vary"];
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                "x-compute-request-id": components["headers"]["XComputeRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "overLimit": {
                 *         "code": 413,
                 *         "message": "Request is too large."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["OverLimitFault"];
            };
        };
        /** @description Not supported by the hypervisor driver. */
        NotImplemented: {
            headers: {
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                Vary: components["headers"]["Vary"];
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                "x-compute-request-id": components["headers"]["XComputeRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "notImplemented": {
                 *         "code": 501,
                 *         "message": "Unable to get console"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NotImplementedFault"];
            };
        };
        /** @description The compute host failed the operation (it was rolled back). */
        ComputeFault: {
            headers: {
                "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                Vary: components["headers"]["Vary"];
                "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                "x-compute-request-id": components["headers"]["XComputeRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "computeFault": {
                 *         "code": 500,
                 *         "message": "Failed to attach network adapter device to 9e1b0f4c-7c4b-4a4e-8e1e-6c1b7a4c2b11"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ComputeFaultBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
         * @example compute 2.79
         */
        OpenStackApiVersion: string;
        /**
         * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
         * @example 2.79
         */
        XOpenStackNovaApiVersion: string;
        /** @description The server UUID. */
        server_id: string;
        /** @description The UUID of the port. */
        port_id: string;
        /** @description The tag (1 to 60 characters, no `/` or `,`; checked when adding). */
        server_tag: string;
        /** @description The flavor ID. */
        flavor_id: string;
        /** @description The extra spec key. */
        flavor_extra_spec_key: string;
        /** @description The key pair name. */
        keypair_name: string;
        /** @description The image UUID. */
        image_id: string;
        /** @description The metadata key. */
        key: string;
        /** @description The UUID of the attached volume. */
        volume_id: string;
        /** @description The migration's integer id (or, from 2.59, its UUID). */
        migration_id: string;
        /** @description The request ID of the instance action. */
        request_id: string;
        /** @description The server group UUID. */
        server_group_id: string;
        /** @description The project ID. */
        tenant_id: string;
        /** @description The aggregate's integer id. */
        aggregate_id: string;
        /** @description A part of the hypervisor hostnames to match. */
        hypervisor_hostname_pattern_path: string;
        /** @description The hypervisor ID (a UUID from microversion 2.53). */
        hypervisor_id: string;
        /** @description The service ID (a UUID from microversion 2.53). */
        service_id: string;
        /** @description Maximum number of items in the page. */
        limit: number;
        /** @description ID (or name for key pairs) of the last item of the previous page. */
        marker: string;
        /** @description Sort key. */
        sort_key: string;
        /** @description Sort direction. */
        sort_dir: "asc" | "desc";
        /** @description Only items changed at or after this time (ISO 8601). */
        "changes-since": string;
        /** @description Only items changed at or before this time (2.66). */
        "changes-before": string;
        /** @description Act on this user's resources (admin). */
        user_id_query: string;
        /** @description Number of items to skip. */
        offset: number;
        /** @description Regular expression matched against the server name. */
        server_filter_name: string;
        /** @description Server status (e.g. ACTIVE, SHUTOFF, ERROR). */
        server_filter_status: string;
        /** @description Image ID. */
        server_filter_image: string;
        /** @description Flavor ID. */
        server_filter_flavor: string;
        /** @description Compute host name (admin). */
        server_filter_host: string;
        /** @description Hypervisor hostname (admin). */
        server_filter_node: string;
        /** @description The security group's UUID. */
        compute_security_group_id: string;
        /** @description The rule's UUID. */
        compute_security_group_rule_id: string;
        /** @description The floating IP's UUID. */
        compute_floating_ip_id: string;
        /** @description The host's name. */
        compute_host_name: string;
        /** @description Only the hosts of this availability zone (all when empty or absent). */
        compute_host_zone: string;
        /** @description The quota class (Nova uses `default`). */
        compute_quota_class_name: string;
        /** @description List servers of all projects (admin); any value but false/0/off. */
        server_filter_all_tenants: string;
        /** @description Project ID (with all_tenants). */
        server_filter_project_id: string;
        /** @description Project ID (with all_tenants). */
        server_filter_tenant_id: string;
        /** @description User ID. */
        server_filter_user_id: string;
        /** @description Show deleted servers (admin, with changes-since). */
        server_filter_deleted: string;
        /** @description Regular expression matched against IPv4 addresses. */
        server_filter_ip: string;
        /** @description Regular expression matched against IPv6 addresses. */
        server_filter_ip6: string;
        /** @description Availability zone name. */
        server_filter_availability_zone: string;
        /** @description Reservation ID from a multiple create. */
        server_filter_reservation_id: string;
        /** @description Locked state (2.73). */
        server_filter_locked: string;
        /** @description Servers having every one of these tags (comma-separated list; 2.26). */
        server_filter_tags: string;
        /** @description Servers having at least one of these tags (comma-separated list; 2.26). */
        server_filter_tags_any: string;
        /** @description Servers lacking at least one of these tags (comma-separated list; 2.26). */
        server_filter_not_tags: string;
        /** @description Servers having none of these tags (comma-separated list; 2.26). */
        server_filter_not_tags_any: string;
        /** @description Regular expression matched against the description (2.19). */
        server_filter_description: string;
        /** @description Minimum root disk in GiB. */
        minDisk: number;
        /** @description Minimum RAM in MiB. */
        minRam: number;
        /** @description `true`, `false` or `none` (admin: all flavors). */
        is_public: string;
        /** @description Hypervisor hostname substring (2.53). */
        hypervisor_hostname_pattern: string;
        /** @description Include the servers of each hypervisor (2.53). */
        with_servers: true | false | "True" | "TRUE" | "true" | "1" | "ON" | "On" | "on" | "YES" | "Yes" | "yes" | "False" | "FALSE" | "false" | "0" | "OFF" | "Off" | "off" | "NO" | "No" | "no";
        /** @description List server groups of all projects (admin). */
        all_projects: string;
        /** @description Service binary name. */
        binary: string;
        /** @description Host name. */
        service_host: string;
        /** @description Show the limits of this project (admin). */
        limits_tenant_id: string;
        /** @description Deprecated; ignored. */
        limits_reserved: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The microversion of the response, e.g. `compute 2.79`.
         * @example compute 2.79
         */
        OpenStackApiVersion: string;
        /**
         * @description The microversion of the response (legacy header), e.g. `2.79`.
         * @example 2.79
         */
        XOpenStackNovaApiVersion: string;
        /** @description `OpenStack-API-Version, X-OpenStack-Nova-API-Version`. */
        Vary: string;
        /** @description The request ID (`req-<uuid>`). */
        XOpenStackRequestId: string;
        /** @description The same request ID (Nova's legacy header). */
        XComputeRequestId: string;
        /** @description URL of the created server. */
        Location: string;
        /** @description URL of the added tag (`.../servers/{server_id}/tags/{tag}`). */
        TagLocation: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listComputeVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions list. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "versions": [
                     *         {
                     *           "id": "v2.0",
                     *           "status": "SUPPORTED",
                     *           "version": "",
                     *           "min_version": "",
                     *           "updated": "2011-01-21T11:33:21Z",
                     *           "links": [
                     *             {
                     *               "href": "http://controller:8774/compute/v2/",
                     *               "rel": "self"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "v2.1",
                     *           "status": "CURRENT",
                     *           "version": "2.79",
                     *           "min_version": "2.1",
                     *           "updated": "2013-07-23T11:33:21Z",
                     *           "links": [
                     *             {
                     *               "href": "http://controller:8774/compute/v2.1/",
                     *               "rel": "self"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["VersionsList"];
                };
            };
            /** @description Multiple choices: Nova's answer to a URL below the root that names no known version. */
            300: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionChoices"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    showComputeLegacyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The v2.0 version document (no microversions). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": {
                     *         "id": "v2.0",
                     *         "status": "SUPPORTED",
                     *         "version": "",
                     *         "min_version": "",
                     *         "updated": "2011-01-21T11:33:21Z",
                     *         "links": [
                     *           {
                     *             "href": "http://controller:8774/compute/v2/",
                     *             "rel": "self"
                     *           },
                     *           {
                     *             "href": "http://docs.openstack.org/",
                     *             "rel": "describedby",
                     *             "type": "text/html"
                     *           }
                     *         ],
                     *         "media-types": [
                     *           {
                     *             "base": "application/json",
                     *             "type": "application/vnd.openstack.compute+json;version=2"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["VersionShow"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    showComputeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The v2.1 version document with its microversion range. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": {
                     *         "id": "v2.1",
                     *         "status": "CURRENT",
                     *         "version": "2.79",
                     *         "min_version": "2.1",
                     *         "updated": "2013-07-23T11:33:21Z",
                     *         "links": [
                     *           {
                     *             "href": "http://controller:8774/compute/v2.1/",
                     *             "rel": "self"
                     *           },
                     *           {
                     *             "href": "http://docs.openstack.org/",
                     *             "rel": "describedby",
                     *             "type": "text/html"
                     *           }
                     *         ],
                     *         "media-types": [
                     *           {
                     *             "base": "application/json",
                     *             "type": "application/vnd.openstack.compute+json;version=2.1"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["VersionShow"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    listFlavors: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Minimum root disk in GiB. */
                minDisk?: components["parameters"]["minDisk"];
                /** @description Minimum RAM in MiB. */
                minRam?: components["parameters"]["minRam"];
                /** @description `true`, `false` or `none` (admin: all flavors). */
                is_public?: components["parameters"]["is_public"];
                /** @description Sort key. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flavors visible to the caller. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlavorsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createFlavor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlavorCreateRequest"];
            };
        };
        responses: {
            /** @description The created flavor. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlavorShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    listFlavorsDetailed: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Minimum root disk in GiB. */
                minDisk?: components["parameters"]["minDisk"];
                /** @description Minimum RAM in MiB. */
                minRam?: components["parameters"]["minRam"];
                /** @description `true`, `false` or `none` (admin: all flavors). */
                is_public?: components["parameters"]["is_public"];
                /** @description Sort key. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flavors visible to the caller. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlavorsListDetailed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showFlavor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flavor. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlavorShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateFlavor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlavorUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated flavor. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlavorShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteFlavor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listFlavorAccess: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects with access to the private flavor. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlavorAccessList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    flavorAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlavorActionRequest"];
            };
        };
        responses: {
            /** @description The flavor's access list after the change. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlavorAccessList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listFlavorExtraSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extra specs. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraSpecs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createFlavorExtraSpecs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtraSpecsCreateRequest"];
            };
        };
        responses: {
            /** @description The extra specs given. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraSpecs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showFlavorExtraSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
                /** @description The extra spec key. */
                flavor_extra_spec_key: components["parameters"]["flavor_extra_spec_key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{"<key>": "<value>"}`. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraSpec"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateFlavorExtraSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
                /** @description The extra spec key. */
                flavor_extra_spec_key: components["parameters"]["flavor_extra_spec_key"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtraSpecUpdateRequest"];
            };
        };
        responses: {
            /** @description `{"<key>": "<value>"}`. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtraSpec"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteFlavorExtraSpec: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The flavor ID. */
                flavor_id: components["parameters"]["flavor_id"];
                /** @description The extra spec key. */
                flavor_extra_spec_key: components["parameters"]["flavor_extra_spec_key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (empty body). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listKeypairs: {
        parameters: {
            query?: {
                /** @description Act on this user's resources (admin). */
                user_id?: components["parameters"]["user_id_query"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's key pairs. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairsList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createKeypair: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeypairCreateRequest"];
            };
        };
        responses: {
            /** @description Created (before microversion 2.2). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairCreated"];
                };
            };
            /** @description Created (microversion 2.2 and later). */
            201: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showKeypair: {
        parameters: {
            query?: {
                /** @description Act on this user's resources (admin). */
                user_id?: components["parameters"]["user_id_query"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The key pair name. */
                keypair_name: components["parameters"]["keypair_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key pair. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteKeypair: {
        parameters: {
            query?: {
                /** @description Act on this user's resources (admin). */
                user_id?: components["parameters"]["user_id_query"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The key pair name. */
                keypair_name: components["parameters"]["keypair_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (before microversion 2.2). */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Deleted (microversion 2.2 and later). */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServers: {
        parameters: {
            query?: {
                /** @description Regular expression matched against the server name. */
                name?: components["parameters"]["server_filter_name"];
                /** @description Server status (e.g. ACTIVE, SHUTOFF, ERROR). */
                status?: components["parameters"]["server_filter_status"];
                /** @description Image ID. */
                image?: components["parameters"]["server_filter_image"];
                /** @description Flavor ID. */
                flavor?: components["parameters"]["server_filter_flavor"];
                /** @description Compute host name (admin). */
                host?: components["parameters"]["server_filter_host"];
                /** @description Hypervisor hostname (admin). */
                node?: components["parameters"]["server_filter_node"];
                /** @description List servers of all projects (admin); any value but false/0/off. */
                all_tenants?: components["parameters"]["server_filter_all_tenants"];
                /** @description Project ID (with all_tenants). */
                project_id?: components["parameters"]["server_filter_project_id"];
                /** @description Project ID (with all_tenants). */
                tenant_id?: components["parameters"]["server_filter_tenant_id"];
                /** @description User ID. */
                user_id?: components["parameters"]["server_filter_user_id"];
                /** @description Show deleted servers (admin, with changes-since). */
                deleted?: components["parameters"]["server_filter_deleted"];
                /** @description Regular expression matched against IPv4 addresses. */
                ip?: components["parameters"]["server_filter_ip"];
                /** @description Regular expression matched against IPv6 addresses. */
                ip6?: components["parameters"]["server_filter_ip6"];
                /** @description Availability zone name. */
                availability_zone?: components["parameters"]["server_filter_availability_zone"];
                /** @description Reservation ID from a multiple create. */
                reservation_id?: components["parameters"]["server_filter_reservation_id"];
                /** @description Locked state (2.73). */
                locked?: components["parameters"]["server_filter_locked"];
                /** @description Regular expression matched against the description (2.19). */
                description?: components["parameters"]["server_filter_description"];
                /** @description Servers having every one of these tags (comma-separated list; 2.26). */
                tags?: components["parameters"]["server_filter_tags"];
                /** @description Servers having at least one of these tags (comma-separated list; 2.26). */
                "tags-any"?: components["parameters"]["server_filter_tags_any"];
                /** @description Servers lacking at least one of these tags (comma-separated list; 2.26). */
                "not-tags"?: components["parameters"]["server_filter_not_tags"];
                /** @description Servers having none of these tags (comma-separated list; 2.26). */
                "not-tags-any"?: components["parameters"]["server_filter_not_tags_any"];
                /** @description Only items changed at or after this time (ISO 8601). */
                "changes-since"?: components["parameters"]["changes-since"];
                /** @description Only items changed at or before this time (2.66). */
                "changes-before"?: components["parameters"]["changes-before"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Sort key. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Servers; `servers_links` holds a `next` link when the page is full. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServersList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the server is building. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerCreateResponse"];
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
    listServersDetailed: {
        parameters: {
            query?: {
                /** @description Regular expression matched against the server name. */
                name?: components["parameters"]["server_filter_name"];
                /** @description Server status (e.g. ACTIVE, SHUTOFF, ERROR). */
                status?: components["parameters"]["server_filter_status"];
                /** @description Image ID. */
                image?: components["parameters"]["server_filter_image"];
                /** @description Flavor ID. */
                flavor?: components["parameters"]["server_filter_flavor"];
                /** @description Compute host name (admin). */
                host?: components["parameters"]["server_filter_host"];
                /** @description Hypervisor hostname (admin). */
                node?: components["parameters"]["server_filter_node"];
                /** @description List servers of all projects (admin); any value but false/0/off. */
                all_tenants?: components["parameters"]["server_filter_all_tenants"];
                /** @description Project ID (with all_tenants). */
                project_id?: components["parameters"]["server_filter_project_id"];
                /** @description Project ID (with all_tenants). */
                tenant_id?: components["parameters"]["server_filter_tenant_id"];
                /** @description User ID. */
                user_id?: components["parameters"]["server_filter_user_id"];
                /** @description Show deleted servers (admin, with changes-since). */
                deleted?: components["parameters"]["server_filter_deleted"];
                /** @description Regular expression matched against IPv4 addresses. */
                ip?: components["parameters"]["server_filter_ip"];
                /** @description Regular expression matched against IPv6 addresses. */
                ip6?: components["parameters"]["server_filter_ip6"];
                /** @description Availability zone name. */
                availability_zone?: components["parameters"]["server_filter_availability_zone"];
                /** @description Reservation ID from a multiple create. */
                reservation_id?: components["parameters"]["server_filter_reservation_id"];
                /** @description Locked state (2.73). */
                locked?: components["parameters"]["server_filter_locked"];
                /** @description Regular expression matched against the description (2.19). */
                description?: components["parameters"]["server_filter_description"];
                /** @description Servers having every one of these tags (comma-separated list; 2.26). */
                tags?: components["parameters"]["server_filter_tags"];
                /** @description Servers having at least one of these tags (comma-separated list; 2.26). */
                "tags-any"?: components["parameters"]["server_filter_tags_any"];
                /** @description Servers lacking at least one of these tags (comma-separated list; 2.26). */
                "not-tags"?: components["parameters"]["server_filter_not_tags"];
                /** @description Servers having none of these tags (comma-separated list; 2.26). */
                "not-tags-any"?: components["parameters"]["server_filter_not_tags_any"];
                /** @description Only items changed at or after this time (ISO 8601). */
                "changes-since"?: components["parameters"]["changes-since"];
                /** @description Only items changed at or before this time (2.66). */
                "changes-before"?: components["parameters"]["changes-before"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Sort key. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Servers with details. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServersListDetailed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated server. From microversion 2.75 the show view; before, without the extension attributes (`OS-EXT-STS:*`, `OS-EXT-AZ:*`, `OS-SRV-USG:*`, `OS-EXT-SRV-ATTR:*`, `config_drive`, `key_name`, `security_groups`, `os-extended-volumes:volumes_attached`, `host_status`) and with addresses of only `addr` and `version`. Access IPs are returned in canonical form. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion accepted. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    serverAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerActionRequest"];
            };
        };
        responses: {
            /** @description Result of `os-getConsoleOutput` (`ConsoleOutput`), `os-getSerialConsole` / `os-getVNCConsole` (`LegacyConsole`), `rescue` (`RescueResult`: the rescue boot's admin password) or `evacuate` (`RescueResult` before 2.14: the evacuated server's admin password; no body from 2.14). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleOutput"] | components["schemas"]["LegacyConsole"] | components["schemas"]["RescueResult"];
                };
            };
            /** @description Action accepted (os-start, os-stop, reboot, addSecurityGroup, removeSecurityGroup, addFloatingIp, removeFloatingIp, os-resetState, lock, unlock). */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    /** @description `createImage` and `createBackup` (rotation above 0) before 2.45: the URL of the new image in the image service. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateImageResult"] | components["schemas"]["ServerShow"];
                };
            };
            /** @description Resize confirmed (confirmResize). */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createRemoteConsole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoteConsoleCreateRequest"];
            };
        };
        responses: {
            /** @description The console's URL. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoteConsoleBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listServerMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All metadata. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceServerMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadataRequest"];
            };
        };
        responses: {
            /** @description The new metadata. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createServerMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadataRequest"];
            };
        };
        responses: {
            /** @description All metadata after the merge. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServerMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadataItemRequest"];
            };
        };
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteServerMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listServerTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's tags. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerTagsBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceServerTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerTagsReplaceRequest"];
            };
        };
        responses: {
            /** @description The new tags. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerTagsBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteServerTags: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every tag removed. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    checkServerTag: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The tag (1 to 60 characters, no `/` or `,`; checked when adding). */
                tag: components["parameters"]["server_tag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server has the tag. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addServerTag: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The tag (1 to 60 characters, no `/` or `,`; checked when adding). */
                tag: components["parameters"]["server_tag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    Location: components["headers"]["TagLocation"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The server already had the tag. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    deleteServerTag: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The tag (1 to 60 characters, no `/` or `,`; checked when adding). */
                tag: components["parameters"]["server_tag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listServerAddresses: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Addresses by network. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerAddresses"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServerSecurityGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's security groups. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerSecurityGroups"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServerVolumeAttachments: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["offset"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's volume attachments. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeAttachmentsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerVolumeAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeAttachmentCreateRequest"];
            };
        };
        responses: {
            /** @description The new attachment. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeAttachmentShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerVolumeAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The UUID of the attached volume. */
                volume_id: components["parameters"]["volume_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeAttachmentShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServerVolumeAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The UUID of the attached volume. */
                volume_id: components["parameters"]["volume_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeAttachmentUpdateRequest"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    deleteServerVolumeAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The UUID of the attached volume. */
                volume_id: components["parameters"]["volume_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detach accepted. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    listServerInterfaces: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's port interfaces. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfaceAttachmentsList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InterfaceAttachmentCreateRequest"];
            };
        };
        responses: {
            /** @description The new interface. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfaceAttachmentShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["ComputeFault"];
        };
    };
    showServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The UUID of the port. */
                port_id: components["parameters"]["port_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interface. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfaceAttachmentShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The UUID of the port. */
                port_id: components["parameters"]["port_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Detach accepted. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerPassword: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's password. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "password": "xlozO3wLCBRWAa2yDjCCVx8vwNPypxnypmRYDa/zErlQ+EzPe1S/Gz6nfmC52mOlOSCRuUOmG7kqqgejPof6M7bOezS387zjq4LSvvwp28zUknzy4YzfFGhnHAdai3TxUJ26pfQCYrq8UTzmKF2Bq8ioSEtVVzM0A96pDh8W2i7BOz6MdoiVyiev=="
                     *     }
                     */
                    "application/json": components["schemas"]["ServerPassword"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    clearServerPassword: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listInstanceActions: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Only items changed at or after this time (ISO 8601). */
                "changes-since"?: components["parameters"]["changes-since"];
                /** @description Only items changed at or before this time (2.66). */
                "changes-before"?: components["parameters"]["changes-before"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's actions, newest first. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceActionsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listMigrations: {
        parameters: {
            query?: {
                instance_uuid?: string;
                status?: string;
                migration_type?: string;
                source_compute?: string;
                host?: string;
                hidden?: string;
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The migrations. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listServerMigrations: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The migrations. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerMigrationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showServerMigration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The migration's integer id (or, from 2.59, its UUID). */
                migration_id: components["parameters"]["migration_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The migration. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerMigrationShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    abortServerMigration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The migration's integer id (or, from 2.59, its UUID). */
                migration_id: components["parameters"]["migration_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The abort was sent. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
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
    forceCompleteServerMigration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The migration's integer id (or, from 2.59, its UUID). */
                migration_id: components["parameters"]["migration_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    force_complete: null;
                };
            };
        };
        responses: {
            /** @description Sent. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
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
    showInstanceAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The request ID of the instance action. */
                request_id: components["parameters"]["request_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action with its events. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceActionShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServerGroups: {
        parameters: {
            query?: {
                /** @description List server groups of all projects (admin). */
                all_projects?: components["parameters"]["all_projects"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["offset"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server groups. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroupsList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createServerGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The created group. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroupShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server group UUID. */
                server_group_id: components["parameters"]["server_group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroupShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server group UUID. */
                server_group_id: components["parameters"]["server_group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAggregates: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Aggregates with their hosts and metadata. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatesList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAggregate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateCreateRequest"];
            };
        };
        responses: {
            /** @description The created aggregate. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showAggregate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: components["parameters"]["aggregate_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aggregate. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAggregate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: components["parameters"]["aggregate_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated aggregate. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteAggregate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: components["parameters"]["aggregate_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    aggregateAction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The aggregate's integer id. */
                aggregate_id: components["parameters"]["aggregate_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateActionRequest"];
            };
        };
        responses: {
            /** @description The aggregate after the action. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    searchHypervisors: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description A part of the hypervisor hostnames to match. */
                hypervisor_hostname_pattern: components["parameters"]["hypervisor_hostname_pattern_path"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching hypervisors. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HypervisorsList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listHypervisorServers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description A part of the hypervisor hostnames to match. */
                hypervisor_hostname_pattern: components["parameters"]["hypervisor_hostname_pattern_path"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching hypervisors. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HypervisorsList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showHypervisorStatistics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Totals over every hypervisor. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HypervisorStatistics"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeLimits: {
        parameters: {
            query?: {
                /** @description Show the limits of this project (admin). */
                tenant_id?: components["parameters"]["limits_tenant_id"];
                /** @description Deprecated; ignored. */
                reserved?: components["parameters"]["limits_reserved"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limits of the project. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Limits"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listTenantUsages: {
        parameters: {
            query?: {
                /** @description Start of the period (`YYYY-MM-DDThh:mm:ss[.ffffff]` or `YYYY-MM-DD hh:mm:ss.ffffff`, UTC); default now. */
                start?: string;
                /** @description End of the period (same formats); default now; a later end is cut to now. */
                end?: string;
                /** @description `1` to list each server's usage (`server_usages`). */
                detailed?: string;
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage per project. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantUsagesList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showTenantUsage: {
        parameters: {
            query?: {
                /** @description Start of the period (`YYYY-MM-DDThh:mm:ss[.ffffff]` or `YYYY-MM-DD hh:mm:ss.ffffff`, UTC); default now. */
                start?: string;
                /** @description End of the period (same formats); default now; a later end is cut to now. */
                end?: string;
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's usage. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantUsageShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeSecurityGroups: {
        parameters: {
            query?: {
                /** @description List servers of all projects (admin); any value but false/0/off. */
                all_tenants?: components["parameters"]["server_filter_all_tenants"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description Number of items to skip. */
                offset?: components["parameters"]["offset"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's groups (every project's with all_tenants, admin). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSecurityGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createComputeSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeSecurityGroupRequest"];
            };
        };
        responses: {
            /** @description The new group. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSecurityGroupShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The security group's UUID. */
                security_group_id: components["parameters"]["compute_security_group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group with its ingress rules. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSecurityGroupShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateComputeSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The security group's UUID. */
                security_group_id: components["parameters"]["compute_security_group_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeSecurityGroupRequest"];
            };
        };
        responses: {
            /** @description The updated group. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSecurityGroupShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The security group's UUID. */
                security_group_id: components["parameters"]["compute_security_group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    createComputeSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeSecurityGroupRuleRequest"];
            };
        };
        responses: {
            /** @description The new rule. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSecurityGroupRuleShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The rule's UUID. */
                security_group_rule_id: components["parameters"]["compute_security_group_rule_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    listComputeFloatingIps: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's floating IPs. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeFloatingIpList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createComputeFloatingIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The external network's name or ID (Nova's default_floating_pool `nova` when absent). */
                    pool?: string;
                };
            };
        };
        responses: {
            /** @description The new floating IP. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeFloatingIpShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeFloatingIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The floating IP's UUID. */
                floating_ip_id: components["parameters"]["compute_floating_ip_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The floating IP. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeFloatingIpShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeFloatingIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The floating IP's UUID. */
                floating_ip_id: components["parameters"]["compute_floating_ip_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disassociated and released. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    listComputeFloatingIpPools: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The external networks, by name. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeFloatingIpPools"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeHosts: {
        parameters: {
            query?: {
                /** @description Only the hosts of this availability zone (all when empty or absent). */
                zone?: components["parameters"]["compute_host_zone"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compute hosts with their zone. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeHostList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeHost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The host's total, used and per-project resources. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeHostShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateComputeHost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeHostUpdateRequest"];
            };
        };
        responses: {
            /** @description The new status. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeHostUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            501: components["responses"]["NotImplemented"];
        };
    };
    rebootComputeHost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Never: the hosts do not power themselves (501, as Nova with libvirt). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeHostPowerAction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            501: components["responses"]["NotImplemented"];
        };
    };
    shutdownComputeHost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Never: the hosts do not power themselves (501, as Nova with libvirt). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeHostPowerAction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            501: components["responses"]["NotImplemented"];
        };
    };
    startupComputeHost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The host's name. */
                host_name: components["parameters"]["compute_host_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Never: the hosts do not power themselves (501, as Nova with libvirt). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeHostPowerAction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            501: components["responses"]["NotImplemented"];
        };
    };
    showComputeQuotaClassSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The quota class (Nova uses `default`). */
                quota_class_name: components["parameters"]["compute_quota_class_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The class's values (the `default` class holds every project's defaults). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaClassSetShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateComputeQuotaClassSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The quota class (Nova uses `default`). */
                quota_class_name: components["parameters"]["compute_quota_class_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotaClassSetUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated values (no id). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaClassSetUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showComputeQuotaSet: {
        parameters: {
            query?: {
                /** @description Act on this user's resources (admin). */
                user_id?: components["parameters"]["user_id_query"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's (or user's) quota. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateComputeQuotaSet: {
        parameters: {
            query?: {
                /** @description Act on this user's resources (admin). */
                user_id?: components["parameters"]["user_id_query"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotaSetUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated quota. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetUpdated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deleteComputeQuotaSet: {
        parameters: {
            query?: {
                /** @description Act on this user's resources (admin). */
                user_id?: components["parameters"]["user_id_query"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's overrides (or the user's, with user_id) removed. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showComputeDefaultQuotaSet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default quota. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showComputeQuotaSetDetail: {
        parameters: {
            query?: {
                /** @description Act on this user's resources (admin). */
                user_id?: components["parameters"]["user_id_query"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The project ID. */
                tenant_id: components["parameters"]["tenant_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Limits, usage and reservations. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaSetDetailShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listComputeAvailabilityZones: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Available zones (hosts null). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityZonesList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listComputeAvailabilityZonesDetailed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All zones with hosts and services (admin). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityZonesList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listHypervisors: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Hypervisor hostname substring (2.53). */
                hypervisor_hostname_pattern?: components["parameters"]["hypervisor_hostname_pattern"];
                /** @description Include the servers of each hypervisor (2.53). */
                with_servers?: components["parameters"]["with_servers"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hypervisors. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HypervisorsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listHypervisorsDetailed: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["limit"];
                /** @description ID (or name for key pairs) of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Hypervisor hostname substring (2.53). */
                hypervisor_hostname_pattern?: components["parameters"]["hypervisor_hostname_pattern"];
                /** @description Include the servers of each hypervisor (2.53). */
                with_servers?: components["parameters"]["with_servers"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hypervisors with details. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HypervisorsListDetailed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showHypervisor: {
        parameters: {
            query?: {
                /** @description Include the servers of each hypervisor (2.53). */
                with_servers?: components["parameters"]["with_servers"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The hypervisor ID (a UUID from microversion 2.53). */
                hypervisor_id: components["parameters"]["hypervisor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hypervisor. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HypervisorShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeServices: {
        parameters: {
            query?: {
                /** @description Service binary name. */
                binary?: components["parameters"]["binary"];
                /** @description Host name. */
                host?: components["parameters"]["service_host"];
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Services. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicesList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateComputeService: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The service ID (a UUID from microversion 2.53). */
                service_id: components["parameters"]["service_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated service. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeService: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The service ID (a UUID from microversion 2.53). */
                service_id: components["parameters"]["service_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    listComputeExtensions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Extensions (for old clients). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionsList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listComputeImages: {
        parameters: {
            query?: {
                /** @description Only images updated at or after this time (ISO 8601). */
                "changes-since"?: string;
                /** @description Only snapshots of this server (its id or URL). */
                server?: string;
                /** @description Only images of this name. */
                name?: string;
                /** @description Only images of this status (ACTIVE, SAVING, ERROR, DELETED). */
                status?: string;
                /** @description Only images needing at least this root disk (GiB). */
                minDisk?: number;
                /** @description Only images needing at least this RAM (MiB). */
                minRam?: number;
                /** @description Only images of this image_type (snapshot, backup). */
                type?: string;
                /** @description Page size. */
                limit?: number;
                /** @description The last image of the previous page. */
                marker?: string;
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeImageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeImagesDetailed: {
        parameters: {
            query?: {
                /** @description Only images updated at or after this time (ISO 8601). */
                "changes-since"?: string;
                /** @description Only snapshots of this server (its id or URL). */
                server?: string;
                /** @description Only images of this name. */
                name?: string;
                /** @description Only images of this status (ACTIVE, SAVING, ERROR, DELETED). */
                status?: string;
                /** @description Only images needing at least this root disk (GiB). */
                minDisk?: number;
                /** @description Only images needing at least this RAM (MiB). */
                minRam?: number;
                /** @description Only images of this image_type (snapshot, backup). */
                type?: string;
                /** @description Page size. */
                limit?: number;
                /** @description The last image of the previous page. */
                marker?: string;
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeImageDetailList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeImageShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeImageMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceComputeImageMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadataRequest"];
            };
        };
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateComputeImageMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadataRequest"];
            };
        };
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeImageMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateComputeImageMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetadataItemRequest"];
            };
        };
        responses: {
            /** @description The answer. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetadataItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeImageMetadataItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The image UUID. */
                image_id: components["parameters"]["image_id"];
                /** @description The metadata key. */
                key: components["parameters"]["key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeVolumes: {
        parameters: {
            query?: {
                /** @description At most this many volumes. */
                limit?: number;
                /** @description Skip this many volumes. */
                offset?: number;
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's volumes. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeVolumeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createComputeVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeVolumeCreate"];
            };
        };
        responses: {
            /** @description The new volume (creating). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeVolumeShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeVolumesDetailed: {
        parameters: {
            query?: {
                /** @description At most this many volumes. */
                limit?: number;
                /** @description Skip this many volumes. */
                offset?: number;
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's volumes (the same view as the list). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeVolumeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The volume UUID. */
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeVolumeShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The volume UUID. */
                volume_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion started. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    listComputeSnapshots: {
        parameters: {
            query?: {
                /** @description At most this many snapshots. */
                limit?: number;
                /** @description Skip this many snapshots. */
                offset?: number;
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's snapshots. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSnapshotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createComputeSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeSnapshotCreate"];
            };
        };
        responses: {
            /** @description The new snapshot (creating). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSnapshotShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeSnapshotsDetailed: {
        parameters: {
            query?: {
                /** @description At most this many snapshots. */
                limit?: number;
                /** @description Skip this many snapshots. */
                offset?: number;
            };
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's snapshots (the same view as the list). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSnapshotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The snapshot UUID. */
                snapshot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeSnapshotShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteComputeSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The snapshot UUID. */
                snapshot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion started. */
            202: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
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
    showServerDiagnostics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's diagnostics. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerDiagnostics"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerAddressesByNetwork: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The server UUID. */
                server_id: components["parameters"]["server_id"];
                /** @description The network's label (name). */
                network_label: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses on that network. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Addresses"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeExtension: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The extension's alias. */
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extension (for old clients). */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerExternalEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerExternalEventsCreate"];
            };
        };
        responses: {
            /** @description Every event accepted. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerExternalEvents"];
                };
            };
            /** @description Some events accepted (each event's code says which). */
            207: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerExternalEvents"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listInstanceUsageAuditLogs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit of the last completed period. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceUsageAuditLogList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showInstanceUsageAuditLog: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The audit period completed before this time (YYYY-MM-DD hh:mm:ss[.ffffff]). */
                before_timestamp: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit of that period. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceUsageAuditLogShow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listComputeNetworks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The networks. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeNetworkList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeNetwork: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The network UUID. */
                network_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeNetworkShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listComputeTenantNetworks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The networks. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeTenantNetworkList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showComputeTenantNetwork: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Requested microversion: `compute <X.Y>`, `compute latest` (or `compute 2.1` when absent).
                 * @example compute 2.79
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
                /**
                 * @description Legacy microversion header: `<X.Y>` or `latest`. `OpenStack-API-Version` wins when both are sent.
                 * @example 2.79
                 */
                "X-OpenStack-Nova-API-Version"?: components["parameters"]["XOpenStackNovaApiVersion"];
            };
            path: {
                /** @description The network UUID. */
                network_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network. */
            200: {
                headers: {
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    "X-OpenStack-Nova-API-Version": components["headers"]["XOpenStackNovaApiVersion"];
                    Vary: components["headers"]["Vary"];
                    "x-openstack-request-id": components["headers"]["XOpenStackRequestId"];
                    "x-compute-request-id": components["headers"]["XComputeRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeTenantNetworkShow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}

/**
 * This file was generated from schemas/network.yaml by packages/sdk/scripts/generate.mjs
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
        /** List API versions */
        get: operations["listNetworkVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show API v2.0 details (list top-level resources)
         * @description Lists the core resources (networks, subnets, ports, ...) of API v2.0. Requires authentication, as in Neutron.
         */
        get: operations["showNetworkVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List extensions */
        get: operations["listNetworkExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/extensions/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The alias of the extension (e.g. `security-group`, `router`, `quotas`). */
                alias: string;
            };
            cookie?: never;
        };
        /** Show extension details */
        get: operations["showNetworkExtension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List networks */
        get: operations["listNetworks"];
        put?: never;
        /**
         * Create network
         * @description Creates one network (`network`) or, in bulk, several atomically (`networks`).
         */
        post: operations["createNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/networks/{network_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the network. */
                network_id: components["parameters"]["network_id"];
            };
            cookie?: never;
        };
        /** Show network details */
        get: operations["showNetwork"];
        /** Update network */
        put: operations["updateNetwork"];
        post?: never;
        /** Delete network */
        delete: operations["deleteNetwork"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subnets */
        get: operations["listSubnets"];
        put?: never;
        /**
         * Create subnet
         * @description Creates one subnet (`subnet`) or, in bulk, several atomically (`subnets`).
         */
        post: operations["createSubnet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnets/{subnet_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the subnet. */
                subnet_id: components["parameters"]["subnet_id"];
            };
            cookie?: never;
        };
        /** Show subnet details */
        get: operations["showSubnet"];
        /** Update subnet */
        put: operations["updateSubnet"];
        post?: never;
        /** Delete subnet */
        delete: operations["deleteSubnet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnetpools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subnet pools
         * @description The caller's pools and the shared ones (all for admins), filtered and paginated.
         */
        get: operations["listSubnetPools"];
        put?: never;
        /**
         * Create subnet pool
         * @description `prefixes` (one IP version) are stored summarized. Prefix lengths default to 8 (IPv4) or 64 (IPv6) for `min_prefixlen`, the address size for `max_prefixlen` and `min_prefixlen` for `default_prefixlen`. `shared` and `is_default` are admin-only; one default pool per IP version. In an address scope (same IP version) no two pools' prefixes overlap.
         */
        post: operations["createSubnetPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnetpools/{subnetpool_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subnetpool_id: string;
            };
            cookie?: never;
        };
        /** Show subnet pool */
        get: operations["showSubnetPool"];
        /**
         * Update subnet pool
         * @description Prefixes may only grow (the old ones must lie inside the new ones); `is_default` is admin-only.
         */
        put: operations["updateSubnetPool"];
        post?: never;
        /**
         * Delete subnet pool
         * @description 409 SubnetPoolInUse while subnets are allocated from it.
         */
        delete: operations["deleteSubnetPool"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/address-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List address scopes
         * @description The caller's scopes and the shared ones (all for admins).
         */
        get: operations["listAddressScopes"];
        put?: never;
        /**
         * Create address scope
         * @description `shared: true` is admin-only.
         */
        post: operations["createAddressScope"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/address-scopes/{address_scope_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address_scope_id: string;
            };
            cookie?: never;
        };
        /** Show address scope */
        get: operations["showAddressScope"];
        /**
         * Update address scope
         * @description `shared` is admin-only, and a shared scope cannot be unshared.
         */
        put: operations["updateAddressScope"];
        post?: never;
        /**
         * Delete address scope
         * @description 409 AddressScopeInUse while subnet pools belong to it.
         */
        delete: operations["deleteAddressScope"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ports */
        get: operations["listPorts"];
        put?: never;
        /**
         * Create port
         * @description Creates one port (`port`) or, in bulk, several atomically (`ports`).
         */
        post: operations["createPort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/ports/{port_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the port. */
                port_id: components["parameters"]["port_id"];
            };
            cookie?: never;
        };
        /** Show port details */
        get: operations["showPort"];
        /** Update port */
        put: operations["updatePort"];
        post?: never;
        /** Delete port */
        delete: operations["deletePort"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List security groups */
        get: operations["listSecurityGroups"];
        put?: never;
        /** Create security group */
        post: operations["createSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/security-groups/{security_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the security group. */
                security_group_id: components["parameters"]["security_group_id"];
            };
            cookie?: never;
        };
        /** Show security group details */
        get: operations["showSecurityGroup"];
        /** Update security group */
        put: operations["updateSecurityGroup"];
        post?: never;
        /** Delete security group */
        delete: operations["deleteSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/security-group-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List security group rules */
        get: operations["listSecurityGroupRules"];
        put?: never;
        /**
         * Create security group rule
         * @description Creates one security group rule (`security_group_rule`) or, in bulk, several atomically (`security_group_rules`).
         */
        post: operations["createSecurityGroupRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/security-group-rules/{security_group_rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the security group rule. */
                security_group_rule_id: components["parameters"]["security_group_rule_id"];
            };
            cookie?: never;
        };
        /** Show security group rule details */
        get: operations["showSecurityGroupRule"];
        put?: never;
        post?: never;
        /** Delete security group rule */
        delete: operations["deleteSecurityGroupRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List routers */
        get: operations["listRouters"];
        put?: never;
        /** Create router */
        post: operations["createRouter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{router_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        /** Show router details */
        get: operations["showRouter"];
        /** Update router */
        put: operations["updateRouter"];
        post?: never;
        /** Delete router */
        delete: operations["deleteRouter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{router_id}/add_router_interface": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Add interface to router
         * @description Attaches a subnet (Neutron creates a port with the subnet's gateway IP) or an existing
         *     port to the router. The body is not wrapped; give exactly one of `subnet_id` or `port_id`.
         */
        put: operations["addRouterInterface"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{router_id}/remove_router_interface": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Remove interface from router
         * @description Detaches a subnet or port from the router. The body is not wrapped; give `subnet_id`, `port_id` or both.
         */
        put: operations["removeRouterInterface"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/floatingips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List floating IPs */
        get: operations["listFloatingIPs"];
        put?: never;
        /** Create floating IP */
        post: operations["createFloatingIP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/floatingips/{floatingip_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the floating IP. */
                floatingip_id: components["parameters"]["floatingip_id"];
            };
            cookie?: never;
        };
        /** Show floating IP details */
        get: operations["showFloatingIP"];
        /** Update floating IP */
        put: operations["updateFloatingIP"];
        post?: never;
        /** Delete floating IP */
        delete: operations["deleteFloatingIP"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quotas for projects with non-default quotas
         * @description Admin only. Lists the quotas of every project that has non-default quota values.
         */
        get: operations["listNetworkQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * List quotas for a project
         * @description The effective quotas of the project (its own values, else the defaults).
         */
        get: operations["showNetworkQuota"];
        /**
         * Update quotas for a project
         * @description Admin only. Sets per-project quota values; `-1` means unlimited.
         */
        put: operations["updateNetworkQuota"];
        post?: never;
        /** Reset quotas for a project to the defaults */
        delete: operations["deleteNetworkQuota"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas/{project_id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /** List default quotas for a project */
        get: operations["showNetworkQuotaDefault"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas/{project_id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        /**
         * Show quota usage details for a project
         * @description Per resource, the limit, current usage and reservations. The api-ref writes this path with a `.json` suffix (`/details.json`); Neutron answers both.
         */
        get: operations["showNetworkQuotaDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description The dataplane agents of every host (admins only; others get an empty list, as from Neutron's per-item policy): a `Linux bridge agent` and a `DHCP agent` on hosts that run the linuxbridge driver, a `Noop agent` on hosts without a dataplane (guests get a QEMU user-mode NIC there). `alive` follows the host's heartbeat.
         */
        get: operations["listNetworkAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show agent details */
        get: operations["showNetworkAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/service-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service providers
         * @description The drivers behind Neutron's advanced services (extension `service-type`). oscloud has one: its own L3 router (router namespaces on the hosts), the default for routers.
         */
        get: operations["listServiceProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/availability_zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List availability zones */
        get: operations["listNetworkAvailabilityZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/{resource_type}/{resource_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        /** Obtain tag list of a resource */
        get: operations["listResourceTags"];
        /** Replace all tags on a resource */
        put: operations["replaceResourceTags"];
        post?: never;
        /** Remove all tags from a resource */
        delete: operations["deleteResourceTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/{resource_type}/{resource_id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
                /** @description The tag (at most 255 characters, no `,` or `/`). */
                tag: string;
            };
            cookie?: never;
        };
        /** Confirm a tag on a resource */
        get: operations["checkResourceTag"];
        /** Add a tag to a resource */
        put: operations["addResourceTag"];
        post?: never;
        /** Remove a tag from a resource */
        delete: operations["deleteResourceTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Neutron's error body. */
        NeutronError: {
            NeutronError: {
                /** @description The exception class name, e.g. `NetworkNotFound`, `IpAddressAlreadyAllocated`, `HTTPBadRequest`. */
                type: string;
                /** @description Human-readable message. */
                message: string;
                /** @description Extra detail; usually the empty string. */
                detail: string;
            };
        };
        /** @description keystonemiddleware's 401 body (Keystone's error format). */
        AuthError: {
            error: {
                code: number;
                message: string;
                title: string;
            };
        };
        Link: {
            href: string;
            /** @description `self`, `next` or `previous`. */
            rel: string;
        };
        VersionsResponse: {
            versions: {
                /** @example v2.0 */
                id: string;
                /** @enum {string} */
                status: "CURRENT" | "SUPPORTED" | "DEPRECATED";
                links: components["schemas"]["Link"][];
            }[];
        };
        ResourcesResponse: {
            resources: {
                /** @example network */
                name: string;
                /** @example networks */
                collection: string;
                links: components["schemas"]["Link"][];
            }[];
        };
        Extension: {
            name: string;
            alias: string;
            description: string;
            /** @description Timestamp of the extension's last change, e.g. `2013-02-03T10:00:00-00:00`. */
            updated: string;
            links: components["schemas"]["Link"][];
        };
        Network: {
            id: string;
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
            /** @description IDs of the network's subnets. */
            subnets: string[];
            admin_state_up: boolean;
            shared: boolean;
            tenant_id: string;
            project_id: string;
            mtu: number;
            "router:external": boolean;
            /** @description Default port security of the network's new ports. */
            port_security_enabled?: boolean;
            /** @description Admin only. `local` (the network stays on each host) or `vxlan` (it spans the hosts; MTU at most the underlay's minus 50). New networks without it take the configured tenant network type (`services.network.tenant_network_type`, default `local`). */
            "provider:network_type"?: string | null;
            /** @description Admin only. */
            "provider:physical_network"?: string | null;
            /** @description Admin only. The VXLAN VNI (1-16777215): admin-set, or allocated from `services.network.vni_ranges` (default 1:1000); null for local networks. */
            "provider:segmentation_id"?: number | null;
            availability_zones?: string[];
            availability_zone_hints?: string[];
            description: string;
            tags: string[];
            /** @description Creation time, ISO 8601 UTC (e.g. `2016-03-08T20:19:41Z`). */
            created_at: string;
            /** @description Last update time, ISO 8601 UTC. */
            updated_at: string;
            /** @description Incremented on every change of the resource. */
            revision_number: number;
            ipv4_address_scope?: string | null;
            ipv6_address_scope?: string | null;
            dns_domain?: string;
            is_default?: boolean;
            l2_adjacency?: boolean;
        };
        NetworkCreateRequest: {
            name?: string;
            /** @default true */
            admin_state_up?: boolean;
            /** @default false */
            shared?: boolean;
            /** @description Admin only; owner project (same as `project_id`). */
            tenant_id?: string;
            /** @description Admin only; owner project. */
            project_id?: string;
            mtu?: number;
            /** @default false */
            "router:external"?: boolean;
            /** @default true */
            port_security_enabled?: boolean;
            "provider:network_type"?: string;
            "provider:physical_network"?: string;
            "provider:segmentation_id"?: number;
            availability_zone_hints?: string[];
            description?: string;
            dns_domain?: string;
            is_default?: boolean;
        };
        NetworkUpdateRequest: {
            name?: string;
            admin_state_up?: boolean;
            shared?: boolean;
            mtu?: number;
            "router:external"?: boolean;
            port_security_enabled?: boolean;
            "provider:network_type"?: string;
            "provider:physical_network"?: string;
            "provider:segmentation_id"?: number;
            description?: string;
            dns_domain?: string;
            is_default?: boolean;
        };
        AllocationPool: {
            start: string;
            end: string;
        };
        HostRoute: {
            /** @description CIDR. */
            destination: string;
            /** @description IP address. */
            nexthop: string;
        };
        /** @enum {string|null} */
        Ipv6Mode: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
        Subnet: {
            id: string;
            name: string;
            network_id: string;
            /** @enum {integer} */
            ip_version: 4 | 6;
            cidr: string;
            gateway_ip: string | null;
            allocation_pools: components["schemas"]["AllocationPool"][];
            enable_dhcp: boolean;
            dns_nameservers: string[];
            host_routes: components["schemas"]["HostRoute"][];
            ipv6_ra_mode: components["schemas"]["Ipv6Mode"];
            ipv6_address_mode: components["schemas"]["Ipv6Mode"];
            subnetpool_id: string | null;
            tenant_id: string;
            project_id: string;
            description: string;
            tags: string[];
            service_types: string[];
            segment_id: string | null;
            /** @description Creation time, ISO 8601 UTC (e.g. `2016-03-08T20:19:41Z`). */
            created_at: string;
            /** @description Last update time, ISO 8601 UTC. */
            updated_at: string;
            /** @description Incremented on every change of the resource. */
            revision_number: number;
        };
        AddressScope: {
            id: string;
            name: string;
            /** @enum {integer} */
            ip_version: 4 | 6;
            shared: boolean;
            tenant_id: string;
            project_id: string;
        };
        SubnetPool: {
            id: string;
            name: string;
            /** @enum {integer} */
            ip_version: 4 | 6;
            prefixes: string[];
            default_prefixlen: number;
            min_prefixlen: number;
            max_prefixlen: number;
            /** @description Per-project limit of the addresses (IPv4) or /64 networks (IPv6) allocated from the pool. */
            default_quota: number | null;
            /** @description The address scope the pool belongs to (its prefixes are unique there). */
            address_scope_id: string | null;
            shared: boolean;
            is_default: boolean;
            tenant_id: string;
            project_id: string;
            description: string;
            tags: string[];
            created_at: string;
            updated_at: string;
            revision_number: number;
        };
        SubnetPoolCreateRequest: {
            name?: string;
            description?: string;
            prefixes: string[];
            default_prefixlen?: number;
            min_prefixlen?: number;
            max_prefixlen?: number;
            default_quota?: number | null;
            address_scope_id?: string | null;
            shared?: boolean;
            is_default?: boolean;
            tenant_id?: string;
            project_id?: string;
        };
        SubnetPoolUpdateRequest: {
            name?: string;
            description?: string;
            prefixes?: string[];
            default_prefixlen?: number;
            min_prefixlen?: number;
            max_prefixlen?: number;
            default_quota?: number | null;
            address_scope_id?: string | null;
            is_default?: boolean;
        };
        /** @description `cidr` is required unless `subnetpool_id` (or `use_default_subnetpool`) is given. */
        SubnetCreateRequest: {
            network_id: string;
            /** @enum {integer} */
            ip_version: 4 | 6;
            cidr?: string;
            name?: string;
            /** @description Defaults to the first address of the CIDR; `null` for no gateway. */
            gateway_ip?: string | null;
            allocation_pools?: components["schemas"]["AllocationPool"][];
            /** @default true */
            enable_dhcp?: boolean;
            dns_nameservers?: string[];
            host_routes?: components["schemas"]["HostRoute"][];
            ipv6_ra_mode?: components["schemas"]["Ipv6Mode"];
            ipv6_address_mode?: components["schemas"]["Ipv6Mode"];
            subnetpool_id?: string | null;
            use_default_subnetpool?: boolean;
            prefixlen?: number;
            tenant_id?: string;
            project_id?: string;
            description?: string;
            service_types?: string[];
            segment_id?: string | null;
        };
        SubnetUpdateRequest: {
            name?: string;
            gateway_ip?: string | null;
            allocation_pools?: components["schemas"]["AllocationPool"][];
            enable_dhcp?: boolean;
            dns_nameservers?: string[];
            host_routes?: components["schemas"]["HostRoute"][];
            description?: string;
            service_types?: string[];
            segment_id?: string | null;
        };
        FixedIP: {
            subnet_id: string;
            ip_address: string;
        };
        /** @description Give `subnet_id` (an address is allocated from it), `ip_address`, or both. */
        FixedIPRequest: {
            subnet_id?: string;
            /**
             * Format: ip
             * @description An IPv4 or IPv6 address.
             */
            ip_address?: string;
        };
        AllowedAddressPair: {
            /** @description IP address or CIDR. */
            ip_address: string;
            /** @description Defaults to the port's MAC address. */
            mac_address?: string;
        };
        ExtraDhcpOpt: {
            opt_name: string;
            opt_value: string | null;
            /** @enum {integer} */
            ip_version?: 4 | 6;
        };
        DnsAssignment: {
            hostname: string;
            ip_address: string;
            fqdn: string;
        };
        Port: {
            id: string;
            name: string;
            network_id: string;
            mac_address: string;
            fixed_ips: components["schemas"]["FixedIP"][];
            /** @description The ID of the device using the port (server ID, router ID, DHCP agent ID) or ''. */
            device_id: string;
            /** @description e.g. `compute:<az>`, `network:dhcp`, `network:router_interface`, `network:router_gateway`, `network:floatingip` or ''. */
            device_owner: string;
            /** @enum {string} */
            status: "ACTIVE" | "DOWN" | "BUILD" | "ERROR" | "N/A";
            admin_state_up: boolean;
            security_groups: string[];
            port_security_enabled?: boolean;
            allowed_address_pairs: components["schemas"]["AllowedAddressPair"][];
            /** @description Admin only. The host the port is bound to, or ''. */
            "binding:host_id"?: string;
            /** @description Admin only. `unbound`, `binding_failed`, `ovs`, `bridge`, `tap`, ... */
            "binding:vif_type"?: string;
            /** @description `normal` (default), `direct`, `macvtap`, `baremetal`, `direct-physical`, `virtio-forwarder`, `smart-nic`, `vdpa`, ... */
            "binding:vnic_type"?: string;
            /** @description Admin only. Back-end details, e.g. `port_filter`, `bridge_name`. */
            "binding:vif_details"?: {
                [key: string]: unknown;
            };
            /** @description Admin only. Free-form dictionary between the compute host and the back-end. */
            "binding:profile"?: {
                [key: string]: unknown;
            };
            dns_name?: string;
            dns_assignment?: components["schemas"]["DnsAssignment"][];
            extra_dhcp_opts: components["schemas"]["ExtraDhcpOpt"][];
            tenant_id: string;
            project_id: string;
            description: string;
            tags: string[];
            /** @description Creation time, ISO 8601 UTC (e.g. `2016-03-08T20:19:41Z`). */
            created_at: string;
            /** @description Last update time, ISO 8601 UTC. */
            updated_at: string;
            /** @description Incremented on every change of the resource. */
            revision_number: number;
        };
        PortCreateRequest: {
            network_id: string;
            name?: string;
            /** @default true */
            admin_state_up?: boolean;
            mac_address?: string;
            /** @description Omit to get one address from each IPv4 subnet (and SLAAC IPv6) of the network; `[]` for none. */
            fixed_ips?: components["schemas"]["FixedIPRequest"][];
            device_id?: string;
            device_owner?: string;
            /** @description Defaults to the project's `default` group. */
            security_groups?: string[];
            port_security_enabled?: boolean;
            allowed_address_pairs?: components["schemas"]["AllowedAddressPair"][];
            "binding:host_id"?: string;
            /** @default normal */
            "binding:vnic_type"?: string;
            "binding:profile"?: {
                [key: string]: unknown;
            };
            dns_name?: string;
            extra_dhcp_opts?: components["schemas"]["ExtraDhcpOpt"][];
            tenant_id?: string;
            project_id?: string;
            description?: string;
        };
        PortUpdateRequest: {
            name?: string;
            admin_state_up?: boolean;
            /** @description Admin only, and only while the port is unbound. */
            mac_address?: string;
            fixed_ips?: components["schemas"]["FixedIPRequest"][];
            device_id?: string;
            device_owner?: string;
            security_groups?: string[];
            port_security_enabled?: boolean;
            allowed_address_pairs?: components["schemas"]["AllowedAddressPair"][];
            "binding:host_id"?: string;
            "binding:vnic_type"?: string;
            "binding:profile"?: {
                [key: string]: unknown;
            } | null;
            dns_name?: string;
            extra_dhcp_opts?: components["schemas"]["ExtraDhcpOpt"][];
            description?: string;
        };
        SecurityGroup: {
            id: string;
            name: string;
            description: string;
            tenant_id: string;
            project_id: string;
            security_group_rules: components["schemas"]["SecurityGroupRule"][];
            stateful: boolean;
            tags: string[];
            /** @description Creation time, ISO 8601 UTC (e.g. `2016-03-08T20:19:41Z`). */
            created_at: string;
            /** @description Last update time, ISO 8601 UTC. */
            updated_at: string;
            /** @description Incremented on every change of the resource. */
            revision_number: number;
        };
        /** @description A new group gets two egress rules (IPv4 and IPv6, any protocol). */
        SecurityGroupCreateRequest: {
            /** @description Must not be `default`. */
            name: string;
            description?: string;
            /** @default true */
            stateful?: boolean;
            tenant_id?: string;
            project_id?: string;
        };
        SecurityGroupUpdateRequest: {
            name?: string;
            description?: string;
            stateful?: boolean;
        };
        SecurityGroupRule: {
            id: string;
            security_group_id: string;
            /** @enum {string} */
            direction: "ingress" | "egress";
            /** @enum {string} */
            ethertype: "IPv4" | "IPv6";
            /** @description `tcp`, `udp`, `icmp`, `ipv6-icmp`, ... or an IP protocol number as a string; `null` for any. */
            protocol: string | null;
            /** @description Lowest port (TCP/UDP), or the ICMP type. */
            port_range_min: number | null;
            /** @description Highest port (TCP/UDP), or the ICMP code. */
            port_range_max: number | null;
            remote_ip_prefix: string | null;
            remote_group_id: string | null;
            remote_address_group_id?: string | null;
            description: string;
            tenant_id: string;
            project_id: string;
            belongs_to_default_sg?: boolean | null;
            /** @description Creation time, ISO 8601 UTC (e.g. `2016-03-08T20:19:41Z`). */
            created_at: string;
            /** @description Last update time, ISO 8601 UTC. */
            updated_at: string;
            /** @description Incremented on every change of the resource. */
            revision_number: number;
        };
        /** @description At most one of `remote_ip_prefix` and `remote_group_id`. */
        SecurityGroupRuleCreateRequest: {
            security_group_id: string;
            /** @enum {string} */
            direction: "ingress" | "egress";
            /**
             * @default IPv4
             * @enum {string}
             */
            ethertype?: "IPv4" | "IPv6";
            protocol?: string | number | null;
            /** @description Integer (clients may send it as a numeric string). The 32-bit bound only keeps unsafe numbers out; the handler checks the port or ICMP range with Neutron's own messages ("Invalid value for port -16."). */
            port_range_min?: number | string | null;
            /** @description Integer (clients may send it as a numeric string). The 32-bit bound only keeps unsafe numbers out; the handler checks the port or ICMP range with Neutron's own messages ("Invalid value for port -16."). */
            port_range_max?: number | string | null;
            remote_ip_prefix?: string | null;
            remote_group_id?: string | null;
            description?: string;
            tenant_id?: string;
            project_id?: string;
        };
        ExternalGatewayInfo: {
            network_id: string;
            enable_snat?: boolean;
            external_fixed_ips?: components["schemas"]["FixedIPRequest"][];
        };
        /** @description `{}` means no gateway (create) or clears it (update), like `null`; any other value must name the `network_id` (Neutron's `dict_or_nodata` validation). */
        ExternalGatewayInfoRequest: {
            network_id?: string;
            enable_snat?: boolean;
            external_fixed_ips?: components["schemas"]["FixedIPRequest"][];
        };
        Router: {
            id: string;
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "DOWN" | "ALLOCATING" | "ERROR";
            admin_state_up: boolean;
            tenant_id: string;
            project_id: string;
            /** @description The gateway to an external network, or `null`. */
            external_gateway_info: components["schemas"]["ExternalGatewayInfo"] | null;
            routes: components["schemas"]["HostRoute"][];
            distributed?: boolean;
            ha?: boolean;
            availability_zones?: string[];
            availability_zone_hints?: string[];
            flavor_id?: string | null;
            description: string;
            tags: string[];
            /** @description Creation time, ISO 8601 UTC (e.g. `2016-03-08T20:19:41Z`). */
            created_at: string;
            /** @description Last update time, ISO 8601 UTC. */
            updated_at: string;
            /** @description Incremented on every change of the resource. */
            revision_number: number;
        };
        RouterCreateRequest: {
            name?: string;
            /** @default true */
            admin_state_up?: boolean;
            /** @description `{}` or `null`: no gateway. */
            external_gateway_info?: components["schemas"]["ExternalGatewayInfoRequest"] | null;
            availability_zone_hints?: string[];
            description?: string;
            tenant_id?: string;
            project_id?: string;
        };
        RouterUpdateRequest: {
            name?: string;
            admin_state_up?: boolean;
            /** @description `{}` or `null` clears the gateway. */
            external_gateway_info?: components["schemas"]["ExternalGatewayInfoRequest"] | null;
            /** @description `null` removes every route (Neutron converts it to `[]`). */
            routes?: components["schemas"]["HostRoute"][] | null;
            description?: string;
        };
        /** @description Not wrapped. One of `subnet_id` or `port_id`. */
        RouterInterfaceRequest: {
            subnet_id?: string;
            port_id?: string;
        };
        RouterInterfaceInfo: {
            /** @description The router ID. */
            id: string;
            tenant_id: string;
            project_id: string;
            port_id: string;
            subnet_id: string;
            subnet_ids: string[];
            network_id: string;
            tags?: string[];
        };
        FloatingIPPortDetails: {
            name: string;
            network_id: string;
            mac_address: string;
            admin_state_up: boolean;
            status: string;
            device_id: string;
            device_owner: string;
        };
        FloatingIP: {
            id: string;
            floating_network_id: string;
            floating_ip_address: string;
            fixed_ip_address: string | null;
            port_id: string | null;
            router_id: string | null;
            /** @enum {string} */
            status: "ACTIVE" | "DOWN" | "ERROR";
            /** @description A summary of the associated port, or `null`. */
            port_details?: components["schemas"]["FloatingIPPortDetails"] | null;
            dns_name?: string;
            dns_domain?: string;
            port_forwardings?: Record<string, never>[];
            tenant_id: string;
            project_id: string;
            description: string;
            tags: string[];
            /** @description Creation time, ISO 8601 UTC (e.g. `2016-03-08T20:19:41Z`). */
            created_at: string;
            /** @description Last update time, ISO 8601 UTC. */
            updated_at: string;
            /** @description Incremented on every change of the resource. */
            revision_number: number;
        };
        FloatingIPCreateRequest: {
            floating_network_id: string;
            /**
             * Format: ip
             * @description An IPv4 or IPv6 address.
             */
            floating_ip_address?: string;
            subnet_id?: string;
            port_id?: string | null;
            /**
             * Format: ip
             * @description An IPv4 or IPv6 address (of the port).
             */
            fixed_ip_address?: string;
            description?: string;
            dns_name?: string;
            dns_domain?: string;
            tenant_id?: string;
            project_id?: string;
        };
        /** @description `port_id: null` disassociates the floating IP. */
        FloatingIPUpdateRequest: {
            port_id?: string | null;
            /**
             * Format: ip
             * @description An IPv4 or IPv6 address (of the port).
             */
            fixed_ip_address?: string | null;
            description?: string;
        };
        /** @description Limits per resource; `-1` is unlimited. */
        Quota: {
            network: number;
            subnet: number;
            subnetpool?: number;
            port: number;
            router: number;
            floatingip: number;
            security_group: number;
            security_group_rule: number;
            rbac_policy?: number;
        };
        ProjectQuota: components["schemas"]["Quota"] & {
            project_id: string;
            tenant_id: string;
        };
        QuotaResponse: {
            quota: components["schemas"]["Quota"];
        };
        QuotaUpdateRequest: {
            network?: number;
            subnet?: number;
            subnetpool?: number;
            port?: number;
            router?: number;
            floatingip?: number;
            security_group?: number;
            security_group_rule?: number;
            rbac_policy?: number;
            /** @description Reject limits below current usage (`true`/`"True"`). */
            check_limit?: boolean | string;
            /** @description Apply even if below current usage. */
            force?: boolean | string;
        };
        QuotaUsage: {
            used: number;
            limit: number;
            reserved: number;
        };
        QuotaDetails: {
            network: components["schemas"]["QuotaUsage"];
            subnet: components["schemas"]["QuotaUsage"];
            subnetpool?: components["schemas"]["QuotaUsage"];
            port: components["schemas"]["QuotaUsage"];
            router: components["schemas"]["QuotaUsage"];
            floatingip: components["schemas"]["QuotaUsage"];
            security_group: components["schemas"]["QuotaUsage"];
            security_group_rule: components["schemas"]["QuotaUsage"];
            rbac_policy?: components["schemas"]["QuotaUsage"];
        } & {
            [key: string]: components["schemas"]["QuotaUsage"];
        };
        /** @description One dataplane agent of a host (Neutron's agent resource). */
        NetworkAgent: {
            /** Format: uuid */
            id?: string;
            /**
             * @example Linux bridge agent
             * @example DHCP agent
             * @example Noop agent
             */
            agent_type?: string;
            binary?: string;
            host?: string;
            topic?: string;
            admin_state_up?: boolean;
            alive?: boolean;
            availability_zone?: string | null;
            configurations?: {
                [key: string]: unknown;
            };
            description?: string | null;
            created_at?: string;
            started_at?: string;
            heartbeat_timestamp?: string | null;
            resources_synced?: boolean | null;
            resource_versions?: {
                [key: string]: unknown;
            };
        };
        AvailabilityZone: {
            name: string;
            /** @enum {string} */
            resource: "network" | "router";
            /** @enum {string} */
            state: "available" | "unavailable";
        };
        TagList: {
            tags: string[];
        };
    };
    responses: {
        /** @description Bad request (invalid body, attribute value or filter; e.g. `HTTPBadRequest`, `InvalidInput`, `InvalidAllocationPool`). */
        BadRequest: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"];
            };
        };
        /**
         * @description Missing or invalid token. In Neutron this comes from keystonemiddleware, whose body is
         *     Keystone's `{"error": {...}}`; a `NeutronError` body is also allowed.
         */
        Unauthorized: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                /** @description Where to authenticate (`Keystone uri="..."`). */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"] | components["schemas"]["AuthError"];
            };
        };
        /** @description Policy does not allow the operation (`HTTPForbidden`, `PolicyNotAuthorized`, `AdminRequired`). */
        Forbidden: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"];
            };
        };
        /**
         * @description The resource does not exist or is not visible to the caller (`NetworkNotFound`,
         *     `SubnetNotFound`, `PortNotFound`, `SecurityGroupNotFound`, `RouterNotFound`,
         *     `FloatingIPNotFound`, `ExternalNetworkNotFound`, `HTTPNotFound`, ...).
         */
        NotFound: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"];
            };
        };
        /**
         * @description The request conflicts with the current state: `IpAddressAlreadyAllocated`,
         *     `MacAddressInUse`, `IpAddressGenerationFailure`, `SubnetInUse`, `NetworkInUse`,
         *     `SecurityGroupInUse`, `SecurityGroupRuleExists`, `RouterInUse`,
         *     `RouterInterfaceNotFound`, `FloatingIPPortAlreadyAssociated`, `OverQuota`, `InUse`,
         *     `TunnelIdInUse`, ...
         */
        Conflict: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"];
            };
        };
        /** @description No resource of the kind is left to allocate: `NoNetworkAvailable` (every VXLAN VNI of the configured range is taken). */
        ServiceUnavailable: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"];
            };
        };
        /** @description The `If-Match` revision number does not match the resource's (`RevisionNumberConstraintFailed`). */
        PreconditionFailed: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"];
            };
        };
        /** @description Client error. */
        Error: {
            headers: {
                "x-openstack-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NeutronError"];
            };
        };
    };
    parameters: {
        /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
        IfMatch: string;
        /** @description The ID of the network. */
        network_id: string;
        /** @description The ID of the subnet. */
        subnet_id: string;
        /** @description The ID of the port. */
        port_id: string;
        /** @description The ID of the security group. */
        security_group_id: string;
        /** @description The ID of the security group rule. */
        security_group_rule_id: string;
        /** @description The ID of the router. */
        router_id: string;
        /** @description The ID of the floating IP. */
        floatingip_id: string;
        /** @description The ID of the project. */
        project_id: string;
        /** @description The collection of the tagged resource. */
        resource_type: "networks" | "subnets" | "subnetpools" | "ports" | "routers" | "floatingips" | "security-groups";
        /** @description The ID of the tagged resource. */
        resource_id: string;
        /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
        fields: string | string[];
        /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
        limit: number;
        /** @description ID of the last item of the previous page. */
        marker: string;
        /** @description Page backwards from `marker` (Neutron default `false`). */
        page_reverse: boolean;
        /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
        sort_key: string | string[];
        /** @description Sort direction for the matching `sort_key`. */
        sort_dir: ("asc" | "desc") | ("asc" | "desc")[];
        /** @description Comma-separated tags; match resources having all of them. */
        tags: string;
        /** @description Comma-separated tags; match resources having any of them. */
        tags_any: string;
        /** @description Comma-separated tags; exclude resources having all of them. */
        not_tags: string;
        /** @description Comma-separated tags; exclude resources having any of them. */
        not_tags_any: string;
        /** @description Filter by ID (repeat for several). */
        id: string | string[];
        /** @description Filter by name (exact match). */
        name: string;
        /** @description Filter by description (exact match). */
        description: string;
        /** @description Filter by owning project ID (legacy name of `project_id`). */
        tenant_id_q: string;
        /** @description Filter by owning project ID. */
        project_id_q: string;
        /** @description Filter by revision number. */
        revision_number: number;
        /** @description Filter by administrative state. */
        admin_state_up: boolean;
        /** @description Filter by network status. */
        network_status: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
        /** @description Filter by whether the network is shared with all projects. */
        shared: boolean;
        /** @description Filter by whether the network is external. */
        router_external: boolean;
        /** @description Filter by MTU. */
        mtu: number;
        /** @description Filter by provider network type (admin). */
        provider_network_type: string;
        /** @description Filter by provider physical network (admin). */
        provider_physical_network: string;
        /** @description Filter by provider segmentation ID (admin). */
        provider_segmentation_id: number;
        /** @description Filter by whether the network is the default external network. */
        is_default: boolean;
        /** @description Filter by network ID (repeat for several). */
        network_id_q: string | string[];
        /** @description Filter by IP version. */
        ip_version: 4 | 6;
        /** @description Filter by CIDR. */
        cidr: string;
        /** @description Filter by gateway IP. */
        gateway_ip: string;
        /** @description Filter by whether DHCP is enabled. */
        enable_dhcp: boolean;
        /** @description Filter by IPv6 router advertisement mode. */
        ipv6_ra_mode: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless";
        /** @description Filter by IPv6 address mode. */
        ipv6_address_mode: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless";
        /** @description Filter by subnet pool ID. */
        subnetpool_id: string;
        /** @description Filter by segment ID. */
        segment_id: string;
        /** @description Filter by device ID (e.g. server or router ID; repeat for several). */
        device_id: string | string[];
        /** @description Filter by device owner (e.g. `compute:nova`, `network:dhcp`, `network:router_interface`). */
        device_owner: string | string[];
        /** @description Filter by MAC address. */
        mac_address: string;
        /** @description Filter by fixed IPs. Each value is `ip_address=<ip>`, `ip_address_substr=<s>` or `subnet_id=<id>`; repeat for several (all must match). */
        fixed_ips: string | string[];
        /** @description Filter by port status. */
        port_status: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
        /** @description Filter by the host the port is bound to (admin). */
        binding_host_id: string;
        /** @description Filter by security group ID (repeat for several). */
        security_groups_q: string | string[];
        /** @description Filter by statefulness. */
        stateful: boolean;
        /** @description Filter by security group ID. */
        security_group_id_q: string | string[];
        /** @description Filter by direction. */
        direction: "ingress" | "egress";
        /** @description Filter by ethertype. */
        ethertype: "IPv4" | "IPv6";
        /** @description Filter by IP protocol (name or number). */
        protocol: string;
        /** @description Filter by minimum port. */
        port_range_min: number;
        /** @description Filter by maximum port. */
        port_range_max: number;
        /** @description Filter by remote IP prefix (CIDR). */
        remote_ip_prefix: string;
        /** @description Filter by remote security group ID. */
        remote_group_id: string;
        /** @description Filter by router status. */
        router_status: "ACTIVE" | "DOWN" | "ALLOCATING" | "ERROR";
        /** @description Filter by external network ID. */
        floating_network_id: string;
        /** @description Filter by floating IP address. */
        floating_ip_address: string;
        /** @description Filter by associated fixed IP address. */
        fixed_ip_address: string;
        /** @description Filter by associated port ID. */
        port_id_q: string;
        /** @description Filter by router ID. */
        router_id_q: string;
        /** @description Filter by floating IP status. */
        floatingip_status: "ACTIVE" | "DOWN" | "ERROR";
    };
    requestBodies: never;
    headers: {
        /** @description The request ID (`req-<uuid>`) Neutron assigns to every request. */
        RequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listNetworkVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The available API versions (only v2.0). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionsResponse"];
                };
            };
            "4XX": components["responses"]["Error"];
        };
    };
    showNetworkVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The core resource collections. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourcesResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listNetworkExtensions: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The loaded API extensions. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extensions: components["schemas"]["Extension"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    showNetworkExtension: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The alias of the extension (e.g. `security-group`, `router`, `quotas`). */
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extension. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extension: components["schemas"]["Extension"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listNetworks: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by name (exact match). */
                name?: components["parameters"]["name"];
                /** @description Filter by network status. */
                status?: components["parameters"]["network_status"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by whether the network is shared with all projects. */
                shared?: components["parameters"]["shared"];
                /** @description Filter by administrative state. */
                admin_state_up?: components["parameters"]["admin_state_up"];
                /** @description Filter by whether the network is external. */
                "router:external"?: components["parameters"]["router_external"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by MTU. */
                mtu?: components["parameters"]["mtu"];
                /** @description Filter by provider network type (admin). */
                "provider:network_type"?: components["parameters"]["provider_network_type"];
                /** @description Filter by provider physical network (admin). */
                "provider:physical_network"?: components["parameters"]["provider_physical_network"];
                /** @description Filter by provider segmentation ID (admin). */
                "provider:segmentation_id"?: components["parameters"]["provider_segmentation_id"];
                /** @description Filter by whether the network is the default external network. */
                is_default?: components["parameters"]["is_default"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Comma-separated tags; match resources having all of them. */
                tags?: components["parameters"]["tags"];
                /** @description Comma-separated tags; match resources having any of them. */
                "tags-any"?: components["parameters"]["tags_any"];
                /** @description Comma-separated tags; exclude resources having all of them. */
                "not-tags"?: components["parameters"]["not_tags"];
                /** @description Comma-separated tags; exclude resources having any of them. */
                "not-tags-any"?: components["parameters"]["not_tags_any"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The networks visible to the caller (filtered, paginated). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        networks: components["schemas"]["Network"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        networks_links?: components["schemas"]["Link"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    network: components["schemas"]["NetworkCreateRequest"];
                } | {
                    networks: components["schemas"]["NetworkCreateRequest"][];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: components["schemas"]["Network"];
                    } | {
                        networks: components["schemas"]["Network"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    showNetwork: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The ID of the network. */
                network_id: components["parameters"]["network_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: components["schemas"]["Network"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNetwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the network. */
                network_id: components["parameters"]["network_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    network: components["schemas"]["NetworkUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The updated network. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: components["schemas"]["Network"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deleteNetwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the network. */
                network_id: components["parameters"]["network_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listSubnets: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by name (exact match). */
                name?: components["parameters"]["name"];
                /** @description Filter by network ID (repeat for several). */
                network_id?: components["parameters"]["network_id_q"];
                /** @description Filter by IP version. */
                ip_version?: components["parameters"]["ip_version"];
                /** @description Filter by CIDR. */
                cidr?: components["parameters"]["cidr"];
                /** @description Filter by gateway IP. */
                gateway_ip?: components["parameters"]["gateway_ip"];
                /** @description Filter by whether DHCP is enabled. */
                enable_dhcp?: components["parameters"]["enable_dhcp"];
                /** @description Filter by IPv6 router advertisement mode. */
                ipv6_ra_mode?: components["parameters"]["ipv6_ra_mode"];
                /** @description Filter by IPv6 address mode. */
                ipv6_address_mode?: components["parameters"]["ipv6_address_mode"];
                /** @description Filter by subnet pool ID. */
                subnetpool_id?: components["parameters"]["subnetpool_id"];
                /** @description Filter by segment ID. */
                segment_id?: components["parameters"]["segment_id"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Comma-separated tags; match resources having all of them. */
                tags?: components["parameters"]["tags"];
                /** @description Comma-separated tags; match resources having any of them. */
                "tags-any"?: components["parameters"]["tags_any"];
                /** @description Comma-separated tags; exclude resources having all of them. */
                "not-tags"?: components["parameters"]["not_tags"];
                /** @description Comma-separated tags; exclude resources having any of them. */
                "not-tags-any"?: components["parameters"]["not_tags_any"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subnets visible to the caller (filtered, paginated). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnets: components["schemas"]["Subnet"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        subnets_links?: components["schemas"]["Link"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createSubnet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnet: components["schemas"]["SubnetCreateRequest"];
                } | {
                    subnets: components["schemas"]["SubnetCreateRequest"][];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnet: components["schemas"]["Subnet"];
                    } | {
                        subnets: components["schemas"]["Subnet"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showSubnet: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The ID of the subnet. */
                subnet_id: components["parameters"]["subnet_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subnet. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnet: components["schemas"]["Subnet"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSubnet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the subnet. */
                subnet_id: components["parameters"]["subnet_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnet: components["schemas"]["SubnetUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The updated subnet. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnet: components["schemas"]["Subnet"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deleteSubnet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the subnet. */
                subnet_id: components["parameters"]["subnet_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listSubnetPools: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by name (exact match). */
                name?: components["parameters"]["name"];
                /** @description Filter by IP version. */
                ip_version?: components["parameters"]["ip_version"];
                /** @description Filter by whether the network is shared with all projects. */
                shared?: components["parameters"]["shared"];
                /** @description Filter by whether the network is the default external network. */
                is_default?: components["parameters"]["is_default"];
                default_prefixlen?: number;
                min_prefixlen?: number;
                max_prefixlen?: number;
                address_scope_id?: string;
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Comma-separated tags; match resources having all of them. */
                tags?: components["parameters"]["tags"];
                /** @description Comma-separated tags; match resources having any of them. */
                "tags-any"?: components["parameters"]["tags_any"];
                /** @description Comma-separated tags; exclude resources having all of them. */
                "not-tags"?: components["parameters"]["not_tags"];
                /** @description Comma-separated tags; exclude resources having any of them. */
                "not-tags-any"?: components["parameters"]["not_tags_any"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subnet pools. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnetpools: components["schemas"]["SubnetPool"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        subnetpools_links?: components["schemas"]["Link"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createSubnetPool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnetpool: components["schemas"]["SubnetPoolCreateRequest"];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnetpool: components["schemas"]["SubnetPool"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showSubnetPool: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                subnetpool_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subnet pool. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnetpool: components["schemas"]["SubnetPool"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSubnetPool: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                subnetpool_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subnetpool: components["schemas"]["SubnetPoolUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The updated subnet pool. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subnetpool: components["schemas"]["SubnetPool"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deleteSubnetPool: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                subnetpool_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listAddressScopes: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by name (exact match). */
                name?: components["parameters"]["name"];
                /** @description Filter by IP version. */
                ip_version?: components["parameters"]["ip_version"];
                /** @description Filter by whether the network is shared with all projects. */
                shared?: components["parameters"]["shared"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address scopes. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_scopes: components["schemas"]["AddressScope"][];
                        address_scopes_links?: components["schemas"]["Link"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createAddressScope: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address_scope: {
                        name?: string;
                        /** @enum {integer} */
                        ip_version: 4 | 6;
                        shared?: boolean;
                        tenant_id?: string;
                        project_id?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_scope: components["schemas"]["AddressScope"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showAddressScope: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                address_scope_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address scope. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_scope: components["schemas"]["AddressScope"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAddressScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address_scope_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address_scope: {
                        name?: string;
                        shared?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description The updated address scope. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_scope: components["schemas"]["AddressScope"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAddressScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address_scope_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
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
    listPorts: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by name (exact match). */
                name?: components["parameters"]["name"];
                /** @description Filter by network ID (repeat for several). */
                network_id?: components["parameters"]["network_id_q"];
                /** @description Filter by device ID (e.g. server or router ID; repeat for several). */
                device_id?: components["parameters"]["device_id"];
                /** @description Filter by device owner (e.g. `compute:nova`, `network:dhcp`, `network:router_interface`). */
                device_owner?: components["parameters"]["device_owner"];
                /** @description Filter by MAC address. */
                mac_address?: components["parameters"]["mac_address"];
                /** @description Filter by fixed IPs. Each value is `ip_address=<ip>`, `ip_address_substr=<s>` or `subnet_id=<id>`; repeat for several (all must match). */
                fixed_ips?: components["parameters"]["fixed_ips"];
                /** @description Filter by port status. */
                status?: components["parameters"]["port_status"];
                /** @description Filter by administrative state. */
                admin_state_up?: components["parameters"]["admin_state_up"];
                /** @description Filter by the host the port is bound to (admin). */
                "binding:host_id"?: components["parameters"]["binding_host_id"];
                /** @description Filter by security group ID (repeat for several). */
                security_groups?: components["parameters"]["security_groups_q"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Comma-separated tags; match resources having all of them. */
                tags?: components["parameters"]["tags"];
                /** @description Comma-separated tags; match resources having any of them. */
                "tags-any"?: components["parameters"]["tags_any"];
                /** @description Comma-separated tags; exclude resources having all of them. */
                "not-tags"?: components["parameters"]["not_tags"];
                /** @description Comma-separated tags; exclude resources having any of them. */
                "not-tags-any"?: components["parameters"]["not_tags_any"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ports visible to the caller (filtered, paginated). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ports: components["schemas"]["Port"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        ports_links?: components["schemas"]["Link"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createPort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    port: components["schemas"]["PortCreateRequest"];
                } | {
                    ports: components["schemas"]["PortCreateRequest"][];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        port: components["schemas"]["Port"];
                    } | {
                        ports: components["schemas"]["Port"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showPort: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The ID of the port. */
                port_id: components["parameters"]["port_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The port. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        port: components["schemas"]["Port"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the port. */
                port_id: components["parameters"]["port_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    port: components["schemas"]["PortUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The updated port. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        port: components["schemas"]["Port"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deletePort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the port. */
                port_id: components["parameters"]["port_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listSecurityGroups: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by name (exact match). */
                name?: components["parameters"]["name"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by statefulness. */
                stateful?: components["parameters"]["stateful"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Comma-separated tags; match resources having all of them. */
                tags?: components["parameters"]["tags"];
                /** @description Comma-separated tags; match resources having any of them. */
                "tags-any"?: components["parameters"]["tags_any"];
                /** @description Comma-separated tags; exclude resources having all of them. */
                "not-tags"?: components["parameters"]["not_tags"];
                /** @description Comma-separated tags; exclude resources having any of them. */
                "not-tags-any"?: components["parameters"]["not_tags_any"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security groups visible to the caller (filtered, paginated). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_groups: components["schemas"]["SecurityGroup"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        security_groups_links?: components["schemas"]["Link"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createSecurityGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group: components["schemas"]["SecurityGroupCreateRequest"];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: components["schemas"]["SecurityGroup"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    showSecurityGroup: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The ID of the security group. */
                security_group_id: components["parameters"]["security_group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security group. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: components["schemas"]["SecurityGroup"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the security group. */
                security_group_id: components["parameters"]["security_group_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group: components["schemas"]["SecurityGroupUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The updated security group. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: components["schemas"]["SecurityGroup"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deleteSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the security group. */
                security_group_id: components["parameters"]["security_group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listSecurityGroupRules: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by security group ID. */
                security_group_id?: components["parameters"]["security_group_id_q"];
                /** @description Filter by direction. */
                direction?: components["parameters"]["direction"];
                /** @description Filter by ethertype. */
                ethertype?: components["parameters"]["ethertype"];
                /** @description Filter by IP protocol (name or number). */
                protocol?: components["parameters"]["protocol"];
                /** @description Filter by minimum port. */
                port_range_min?: components["parameters"]["port_range_min"];
                /** @description Filter by maximum port. */
                port_range_max?: components["parameters"]["port_range_max"];
                /** @description Filter by remote IP prefix (CIDR). */
                remote_ip_prefix?: components["parameters"]["remote_ip_prefix"];
                /** @description Filter by remote security group ID. */
                remote_group_id?: components["parameters"]["remote_group_id"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security group rules visible to the caller (filtered, paginated). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rules: components["schemas"]["SecurityGroupRule"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        security_group_rules_links?: components["schemas"]["Link"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    security_group_rule: components["schemas"]["SecurityGroupRuleCreateRequest"];
                } | {
                    security_group_rules: components["schemas"]["SecurityGroupRuleCreateRequest"][];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: components["schemas"]["SecurityGroupRule"];
                    } | {
                        security_group_rules: components["schemas"]["SecurityGroupRule"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showSecurityGroupRule: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The ID of the security group rule. */
                security_group_rule_id: components["parameters"]["security_group_rule_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security group rule. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: components["schemas"]["SecurityGroupRule"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the security group rule. */
                security_group_rule_id: components["parameters"]["security_group_rule_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listRouters: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by name (exact match). */
                name?: components["parameters"]["name"];
                /** @description Filter by router status. */
                status?: components["parameters"]["router_status"];
                /** @description Filter by administrative state. */
                admin_state_up?: components["parameters"]["admin_state_up"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Comma-separated tags; match resources having all of them. */
                tags?: components["parameters"]["tags"];
                /** @description Comma-separated tags; match resources having any of them. */
                "tags-any"?: components["parameters"]["tags_any"];
                /** @description Comma-separated tags; exclude resources having all of them. */
                "not-tags"?: components["parameters"]["not_tags"];
                /** @description Comma-separated tags; exclude resources having any of them. */
                "not-tags-any"?: components["parameters"]["not_tags_any"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routers visible to the caller (filtered, paginated). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        routers: components["schemas"]["Router"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        routers_links?: components["schemas"]["Link"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createRouter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    router: components["schemas"]["RouterCreateRequest"];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        router: components["schemas"]["Router"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showRouter: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The router. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        router: components["schemas"]["Router"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateRouter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    router: components["schemas"]["RouterUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The updated router. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        router: components["schemas"]["Router"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deleteRouter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    addRouterInterface: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterInterfaceRequest"];
            };
        };
        responses: {
            /** @description The router interface that was added. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouterInterfaceInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    removeRouterInterface: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the router. */
                router_id: components["parameters"]["router_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouterInterfaceRequest"];
            };
        };
        responses: {
            /** @description The router interface that was removed. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouterInterfaceInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listFloatingIPs: {
        parameters: {
            query?: {
                /** @description Filter by ID (repeat for several). */
                id?: components["parameters"]["id"];
                /** @description Filter by external network ID. */
                floating_network_id?: components["parameters"]["floating_network_id"];
                /** @description Filter by floating IP address. */
                floating_ip_address?: components["parameters"]["floating_ip_address"];
                /** @description Filter by associated fixed IP address. */
                fixed_ip_address?: components["parameters"]["fixed_ip_address"];
                /** @description Filter by associated port ID. */
                port_id?: components["parameters"]["port_id_q"];
                /** @description Filter by router ID. */
                router_id?: components["parameters"]["router_id_q"];
                /** @description Filter by floating IP status. */
                status?: components["parameters"]["floatingip_status"];
                /** @description Filter by owning project ID (legacy name of `project_id`). */
                tenant_id?: components["parameters"]["tenant_id_q"];
                /** @description Filter by owning project ID. */
                project_id?: components["parameters"]["project_id_q"];
                /** @description Filter by description (exact match). */
                description?: components["parameters"]["description"];
                /** @description Filter by revision number. */
                revision_number?: components["parameters"]["revision_number"];
                /** @description Comma-separated tags; match resources having all of them. */
                tags?: components["parameters"]["tags"];
                /** @description Comma-separated tags; match resources having any of them. */
                "tags-any"?: components["parameters"]["tags_any"];
                /** @description Comma-separated tags; exclude resources having all of them. */
                "not-tags"?: components["parameters"]["not_tags"];
                /** @description Comma-separated tags; exclude resources having any of them. */
                "not-tags-any"?: components["parameters"]["not_tags_any"];
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
                /** @description Page size. Enables pagination; the response then carries `<collection>_links`. */
                limit?: components["parameters"]["limit"];
                /** @description ID of the last item of the previous page. */
                marker?: components["parameters"]["marker"];
                /** @description Page backwards from `marker` (Neutron default `false`). */
                page_reverse?: components["parameters"]["page_reverse"];
                /** @description Attribute to sort by; repeat (paired with `sort_dir`) for several keys. */
                sort_key?: components["parameters"]["sort_key"];
                /** @description Sort direction for the matching `sort_key`. */
                sort_dir?: components["parameters"]["sort_dir"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The floating IPs visible to the caller (filtered, paginated). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingips: components["schemas"]["FloatingIP"][];
                        /** @description Pagination links (`next`, `previous`), present when `limit` is used and more items exist. */
                        floatingips_links?: components["schemas"]["Link"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createFloatingIP: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    floatingip: components["schemas"]["FloatingIPCreateRequest"];
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingip: components["schemas"]["FloatingIP"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showFloatingIP: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description The ID of the floating IP. */
                floatingip_id: components["parameters"]["floatingip_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The floating IP. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingip: components["schemas"]["FloatingIP"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateFloatingIP: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the floating IP. */
                floatingip_id: components["parameters"]["floatingip_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    floatingip: components["schemas"]["FloatingIPUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The updated floating IP. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        floatingip: components["schemas"]["FloatingIP"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    deleteFloatingIP: {
        parameters: {
            query?: never;
            header?: {
                /** @description Compare-and-swap on the resource's revision, as `revision_number=<n>`; 412 on mismatch. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the floating IP. */
                floatingip_id: components["parameters"]["floatingip_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    listNetworkQuotas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects with non-default quotas. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quotas: components["schemas"]["ProjectQuota"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showNetworkQuota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's quotas. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateNetworkQuota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quota: components["schemas"]["QuotaUpdateRequest"];
                };
            };
        };
        responses: {
            /** @description The project's quotas after the update. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deleteNetworkQuota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's quotas were reset to the defaults. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showNetworkQuotaDefault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default quotas. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showNetworkQuotaDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project. */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Limits and usage. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quota: components["schemas"]["QuotaDetails"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listNetworkAgents: {
        parameters: {
            query?: {
                agent_type?: string;
                host?: string;
                binary?: string;
                alive?: "true" | "false" | "True" | "False";
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agents. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agents: components["schemas"]["NetworkAgent"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showNetworkAgent: {
        parameters: {
            query?: {
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agent: components["schemas"]["NetworkAgent"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listServiceProviders: {
        parameters: {
            query?: {
                service_type?: string;
                name?: string;
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service providers. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service_providers: {
                            service_type?: string;
                            name?: string;
                            default?: boolean;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listNetworkAvailabilityZones: {
        parameters: {
            query?: {
                /** @description Filter by availability zone name. */
                name?: string;
                /** @description Filter by the resource type the zone is for. */
                resource?: "network" | "router";
                /** @description Filter by state. */
                state?: "available" | "unavailable";
                /** @description Attributes to return; repeat for several (`fields=id&fields=name`). Objects then carry only these attributes. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Availability zones, one entry per (name, resource) pair. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        availability_zones: components["schemas"]["AvailabilityZone"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listResourceTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource's tags. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceResourceTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagList"];
            };
        };
        responses: {
            /** @description The resource's tags after the replacement. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteResourceTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All tags removed. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    checkResourceTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
                /** @description The tag (at most 255 characters, no `,` or `/`). */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource has the tag. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addResourceTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
                /** @description The tag (at most 255 characters, no `,` or `/`). */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was added (or was already present). */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteResourceTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The collection of the tagged resource. */
                resource_type: components["parameters"]["resource_type"];
                /** @description The ID of the tagged resource. */
                resource_id: components["parameters"]["resource_id"];
                /** @description The tag (at most 255 characters, no `,` or `/`). */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was removed. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}

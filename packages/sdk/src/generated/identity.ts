/**
 * This file was generated from schemas/identity.yaml by packages/sdk/scripts/generate.mjs
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
         * List Identity API versions
         * @description Version discovery document. Keystone answers 300 Multiple Choices; clients accept 200 too.
         */
        get: operations["listIdentityVersions"];
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
        /** Show Identity API v3 version */
        get: operations["showIdentityVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validate and show a token
         * @description 404 when the subject token is invalid, expired or revoked.
         */
        get: operations["showToken"];
        put?: never;
        /**
         * Authenticate and issue a token
         * @description Password, token, application credential or TOTP authentication, optionally scoped to a project, a domain or the system. 401 when the credentials are wrong.
         */
        post: operations["createToken"];
        /** Revoke a token */
        delete: operations["revokeToken"];
        options?: never;
        /** Check a token */
        head: operations["checkToken"];
        patch?: never;
        trace?: never;
    };
    "/v3/auth/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the service catalog of the request token */
        get: operations["listAuthCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/auth/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects the request token can scope to */
        get: operations["listAuthProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/auth/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List domains the request token can scope to */
        get: operations["listAuthDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/auth/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List system scopes the request token can scope to */
        get: operations["listAuthSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List domains */
        get: operations["listDomains"];
        put?: never;
        /** Create a domain */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /** Show a domain */
        get: operations["showDomain"];
        put?: never;
        post?: never;
        /**
         * Delete a domain
         * @description A domain must be disabled before it can be deleted (403 otherwise).
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        /** Update a domain */
        patch: operations["updateDomain"];
        trace?: never;
    };
    "/v3/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects */
        get: operations["listProjects"];
        put?: never;
        /** Create a project */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** Show a project */
        get: operations["showProject"];
        put?: never;
        post?: never;
        /** Delete a project */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /** Update a project */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/v3/projects/{project_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List the tags of a project
         * @description Admins, or a token scoped to the project.
         */
        get: operations["listProjectTags"];
        /**
         * Replace the tags of a project
         * @description Admins, or a member of the project. At most 80 distinct tags.
         */
        put: operations["replaceProjectTags"];
        post?: never;
        /** Remove every tag of a project */
        delete: operations["deleteProjectTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/projects/{project_id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The tag (no `,` or `/`). */
                tag: components["parameters"]["ProjectTag"];
            };
            cookie?: never;
        };
        /** Check that a project has a tag */
        get: operations["showProjectTag"];
        /**
         * Add a tag to a project
         * @description Empty body, `Location` of the tag; adding a tag the project has is a no-op.
         */
        put: operations["addProjectTag"];
        post?: never;
        /** Remove a tag from a project */
        delete: operations["deleteProjectTag"];
        options?: never;
        /** Check that a project has a tag (HEAD) */
        head: operations["checkProjectTag"];
        patch?: never;
        trace?: never;
    };
    "/v3/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** Show a user */
        get: operations["showUser"];
        put?: never;
        post?: never;
        /** Delete a user */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /** Update a user */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v3/users/{user_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the user's own password
         * @description Authenticated by `original_password`, so a token is optional (a user whose password expired can still change it). 401 when the original password is wrong.
         */
        post: operations["changeUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List projects the user has a role on */
        get: operations["listUserProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List groups */
        get: operations["listGroups"];
        put?: never;
        /** Create a group */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** Show a group */
        get: operations["showGroup"];
        put?: never;
        post?: never;
        /** Delete a group */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Update a group
         * @description Its name and description; a group stays in its domain.
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/v3/users/{user_id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List groups the user belongs to */
        get: operations["listUserGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/groups/{group_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Add a user to a group */
        put: operations["addGroupUser"];
        post?: never;
        /** Remove a user from a group */
        delete: operations["removeGroupUser"];
        options?: never;
        /** Check whether a user belongs to a group */
        head: operations["checkGroupUser"];
        patch?: never;
        trace?: never;
    };
    "/v3/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles */
        get: operations["listRoles"];
        put?: never;
        /** Create a role */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /** Show a role */
        get: operations["showRole"];
        put?: never;
        post?: never;
        /** Delete a role */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /** Update a role */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/v3/roles/{prior_role_id}/implies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the prior (implying) role. */
                prior_role_id: components["parameters"]["PriorRoleId"];
            };
            cookie?: never;
        };
        /** List roles implied by a role */
        get: operations["listImpliedRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/roles/{prior_role_id}/implies/{implies_role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the prior (implying) role. */
                prior_role_id: components["parameters"]["PriorRoleId"];
                /** @description The id of the implied role. */
                implies_role_id: components["parameters"]["ImpliesRoleId"];
            };
            cookie?: never;
        };
        /** Show a role inference rule */
        get: operations["showImpliedRole"];
        /** Create a role inference rule */
        put: operations["createImpliedRole"];
        post?: never;
        /** Delete a role inference rule */
        delete: operations["deleteImpliedRole"];
        options?: never;
        /** Check a role inference rule */
        head: operations["checkImpliedRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/role_inferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all role inference rules */
        get: operations["listRoleInferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/inherited_to_projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List the roles a user inherits on the projects of a domain (OS-INHERIT) */
        get: operations["listDomainUserInheritedRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Grant a user a role inherited by the projects of a domain (OS-INHERIT) */
        put: operations["assignDomainUserInheritedRole"];
        post?: never;
        /** Revoke an inherited role grant of a user on a domain (OS-INHERIT) */
        delete: operations["unassignDomainUserInheritedRole"];
        options?: never;
        /** Check an inherited role grant of a user on a domain (OS-INHERIT) */
        head: operations["checkDomainUserInheritedRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** List the roles a group inherits on the projects of a domain (OS-INHERIT) */
        get: operations["listDomainGroupInheritedRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Grant a group a role inherited by the projects of a domain (OS-INHERIT) */
        put: operations["assignDomainGroupInheritedRole"];
        post?: never;
        /** Revoke an inherited role grant of a group on a domain (OS-INHERIT) */
        delete: operations["unassignDomainGroupInheritedRole"];
        options?: never;
        /** Check an inherited role grant of a group on a domain (OS-INHERIT) */
        head: operations["checkDomainGroupInheritedRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Grant a user a role inherited by a project's subtree (OS-INHERIT) */
        put: operations["assignProjectUserInheritedRole"];
        post?: never;
        /** Revoke an inherited role grant of a user on a project (OS-INHERIT) */
        delete: operations["unassignProjectUserInheritedRole"];
        options?: never;
        /** Check an inherited role grant of a user on a project (OS-INHERIT) */
        head: operations["checkProjectUserInheritedRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Grant a group a role inherited by a project's subtree (OS-INHERIT) */
        put: operations["assignProjectGroupInheritedRole"];
        post?: never;
        /** Revoke an inherited role grant of a group on a project (OS-INHERIT) */
        delete: operations["unassignProjectGroupInheritedRole"];
        options?: never;
        /** Check an inherited role grant of a group on a project (OS-INHERIT) */
        head: operations["checkProjectGroupInheritedRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/role_assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List role assignments */
        get: operations["listRoleAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/projects/{project_id}/users/{user_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List roles of a user on a project */
        get: operations["listProjectUserRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/projects/{project_id}/users/{user_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Assign a role to a user on a project */
        put: operations["assignProjectUserRole"];
        post?: never;
        /** Unassign a role from a user on a project */
        delete: operations["unassignProjectUserRole"];
        options?: never;
        /** Check a role of a user on a project */
        head: operations["checkProjectUserRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_id}/users/{user_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List roles of a user on a domain */
        get: operations["listDomainUserRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_id}/users/{user_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Assign a role to a user on a domain */
        put: operations["assignDomainUserRole"];
        post?: never;
        /** Unassign a role from a user on a domain */
        delete: operations["unassignDomainUserRole"];
        options?: never;
        /** Check a role of a user on a domain */
        head: operations["checkDomainUserRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/projects/{project_id}/groups/{group_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** List roles of a group on a project */
        get: operations["listProjectGroupRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/projects/{project_id}/groups/{group_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Assign a role to a group on a project */
        put: operations["assignProjectGroupRole"];
        post?: never;
        /** Unassign a role from a group on a project */
        delete: operations["unassignProjectGroupRole"];
        options?: never;
        /** Check a role of a group on a project */
        head: operations["checkProjectGroupRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}/application_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List application credentials */
        get: operations["listApplicationCredentials"];
        put?: never;
        /**
         * Create a application credential
         * @description Created for the project of the request token, which must belong to `user_id`.
         */
        post: operations["createApplicationCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}/application_credentials/{application_credential_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The application credential id. */
                application_credential_id: components["parameters"]["ApplicationCredentialId"];
            };
            cookie?: never;
        };
        /** Show a application credential */
        get: operations["showApplicationCredential"];
        put?: never;
        post?: never;
        /** Delete a application credential */
        delete: operations["deleteApplicationCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credentials
         * @description Admins see every credential; other users only their own.
         */
        get: operations["listCredentials"];
        put?: never;
        /**
         * Create a credential
         * @description For an admin, any user; otherwise the token's own user. An `ec2` credential needs a `project_id` and a JSON `blob` with `access`; its id is the SHA-256 of `access`.
         */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/credentials/{credential_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential id. */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        /** Show a credential */
        get: operations["showCredential"];
        put?: never;
        post?: never;
        /** Delete a credential */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        /** Update a credential */
        patch: operations["updateCredential"];
        trace?: never;
    };
    "/v3/users/{user_id}/credentials/OS-EC2": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List a user's EC2 credentials */
        get: operations["listEc2Credentials"];
        put?: never;
        /**
         * Create an EC2 credential
         * @description Access and secret are generated; the user must have a role on `tenant_id` (admins excepted).
         */
        post: operations["createEc2Credential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}/credentials/OS-EC2/{credential_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The EC2 access key. */
                credential_id: string;
            };
            cookie?: never;
        };
        /** Show an EC2 credential */
        get: operations["showEc2Credential"];
        put?: never;
        post?: never;
        /** Delete an EC2 credential */
        delete: operations["deleteEc2Credential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-TRUST/trusts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trusts
         * @description Admins list every trust; other users must filter on themselves as trustor or trustee.
         */
        get: operations["listTrusts"];
        put?: never;
        /**
         * Create a trust
         * @description The token's user is the trustor and delegates roles it has on `project_id`.
         */
        post: operations["createTrust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-TRUST/trusts/{trust_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
            };
            cookie?: never;
        };
        /** Show a trust */
        get: operations["showTrust"];
        put?: never;
        post?: never;
        /** Delete a trust */
        delete: operations["deleteTrust"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-TRUST/trusts/{trust_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
            };
            cookie?: never;
        };
        /** List the roles a trust delegates */
        get: operations["listTrustRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-TRUST/trusts/{trust_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /** Show a role the trust delegates */
        get: operations["showTrustRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** Check that the trust delegates a role (200, as Keystone) */
        head: operations["checkTrustRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List regions */
        get: operations["listRegions"];
        put?: never;
        /** Create a region */
        post: operations["createRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/regions/{region_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The region id. */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        /** Show a region */
        get: operations["showRegion"];
        /**
         * Create a region with a given id
         * @description Creates the region `{region_id}`. An `id` in the body must equal it (400 otherwise); an existing region is 409.
         */
        put: operations["createRegionWithId"];
        post?: never;
        /** Delete a region */
        delete: operations["deleteRegion"];
        options?: never;
        head?: never;
        /** Update a region */
        patch: operations["updateRegion"];
        trace?: never;
    };
    "/v3/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List services */
        get: operations["listCatalogServices"];
        put?: never;
        /** Create a service */
        post: operations["createCatalogService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /** Show a service */
        get: operations["showCatalogService"];
        put?: never;
        post?: never;
        /** Delete a service */
        delete: operations["deleteCatalogService"];
        options?: never;
        head?: never;
        /** Update a service */
        patch: operations["updateCatalogService"];
        trace?: never;
    };
    "/v3/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List endpoints */
        get: operations["listEndpoints"];
        put?: never;
        /** Create a endpoint */
        post: operations["createEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /** Show a endpoint */
        get: operations["showEndpoint"];
        put?: never;
        post?: never;
        /** Delete a endpoint */
        delete: operations["deleteEndpoint"];
        options?: never;
        head?: never;
        /** Update a endpoint */
        patch: operations["updateEndpoint"];
        trace?: never;
    };
    "/v3/groups/{group_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** List the users of a group */
        get: operations["listGroupUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_id}/groups/{group_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** List roles of a group on a domain */
        get: operations["listDomainGroupRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Assign a role to a group on a domain */
        put: operations["assignDomainGroupRole"];
        post?: never;
        /** Unassign a role from a group on a domain */
        delete: operations["unassignDomainGroupRole"];
        options?: never;
        /** Check a role of a group on a domain */
        head: operations["checkDomainGroupRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List policies */
        get: operations["listPolicies"];
        put?: never;
        /** Create a policy */
        post: operations["createPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/policies/{policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        /** Show a policy */
        get: operations["showPolicy"];
        put?: never;
        post?: never;
        /** Delete a policy */
        delete: operations["deletePolicy"];
        options?: never;
        head?: never;
        /** Update a policy */
        patch: operations["updatePolicy"];
        trace?: never;
    };
    "/v3/OS-OAUTH1/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List OAuth 1.0a consumers */
        get: operations["listConsumers"];
        put?: never;
        /** Create an OAuth 1.0a consumer */
        post: operations["createConsumer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-OAUTH1/consumers/{consumer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consumer_id: components["parameters"]["ConsumerId"];
            };
            cookie?: never;
        };
        /** Show an OAuth 1.0a consumer */
        get: operations["showConsumer"];
        put?: never;
        post?: never;
        /** Delete an OAuth 1.0a consumer */
        delete: operations["deleteConsumer"];
        options?: never;
        head?: never;
        /** Update an OAuth 1.0a consumer */
        patch: operations["updateConsumer"];
        trace?: never;
    };
    "/v3/users/{user_id}/access_rules": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List access rules of a user */
        get: operations["listAccessRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{user_id}/access_rules/{access_rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                access_rule_id: components["parameters"]["AccessRuleId"];
            };
            cookie?: never;
        };
        /** Show an access rule */
        get: operations["showAccessRule"];
        put?: never;
        post?: never;
        /**
         * Delete an access rule
         * @description 403 while an application credential still uses it.
         */
        delete: operations["deleteAccessRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/config/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the default domain configuration */
        get: operations["showDefaultDomainConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/config/{group}/default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
            };
            cookie?: never;
        };
        /** Show the default configuration of a group */
        get: operations["showDefaultDomainConfigGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/config/{group}/{option}/default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
                /** @description An option of the group. */
                option: components["parameters"]["ConfigOption"];
            };
            cookie?: never;
        };
        /** Show the default of an option */
        get: operations["showDefaultDomainConfigOption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_id}/config": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /** Show a domain configuration */
        get: operations["showDomainConfig"];
        /**
         * Create (or replace) a domain configuration
         * @description 201 when the domain had no configuration, 200 when it replaced one.
         */
        put: operations["createDomainConfig"];
        post?: never;
        /** Delete a domain configuration */
        delete: operations["deleteDomainConfig"];
        options?: never;
        head?: never;
        /** Update a domain configuration */
        patch: operations["updateDomainConfig"];
        trace?: never;
    };
    "/v3/domains/{domain_id}/config/{group}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
            };
            cookie?: never;
        };
        /** Show a group of a domain configuration */
        get: operations["showDomainConfigGroup"];
        put?: never;
        post?: never;
        /** Delete a group of a domain configuration */
        delete: operations["deleteDomainConfigGroup"];
        options?: never;
        head?: never;
        /** Update a group of a domain configuration */
        patch: operations["updateDomainConfigGroup"];
        trace?: never;
    };
    "/v3/domains/{domain_id}/config/{group}/{option}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
                /** @description An option of the group. */
                option: components["parameters"]["ConfigOption"];
            };
            cookie?: never;
        };
        /** Show an option of a domain configuration */
        get: operations["showDomainConfigOption"];
        put?: never;
        post?: never;
        /** Delete an option of a domain configuration */
        delete: operations["deleteDomainConfigOption"];
        options?: never;
        head?: never;
        /** Update an option of a domain configuration */
        patch: operations["updateDomainConfigOption"];
        trace?: never;
    };
    "/v3/system/users/{user_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** List roles of a user on the system */
        get: operations["listSystemUserRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/system/users/{user_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Assign a role to a user on the system */
        put: operations["assignSystemUserRole"];
        post?: never;
        /** Unassign a role from a user on the system */
        delete: operations["unassignSystemUserRole"];
        options?: never;
        /** Check a role of a user on the system */
        head: operations["checkSystemUserRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/system/groups/{group_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** List roles of a group on the system */
        get: operations["listSystemGroupRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/system/groups/{group_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Assign a role to a group on the system */
        put: operations["assignSystemGroupRole"];
        post?: never;
        /** Unassign a role from a group on the system */
        delete: operations["unassignSystemGroupRole"];
        options?: never;
        /** Check a role of a group on the system */
        head: operations["checkSystemGroupRole"];
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/endpoint_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List endpoint groups */
        get: operations["listEndpointGroups"];
        put?: never;
        /** Create an endpoint group */
        post: operations["createEndpointGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        /** Show an endpoint group */
        get: operations["showEndpointGroup"];
        put?: never;
        post?: never;
        /** Delete an endpoint group */
        delete: operations["deleteEndpointGroup"];
        options?: never;
        /** Check an endpoint group */
        head: operations["checkEndpointGroup"];
        /** Update an endpoint group */
        patch: operations["updateEndpointGroup"];
        trace?: never;
    };
    "/v3/OS-EP-FILTER/projects/{project_id}/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List the endpoints of a project (OS-EP-FILTER) */
        get: operations["listProjectEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Associate an endpoint with a project */
        put: operations["addProjectEndpoint"];
        post?: never;
        /** Remove an endpoint to project association */
        delete: operations["removeProjectEndpoint"];
        options?: never;
        /** Check an endpoint to project association */
        head: operations["checkProjectEndpoint"];
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/endpoints/{endpoint_id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /** List the projects associated with an endpoint */
        get: operations["listEndpointProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        /** List the projects associated with an endpoint group */
        get: operations["listEndpointGroupProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        /** List the endpoints an endpoint group matches */
        get: operations["listEndpointGroupEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** Show the project of an endpoint group to project association */
        get: operations["showEndpointGroupProject"];
        /** Associate an endpoint group with a project */
        put: operations["addEndpointGroupProject"];
        post?: never;
        /** Remove an endpoint group to project association */
        delete: operations["removeEndpointGroupProject"];
        options?: never;
        /** Check an endpoint group to project association */
        head: operations["checkEndpointGroupProject"];
        patch?: never;
        trace?: never;
    };
    "/v3/OS-EP-FILTER/projects/{project_id}/endpoint_groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** List the endpoint groups associated with a project */
        get: operations["listProjectEndpointGroups"];
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
        /** @description Keystone error body. */
        Error: {
            error: {
                /**
                 * @description HTTP status code.
                 * @example 404
                 */
                code: number;
                /**
                 * @description Human readable description of the failure.
                 * @example Could not find project: 0c4e939acacf4376bdcd1129f1a054ad.
                 */
                message: string;
                /**
                 * @description Reason phrase of the status code.
                 * @example Not Found
                 */
                title: string;
            };
        };
        /** @description Links of a collection response. */
        CollectionLinks: {
            /**
             * Format: uri
             * @description URL of this collection request.
             */
            self: string;
            /** @description Previous page; Keystone does not paginate, always null. */
            previous?: string | null;
            /** @description Next page; Keystone does not paginate, always null. */
            next?: string | null;
        };
        ResourceLinks: {
            /**
             * Format: uri
             * @description URL of the resource.
             */
            self: string;
        };
        /** @description Id (and name) of a referenced resource. */
        NamedRef: {
            id: string;
            name?: string;
        };
        /** @description Id, name and owning domain of a referenced user, group, project or role. */
        DomainNamedRef: {
            id: string;
            name?: string;
            domain?: components["schemas"]["NamedRef"];
        };
        /** @description Resource options (for example `immutable`). */
        Options: {
            [key: string]: unknown;
        };
        ProjectTagList: {
            tags: string[];
        };
        /** @description Simple string tags. */
        Tags: string[];
        VersionLink: {
            href: string;
            /** @example self */
            rel: string;
            type?: string;
        };
        MediaType: {
            /** @example application/json */
            base: string;
            /** @example application/vnd.openstack.identity-v3+json */
            type: string;
        };
        IdentityVersion: {
            /**
             * @description Version id.
             * @example v3.14
             */
            id: string;
            /**
             * @example stable
             * @enum {string}
             */
            status: "stable" | "deprecated" | "experimental";
            /**
             * Format: date-time
             * @example 2020-04-07T00:00:00Z
             */
            updated: string;
            links: components["schemas"]["VersionLink"][];
            "media-types": components["schemas"]["MediaType"][];
        };
        IdentityVersionsResponse: {
            versions: {
                values: components["schemas"]["IdentityVersion"][];
            };
        };
        IdentityVersionResponse: {
            version: components["schemas"]["IdentityVersion"];
        };
        CatalogEndpoint: {
            id: string;
            /** @enum {string} */
            interface: "public" | "internal" | "admin";
            /** @description Region id (legacy name of region_id). */
            region?: string | null;
            region_id?: string | null;
            url: string;
        };
        CatalogEntry: {
            /** @description Service id. */
            id: string;
            /** @example compute */
            type: string;
            /** @example nova */
            name?: string;
            endpoints: components["schemas"]["CatalogEndpoint"][];
        };
        /** @description A domain given by id or by name. */
        IdentityDomainSelector: {
            id?: string;
            name?: string;
        } & (unknown | unknown);
        /** @description The user, by `id`, or by `name` together with its `domain`. */
        PasswordAuthUser: {
            id?: string;
            name?: string;
            domain?: components["schemas"]["IdentityDomainSelector"];
            /** Format: password */
            password: string;
        } & (unknown | unknown);
        /** @description The user, by `id`, or by `name` together with its `domain`. */
        TotpAuthUser: {
            id?: string;
            name?: string;
            domain?: components["schemas"]["IdentityDomainSelector"];
            /** @description Time-based one-time password. */
            passcode: string;
        } & (unknown | unknown);
        /** @description The user, by `id`, or by `name` together with its `domain`. */
        AuthUserSelector: {
            id?: string;
            name?: string;
            domain?: components["schemas"]["IdentityDomainSelector"];
        } & (unknown | unknown);
        AuthIdentity: {
            /** @description Authentication methods; each one named here needs its own object. */
            methods: ("password" | "token" | "application_credential" | "totp")[];
            password?: {
                user: components["schemas"]["PasswordAuthUser"];
            };
            token?: {
                /** @description An existing token. */
                id: string;
            };
            /** @description The application credential, by `id`, or by `name` with its owning `user`. */
            application_credential?: {
                id?: string;
                /** @description Name of the application credential; needs `user`. */
                name?: string;
                user?: components["schemas"]["AuthUserSelector"];
                /** Format: password */
                secret: string;
            } & (unknown | unknown);
            totp?: {
                user: components["schemas"]["TotpAuthUser"];
            };
        };
        /** @description Exactly one of project, domain, system or a trust (OS-TRUST). */
        AuthScope: {
            /** @description A trust of which the authenticating user is the trustee: the token acts on the trust's project with the trust's roles (as the trustor with impersonation). */
            "OS-TRUST:trust"?: {
                id: string;
            };
            /** @description The project, by `id`, or by `name` together with its `domain`. */
            project?: {
                id?: string;
                name?: string;
                domain?: components["schemas"]["IdentityDomainSelector"];
            } & (unknown | unknown);
            domain?: components["schemas"]["IdentityDomainSelector"];
            system?: {
                /** @enum {boolean} */
                all: true;
            };
        };
        AuthTokenRequest: {
            auth: {
                identity: components["schemas"]["AuthIdentity"];
                /** @description Requested scope; omitted or `"unscoped"` for an unscoped token (an omitted scope may use the user's default project). */
                scope?: components["schemas"]["AuthScope"] | "unscoped";
            };
        };
        TokenUser: {
            id: string;
            name: string;
            domain: components["schemas"]["NamedRef"];
            /** @description When the password expires (no timezone, UTC). */
            password_expires_at?: string | null;
        };
        TokenProject: {
            id: string;
            name: string;
            domain: components["schemas"]["NamedRef"];
        };
        Token: {
            /** @description Methods used to obtain the token. */
            methods: string[];
            user: components["schemas"]["TokenUser"];
            /** @description Present in project-scoped tokens. */
            project?: components["schemas"]["TokenProject"];
            /** @description Present in domain-scoped tokens. */
            domain?: components["schemas"]["NamedRef"];
            /** @description Present in system-scoped tokens. */
            system?: {
                all: boolean;
            };
            /** @description Effective roles on the scope (absent for unscoped tokens). */
            roles?: components["schemas"]["NamedRef"][];
            /** @description Service catalog (absent for unscoped tokens and with `nocatalog`). */
            catalog?: components["schemas"]["CatalogEntry"][];
            /**
             * Format: date-time
             * @example 2015-11-07T02:58:43.578887Z
             */
            expires_at: string;
            /**
             * Format: date-time
             * @example 2015-11-07T01:58:43.578929Z
             */
            issued_at: string;
            /** @description Audit ids: this token's, then the chain it was obtained from. */
            audit_ids: string[];
            /** @description Present in project-scoped tokens. */
            is_domain?: boolean;
            /** @description Present in trust-scoped tokens. */
            "OS-TRUST:trust"?: {
                id: string;
                impersonation: boolean;
                trustee_user: {
                    id: string;
                };
                trustor_user: {
                    id: string;
                };
            };
            /** @description Present when authenticated with an application credential. */
            application_credential?: {
                id: string;
                name: string;
                restricted: boolean;
            };
        };
        TokenResponse: {
            token: components["schemas"]["Token"];
        };
        CatalogResponse: {
            catalog: components["schemas"]["CatalogEntry"][];
            links: components["schemas"]["CollectionLinks"];
        };
        AuthProjectsResponse: {
            projects: components["schemas"]["Project"][];
            links: components["schemas"]["CollectionLinks"];
        };
        AuthDomainsResponse: {
            domains: components["schemas"]["Domain"][];
            links: components["schemas"]["CollectionLinks"];
        };
        AuthSystemResponse: {
            /** @description Empty when the user has no role on the system. */
            system: {
                all: boolean;
            }[];
            links: components["schemas"]["CollectionLinks"];
        };
        Domain: {
            /** @example default */
            id: string;
            /** @example Default */
            name: string;
            description?: string | null;
            enabled: boolean;
            tags?: components["schemas"]["Tags"];
            options?: components["schemas"]["Options"];
            links: components["schemas"]["ResourceLinks"];
        };
        DomainResponse: {
            domain: components["schemas"]["Domain"];
        };
        DomainList: {
            domains: components["schemas"]["Domain"][];
            links: components["schemas"]["CollectionLinks"];
        };
        DomainCreateRequest: {
            domain: {
                name: string;
                description?: string | null;
                /** @default true */
                enabled?: boolean;
                /** @description Use this id instead of a generated one. */
                explicit_domain_id?: string;
                tags?: components["schemas"]["Tags"];
                options?: components["schemas"]["Options"];
            };
        };
        DomainUpdateRequest: {
            domain: {
                name?: string;
                description?: string | null;
                enabled?: boolean;
                tags?: components["schemas"]["Tags"];
                options?: components["schemas"]["Options"];
            };
        };
        Project: {
            id: string;
            name: string;
            description?: string | null;
            /** @description Owning domain; null for a project acting as a domain. */
            domain_id: string | null;
            enabled: boolean;
            /** @description True for a project acting as a domain (every domain is one, under the domain's id). */
            is_domain?: boolean;
            /** @description Parent project, or the owning domain for top-level projects. */
            parent_id?: string | null;
            tags?: components["schemas"]["Tags"];
            options?: components["schemas"]["Options"];
            links: components["schemas"]["ResourceLinks"];
        };
        ProjectResponse: {
            project: components["schemas"]["Project"];
        };
        ProjectList: {
            projects: components["schemas"]["Project"][];
            links: components["schemas"]["CollectionLinks"];
        };
        ProjectCreateRequest: {
            project: {
                name: string;
                /** @description Owning domain (absent or null means the token's domain or `default`). */
                domain_id?: string | null;
                description?: string | null;
                /** @default true */
                enabled?: boolean;
                /** @default false */
                is_domain?: boolean;
                parent_id?: string | null;
                tags?: components["schemas"]["Tags"];
                options?: components["schemas"]["Options"];
            };
        };
        ProjectUpdateRequest: {
            project: {
                name?: string;
                description?: string | null;
                enabled?: boolean;
                tags?: components["schemas"]["Tags"];
                options?: components["schemas"]["Options"];
            };
        };
        User: {
            id: string;
            name: string;
            domain_id: string;
            enabled: boolean;
            default_project_id?: string;
            description?: string | null;
            email?: string;
            federated?: {
                [key: string]: unknown;
            }[];
            options?: components["schemas"]["Options"];
            /** @description When the password expires (no timezone, UTC). */
            password_expires_at?: string | null;
            links: components["schemas"]["ResourceLinks"];
        };
        UserResponse: {
            user: components["schemas"]["User"];
        };
        UserList: {
            users: components["schemas"]["User"][];
            links: components["schemas"]["CollectionLinks"];
        };
        UserCreateRequest: {
            user: {
                name: string;
                domain_id?: string;
                default_project_id?: string | null;
                description?: string | null;
                email?: string;
                /** @default true */
                enabled?: boolean;
                /** Format: password */
                password?: string | null;
                options?: components["schemas"]["Options"];
            };
        };
        UserUpdateRequest: {
            user: {
                name?: string;
                default_project_id?: string | null;
                description?: string | null;
                email?: string;
                enabled?: boolean;
                /** Format: password */
                password?: string | null;
                options?: components["schemas"]["Options"];
            };
        };
        UserPasswordChangeRequest: {
            user: {
                /** Format: password */
                original_password: string;
                /**
                 * Format: password
                 * @description The new password.
                 */
                password: string;
            };
        };
        Group: {
            id: string;
            name: string;
            description?: string | null;
            domain_id: string;
            links: components["schemas"]["ResourceLinks"];
        };
        GroupResponse: {
            group: components["schemas"]["Group"];
        };
        GroupList: {
            groups: components["schemas"]["Group"][];
            links: components["schemas"]["CollectionLinks"];
        };
        GroupCreateRequest: {
            group: {
                name: string;
                domain_id?: string;
                description?: string | null;
            };
        };
        GroupUpdateRequest: {
            group: {
                name?: string;
                description?: string | null;
            };
        };
        Role: {
            id: string;
            /** @example member */
            name: string;
            description?: string | null;
            /** @description Owning domain of a domain-specific role; null for global roles. */
            domain_id?: string | null;
            options?: components["schemas"]["Options"];
            links: components["schemas"]["ResourceLinks"];
        };
        RoleResponse: {
            role: components["schemas"]["Role"];
        };
        RoleList: {
            roles: components["schemas"]["Role"][];
            links: components["schemas"]["CollectionLinks"];
        };
        RoleCreateRequest: {
            role: {
                name: string;
                domain_id?: string | null;
                description?: string | null;
                options?: components["schemas"]["Options"];
            };
        };
        RoleUpdateRequest: {
            role: {
                name?: string;
                description?: string | null;
                options?: components["schemas"]["Options"];
            };
        };
        RoleSummary: {
            id: string;
            name: string;
            description?: string | null;
            links: components["schemas"]["ResourceLinks"];
        };
        ImpliedRolesResponse: {
            role_inference: {
                prior_role: components["schemas"]["RoleSummary"];
                implies: components["schemas"]["RoleSummary"][];
            };
            links: components["schemas"]["CollectionLinks"];
        };
        ImpliedRoleResponse: {
            role_inference: {
                prior_role: components["schemas"]["RoleSummary"];
                implies: components["schemas"]["RoleSummary"];
            };
            links: components["schemas"]["ResourceLinks"];
        };
        RoleInferencesResponse: {
            role_inferences: {
                prior_role: components["schemas"]["RoleSummary"];
                implies: components["schemas"]["RoleSummary"][];
            }[];
            links: components["schemas"]["CollectionLinks"];
        };
        /** @description Names are present only with `include_names`. */
        RoleAssignment: {
            role: components["schemas"]["DomainNamedRef"];
            /** @description One of project, domain or system. */
            scope: {
                project?: components["schemas"]["DomainNamedRef"];
                domain?: components["schemas"]["NamedRef"];
                system?: {
                    all: boolean;
                };
                /** @example projects */
                "OS-INHERIT:inherited_to"?: string;
            };
            user?: components["schemas"]["DomainNamedRef"];
            group?: components["schemas"]["DomainNamedRef"];
            links: {
                /** @description URL of the grant. */
                assignment: string;
                /** @description URL of the group membership an effective assignment comes from. */
                membership?: string;
            };
        };
        RoleAssignmentList: {
            role_assignments: components["schemas"]["RoleAssignment"][];
            links: components["schemas"]["CollectionLinks"];
        };
        AccessRule: {
            id?: string;
            /** @example /v2.1/servers */
            path: string;
            /** @enum {string} */
            method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
            /**
             * @description Service type.
             * @example compute
             */
            service: string;
        };
        Credential: {
            id: string;
            user_id: string;
            project_id: string | null;
            type: string;
            /** @description The credential data as a string (JSON for `ec2`). */
            blob: string;
            links: components["schemas"]["ResourceLinks"];
        };
        CredentialResponse: {
            credential: components["schemas"]["Credential"];
        };
        CredentialList: {
            credentials: components["schemas"]["Credential"][];
            links: components["schemas"]["CollectionLinks"];
        };
        CredentialCreateRequest: {
            credential: {
                user_id: string;
                project_id?: string | null;
                type: string;
                blob: string;
            };
        };
        CredentialUpdateRequest: {
            credential: {
                user_id?: string;
                project_id?: string | null;
                type?: string;
                blob?: string;
            };
        };
        Ec2Credential: {
            user_id: string;
            tenant_id: string;
            access: string;
            secret: string;
            trust_id: string | null;
            links: components["schemas"]["ResourceLinks"];
        };
        Ec2CredentialResponse: {
            credential: components["schemas"]["Ec2Credential"];
        };
        Ec2CredentialList: {
            credentials: components["schemas"]["Ec2Credential"][];
            links: components["schemas"]["CollectionLinks"];
        };
        Ec2CredentialCreateRequest: {
            /** @description The project the credential is for. */
            tenant_id: string;
        };
        TrustRole: {
            id: string;
            name: string;
            domain_id?: string | null;
            links: components["schemas"]["ResourceLinks"];
        };
        TrustRoleResponse: {
            role: components["schemas"]["TrustRole"];
        };
        TrustRoleList: {
            roles: components["schemas"]["TrustRole"][];
            links: components["schemas"]["CollectionLinks"];
        };
        Trust: {
            id: string;
            trustor_user_id: string;
            trustee_user_id: string;
            project_id: string | null;
            impersonation: boolean;
            /** @description Keystone's format, `2026-12-07T12:00:00.000000Z`; null for none. */
            expires_at: string | null;
            remaining_uses: number | null;
            allow_redelegation: boolean;
            redelegation_count: number;
            redelegated_trust_id: string | null;
            /** @description Not in lists. */
            roles?: components["schemas"]["TrustRole"][];
            roles_links?: components["schemas"]["CollectionLinks"];
            links: components["schemas"]["ResourceLinks"];
        };
        TrustResponse: {
            trust: components["schemas"]["Trust"];
        };
        TrustList: {
            trusts: components["schemas"]["Trust"][];
            links: components["schemas"]["CollectionLinks"];
        };
        TrustCreateRequest: {
            trust: {
                trustor_user_id: string;
                trustee_user_id: string;
                project_id?: string | null;
                impersonation: boolean;
                expires_at?: string | null;
                remaining_uses?: number | null;
                allow_redelegation?: boolean;
                roles?: components["schemas"]["IdentityRoleSelector"][];
            };
        };
        ApplicationCredentialRole: {
            id: string;
            name: string;
            domain_id?: string | null;
        };
        ApplicationCredential: {
            id: string;
            name: string;
            description: string | null;
            /** @description Only in the create response; never shown again. */
            secret?: string;
            /** @description Expiry (no timezone, UTC); null for none. */
            expires_at: string | null;
            /** @description Whether it may create other application credentials and trusts. */
            unrestricted: boolean;
            project_id: string;
            roles: components["schemas"]["ApplicationCredentialRole"][];
            access_rules?: components["schemas"]["AccessRule"][];
            links: components["schemas"]["ResourceLinks"];
        };
        ApplicationCredentialResponse: {
            application_credential: components["schemas"]["ApplicationCredential"];
        };
        ApplicationCredentialList: {
            application_credentials: components["schemas"]["ApplicationCredential"][];
            links: components["schemas"]["CollectionLinks"];
        };
        ApplicationCredentialCreateRequest: {
            application_credential: {
                name: string;
                description?: string | null;
                /** @description The secret; generated when omitted. */
                secret?: string;
                /** @description Expiry; null or omitted for none. */
                expires_at?: string | null;
                /** @description Subset of the token's roles on its project; defaults to all of them. */
                roles?: components["schemas"]["IdentityRoleSelector"][];
                access_rules?: {
                    /** @description An existing access rule to reuse. */
                    id?: string;
                    path?: string;
                    /** @enum {string} */
                    method?: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
                    service?: string;
                }[];
                /** @default false */
                unrestricted?: boolean;
            };
        };
        /** @description A role by id or by name. */
        IdentityRoleSelector: {
            id?: string;
            name?: string;
        } & (unknown | unknown);
        Region: {
            /** @example RegionOne */
            id: string;
            description: string;
            parent_region_id: string | null;
            links: components["schemas"]["ResourceLinks"];
        };
        RegionResponse: {
            region: components["schemas"]["Region"];
        };
        RegionList: {
            regions: components["schemas"]["Region"][];
            links: components["schemas"]["CollectionLinks"];
        };
        RegionCreateRequest: {
            region: {
                /** @description Region id; generated when omitted. */
                id?: string;
                description?: string;
                parent_region_id?: string | null;
            };
        };
        RegionUpdateRequest: {
            region: {
                description?: string;
                parent_region_id?: string | null;
            };
        };
        Service: {
            id: string;
            /** @example compute */
            type: string;
            /** @example nova */
            name?: string;
            description?: string;
            enabled: boolean;
            links: components["schemas"]["ResourceLinks"];
        };
        ServiceResponse: {
            service: components["schemas"]["Service"];
        };
        ServiceList: {
            services: components["schemas"]["Service"][];
            links: components["schemas"]["CollectionLinks"];
        };
        ServiceCreateRequest: {
            service: {
                type: string;
                name?: string;
                description?: string;
                /** @default true */
                enabled?: boolean;
            };
        };
        ServiceUpdateRequest: {
            service: {
                type?: string;
                name?: string;
                description?: string;
                enabled?: boolean;
            };
        };
        Endpoint: {
            id: string;
            /** @enum {string} */
            interface: "public" | "internal" | "admin";
            /** @description Region id (legacy name of region_id). */
            region?: string | null;
            region_id: string | null;
            url: string;
            service_id: string;
            enabled: boolean;
            links: components["schemas"]["ResourceLinks"];
        };
        EndpointResponse: {
            endpoint: components["schemas"]["Endpoint"];
        };
        EndpointList: {
            endpoints: components["schemas"]["Endpoint"][];
            links: components["schemas"]["CollectionLinks"];
        };
        EndpointCreateRequest: {
            endpoint: {
                /** @enum {string} */
                interface: "public" | "internal" | "admin";
                url: string;
                service_id: string;
                /** @description An existing region (400 otherwise). */
                region_id?: string | null;
                /** @description Legacy (v2-style) region name, used when `region_id` is absent; the region is created if it does not exist. */
                region?: string | null;
                /** @default true */
                enabled?: boolean;
            };
        };
        EndpointUpdateRequest: {
            endpoint: {
                /** @enum {string} */
                interface?: "public" | "internal" | "admin";
                url?: string;
                service_id?: string;
                region_id?: string | null;
                /** @description Legacy region name, used when `region_id` is absent; created if it does not exist. */
                region?: string | null;
                enabled?: boolean;
            };
        };
        Policy: {
            id: string;
            /** @description MIME type of the blob. */
            type: string;
            blob: string;
            project_id?: string | null;
            user_id?: string | null;
            links: components["schemas"]["ResourceLinks"];
        };
        PolicyResponse: {
            policy: components["schemas"]["Policy"];
        };
        PolicyList: {
            policies: components["schemas"]["Policy"][];
            links: components["schemas"]["CollectionLinks"];
        };
        PolicyCreateRequest: {
            policy: {
                type: string;
                blob: string;
                project_id?: string | null;
                user_id?: string | null;
            };
        };
        PolicyUpdateRequest: {
            policy: {
                type?: string;
                blob?: string;
            };
        };
        Consumer: {
            id: string;
            description?: string | null;
            /** @description Only in the create response. */
            secret?: string;
            links: components["schemas"]["ResourceLinks"];
        };
        ConsumerResponse: {
            consumer: components["schemas"]["Consumer"];
        };
        ConsumerList: {
            consumers: components["schemas"]["Consumer"][];
            links: components["schemas"]["CollectionLinks"];
        };
        ConsumerCreateRequest: {
            consumer: {
                description?: string | null;
            };
        };
        ConsumerUpdateRequest: {
            consumer: {
                description?: string | null;
            };
        };
        AccessRuleResponse: {
            access_rule: components["schemas"]["AccessRule"];
        };
        AccessRuleList: {
            access_rules: components["schemas"]["AccessRule"][];
            links: components["schemas"]["CollectionLinks"];
        };
        /** @description Groups (`identity`, `ldap`), each an object of option values. */
        DomainConfig: {
            [key: string]: {
                [key: string]: unknown;
            };
        };
        DomainConfigResponse: {
            config: components["schemas"]["DomainConfig"];
        };
        DomainConfigOptionResponse: {
            /** @description One option and its value. */
            config: {
                [key: string]: unknown;
            };
        };
        DomainConfigRequest: {
            config: components["schemas"]["DomainConfig"];
        };
        DomainConfigOptionRequest: {
            config: {
                [key: string]: unknown;
            };
        };
        EndpointGroup: {
            id: string;
            name: string;
            description?: string | null;
            filters: {
                [key: string]: unknown;
            };
            links: components["schemas"]["ResourceLinks"];
        };
        EndpointGroupResponse: {
            endpoint_group: components["schemas"]["EndpointGroup"];
        };
        EndpointGroupList: {
            endpoint_groups: components["schemas"]["EndpointGroup"][];
            links: components["schemas"]["CollectionLinks"];
        };
        EndpointGroupCreateRequest: {
            endpoint_group: {
                name: string;
                description?: string | null;
                /** @description Which endpoints the group holds: any of `service_id`, `interface`, `region_id`. */
                filters: {
                    service_id?: string;
                    /** @enum {string} */
                    interface?: "public" | "internal" | "admin";
                    region_id?: string;
                };
            };
        };
        EndpointGroupUpdateRequest: {
            endpoint_group: {
                name?: string;
                description?: string | null;
                /** @description Which endpoints the group holds: any of `service_id`, `interface`, `region_id`. */
                filters?: {
                    service_id?: string;
                    /** @enum {string} */
                    interface?: "public" | "internal" | "admin";
                    region_id?: string;
                };
            };
        };
    };
    responses: {
        /** @description Bad Request: the request is malformed or fails validation. */
        BadRequest: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Bad Request: the request is malformed or fails validation. (HEAD: no body). */
        HeadBadRequest: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Unauthorized: missing, invalid or expired token, or wrong credentials. */
        Unauthorized: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized: missing, invalid or expired token, or wrong credentials. (HEAD: no body). */
        HeadUnauthorized: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden: policy does not allow the operation. */
        Forbidden: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Forbidden: policy does not allow the operation. (HEAD: no body). */
        HeadForbidden: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content?: never;
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
        /** @description Not Found. (HEAD: no body). */
        HeadNotFound: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Conflict: a resource with the same unique attributes exists. */
        Conflict: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Client error. */
        ClientError: {
            headers: {
                "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        EndpointGroupId: string;
        PolicyId: string;
        ConsumerId: string;
        AccessRuleId: string;
        /** @description A configuration group (`identity` or `ldap`). */
        ConfigGroup: string;
        /** @description An option of the group. */
        ConfigOption: string;
        /** @description The domain id. */
        DomainId: string;
        /** @description The project id. */
        ProjectId: string;
        /** @description The user id. */
        UserId: string;
        /** @description The group id. */
        GroupId: string;
        /** @description The role id. */
        RoleId: string;
        /** @description The id of the prior (implying) role. */
        PriorRoleId: string;
        /** @description The id of the implied role. */
        ImpliesRoleId: string;
        /** @description The application credential id. */
        ApplicationCredentialId: string;
        /** @description The credential id. */
        CredentialId: string;
        /** @description The tag (no `,` or `/`). */
        ProjectTag: string;
        /** @description The trust id. */
        TrustId: string;
        /** @description The region id. */
        RegionId: string;
        /** @description The service id. */
        ServiceId: string;
        /** @description The endpoint id. */
        EndpointId: string;
        /** @description The token to validate, check or revoke. */
        XSubjectTokenHeader: string;
        /** @description Leave the service catalog out of the token body. Keystone treats the parameter as a flag: its presence (even with an empty value, `?nocatalog`) turns it on. */
        NoCatalog: boolean | string;
        /** @description Also accept a token that expired within the configured window. */
        AllowExpired: boolean;
    };
    requestBodies: never;
    headers: {
        /** @description Id of the request (`req-<uuid>`), also in the logs. */
        XOpenstackRequestId: string;
        /** @description The token (issued or validated). */
        XSubjectToken: string;
        /** @description Keystone's challenge: `Keystone uri="<identity endpoint>"`. */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listIdentityVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The available versions. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVersionsResponse"];
                };
            };
            /** @description Multiple Choices: the available versions (what Keystone answers). */
            300: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVersionsResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    showIdentityVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The v3 version document. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVersionResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    showToken: {
        parameters: {
            query?: {
                /** @description Leave the service catalog out of the token body. Keystone treats the parameter as a flag: its presence (even with an empty value, `?nocatalog`) turns it on. */
                nocatalog?: components["parameters"]["NoCatalog"];
                /** @description Also accept a token that expired within the configured window. */
                allow_expired?: components["parameters"]["AllowExpired"];
            };
            header: {
                /** @description The token to validate, check or revoke. */
                "X-Subject-Token": components["parameters"]["XSubjectTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token named by X-Subject-Token. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "X-Subject-Token": components["headers"]["XSubjectToken"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createToken: {
        parameters: {
            query?: {
                /** @description Leave the service catalog out of the token body. Keystone treats the parameter as a flag: its presence (even with an empty value, `?nocatalog`) turns it on. */
                nocatalog?: components["parameters"]["NoCatalog"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthTokenRequest"];
            };
        };
        responses: {
            /** @description Token issued; the token itself is in the X-Subject-Token header. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "X-Subject-Token": components["headers"]["XSubjectToken"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header: {
                /** @description The token to validate, check or revoke. */
                "X-Subject-Token": components["parameters"]["XSubjectTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
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
    checkToken: {
        parameters: {
            query?: {
                /** @description Also accept a token that expired within the configured window. */
                allow_expired?: components["parameters"]["AllowExpired"];
            };
            header: {
                /** @description The token to validate, check or revoke. */
                "X-Subject-Token": components["parameters"]["XSubjectTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subject token is valid. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    "X-Subject-Token": components["headers"]["XSubjectToken"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listAuthCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Catalog. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuthProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthProjectsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuthDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Domains. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthDomainsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuthSystem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description System scopes. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSystemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description Filter by name. */
                name?: string;
                /** @description Filter by enabled state; as Keystone, `0` and `false` (any case) mean false, any other value true. */
                enabled?: boolean | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domains. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCreateRequest"];
            };
        };
        responses: {
            /** @description The created domain. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
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
    updateDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated domain. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description Filter by name. */
                name?: string;
                /** @description Filter by owning domain. */
                domain_id?: string;
                /** @description Filter by enabled state; as Keystone, `0` and `false` (any case) mean false, any other value true. */
                enabled?: boolean | string;
                /** @description Filter by parent project. */
                parent_id?: string;
                /** @description True lists only the projects acting as domains (the domains), else only the other projects; as Keystone, `0` and `false` (any case) mean false, any other value true. */
                is_domain?: boolean | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreateRequest"];
            };
        };
        responses: {
            /** @description The created project. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
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
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listProjectTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
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
                    "application/json": components["schemas"]["ProjectTagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceProjectTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectTagList"];
            };
        };
        responses: {
            /** @description The tags now. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectTagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteProjectTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
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
    showProjectTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The tag (no `,` or `/`). */
                tag: components["parameters"]["ProjectTag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project has the tag. */
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
    addProjectTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The tag (no `,` or `/`). */
                tag: components["parameters"]["ProjectTag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Added (empty body). */
            201: {
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
    deleteProjectTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The tag (no `,` or `/`). */
                tag: components["parameters"]["ProjectTag"];
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
    checkProjectTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The tag (no `,` or `/`). */
                tag: components["parameters"]["ProjectTag"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project has the tag. */
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
    listUsers: {
        parameters: {
            query?: {
                /** @description Filter by name. */
                name?: string;
                /** @description Filter by owning domain. */
                domain_id?: string;
                /** @description Filter by enabled state; as Keystone, `0` and `false` (any case) mean false, any other value true. */
                enabled?: boolean | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateRequest"];
            };
        };
        responses: {
            /** @description The created user. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
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
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    changeUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPasswordChangeRequest"];
            };
        };
        responses: {
            /** @description Password changed. */
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
    listUserProjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description Filter by name. */
                name?: string;
                /** @description Filter by owning domain. */
                domain_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreateRequest"];
            };
        };
        responses: {
            /** @description The created group. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
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
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
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
            /** @description The updated group. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addGroupUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Added (or already a member). */
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
    removeGroupUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
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
    checkGroupUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is a member. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description Filter by name. */
                name?: string;
                /** @description Filter domain-specific roles by domain. */
                domain_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleCreateRequest"];
            };
        };
        responses: {
            /** @description The created role. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
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
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated role. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listImpliedRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the prior (implying) role. */
                prior_role_id: components["parameters"]["PriorRoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prior role and the roles it implies. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpliedRolesResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showImpliedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the prior (implying) role. */
                prior_role_id: components["parameters"]["PriorRoleId"];
                /** @description The id of the implied role. */
                implies_role_id: components["parameters"]["ImpliesRoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inference rule. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpliedRoleResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createImpliedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the prior (implying) role. */
                prior_role_id: components["parameters"]["PriorRoleId"];
                /** @description The id of the implied role. */
                implies_role_id: components["parameters"]["ImpliesRoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inference rule. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpliedRoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteImpliedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the prior (implying) role. */
                prior_role_id: components["parameters"]["PriorRoleId"];
                /** @description The id of the implied role. */
                implies_role_id: components["parameters"]["ImpliesRoleId"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    checkImpliedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the prior (implying) role. */
                prior_role_id: components["parameters"]["PriorRoleId"];
                /** @description The id of the implied role. */
                implies_role_id: components["parameters"]["ImpliesRoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule exists. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listRoleInferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All inference rules, grouped by prior role. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleInferencesResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listDomainUserInheritedRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles granted for inheritance. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignDomainUserInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Granted (or already granted). */
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
    unassignDomainUserInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
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
    checkDomainUserInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inherited role is granted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listDomainGroupInheritedRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles granted for inheritance. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignDomainGroupInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Granted (or already granted). */
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
    unassignDomainGroupInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
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
    checkDomainGroupInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inherited role is granted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    assignProjectUserInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Granted (or already granted). */
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
    unassignProjectUserInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
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
    checkProjectUserInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inherited role is granted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    assignProjectGroupInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Granted (or already granted). */
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
    unassignProjectGroupInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
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
    checkProjectGroupInheritedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inherited role is granted. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listRoleAssignments: {
        parameters: {
            query?: {
                /** @description Filter by user. */
                "user.id"?: string;
                /** @description Filter by group. */
                "group.id"?: string;
                /** @description Filter by role. */
                "role.id"?: string;
                /** @description Filter by project. */
                "scope.project.id"?: string;
                /** @description Filter by domain. */
                "scope.domain.id"?: string;
                /** @description Expand group memberships, inheritance and implied roles into per-user assignments. Keystone treats the parameter as a flag: its presence (even with an empty value, `?effective`) turns it on. */
                effective?: boolean | string;
                /** @description Add names to the returned ids. Keystone treats the parameter as a flag: its presence (even with an empty value, `?include_names`) turns it on. */
                include_names?: boolean | string;
                /** @description With `scope.project.id`: include the project's subtree. Keystone treats the parameter as a flag: its presence (even with an empty value, `?include_subtree`) turns it on. */
                include_subtree?: boolean | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignments. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProjectUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directly assigned roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignProjectUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned (or already assigned). */
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
    unassignProjectUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned. */
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
    checkProjectUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is assigned. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listDomainUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directly assigned roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignDomainUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned (or already assigned). */
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
    unassignDomainUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned. */
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
    checkDomainUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is assigned. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listProjectGroupRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directly assigned roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignProjectGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned (or already assigned). */
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
    unassignProjectGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned. */
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
    checkProjectGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is assigned. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listApplicationCredentials: {
        parameters: {
            query?: {
                /** @description Filter by name. */
                name?: string;
            };
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application credentials. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCredentialList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createApplicationCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationCredentialCreateRequest"];
            };
        };
        responses: {
            /** @description The created application credential. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showApplicationCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The application credential id. */
                application_credential_id: components["parameters"]["ApplicationCredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application credential. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteApplicationCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The application credential id. */
                application_credential_id: components["parameters"]["ApplicationCredentialId"];
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
    listCredentials: {
        parameters: {
            query?: {
                /** @description Filter by user. */
                user_id?: string;
                /** @description Filter by type (`ec2`, `totp`, `cert`, ...). */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credentials. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialCreateRequest"];
            };
        };
        responses: {
            /** @description The created credential. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential id. */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential id. */
                credential_id: components["parameters"]["CredentialId"];
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
    updateCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential id. */
                credential_id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated credential. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listEc2Credentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The EC2 credentials. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ec2CredentialList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createEc2Credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ec2CredentialCreateRequest"];
            };
        };
        responses: {
            /** @description The created EC2 credential. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ec2CredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showEc2Credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The EC2 access key. */
                credential_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The EC2 credential. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ec2CredentialResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteEc2Credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The EC2 access key. */
                credential_id: string;
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
    listTrusts: {
        parameters: {
            query?: {
                trustor_user_id?: string;
                trustee_user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trusts (without their roles). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTrust: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrustCreateRequest"];
            };
        };
        responses: {
            /** @description The created trust. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showTrust: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trust. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteTrust: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
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
    listTrustRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustRoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showTrustRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustRoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    checkTrustRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The trust id. */
                trust_id: components["parameters"]["TrustId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It does. */
            200: {
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
    listRegions: {
        parameters: {
            query?: {
                /** @description Filter by parent region. */
                parent_region_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The regions. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createRegion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionCreateRequest"];
            };
        };
        responses: {
            /** @description The created region. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The region id. */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createRegionWithId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The region id. */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionCreateRequest"];
            };
        };
        responses: {
            /** @description The created region. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The region id. */
                region_id: components["parameters"]["RegionId"];
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
    updateRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The region id. */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated region. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listCatalogServices: {
        parameters: {
            query?: {
                /** @description Filter by service type. */
                type?: string;
                /** @description Filter by name. */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCatalogService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceCreateRequest"];
            };
        };
        responses: {
            /** @description The created service. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showCatalogService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCatalogService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
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
    updateCatalogService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The service id. */
                service_id: components["parameters"]["ServiceId"];
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
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listEndpoints: {
        parameters: {
            query?: {
                /** @description Filter by interface. */
                interface?: "public" | "internal" | "admin";
                /** @description Filter by service. */
                service_id?: string;
                /** @description Filter by region. */
                region_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointCreateRequest"];
            };
        };
        responses: {
            /** @description The created endpoint. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
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
    updateEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listGroupUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listDomainGroupRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directly assigned roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignDomainGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned (or already assigned). */
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
    unassignDomainGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned. */
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
    checkDomainGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is assigned. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policies. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyCreateRequest"];
            };
        };
        responses: {
            /** @description The created policy. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: components["parameters"]["PolicyId"];
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
    updatePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated policy. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listConsumers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consumers. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createConsumer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsumerCreateRequest"];
            };
        };
        responses: {
            /** @description The created consumer, with its secret (shown only here). */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showConsumer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consumer_id: components["parameters"]["ConsumerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consumer. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteConsumer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consumer_id: components["parameters"]["ConsumerId"];
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
    updateConsumer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consumer_id: components["parameters"]["ConsumerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsumerUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated consumer. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAccessRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The access rules of the user's application credentials. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRuleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showAccessRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                access_rule_id: components["parameters"]["AccessRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The access rule. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRuleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAccessRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                access_rule_id: components["parameters"]["AccessRuleId"];
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
    showDefaultDomainConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default options of every group a domain may configure. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showDefaultDomainConfigGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's default options. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showDefaultDomainConfigOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
                /** @description An option of the group. */
                option: components["parameters"]["ConfigOption"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The option's default. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigOptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showDomainConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createDomainConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainConfigRequest"];
            };
        };
        responses: {
            /** @description Replaced an existing configuration. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteDomainConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
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
    updateDomainConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainConfigRequest"];
            };
        };
        responses: {
            /** @description The merged configuration. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showDomainConfigGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteDomainConfigGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
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
    updateDomainConfigGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainConfigRequest"];
            };
        };
        responses: {
            /** @description The merged configuration. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showDomainConfigOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
                /** @description An option of the group. */
                option: components["parameters"]["ConfigOption"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The option. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigOptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteDomainConfigOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
                /** @description An option of the group. */
                option: components["parameters"]["ConfigOption"];
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
    updateDomainConfigOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                domain_id: components["parameters"]["DomainId"];
                /** @description A configuration group (`identity` or `ldap`). */
                group: components["parameters"]["ConfigGroup"];
                /** @description An option of the group. */
                option: components["parameters"]["ConfigOption"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainConfigOptionRequest"];
            };
        };
        responses: {
            /** @description The merged configuration. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSystemUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directly assigned roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignSystemUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned (or already assigned). */
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
    unassignSystemUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned. */
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
    checkSystemUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                user_id: components["parameters"]["UserId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is assigned. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listSystemGroupRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directly assigned roles. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignSystemGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned (or already assigned). */
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
    unassignSystemGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned. */
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
    checkSystemGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The group id. */
                group_id: components["parameters"]["GroupId"];
                /** @description The role id. */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is assigned. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listEndpointGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint groups. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createEndpointGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The created endpoint group. */
            201: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showEndpointGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint group. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteEndpointGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
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
    checkEndpointGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It exists. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    updateEndpointGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointGroupUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated endpoint group. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listProjectEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints associated with the project, directly or through its endpoint groups; a project-scoped catalog holds only these when there is any. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addProjectEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Associated (again, if it was). */
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
    removeProjectEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
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
    checkProjectEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Associated. */
            204: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listEndpointProjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The endpoint id. */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects (direct associations). */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listEndpointGroupProjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listEndpointGroupEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints its filters match. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    showEndpointGroupProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addEndpointGroupProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Associated (again, if it was). */
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
    removeEndpointGroupProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
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
    checkEndpointGroupProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_group_id: components["parameters"]["EndpointGroupId"];
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Associated. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["HeadBadRequest"];
            401: components["responses"]["HeadUnauthorized"];
            403: components["responses"]["HeadForbidden"];
            404: components["responses"]["HeadNotFound"];
        };
    };
    listProjectEndpointGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint groups. */
            200: {
                headers: {
                    "x-openstack-request-id": components["headers"]["XOpenstackRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}

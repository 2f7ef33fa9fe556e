/**
 * The policy table: every operationId of every spec mapped to a rule, enforced in one place
 * (defineRoute). Rules:
 * - `public`        no token needed (version documents, POST /v3/auth/tokens)
 * - `authenticated` any valid token
 * - `reader`        admin, or a project-scoped token with role reader (member and admin imply it)
 * - `member`        admin, or a project-scoped token with role member (admin implies it)
 * - `admin`         a token carrying the admin role
 * - `owner`         admin, or the token's user is the `user_id` path parameter
 * Resources of another project must answer 404 in the handler (see auth.ts `visibleProject`).
 *
 * ATTRIBUTE_POLICY narrows an operation further, per body attribute (Neutron's
 * `create_router:external_gateway_info:external_fixed_ips`): policy/attributes.ts evaluates it.
 */

/** A policy rule name. */
export type Rule = 'public' | 'authenticated' | 'reader' | 'member' | 'admin' | 'owner';

/** operationId -> rule. Keep one section per service, sorted as in the spec. */
export const POLICY: Record<string, Rule> = {
  // ---- identity (schemas/identity.yaml) ----
  listIdentityVersions: 'public',
  showIdentityVersion: 'public',
  createToken: 'public',
  showToken: 'authenticated',
  checkToken: 'authenticated',
  revokeToken: 'authenticated',
  listAuthCatalog: 'authenticated',
  listAuthProjects: 'authenticated',
  listAuthDomains: 'authenticated',
  listAuthSystem: 'authenticated',
  listDomains: 'admin',
  createDomain: 'admin',
  showDomain: 'authenticated',
  updateDomain: 'admin',
  deleteDomain: 'admin',
  listProjects: 'admin',
  createProject: 'admin',
  showProject: 'authenticated',
  updateProject: 'admin',
  deleteProject: 'admin',
  // Keystone's defaults: a token on the project reads its tags, a member (or admin) changes them.
  listProjectTags: 'authenticated',
  replaceProjectTags: 'authenticated',
  deleteProjectTags: 'authenticated',
  showProjectTag: 'authenticated',
  checkProjectTag: 'authenticated',
  addProjectTag: 'authenticated',
  deleteProjectTag: 'authenticated',
  listUsers: 'admin',
  createUser: 'admin',
  showUser: 'owner',
  updateUser: 'admin',
  deleteUser: 'admin',
  changeUserPassword: 'owner',
  listUserProjects: 'owner',
  listGroups: 'admin',
  createGroup: 'admin',
  showGroup: 'admin',
  updateGroup: 'admin',
  deleteGroup: 'admin',
  listUserGroups: 'owner',
  addGroupUser: 'admin',
  checkGroupUser: 'admin',
  removeGroupUser: 'admin',
  listRoles: 'authenticated',
  createRole: 'admin',
  showRole: 'authenticated',
  updateRole: 'admin',
  deleteRole: 'admin',
  listImpliedRoles: 'admin',
  createImpliedRole: 'admin',
  showImpliedRole: 'admin',
  checkImpliedRole: 'admin',
  deleteImpliedRole: 'admin',
  listRoleInferences: 'admin',
  listRoleAssignments: 'authenticated',
  listProjectUserRoles: 'admin',
  assignProjectUserRole: 'admin',
  checkProjectUserRole: 'admin',
  unassignProjectUserRole: 'admin',
  listDomainUserRoles: 'admin',
  assignDomainUserRole: 'admin',
  checkDomainUserRole: 'admin',
  unassignDomainUserRole: 'admin',
  listProjectGroupRoles: 'admin',
  assignProjectGroupRole: 'admin',
  checkProjectGroupRole: 'admin',
  unassignProjectGroupRole: 'admin',
  listApplicationCredentials: 'owner',
  createApplicationCredential: 'owner',
  showApplicationCredential: 'owner',
  deleteApplicationCredential: 'owner',
  // Keystone's defaults: admin, or the credential's own user (the handlers check ownership).
  listCredentials: 'authenticated',
  createCredential: 'authenticated',
  showCredential: 'authenticated',
  updateCredential: 'authenticated',
  deleteCredential: 'authenticated',
  listEc2Credentials: 'owner',
  createEc2Credential: 'owner',
  showEc2Credential: 'owner',
  deleteEc2Credential: 'owner',
  // Keystone's defaults: the trustor (or trustee, to read) or an admin; the handlers check.
  listTrusts: 'authenticated',
  createTrust: 'authenticated',
  showTrust: 'authenticated',
  deleteTrust: 'authenticated',
  listTrustRoles: 'authenticated',
  showTrustRole: 'authenticated',
  checkTrustRole: 'authenticated',
  listRegions: 'authenticated',
  createRegion: 'admin',
  createRegionWithId: 'admin',
  showRegion: 'authenticated',
  updateRegion: 'admin',
  deleteRegion: 'admin',
  listCatalogServices: 'admin',
  createCatalogService: 'admin',
  showCatalogService: 'admin',
  updateCatalogService: 'admin',
  deleteCatalogService: 'admin',
  listEndpoints: 'admin',
  createEndpoint: 'admin',
  showEndpoint: 'admin',
  updateEndpoint: 'admin',
  deleteEndpoint: 'admin',

  // ---- compute (schemas/compute.yaml) ----
  // Nova's defaults: project members act on their servers, readers list and show them; flavors
  // are readable by any token and managed by admins; key pairs belong to the token's user (the
  // handlers check user_id); hosts (hypervisors, services) and quota updates are admin.
  listComputeVersions: 'public',
  showComputeVersion: 'public',
  showComputeLegacyVersion: 'public',
  listFlavors: 'authenticated',
  createFlavor: 'admin',
  listFlavorsDetailed: 'authenticated',
  showFlavor: 'authenticated',
  updateFlavor: 'admin',
  deleteFlavor: 'admin',
  listFlavorAccess: 'admin',
  flavorAction: 'admin',
  listFlavorExtraSpecs: 'authenticated',
  createFlavorExtraSpecs: 'admin',
  showFlavorExtraSpec: 'authenticated',
  updateFlavorExtraSpec: 'admin',
  deleteFlavorExtraSpec: 'admin',
  listKeypairs: 'authenticated',
  createKeypair: 'authenticated',
  showKeypair: 'authenticated',
  deleteKeypair: 'authenticated',
  listServers: 'reader',
  createServer: 'member',
  listServersDetailed: 'reader',
  showServer: 'reader',
  updateServer: 'member',
  deleteServer: 'member',
  serverAction: 'member',
  // consoles, usage
  createRemoteConsole: 'member',
  listTenantUsages: 'admin',
  showTenantUsage: 'authenticated', // the handler narrows it to the token's project (403 otherwise, as Nova)
  listServerMetadata: 'reader',
  createServerMetadata: 'member',
  replaceServerMetadata: 'member',
  showServerMetadataItem: 'reader',
  updateServerMetadataItem: 'member',
  deleteServerMetadataItem: 'member',
  listServerTags: 'reader',
  replaceServerTags: 'member',
  deleteServerTags: 'member',
  checkServerTag: 'reader',
  addServerTag: 'member',
  deleteServerTag: 'member',
  listServerAddresses: 'reader',
  listServerSecurityGroups: 'reader',
  listServerVolumeAttachments: 'reader',
  createServerVolumeAttachment: 'member',
  showServerVolumeAttachment: 'reader',
  updateServerVolumeAttachment: 'admin',
  deleteServerVolumeAttachment: 'member',
  listServerInterfaces: 'reader',
  createServerInterface: 'member',
  showServerInterface: 'reader',
  deleteServerInterface: 'member',
  showServerPassword: 'reader', // Nova: PROJECT_READER_OR_ADMIN
  clearServerPassword: 'member', // Nova: PROJECT_MEMBER_OR_ADMIN
  listInstanceActions: 'reader',
  // resize
  listMigrations: 'admin',
  showInstanceAction: 'reader',
  listServerGroups: 'reader',
  createServerGroup: 'member',
  showServerGroup: 'reader',
  deleteServerGroup: 'member',
  showComputeLimits: 'reader',
  showComputeQuotaSet: 'authenticated', // the handler narrows it to the token's project (403 otherwise, as Nova)
  updateComputeQuotaSet: 'admin',
  showComputeDefaultQuotaSet: 'reader',
  showComputeQuotaSetDetail: 'authenticated',
  listComputeAvailabilityZones: 'authenticated',
  listComputeAvailabilityZonesDetailed: 'admin',
  listHypervisors: 'admin',
  listHypervisorsDetailed: 'admin',
  showHypervisor: 'admin',
  listComputeServices: 'admin',
  updateComputeService: 'admin',
  deleteComputeService: 'admin',
  listComputeExtensions: 'authenticated',
  // compute image proxy (2.1-2.35): the image service's own checks (owner, visibility) apply
  listComputeImages: 'reader',
  listComputeImagesDetailed: 'reader',
  showComputeImage: 'reader',
  deleteComputeImage: 'member',
  listComputeImageMetadata: 'reader',
  updateComputeImageMetadata: 'member',
  replaceComputeImageMetadata: 'member',
  showComputeImageMetadataItem: 'reader',
  updateComputeImageMetadataItem: 'member',
  deleteComputeImageMetadataItem: 'member',

  // ---- image (schemas/image.yaml) ----
  // Glance's defaults: members manage their project's images, readers list and download;
  // publicizing and ownership changes are admin; (de)activation is the owner's or the admin's
  // (Glance's ADMIN_OR_PROJECT_MEMBER since the secure-RBAC defaults); finer checks (owner vs
  // member, visibility) are in src/image.
  listImageApiVersions: 'public',
  listImageApiVersionsExplicit: 'public',
  listImages: 'reader',
  createImage: 'member',
  showImage: 'reader',
  updateImage: 'member',
  deleteImage: 'member',
  uploadImageData: 'member',
  downloadImageData: 'reader',
  deactivateImage: 'member',
  reactivateImage: 'member',
  addImageTag: 'member',
  deleteImageTag: 'member',
  listImageMembers: 'reader',
  createImageMember: 'member',
  showImageMember: 'reader',
  updateImageMember: 'member',
  deleteImageMember: 'member',
  showImageSchema: 'authenticated',
  showImagesSchema: 'authenticated',
  showImageMemberSchema: 'authenticated',
  showImageMembersSchema: 'authenticated',
  showImageImportInfo: 'authenticated',
  listImageStores: 'authenticated',
  showMetadefSchema: 'authenticated',
  // metadefs: readers see public namespaces and their project's; writes are admin (Glance's
  // defaults); visibility is checked in src/image/metadefs.ts.
  listMetadefResourceTypes: 'reader',
  listMetadefNamespaces: 'reader',
  createMetadefNamespace: 'admin',
  showMetadefNamespace: 'reader',
  updateMetadefNamespace: 'admin',
  deleteMetadefNamespace: 'admin',
  listMetadefResourceTypeAssociations: 'reader',
  createMetadefResourceTypeAssociation: 'admin',
  deleteMetadefResourceTypeAssociation: 'admin',
  listMetadefObjects: 'reader',
  createMetadefObject: 'admin',
  deleteAllMetadefObjects: 'admin',
  showMetadefObject: 'reader',
  updateMetadefObject: 'admin',
  deleteMetadefObject: 'admin',
  listMetadefProperties: 'reader',
  createMetadefProperty: 'admin',
  deleteAllMetadefProperties: 'admin',
  showMetadefProperty: 'reader',
  updateMetadefProperty: 'admin',
  deleteMetadefProperty: 'admin',
  listMetadefTags: 'reader',
  createMetadefTags: 'admin',
  deleteAllMetadefTags: 'admin',
  showMetadefTag: 'reader',
  createMetadefTag: 'admin',
  updateMetadefTag: 'admin',
  deleteMetadefTag: 'admin',

  // ---- volume (schemas/block-storage.yaml) ----
  // Cinder's defaults: members manage their project's volumes, readers list and show; types,
  // quota updates, services and admin actions are admin (os-reset_status, force delete are
  // checked in the handlers); a project may read its own quota set.
  listVolumeApiVersions: 'public',
  showVolumeApiVersion: 'public',
  listVolumes: 'reader',
  createVolume: 'member',
  listVolumesDetailed: 'reader',
  showVolumeSummary: 'reader',
  showVolume: 'reader',
  updateVolume: 'member',
  deleteVolume: 'member',
  volumeAction: 'member',
  showVolumeMetadata: 'reader',
  createVolumeMetadata: 'member',
  updateVolumeMetadata: 'member',
  showVolumeMetadataItem: 'reader',
  updateVolumeMetadataItem: 'member',
  deleteVolumeMetadataItem: 'member',
  listAttachments: 'reader',
  createAttachment: 'member',
  listAttachmentsDetailed: 'reader',
  showAttachment: 'reader',
  updateAttachment: 'member',
  deleteAttachment: 'member',
  attachmentAction: 'member',
  listSnapshots: 'reader',
  createSnapshot: 'member',
  listSnapshotsDetailed: 'reader',
  showSnapshot: 'reader',
  updateSnapshot: 'member',
  deleteSnapshot: 'member',
  snapshotAction: 'member',
  showSnapshotMetadata: 'reader',
  createSnapshotMetadata: 'member',
  updateSnapshotMetadata: 'member',
  showSnapshotMetadataItem: 'reader',
  updateSnapshotMetadataItem: 'member',
  deleteSnapshotMetadataItem: 'member',
  listVolumeTypes: 'reader',
  createVolumeType: 'admin',
  showDefaultVolumeType: 'reader',
  showVolumeType: 'reader',
  updateVolumeType: 'admin',
  deleteVolumeType: 'admin',
  listVolumeTypeExtraSpecs: 'reader',
  createVolumeTypeExtraSpecs: 'admin',
  showVolumeTypeExtraSpec: 'reader',
  updateVolumeTypeExtraSpec: 'admin',
  deleteVolumeTypeExtraSpec: 'admin',
  listVolumeTypeAccess: 'admin',
  volumeTypeAction: 'admin',
  showVolumeLimits: 'reader',
  showVolumeQuotaSet: 'reader',
  updateVolumeQuotaSet: 'admin',
  showVolumeQuotaSetDefaults: 'reader',
  listVolumeAvailabilityZones: 'reader',
  listVolumeExtensions: 'authenticated',
  listVolumeServices: 'admin',
  updateVolumeService: 'admin',
  listVolumeTransfersLegacy: 'reader',
  listVolumeTransfersLegacyDetailed: 'reader',
  createVolumeTransferLegacy: 'member',
  showVolumeTransferLegacy: 'reader',
  deleteVolumeTransferLegacy: 'member',
  acceptVolumeTransferLegacy: 'member',
  listVolumeTransfers: 'reader',
  listVolumeTransfersDetailed: 'reader',
  createVolumeTransfer: 'member',
  showVolumeTransfer: 'reader',
  deleteVolumeTransfer: 'member',
  acceptVolumeTransfer: 'member',
  deleteVolumeQuotaSet: 'admin',
  listVolumeHosts: 'admin',
  showVolumeHost: 'admin',
  listVolumePools: 'admin',
  showVolumeBackendCapabilities: 'admin',

  // ---- network (schemas/network.yaml) ----
  // Neutron's defaults: members create and change their project's resources, readers list
  // and show them; quotas are admin (a project may read its own); provider attributes and
  // router:external/shared on create are checked in the handlers.
  listNetworkVersions: 'public',
  showNetworkVersion: 'authenticated',
  listNetworkExtensions: 'authenticated',
  showNetworkExtension: 'authenticated',
  listNetworks: 'reader',
  createNetwork: 'member',
  showNetwork: 'reader',
  updateNetwork: 'member',
  deleteNetwork: 'member',
  listSubnets: 'reader',
  createSubnet: 'member',
  showSubnet: 'reader',
  updateSubnet: 'member',
  deleteSubnet: 'member',
  listPorts: 'reader',
  createPort: 'member',
  showPort: 'reader',
  updatePort: 'member',
  deletePort: 'member',
  listSecurityGroups: 'reader',
  createSecurityGroup: 'member',
  showSecurityGroup: 'reader',
  updateSecurityGroup: 'member',
  deleteSecurityGroup: 'member',
  listSecurityGroupRules: 'reader',
  createSecurityGroupRule: 'member',
  showSecurityGroupRule: 'reader',
  deleteSecurityGroupRule: 'member',
  listRouters: 'reader',
  createRouter: 'member',
  showRouter: 'reader',
  updateRouter: 'member',
  deleteRouter: 'member',
  addRouterInterface: 'member',
  removeRouterInterface: 'member',
  listFloatingIPs: 'reader',
  createFloatingIP: 'member',
  showFloatingIP: 'reader',
  updateFloatingIP: 'member',
  deleteFloatingIP: 'member',
  listNetworkQuotas: 'admin',
  showNetworkQuota: 'reader',
  updateNetworkQuota: 'admin',
  deleteNetworkQuota: 'admin',
  showNetworkQuotaDefault: 'reader',
  showNetworkQuotaDetails: 'reader',
  listNetworkAvailabilityZones: 'reader',
  listNetworkAgents: 'admin',
  showNetworkAgent: 'admin',
  listResourceTags: 'reader',
  replaceResourceTags: 'member',
  deleteResourceTags: 'member',
  checkResourceTag: 'reader',
  addResourceTag: 'member',
  deleteResourceTag: 'member',

  // ---- agent (schemas/agent.yaml) ----
  // Agents authenticate with their per-host bearer credential, not a Keystone token: the
  // credential (and that a host only touches its own host id) is checked in src/agentapi/routes.ts;
  // registration is authenticated by the bootstrap token in its body.
  registerHost: 'public',
  reportHostHeartbeat: 'public',
  listHostTasks: 'public',
  reportTaskProgress: 'public',
  reportTaskResult: 'public',
  downloadAgentImage: 'public',
  // snapshot, shelve, rebuild
  uploadAgentImage: 'public',
  showAgentInstanceMetadata: 'public', // and only of an instance on the credential's host
  setAgentInstancePassword: 'public', // likewise

  // ---- object-store (schemas/object-store.yaml) ----
  // The account must also be the token's project (src/object/access.ts); admin reaches every account.
  showObjectStoreInfo: 'public',
  listContainers: 'reader',
  showAccountMetadata: 'reader',
  updateAccountMetadata: 'member',
  listObjects: 'reader',
  showContainerMetadata: 'reader',
  createContainer: 'member',
  updateContainerMetadata: 'member',
  deleteContainer: 'member',
  showObject: 'reader',
  showObjectMetadata: 'reader',
  createObject: 'member',
  updateObjectMetadata: 'member',
  deleteObject: 'member',
};

/** One attribute-level rule: only callers passing `rule` may set `attribute` in the request body. */
export interface AttributeRule {
  /** Path inside the request's resource object, `:`-separated as in Neutron's policy names (`external_gateway_info:external_fixed_ips`). */
  attribute: string;
  rule: Rule;
  /** Values anybody may pass (Neutron lets every caller send an attribute's default, e.g. `shared: false`). */
  anyoneMay?: readonly unknown[];
}

/** The attribute rules of one operation: `resource` is the body key holding the object (`router`), `action` the policy's name for the operation. */
export interface OperationAttributes {
  resource: string;
  /** Bulk create's body key (`networks`), when the operation takes one. */
  bulk?: string;
  action: string;
  attributes: readonly AttributeRule[];
}

/**
 * operationId -> attribute rules. Neutron's defaults (neutron/conf/policies): provider and
 * sharing attributes of networks, port binding and MAC, a floating IP's address and a router
 * gateway's fixed IPs and SNAT are admin-only.
 * @see https://docs.openstack.org/neutron/latest/configuration/policy.html
 */
const NETWORK_ADMIN_ATTRIBUTES: readonly AttributeRule[] = [
  { attribute: 'provider:network_type', rule: 'admin' },
  { attribute: 'provider:physical_network', rule: 'admin' },
  { attribute: 'provider:segmentation_id', rule: 'admin' },
  { attribute: 'router:external', rule: 'admin', anyoneMay: [false] },
  { attribute: 'shared', rule: 'admin', anyoneMay: [false] },
  { attribute: 'is_default', rule: 'admin', anyoneMay: [false] },
];
const PORT_BINDING_ATTRIBUTES: readonly AttributeRule[] = [
  { attribute: 'binding:host_id', rule: 'admin' },
  { attribute: 'binding:profile', rule: 'admin' },
];
const ROUTER_GATEWAY_ATTRIBUTES: readonly AttributeRule[] = [
  { attribute: 'external_gateway_info:external_fixed_ips', rule: 'admin' },
  { attribute: 'external_gateway_info:enable_snat', rule: 'admin' },
];

/** operationId -> its attribute rules (operations absent here have none). */
export const ATTRIBUTE_POLICY: Record<string, OperationAttributes> = {
  // ---- network (schemas/network.yaml) ----
  createNetwork: { resource: 'network', bulk: 'networks', action: 'create_network', attributes: NETWORK_ADMIN_ATTRIBUTES },
  updateNetwork: { resource: 'network', action: 'update_network', attributes: NETWORK_ADMIN_ATTRIBUTES },
  createPort: { resource: 'port', bulk: 'ports', action: 'create_port', attributes: PORT_BINDING_ATTRIBUTES },
  updatePort: { resource: 'port', action: 'update_port', attributes: [...PORT_BINDING_ATTRIBUTES, { attribute: 'mac_address', rule: 'admin' }] },
  createRouter: { resource: 'router', action: 'create_router', attributes: ROUTER_GATEWAY_ATTRIBUTES },
  updateRouter: { resource: 'router', action: 'update_router', attributes: ROUTER_GATEWAY_ATTRIBUTES },
  createFloatingIP: { resource: 'floatingip', action: 'create_floatingip', attributes: [{ attribute: 'floating_ip_address', rule: 'admin' }] },
};

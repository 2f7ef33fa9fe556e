/** Quota names as python-openstackclient prints them (`quota show`) and takes them as options (`quota set`). */

/** python-openstackclient's names for the quotas (its COMPUTE_QUOTAS and VOLUME_QUOTAS; the others keep the API's). */
export const COMPUTE_NAMES: Record<string, string> = {
  fixed_ips: 'fixed-ips',
  injected_file_content_bytes: 'injected-file-size',
  injected_file_path_bytes: 'injected-path-size',
  injected_files: 'injected-files',
  key_pairs: 'key-pairs',
  metadata_items: 'properties',
  server_groups: 'server-groups',
  server_group_members: 'server-group-members',
};
/**
 * Nova's quotas of nova-network resources (before compute 2.36), named as Neutron's are shown:
 * with a network service, its values win (they are listed after Nova's), as upstream.
 */
export const NOVA_NETWORK_NAMES: Record<string, string> = {
  floating_ips: 'floating-ips',
  security_group_rules: 'secgroup-rules',
  security_groups: 'secgroups',
};
export const VOLUME_NAMES: Record<string, string> = {
  backup_gigabytes: 'backup-gigabytes',
  per_volume_gigabytes: 'per-volume-gigabytes',
};
/** Neutron's quotas as python-openstackclient prints them (openstacksdk's attribute names, then its NETWORK_QUOTAS). */
export const NETWORK_NAMES: Record<string, string> = {
  floatingip: 'floating-ips',
  security_group: 'secgroups',
  security_group_rule: 'secgroup-rules',
  network: 'networks',
  subnet: 'subnets',
  port: 'ports',
  router: 'routers',
  rbac_policy: 'rbac_policies',
  subnetpool: 'subnet_pools',
};

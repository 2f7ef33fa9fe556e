/**
 * Swift's constraints (swift/common/constraints.py defaults), advertised in `/info` and enforced
 * on every request. One table: the checks and the capabilities document both read it.
 */
export const SWIFT_LIMITS = {
  max_file_size: 5_368_709_122,
  max_meta_name_length: 128,
  max_meta_value_length: 256,
  max_meta_count: 90,
  max_meta_overall_size: 4096,
  max_header_size: 8192,
  max_object_name_length: 1024,
  max_container_name_length: 256,
  max_account_name_length: 256,
  container_listing_limit: 10_000,
  account_listing_limit: 10_000,
  extra_header_count: 0,
} as const;

/** Ranges beyond this many in one request are ignored (the whole object is sent), as Swift does. */
export const MAX_RANGES = 50;

/** The account name of a project: Keystone's reseller prefix `AUTH_` + the project id. */
export const ACCOUNT_PREFIX = 'AUTH_';

/** The one storage policy: every container's `X-Storage-Policy`, the account's per-policy usage headers. */
export const STORAGE_POLICY = 'Policy-0';

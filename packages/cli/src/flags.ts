/**
 * Global options with python-openstackclient's names and their OS_* environment
 * equivalents, and cliff's output options. Precedence: flag > OS_* env > clouds.yaml.
 */
import * as Flags from '@oclif/core/flags';

/** Connection and authentication options every command accepts. */
export const globalFlags = {
  'os-cloud': Flags.string({ env: 'OS_CLOUD', helpGroup: 'GLOBAL', description: 'Cloud name in clouds.yaml' }),
  'os-auth-url': Flags.string({ env: 'OS_AUTH_URL', helpGroup: 'GLOBAL', description: 'Authentication URL' }),
  'os-auth-type': Flags.string({ env: 'OS_AUTH_TYPE', helpGroup: 'GLOBAL', description: 'Authentication type (password, token, v3applicationcredential, v3totp, ...)' }),
  'os-username': Flags.string({ env: 'OS_USERNAME', helpGroup: 'GLOBAL', description: 'Authentication username' }),
  'os-user-id': Flags.string({ env: 'OS_USER_ID', helpGroup: 'GLOBAL', description: 'Authentication user ID' }),
  'os-password': Flags.string({ env: 'OS_PASSWORD', helpGroup: 'GLOBAL', description: 'Authentication password' }),
  'os-token': Flags.string({ env: 'OS_TOKEN', helpGroup: 'GLOBAL', description: 'Authentication token' }),
  'os-passcode': Flags.string({ env: 'OS_PASSCODE', helpGroup: 'GLOBAL', description: 'TOTP passcode (v3totp)' }),
  'os-project-name': Flags.string({ env: 'OS_PROJECT_NAME', helpGroup: 'GLOBAL', description: 'Project name to scope to' }),
  'os-project-id': Flags.string({ env: 'OS_PROJECT_ID', helpGroup: 'GLOBAL', description: 'Project ID to scope to' }),
  'os-domain-name': Flags.string({ env: 'OS_DOMAIN_NAME', helpGroup: 'GLOBAL', description: 'Domain name to scope to' }),
  'os-domain-id': Flags.string({ env: 'OS_DOMAIN_ID', helpGroup: 'GLOBAL', description: 'Domain ID to scope to' }),
  'os-system-scope': Flags.string({ env: 'OS_SYSTEM_SCOPE', helpGroup: 'GLOBAL', description: 'System scope (all)' }),
  'os-trust-id': Flags.string({ env: 'OS_TRUST_ID', helpGroup: 'GLOBAL', description: 'Trust ID to scope to (OS-TRUST; acts on the trust\'s project)' }),
  'os-user-domain-name': Flags.string({ env: 'OS_USER_DOMAIN_NAME', helpGroup: 'GLOBAL', description: "User's domain name" }),
  'os-user-domain-id': Flags.string({ env: 'OS_USER_DOMAIN_ID', helpGroup: 'GLOBAL', description: "User's domain ID" }),
  'os-project-domain-name': Flags.string({ env: 'OS_PROJECT_DOMAIN_NAME', helpGroup: 'GLOBAL', description: "Project's domain name" }),
  'os-project-domain-id': Flags.string({ env: 'OS_PROJECT_DOMAIN_ID', helpGroup: 'GLOBAL', description: "Project's domain ID" }),
  'os-application-credential-id': Flags.string({ env: 'OS_APPLICATION_CREDENTIAL_ID', helpGroup: 'GLOBAL', description: 'Application credential ID' }),
  'os-application-credential-name': Flags.string({ env: 'OS_APPLICATION_CREDENTIAL_NAME', helpGroup: 'GLOBAL', description: 'Application credential name' }),
  'os-application-credential-secret': Flags.string({ env: 'OS_APPLICATION_CREDENTIAL_SECRET', helpGroup: 'GLOBAL', description: 'Application credential secret' }),
  'os-region-name': Flags.string({ env: 'OS_REGION_NAME', helpGroup: 'GLOBAL', description: 'Region name' }),
  'os-interface': Flags.string({ env: 'OS_INTERFACE', helpGroup: 'GLOBAL', options: ['public', 'internal', 'admin'], description: 'Endpoint interface' }),
  'os-cacert': Flags.string({ env: 'OS_CACERT', helpGroup: 'GLOBAL', description: 'CA certificate bundle file' }),
  insecure: Flags.boolean({ env: 'OS_INSECURE', helpGroup: 'GLOBAL', description: 'Disable server certificate verification' }),
  'os-compute-api-version': Flags.string({ env: 'OS_COMPUTE_API_VERSION', helpGroup: 'GLOBAL', description: 'Compute API microversion' }),
  'os-volume-api-version': Flags.string({ env: 'OS_VOLUME_API_VERSION', helpGroup: 'GLOBAL', description: 'Block storage API microversion' }),
  'os-image-api-version': Flags.string({ env: 'OS_IMAGE_API_VERSION', helpGroup: 'GLOBAL', description: 'Image API version (2, the only one)' }),
  'os-identity-api-version': Flags.string({ env: 'OS_IDENTITY_API_VERSION', helpGroup: 'GLOBAL', description: 'Identity API version (3, the only one)' }),
  'os-network-api-version': Flags.string({ env: 'OS_NETWORK_API_VERSION', helpGroup: 'GLOBAL', description: 'Network API version (2.0, the only one)' }),
  'os-token-cache': Flags.boolean({ env: 'OS_TOKEN_CACHE', helpGroup: 'GLOBAL', allowNo: true, default: true, description: 'Cache tokens on disk (0600, per identity and scope)' }),
  timeout: Flags.integer({ env: 'OS_TIMEOUT', helpGroup: 'GLOBAL', description: 'Per-request timeout in seconds' }),
  debug: Flags.boolean({ helpGroup: 'GLOBAL', description: 'Show requests (curl-like, secrets redacted) and stack traces' }),
  timing: Flags.boolean({ helpGroup: 'GLOBAL', description: 'Show the time each API call took' }),
};

/**
 * The API major versions `--os-<service>-api-version` may select. python-openstackclient
 * picks a command set by these (identity 2.0 or 3, image 1 or 2); only one of each exists
 * here, so any other value is an error rather than a silently different API.
 */
export const API_MAJOR_VERSIONS = {
  identity: { flag: 'os-identity-api-version', env: 'OS_IDENTITY_API_VERSION', supported: ['3'] },
  image: { flag: 'os-image-api-version', env: 'OS_IMAGE_API_VERSION', supported: ['2'] },
  network: { flag: 'os-network-api-version', env: 'OS_NETWORK_API_VERSION', supported: ['2', '2.0'] },
} as const;

/** The usage error for an unsupported API major version, or undefined when all are supported. */
export function unsupportedApiVersion(flags: Record<string, unknown>): string | undefined {
  for (const [service, v] of Object.entries(API_MAJOR_VERSIONS)) {
    const value = flags[v.flag];
    if (typeof value === 'string' && value !== '' && !(v.supported as readonly string[]).includes(value)) {
      return `${service} API version ${value} (--${v.flag} or ${v.env}) is not supported: the ${service} API here is version ${v.supported.join(' / ')}`;
    }
  }
  return undefined;
}

/** cliff's output options common to show and list commands. */
const commonOutputFlags = {
  column: Flags.string({ char: 'c', multiple: true, multipleNonGreedy: true, helpGroup: 'OUTPUT', description: 'Column to include (repeat for more)' }),
  noindent: Flags.boolean({ helpGroup: 'OUTPUT', description: 'Whether to disable indenting the JSON' }),
  'max-width': Flags.integer({ env: 'CLIFF_MAX_TERM_WIDTH', helpGroup: 'OUTPUT', description: 'Maximum display width of the table, <1 to disable' }),
  'fit-width': Flags.boolean({ env: 'CLIFF_FIT_WIDTH', helpGroup: 'OUTPUT', description: 'Fit the table to the terminal width (implied by --max-width)' }),
};

/** cliff's output options of a command showing one resource (ShowOne): no csv, shell with --prefix. */
export const showOutputFlags = {
  format: Flags.string({ char: 'f', options: ['json', 'shell', 'table', 'value', 'yaml'], default: 'table', helpGroup: 'OUTPUT', description: 'The output format' }),
  ...commonOutputFlags,
  prefix: Flags.string({ helpGroup: 'OUTPUT', description: 'Add a prefix to all variable names (shell format)' }),
};

/** cliff's output options of a command listing resources (Lister): csv with --quote, sorting, --print-empty. */
export const listOutputFlags = {
  format: Flags.string({ char: 'f', options: ['csv', 'json', 'table', 'value', 'yaml'], default: 'table', helpGroup: 'OUTPUT', description: 'The output format' }),
  ...commonOutputFlags,
  quote: Flags.string({ options: ['all', 'minimal', 'none', 'nonnumeric'], helpGroup: 'OUTPUT', description: 'When to include quotes (csv), default nonnumeric' }),
  'print-empty': Flags.boolean({ helpGroup: 'OUTPUT', description: 'Print an empty table if there is no data to show' }),
  'sort-column': Flags.string({ multiple: true, multipleNonGreedy: true, helpGroup: 'OUTPUT', description: 'Column to sort by (repeat for more; unknown columns are ignored)' }),
  'sort-ascending': Flags.boolean({ helpGroup: 'OUTPUT', exclusive: ['sort-descending'], description: 'Sort ascending (default)' }),
  'sort-descending': Flags.boolean({ helpGroup: 'OUTPUT', description: 'Sort descending' }),
};

/** Every output option (either kind), for telling options from command words. */
export const outputFlags = { ...showOutputFlags, ...listOutputFlags };

import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';

const REDACTED = '<redacted>';
/** The secret options of the auth types (keystoneauth's `secret=True` options). */
const SECRETS = ['password', 'token', 'application_credential_secret', 'passcode', 'secret'];

/**
 * `oscloud configuration show [--mask|--unmask]`: the resolved cloud configuration (clouds.yaml,
 * OS_* variables and options; no authentication), `auth.*` keys flattened and secrets masked.
 */
export default class ConfigurationShow extends ShowCommand<typeof ConfigurationShow> {
  static override description = 'Display configuration details';
  static override flags = {
    mask: Flags.boolean({ description: 'Attempt to mask passwords (default)', exclusive: ['unmask'] }),
    unmask: Flags.boolean({ description: 'Show password in clear text', exclusive: ['mask'] }),
  };

  async execute(): Promise<CommandResult> {
    const c = await this.cloudConfig();
    const mask = !this.flags.unmask;
    const info: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(c.auth)) {
      if (value !== undefined) info[`auth.${key}`] = mask && SECRETS.includes(key.toLowerCase()) ? REDACTED : value;
    }
    info.auth_type = c.authType;
    if (c.authMethods) info.auth_methods = c.authMethods;
    info.cloud = c.name;
    info.interface = c.interface;
    if (c.regionName !== undefined) info.region_name = c.regionName;
    info.verify = c.verify;
    if (c.cacert !== undefined) info.cacert = c.cacert;
    if (c.cert !== undefined) info.cert = c.cert;
    if (c.key !== undefined) info.key = c.key;
    for (const [service, version] of Object.entries(c.apiVersions)) info[`${service.replace('-', '_')}_api_version`] = version;
    for (const [service, url] of Object.entries(c.endpointOverrides)) info[`${service.replace('-', '_')}_endpoint_override`] = url;
    return show(Object.fromEntries(Object.entries(info).sort(([a], [b]) => (a < b ? -1 : 1))));
  }
}

import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';

const REDACTED = '<redacted>';
/** The auth options that are secrets (keystoneauth marks them so): masked unless --unmask. */
const SECRETS = new Set(['password', 'token', 'passcode', 'application_credential_secret', 'secret']);

/**
 * `oscloud configuration show [--mask | --unmask]`: the cloud's configuration as loaded from
 * clouds.yaml, OS_* variables and options (auth as `auth.<key>`), without authenticating.
 */
export default class ConfigurationShow extends ShowCommand<typeof ConfigurationShow> {
  static override description = 'Display configuration details';
  static override flags = {
    mask: Flags.boolean({ exclusive: ['unmask'], description: 'Attempt to mask passwords (default)' }),
    unmask: Flags.boolean({ exclusive: ['mask'], description: 'Show password in clear text' }),
  };

  async execute(): Promise<CommandResult> {
    const config = await this.cloudConfig(false);
    const mask = !this.flags.unmask;
    const info: Record<string, unknown> = {
      auth_type: config.authType,
      interface: config.interface,
      region_name: config.regionName ?? '',
      verify: config.verify,
    };
    for (const [key, value] of Object.entries(config.auth)) {
      if (value === undefined) continue;
      info[`auth.${key}`] = mask && SECRETS.has(key.toLowerCase()) ? REDACTED : value;
    }
    for (const [name, value] of [['cacert', config.cacert], ['cert', config.cert], ['key', config.key]] as const) if (value !== undefined) info[name] = value;
    for (const [service, version] of Object.entries(config.apiVersions)) info[`${service.replace('-', '_')}_api_version`] = version;
    for (const [service, url] of Object.entries(config.endpointOverrides)) info[`${service.replace('-', '_')}_endpoint_override`] = url;
    return show(info);
  }
}

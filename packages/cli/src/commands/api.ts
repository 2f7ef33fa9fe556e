import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand, UsageError } from '../base.js';
import type { CommandResult } from '../output/format.js';
import { writeData } from '../output/io.js';

const SERVICES = ['identity', 'compute', 'image', 'volume', 'network'] as const;

/** `oscloud api <service> <METHOD> <path> [--body JSON]`: a raw authenticated call, the response body on stdout. */
export default class Api extends OsCommand<typeof Api> {
  static override description = 'Make an authenticated API call to a service (path relative to its unversioned root)';
  static override examples = ['<%= config.bin %> api compute GET /v2.1/servers', "<%= config.bin %> api network POST /v2.0/networks --body '{\"network\": {\"name\": \"n1\"}}'"];
  static override args = {
    service: Args.string({ required: true, options: [...SERVICES], description: 'Service type' }),
    method: Args.string({ required: true, options: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], description: 'HTTP method' }),
    path: Args.string({ required: true, description: 'Path, e.g. /v2.1/servers?limit=5' }),
  };
  static override flags = {
    body: Flags.string({ description: 'JSON request body' }),
    header: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Extra header "Name: value" (repeatable)' }),
    microversion: Flags.string({ description: 'Microversion for this call (compute, volume)' }),
    noindent: Flags.boolean({ description: 'Print a JSON response body without indenting it' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [path = '', search = ''] = this.args.path.split('?', 2);
    const query = Object.fromEntries(new URLSearchParams(search));
    let body: unknown;
    if (this.flags.body !== undefined) {
      try {
        body = JSON.parse(this.flags.body);
      } catch (err) {
        throw new UsageError(`--body is not valid JSON: ${(err as Error).message}`);
      }
    }
    const headers: Record<string, string> = {};
    for (const h of this.flags.header ?? []) {
      const i = h.indexOf(':');
      if (i <= 0) throw new UsageError(`Invalid --header '${h}': expected "Name: value"`);
      headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
    }
    const res = await cloud.call(this.args.service as (typeof SERVICES)[number], `${this.args.method} ${path.startsWith('/') ? path : `/${path}`}`, {
      query,
      body,
      headers,
      microversion: this.flags.microversion,
      raw: true,
    });
    let text = res.body.toString('utf8');
    const type = String(res.headers['content-type'] ?? '');
    if (type.includes('json') && text) text = JSON.stringify(JSON.parse(text), null, this.flags.noindent ? undefined : 2);
    writeData(text ? (text.endsWith('\n') ? text : `${text}\n`) : '');
    return { kind: 'none' };
  }
}

import * as Flags from '@oclif/core/flags';
import { compareVersions } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';
import { imageNames, NO_NAMES, serverListColumns } from '../../views/server.js';

/** `oscloud server list` */
export default class ServerList extends ListCommand<typeof ServerList> {
  static override description = 'List servers';
  static override flags = {
    long: Flags.boolean({ description: 'List additional fields in output' }),
    'all-projects': Flags.boolean({ description: 'Include all projects (admin only)' }),
    project: Flags.string({ description: 'Search by project (admin only; name or ID)' }),
    status: Flags.string({ description: 'Search by server status' }),
    name: Flags.string({ description: 'Regular expression to match names' }),
    flavor: Flags.string({ description: 'Search by flavor (name or ID)' }),
    image: Flags.string({ description: 'Search by image (name or ID)' }),
    host: Flags.string({ description: 'Search by hostname (admin only)' }),
    'availability-zone': Flags.string({ description: 'Search by availability zone' }),
    user: Flags.string({ description: 'Search by user (name or ID)' }),
    'key-name': Flags.string({ description: 'Search by keypair name (admin only before microversion 2.83)' }),
    ip: Flags.string({ description: 'Regular expression to match IP addresses' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Only list servers tagged with <tag>; repeat for servers with all of them (2.26+)' }),
    'not-tag': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Leave out servers tagged with <tag>; repeated, only servers with all of them are left out (2.26+)' }),
    'no-name-lookup': Flags.boolean({ char: 'n', description: 'Skip image name lookup (show image IDs)' }),
    limit: Flags.integer({ description: 'Maximum number of servers to display' }),
    marker: Flags.string({ description: 'The last server of the previous page' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const query: Record<string, unknown> = {};
    if (f['all-projects']) query.all_tenants = true;
    if (f.status) query.status = f.status.toUpperCase();
    if (f.name) query.name = f.name;
    if (f.host) query.host = f.host;
    if (f['availability-zone']) query.availability_zone = f['availability-zone'];
    if (f.marker) query.marker = f.marker;
    if (f.project) query.project_id = (await cloud.identity.projects.find(f.project)).id;
    if (f.flavor) query.flavor = (await cloud.compute.flavors.find(f.flavor)).id;
    if (f.image) query.image = (await cloud.image.images.find(f.image)).id;
    if (f.user) query.user_id = (await cloud.identity.users.find(f.user)).id;
    if (f.ip) query.ip = f.ip;
    if (f['key-name']) query.key_name = f['key-name'];
    if (f.tag?.length || f['not-tag']?.length) await this.requireMicroversion('compute', '2.26', f.tag?.length ? '--tag' : '--not-tag');
    if (f.tag?.length) query.tags = f.tag.join(',');
    if (f['not-tag']?.length) query['not-tags'] = f['not-tag'].join(',');
    // The image names are fetched while the servers are listed.
    const names = f['no-name-lookup'] ? Promise.resolve(NO_NAMES) : imageNames(cloud);
    // before compute 2.47 servers name their flavor by id: the names come from one flavor list
    const flavorNames = this.flavorNames(f['no-name-lookup']);
    const servers = [];
    for await (const s of cloud.compute.servers.list({ ...query, ...(f.limit ? { limit: f.limit, maxItems: f.limit } : {}) })) servers.push(s);
    return list(servers, serverListColumns(f.long, await names, await flavorNames));
  }

  /** Flavor id -> name below compute 2.47 (undefined from 2.47 on, where servers embed their flavor). */
  private async flavorNames(noLookup: boolean | undefined): Promise<Map<string, string> | undefined> {
    const cloud = await this.cloud();
    const mv = await cloud.microversion('compute');
    if (mv !== undefined && compareVersions(mv, '2.47') >= 0) return undefined;
    const names = new Map<string, string>();
    if (noLookup) return names;
    for await (const flavor of cloud.compute.flavors.list()) names.set(String(flavor.id), String(flavor.name ?? ''));
    return names;
  }
}

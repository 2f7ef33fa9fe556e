/** Shared pieces of the `block storage ...` admin commands. */
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { CinderItem } from '@oscloud/sdk';
import { ListCommand, type OsCommand } from '../base.js';
import { type CommandResult, list } from '../output/format.js';
import type { Column } from './factory.js';
import { prop } from './volume-group.js';

/** A cluster as python-openstackclient shows it (cluster set/show). */
export function clusterView(c: CinderItem): Record<string, unknown> {
  return {
    Name: prop(c, 'name'),
    Binary: prop(c, 'binary'),
    State: prop(c, 'state'),
    Status: prop(c, 'status'),
    'Disabled Reason': prop(c, 'disabled_reason'),
    Hosts: prop(c, 'num_hosts'),
    'Down Hosts': prop(c, 'num_down_hosts'),
    'Last Heartbeat': prop(c, 'last_heartbeat'),
    'Created At': prop(c, 'created_at'),
    'Updated At': prop(c, 'updated_at'),
    'Replication Status': prop(c, 'replication_status'),
    Frozen: prop(c, 'frozen'),
    'Active Backend ID': prop(c, 'active_backend_id'),
  };
}

/** --service of the log level commands. */
export const logServiceFlags = (verb: 'List' | 'Set') => ({
  host: Flags.string({ default: '', description: `${verb} block storage service log level of ${verb === 'List' ? 'specified host' : 'specified host'} (name only)` }),
  service: Flags.string({
    default: '',
    options: ['', '*', 'cinder-api', 'cinder-volume', 'cinder-scheduler', 'cinder-backup'],
    description: `${verb} block storage service log level of ${verb === 'List' ? 'the specified service' : 'specified service'} (name only)`,
  }),
  'log-prefix': Flags.string({ default: '', description: "Prefix for the log, e.g. 'sqlalchemy'" }),
});

/** The flags of `block storage volume|snapshot manageable list`. */
const manageableFlags = (what: 'volumes' | 'snapshots') => ({
  cluster: Flags.string({ description: `Cinder cluster on which to list manageable ${what}. Takes the form: cluster@backend-name#pool. (supported by --os-volume-api-version 3.17 or later)` }),
  long: Flags.boolean({ description: 'List additional fields in output' }),
  detailed: Flags.string({ hidden: true }),
  marker: Flags.string({ description: `Begin returning ${what} that appear later in the ${what === 'volumes' ? 'volume' : 'snapshot'} list than that represented by this reference. This reference should be json like. Default=None.` }),
  limit: Flags.string({ description: `Maximum number of ${what} to return. Default=None.` }),
  offset: Flags.string({ description: 'Number of volumes to skip after marker. Default=None.' }),
  sort: Flags.string({ description: 'Comma-separated list of sort keys and directions in the form of <key>[:<asc|desc>]. Valid keys: size, reference. Default=None.' }),
});

/** `block storage volume|snapshot manageable list [<host>] [--cluster C] [--long] [--marker M] [--limit N] [--offset N] [--sort S]` (3.8+). */
export function manageableCommand(kind: 'volume' | 'snapshot'): typeof OsCommand {
  const what = kind === 'volume' ? 'volumes' : 'snapshots';
  const name = `'block storage ${kind} manageable list' command`;
  class ManageableList extends ListCommand<typeof ManageableList> {
    static override description = `List manageable ${what}.`;
    static override args = { host: Args.string({ description: `Cinder host on which to list manageable ${what}. Takes the form: host@backend-name#pool` }) };
    static override flags = manageableFlags(what);

    async execute(): Promise<CommandResult> {
      const f = this.flags;
      if (this.args.host === undefined && f.cluster === undefined) throw new Error(`Either <host> or '--cluster <cluster>' needs to be provided to run the ${name}`);
      await this.requireMicroversion('volume', '3.8', name);
      if (f.cluster) await this.requireMicroversion('volume', '3.17', "'--cluster'");
      let detailed = Boolean(f.long);
      if (f.detailed !== undefined) {
        detailed = ['1', 't', 'true', 'on', 'y', 'yes'].includes(f.detailed.toLowerCase().trim());
        this.warnLine(detailed ? 'The --detailed option has been deprecated. Use --long instead.' : 'The --detailed option has been deprecated. Unset it.');
      }
      const query = { host: this.args.host, cluster: f.cluster, marker: f.marker, limit: f.limit, offset: f.offset, sort: f.sort };
      const items = await (await this.cloud()).volume.admin.manageable(what, query, detailed);
      const columns: Column<CinderItem>[] = [
        ['reference', (i) => i.reference],
        ['size', (i) => i.size],
        ['safe_to_manage', (i) => i.safe_to_manage],
      ];
      if (kind === 'snapshot') columns.push(['source_reference', (i) => i.source_reference]);
      if (detailed) columns.push(['reason_not_safe', (i) => i.reason_not_safe], ['cinder_id', (i) => i.cinder_id], ['extra_info', (i) => i.extra_info]);
      return list(items, columns);
    }
  }
  return ManageableList as unknown as typeof OsCommand;
}

/**
 * Builders for the many commands that are the same shape over different resources
 * (`<resource> list|show|delete`). Each command file still exists (one per command) and
 * says what differs: the SDK collection, the columns and the filters.
 */
import type { Interfaces } from '@oclif/core';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { ListCommand, OsCommand, ShowCommand } from '../base.js';
import { type CommandResult, list, show } from '../output/format.js';
import { domainId } from './identity.js';

/** The part of an SDK collection these builders use. */
export interface FindableCollection<T> {
  list(opts?: Record<string, unknown>): AsyncIterable<T>;
  find(nameOrId: string): Promise<T>;
  delete(id: string): Promise<void>;
}

/** A column: header and how to read it from an item. */
export type Column<T> = [string, (item: T) => unknown];

/** A list's columns, fixed or chosen from the cloud and the items. */
export type Columns<T> = Column<T>[] | ((cloud: Cloud, items: T[]) => Promise<Column<T>[]>);

type AnyFlags = Interfaces.FlagInput;

/** Options of listCommand. */
export interface ListSpec<T> {
  description: string;
  collection: (cloud: Cloud) => FindableCollection<T>;
  /** The columns, in upstream's order (a function when they depend on look-ups or on the items). */
  columns: Columns<T>;
  /** The columns with --long. */
  longColumns?: Columns<T>;
  flags?: AnyFlags;
  /** Turns the parsed flags into the list query (filters). */
  query?: (flags: Record<string, unknown>, cloud: Cloud) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** A filter the API cannot apply (user list --project: users with a role there); undefined: keep all. */
  keep?: (flags: Record<string, unknown>, cloud: Cloud) => Promise<((item: T) => boolean) | undefined>;
}

/** `<resource> list`: a table of items with optional --long columns and --limit. */
export function listCommand<T>(spec: ListSpec<T>): typeof OsCommand {
  class ListResources extends ListCommand<typeof ListResources> {
    static override description = spec.description;
    static override flags = {
      ...(spec.longColumns ? { long: Flags.boolean({ description: 'List additional fields in output' }) } : {}),
      limit: Flags.integer({ description: 'Maximum number of items to display' }),
      ...(spec.flags ?? {}),
    };

    async execute(): Promise<CommandResult> {
      const cloud = await this.cloud();
      const flags = this.flags as Record<string, unknown>;
      const [query, keep] = await Promise.all([spec.query ? spec.query(flags, cloud) : {}, spec.keep ? spec.keep(flags, cloud) : undefined]);
      const limit = flags.limit as number | undefined;
      const items: T[] = [];
      for await (const item of spec.collection(cloud).list({ ...query, ...(limit ? { limit, maxItems: limit } : {}) })) {
        if (!keep || keep(item)) items.push(item);
      }
      const columns = (flags.long ? spec.longColumns : undefined) ?? spec.columns;
      return list(items, typeof columns === 'function' ? await columns(cloud, items) : columns);
    }
  }
  return ListResources as unknown as typeof OsCommand;
}

/**
 * The id of a project given by name or ID (the `--project` filter of many lists); with a
 * domain (`--project-domain`, name or ID) a name is looked up in that domain only.
 */
export async function projectId(cloud: Cloud, ref: string, domain?: string): Promise<string> {
  const filters = domain ? { domain_id: await domainId(cloud, domain) } : undefined;
  try {
    return String((await cloud.identity.projects.find(ref, filters ? { filters } : undefined)).id);
  } catch (err) {
    // python-openstackclient (identity common.find_project): a user who may not look projects up names them by ID
    if ((err as { status?: unknown }).status === 403) return ref;
    throw err;
  }
}

/** Options of showCommand. */
export interface ShowSpec<T> {
  description: string;
  /** Human name of the resource (`network`, `security group`). */
  what: string;
  collection: (cloud: Cloud) => FindableCollection<T>;
  /** Field/Value data of one item (default: the item as the API returns it). */
  view?: (item: T, cloud: Cloud) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** `<resource> show <name-or-id>` */
export function showCommand<T>(spec: ShowSpec<T>): typeof OsCommand {
  class ShowResource extends ShowCommand<typeof ShowResource> {
    static override description = spec.description;
    static override args = { name: Args.string({ required: true, description: `${spec.what} to display (name or ID)` }) };

    async execute(): Promise<CommandResult> {
      const cloud = await this.cloud();
      const item = await spec.collection(cloud).find(this.args.name);
      return show(spec.view ? await spec.view(item, cloud) : (item as Record<string, unknown>));
    }
  }
  return ShowResource as unknown as typeof OsCommand;
}

/** Options of deleteCommand. */
export interface DeleteSpec<T> {
  description: string;
  what: string;
  collection: (cloud: Cloud) => FindableCollection<T>;
  /** The id to delete (default: `id`). */
  idOf?: (item: T) => string;
}

/**
 * `<resource> delete <name-or-id>...`: asks on a terminal before deleting several (--yes
 * skips it; without a terminal it deletes, as python-openstackclient does), deletes all it can
 * and reports each failure, failing at the end like python-openstackclient ("1 of 2 networks
 * failed to delete").
 */
export function deleteCommand<T>(spec: DeleteSpec<T>): typeof OsCommand {
  class DeleteCommand extends OsCommand<typeof DeleteCommand> {
    static override description = spec.description;
    static override strict = false;
    static override args = { name: Args.string({ required: true, description: `${spec.what}(s) to delete (name or ID)` }) };
    static override flags = { yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }) };

    async execute(): Promise<CommandResult> {
      const refs = this.positionals;
      if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} ${spec.what}s (${refs.join(', ')})?`);
      const collection = spec.collection(await this.cloud());
      await this.forEachResource(refs, spec.what, 'delete', async (ref) => {
        const item = await collection.find(ref);
        await collection.delete(spec.idOf ? spec.idOf(item) : String((item as { id?: unknown }).id));
      });
      return { kind: 'none' };
    }
  }
  return DeleteCommand as unknown as typeof OsCommand;
}

/** Shared pieces of the Keystone extension commands (endpoint groups, OAuth1, federation, access rules). */
import { readFileSync } from 'node:fs';
import type { Interfaces } from '@oclif/core';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud, KeystoneItem } from '@oscloud/sdk';
import { OsCommand } from '../base.js';
import type { CommandResult } from '../output/format.js';
import { listColumn } from './columns.js';
import { projectId } from './factory.js';

/** The item without its `links`, as python-openstackclient shows these resources. */
export function withoutLinks(item: KeystoneItem | Record<string, unknown>): Record<string, unknown> {
  const { links: _links, ...rest } = item as Record<string, unknown>;
  return rest;
}

/** Parses a JSON file (rules, filters), failing as python-openstackclient does on bad content. */
export function readJsonFile(path: string, what: 'rules' | 'filters'): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`An error occurred when reading ${what} from file ${path}: ${(err as Error).message}`);
  }
}

/** Remote IDs from --remote-id-file (one per line, trimmed) or the repeated --remote-id. */
export function remoteIds(file: string | undefined, ids: string[] | undefined): string[] | undefined {
  if (file) {
    // Python's splitlines(): no empty last line for a final newline
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    return lines.map((l) => l.trim());
  }
  return ids && ids.length ? ids : undefined;
}

/** An identity provider as shown: no links, remote IDs as a list column. */
export function identityProviderView(idp: KeystoneItem): Record<string, unknown> {
  const view = withoutLinks(idp);
  view.remote_ids = listColumn((idp.remote_ids as unknown[] | undefined) ?? []);
  return view;
}

/** A federation protocol as shown: `mapping` for `mapping_id`, plus the identity provider. */
export function protocolView(protocol: KeystoneItem, idp?: string): Record<string, unknown> {
  const { mapping_id: mapping, ...rest } = withoutLinks(protocol);
  return { ...rest, mapping, ...(idp !== undefined ? { identity_provider: idp } : {}) };
}

/** A --authorization-ttl value: a non-negative integer. */
export function authorizationTtl(value: number | undefined): Record<string, number> {
  if (value === undefined) return {};
  if (value < 0) throw new Error('authorization-ttl must be positive integer or zero.');
  return { authorization_ttl: value };
}

/** Options of deleteByIdCommand. */
export interface DeleteByIdSpec {
  description: string;
  /** Human name (`identity provider`). */
  what: string;
  /** The argument's name and help. */
  arg: string;
  argDescription: string;
  flags?: Interfaces.FlagInput;
  /** Deletes one by the ID given (upstream resolves no names for these). */
  remove: (cloud: Cloud, id: string, flags: Record<string, unknown>) => Promise<void>;
}

/** `<resource> delete <id>...` for the Keystone extension resources upstream deletes by ID. */
export function deleteByIdCommand(spec: DeleteByIdSpec): typeof OsCommand {
  class DeleteById extends OsCommand<typeof DeleteById> {
    static override description = spec.description;
    static override strict = false;
    static override args = { [spec.arg]: Args.string({ required: true, description: spec.argDescription }) };
    static override flags = { ...(spec.flags ?? {}), yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }) };

    async execute(): Promise<CommandResult> {
      const refs = this.positionals;
      if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} ${spec.what}s (${refs.join(', ')})?`);
      const cloud = await this.cloud();
      await this.forEachResource(refs, spec.what, 'delete', (id) => spec.remove(cloud, id, this.flags as Record<string, unknown>));
      return { kind: 'none' };
    }
  }
  return DeleteById as unknown as typeof OsCommand;
}

/**
 * `endpoint add|remove project <endpoint> <project>` and `endpoint group add|remove project
 * <endpoint-group> <project>` (OS-EP-FILTER associations).
 */
export function endpointProjectCommand(verb: 'add' | 'remove', group: boolean): typeof OsCommand {
  const add = verb === 'add';
  const arg = group ? 'endpoint-group' : 'endpoint';
  class EndpointProject extends OsCommand<typeof EndpointProject> {
    static override description = group
      ? add
        ? 'Add a project to an endpoint group'
        : 'Remove project from endpoint group'
      : add
        ? 'Associate a project to an endpoint'
        : 'Dissociate a project from an endpoint';
    static override args = {
      [arg]: Args.string({
        required: true,
        description: group ? 'Endpoint group (name or ID)' : `Endpoint to ${add ? 'associate with' : 'dissociate from'} specified project (name or ID)`,
      }),
      project: Args.string({
        required: true,
        description: group ? `Project to ${add ? 'associate' : 'remove'} (name or ID)` : `Project to ${add ? 'associate with' : 'dissociate from'} specified endpoint name or ID (name or ID)`,
      }),
    };
    static override flags = { 'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.' }) };

    async execute(): Promise<CommandResult> {
      const cloud = await this.cloud();
      const args = this.args as Record<string, string>;
      const ref = args[arg] as string;
      const [target, project] = await Promise.all([
        group ? cloud.identity.endpointGroups.find(ref) : cloud.identity.endpoints.find(ref),
        projectId(cloud, args.project as string, this.flags['project-domain']),
      ]);
      const id = String(target.id);
      const filter = cloud.identity.endpointFilter;
      if (group) await (add ? filter.addEndpointGroupToProject(id, project) : filter.removeEndpointGroupFromProject(id, project));
      else await (add ? filter.addEndpointToProject(project, id) : filter.removeEndpointFromProject(project, id));
      return { kind: 'none' };
    }
  }
  return EndpointProject as unknown as typeof OsCommand;
}

/** `server lock|unlock|restore`: one server action on each server (no --wait upstream), failures counted at the end. */
import type { Interfaces } from '@oclif/core';
import * as Args from '@oclif/core/args';
import type { Cloud } from '@oscloud/sdk';
import { OsCommand } from '../base.js';
import type { CommandResult } from '../output/format.js';

/** Options of simpleServerActionCommand. */
export interface SimpleServerActionSpec {
  description: string;
  verb: string;
  flags?: Interfaces.FlagInput;
  /** The compute microversion the flags need, and the option that needs it (checked before any request). */
  needs?: (flags: Record<string, unknown>) => [min: string, option: string] | undefined;
  /** The action body for one server (`{ lock: null }`). */
  body: (flags: Record<string, unknown>, cloud: Cloud) => Record<string, unknown>;
}

/** Builds the command. */
export function simpleServerActionCommand(spec: SimpleServerActionSpec): typeof OsCommand {
  class SimpleServerAction extends OsCommand<typeof SimpleServerAction> {
    static override description = spec.description;
    static override strict = false;
    static override args = { server: Args.string({ required: true, description: `Server(s) to ${spec.verb} (name or ID)` }) };
    static override flags = { ...(spec.flags ?? {}) };

    async execute(): Promise<CommandResult> {
      const flags = this.flags as Record<string, unknown>;
      const needs = spec.needs?.(flags);
      if (needs) await this.requireMicroversion('compute', ...needs);
      const cloud = await this.cloud();
      await this.forEachResource(this.positionals, 'server', spec.verb, async (ref) => {
        const server = await cloud.compute.servers.find(ref);
        await cloud.compute.servers.action(String(server.id), spec.body(flags, cloud));
      });
      return { kind: 'none' };
    }
  }
  return SimpleServerAction as unknown as typeof OsCommand;
}

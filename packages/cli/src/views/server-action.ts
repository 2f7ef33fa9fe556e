/** `server start|stop|reboot|pause|unpause`: one power action on each server, optionally waiting for its end state. */
import type { Interfaces } from '@oclif/core';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { OsCommand } from '../base.js';
import type { CommandResult } from '../output/format.js';
import { withStatusProgress } from '../output/progress.js';

/** Options of serverActionCommand. */
export interface ServerActionSpec {
  description: string;
  /** The verb in messages (`start`, `stop`, `reboot`). */
  verb: string;
  /** The status the action ends in (`ACTIVE`, `SHUTOFF`), or any of several (resize confirm: ACTIVE or SHUTOFF). */
  target: string | string[];
  flags?: Interfaces.FlagInput;
  /** Sends the action for one server id. */
  act: (cloud: Cloud, id: string, flags: Record<string, unknown>) => Promise<void>;
}

/** Builds the command; each server is done in turn, failures reported and counted at the end. */
export function serverActionCommand(spec: ServerActionSpec): typeof OsCommand {
  class ServerActionCommand extends OsCommand<typeof ServerActionCommand> {
    static override description = spec.description;
    static override strict = false;
    static override args = { server: Args.string({ required: true, description: `Server(s) to ${spec.verb} (name or ID)` }) };
    static override flags = {
      wait: Flags.boolean({ description: `Wait for the ${spec.verb} to complete` }),
      ...(spec.flags ?? {}),
    };

    async execute(): Promise<CommandResult> {
      const cloud = await this.cloud();
      await this.forEachResource(this.positionals, 'server', spec.verb, async (ref) => {
        const server = await cloud.compute.servers.find(ref);
        const id = String(server.id);
        await spec.act(cloud, id, this.flags as Record<string, unknown>);
        if (this.flags.wait) {
          await withStatusProgress(`server ${String(server.name)}`, (update) =>
            cloud.compute.servers.waitForStatus(id, spec.target, { onProgress: (_s, p) => update(String(p.status)) }),
          );
        }
      });
      return { kind: 'none' };
    }
  }
  return ServerActionCommand as unknown as typeof OsCommand;
}

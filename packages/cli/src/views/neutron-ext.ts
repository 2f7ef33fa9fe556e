/**
 * Shared pieces of the Neutron extension commands python-openstackclient has (trunks, local
 * IPs, port forwarding, NDP proxies, conntrack helpers, QoS rules...): subport parsing and
 * the `<parent> <child-id>...` delete of sub-resources.
 */
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud, NeutronItem } from '@oscloud/sdk';
import { OsCommand, UsageError } from '../base.js';
import type { CommandResult } from '../output/format.js';
import { listDictColumn } from './columns.js';
import { neutronShowData } from './neutron-show.js';
import { parseKeyValues } from './neutron.js';

/** A trunk as python-openstackclient shows it (sub_ports as a list of dicts). */
export function trunkShowData(raw: NeutronItem): Record<string, unknown> {
  const data = neutronShowData('trunk', raw);
  data.sub_ports = listDictColumn(data.sub_ports as Array<Record<string, unknown>> | null);
  return data;
}

/** Checks `--subport` values as argparse would (port required; a usage error otherwise) before anything is sent. */
export function parseSubports(values: string[] | undefined): Array<Record<string, string>> {
  return (values ?? []).map((value) => parseKeyValues('subport', value, ['port', 'segmentation-type', 'segmentation-id'], ['port']));
}

/** `--subport port=<port>,segmentation-type=<type>,segmentation-id=<id>` as Neutron's sub_ports (ports by name or ID). */
export async function subports(cloud: Cloud, parsed: Array<Record<string, string>>): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const kv of parsed) {
    const sub: Record<string, unknown> = {};
    if (kv.port) sub.port_id = String((await cloud.network.ports.find(kv.port)).id);
    if (kv['segmentation-id']) {
      const id = Number(kv['segmentation-id']);
      if (!Number.isInteger(id)) throw new Error(`Segmentation-id '${kv['segmentation-id']}' is not an integer`);
      sub.segmentation_id = id;
    }
    if (kv['segmentation-type']) sub.segmentation_type = kv['segmentation-type'];
    out.push(sub);
  }
  return out;
}

/** The `--subport` option of trunk create and set. */
export const subportFlag = Flags.string({
  multiple: true,
  description: "Subport to add. Subport is of form 'port=<name or ID>,segmentation-type=<segmentation-type>,segmentation-id=<segmentation-ID>' (--subport) option can be repeated",
});

/** Options of childDeleteCommand. */
export interface ChildDeleteSpec {
  description: string;
  /** The parent argument's name and help (`floating-ip`). */
  parent: [string, string];
  /** The children argument's name and help (`port-forwarding-id`). */
  child: [string, string];
  /** Human name of a child (errors: "1 of 2 <what>s failed to delete."). */
  what: string;
  /** Deletes one child of the parent found by `parent`. */
  remove: (cloud: Cloud, parentId: string, childId: string) => Promise<void>;
  /** Resolves the parent (name or ID) to its id. */
  findParent: (cloud: Cloud, ref: string) => Promise<string>;
}

/** `<resource> delete <parent> <child-id>...` for sub-resources (port forwardings, conntrack helpers, local IP associations). */
export function childDeleteCommand(spec: ChildDeleteSpec): typeof OsCommand {
  class ChildDelete extends OsCommand<typeof ChildDelete> {
    static override description = spec.description;
    static override strict = false;
    static override args = {
      [spec.parent[0]]: Args.string({ required: true, description: spec.parent[1] }),
      [spec.child[0]]: Args.string({ required: true, description: spec.child[1] }),
    };

    async execute(): Promise<CommandResult> {
      const [parent, ...children] = this.positionals as [string, ...string[]];
      const cloud = await this.cloud();
      const parentId = await spec.findParent(cloud, parent);
      await this.forEachResource(children, spec.what, 'delete', (child) => spec.remove(cloud, parentId, child));
      return { kind: 'none' };
    }
  }
  return ChildDelete as unknown as typeof OsCommand;
}

/** The id of a router, a floating IP, a port... found by name or ID. */
export async function idOf(find: Promise<{ id?: unknown }>): Promise<string> {
  return String((await find).id);
}

/** A usage error unless `value` is a port number (1-65535). */
export function checkPort(value: number): void {
  if (!Number.isInteger(value) || value <= 0 || value > 65535) throw new UsageError('The port number range is <1-65535>');
}

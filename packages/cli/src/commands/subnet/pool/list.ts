import * as Flags from '@oclif/core/flags';
import type { SubnetPool } from '@oscloud/sdk';
import { listColumn } from '../../../views/columns.js';
import { type Column, listCommand, projectId } from '../../../views/factory.js';

const COLUMNS: Column<SubnetPool>[] = [
  ['ID', (p) => p.id],
  ['Name', (p) => p.name],
  ['Prefixes', (p) => listColumn(p.prefixes ?? [])],
];

/** `oscloud subnet pool list` */
export default listCommand<SubnetPool>({
  description: 'List subnet pools',
  collection: (cloud) => cloud.network.subnetPools,
  flags: {
    share: Flags.boolean({ description: 'List subnet pools shared between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'List subnet pools not shared between projects', exclusive: ['share'] }),
    default: Flags.boolean({ description: 'List subnet pools used as the default external subnet pool', exclusive: ['no-default'] }),
    'no-default': Flags.boolean({ description: 'List subnet pools not used as the default external subnet pool', exclusive: ['default'] }),
    project: Flags.string({ description: 'List subnet pools according to their project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    name: Flags.string({ description: 'List only subnet pools of given name in output' }),
    'address-scope': Flags.string({ description: 'List only subnet pools of given address scope in output (name or ID)' }),
  },
  query: async (f, cloud) => ({
    shared: f.share ? true : f['no-share'] ? false : undefined,
    is_default: f.default ? true : f['no-default'] ? false : undefined,
    project_id: f.project ? await projectId(cloud, f.project as string, f['project-domain'] as string | undefined) : undefined,
    name: f.name,
    address_scope_id: f['address-scope'] ? (await cloud.network.addressScopes.find(f['address-scope'] as string)).id : undefined,
  }),
  columns: COLUMNS,
  longColumns: [
    ...COLUMNS,
    ['Default Prefix Length', (p) => p.default_prefixlen],
    ['Address Scope', (p) => p.address_scope_id],
    ['Default Subnet Pool', (p) => p.is_default],
    ['Shared', (p) => p.shared],
    ['Tags', (p) => listColumn(p.tags ?? [])],
  ],
});

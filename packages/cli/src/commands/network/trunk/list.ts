import type { NeutronItem } from '@oscloud/sdk';
import { adminStateColumn } from '../../../views/columns.js';
import { type Column, listCommand } from '../../../views/factory.js';

const columns: Column<NeutronItem>[] = [
  ['ID', (t) => t.id],
  ['Name', (t) => t.name],
  ['Parent Port', (t) => t.port_id],
  ['Description', (t) => t.description],
];

/** `oscloud network trunk list [--long]` */
export default listCommand<NeutronItem>({
  description: 'List all network trunks',
  collection: (cloud) => cloud.network.trunks,
  columns,
  longColumns: [
    ...columns,
    ['Status', (t) => t.status],
    ['State', (t) => adminStateColumn(t.admin_state_up)],
    ['Created At', (t) => t.created_at],
    ['Updated At', (t) => t.updated_at],
  ],
});

import type { NeutronItem } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';

/** `oscloud network meter list` */
export default listCommand<NeutronItem>({
  description: 'List network meters',
  collection: (cloud) => cloud.network.meteringLabels,
  columns: [
    ['ID', (m) => m.id],
    ['Name', (m) => m.name],
    ['Description', (m) => m.description],
    ['Shared', (m) => m.shared],
  ],
});

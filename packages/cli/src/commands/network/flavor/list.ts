import type { NeutronItem } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';

/** `oscloud network flavor list` */
export default listCommand<NeutronItem>({
  description: 'List network flavors',
  collection: (cloud) => cloud.network.flavors,
  columns: [
    ['ID', (f) => f.id],
    ['Name', (f) => f.name],
    ['Enabled', (f) => f.enabled],
    ['Service Type', (f) => f.service_type],
    ['Description', (f) => f.description],
  ],
});

import type { NeutronItem } from '@oscloud/sdk';
import { listCommand } from '../../../../views/factory.js';

/** `oscloud network service provider list` */
export default listCommand<NeutronItem>({
  description: 'List Service Providers',
  collection: (cloud) => cloud.network.serviceProviders,
  columns: [
    ['Service Type', (p) => p.service_type],
    ['Name', (p) => p.name],
    ['Default', (p) => p.default],
  ],
});

import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';

/** `oscloud service provider list` */
export default listCommand<KeystoneItem>({
  description: 'List service providers',
  collection: (cloud) => cloud.identity.federation.serviceProviders,
  columns: [['ID', (s) => s.id], ['Enabled', (s) => s.enabled], ['Description', (s) => s.description], ['Auth URL', (s) => s.auth_url]],
});

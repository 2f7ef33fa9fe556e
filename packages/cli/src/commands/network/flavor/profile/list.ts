import type { NeutronItem } from '@oscloud/sdk';
import { listCommand } from '../../../../views/factory.js';

/** `oscloud network flavor profile list` */
export default listCommand<NeutronItem>({
  description: 'List network flavor profile(s)',
  collection: (cloud) => cloud.network.serviceProfiles,
  columns: [
    ['ID', (p) => p.id],
    ['Driver', (p) => p.driver],
    ['Enabled', (p) => p.enabled],
    ['Metainfo', (p) => p.metainfo],
    ['Description', (p) => p.description],
  ],
});

import type { IdentityService } from '@oscloud/sdk';
import { type Column, listCommand } from '../../views/factory.js';

const COLUMNS: Column<IdentityService>[] = [['ID', (s) => s.id], ['Name', (s) => s.name], ['Type', (s) => s.type]];

/** `oscloud service list`: Keystone's catalog services. */
export default listCommand<IdentityService>({
  description: 'List services',
  collection: (cloud) => cloud.identity.services,
  columns: COLUMNS,
  longColumns: [...COLUMNS, ['Description', (s) => s.description], ['Enabled', (s) => s.enabled]],
});

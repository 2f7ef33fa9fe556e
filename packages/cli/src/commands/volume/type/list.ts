import { listCommand } from '../../../views/factory.js';

/** `oscloud volume type list` */
export default listCommand({
  description: 'List volume types',
  collection: (cloud) => cloud.volume.types,
  columns: [['ID', (t) => t.id], ['Name', (t) => t.name], ['Is Public', (t) => t['os-volume-type-access:is_public'] ?? t.is_public ?? true]],
});

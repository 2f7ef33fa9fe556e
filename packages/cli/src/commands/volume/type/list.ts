import { dictColumn } from '../../../views/columns.js';
import { listCommand } from '../../../views/factory.js';

/** `oscloud volume type list` */
export default listCommand({
  description: 'List volume types',
  collection: (cloud) => cloud.volume.types,
  columns: [['ID', (t) => t.id], ['Name', (t) => t.name], ['Is Public', (t) => t['os-volume-type-access:is_public'] ?? t.is_public ?? true]],
  longColumns: [
    ['ID', (t) => t.id],
    ['Name', (t) => t.name],
    ['Is Public', (t) => t['os-volume-type-access:is_public'] ?? t.is_public ?? true],
    ['Description', (t) => t.description ?? null],
    ['Properties', (t) => dictColumn((t.extra_specs ?? {}) as Record<string, unknown>)],
  ],
});

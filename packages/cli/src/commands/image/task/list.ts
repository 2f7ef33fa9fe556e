import * as Flags from '@oclif/core/flags';
import type { ImageTask } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';

/** `oscloud image task list [--sort-key K] [--sort-dir D] [--type import] [--status S] [--marker M] [--limit N]` */
export default listCommand<ImageTask>({
  description: 'List tasks',
  collection: (cloud) => cloud.image.tasks,
  flags: {
    'sort-key': Flags.string({ description: 'Sorts the response by one of the following attributes: created_at, expires_at, id, status, type, updated_at. (default is created_at)' }),
    'sort-dir': Flags.string({ description: 'Sort output by selected keys and directions (asc or desc)' }),
    marker: Flags.string({ description: 'The last task ID of the previous page' }),
    type: Flags.string({ options: ['import'], description: 'Filters the response by a task type.' }),
    status: Flags.string({ options: ['pending', 'processing', 'success', 'failure'], description: 'Filter tasks based on status.' }),
  },
  query: (f) => ({ sort_key: f['sort-key'], sort_dir: f['sort-dir'], marker: f.marker, type: f.type, status: f.status }),
  columns: [
    ['ID', (t) => t.id],
    ['Type', (t) => t.type],
    ['Status', (t) => t.status],
    ['Owner', (t) => t.owner],
  ],
});

import { listCommand } from '../../views/factory.js';

/** `oscloud project list` */
export default listCommand({
  description: 'List projects',
  collection: (cloud) => cloud.identity.projects,
  columns: [['ID', (p) => p.id], ['Name', (p) => p.name]],
});

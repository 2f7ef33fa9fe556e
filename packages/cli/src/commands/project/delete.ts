import { deleteCommand } from '../../views/factory.js';

/** `oscloud project delete` */
export default deleteCommand({
  description: 'Delete project(s)',
  what: 'project',
  collection: (cloud) => cloud.identity.projects,
});

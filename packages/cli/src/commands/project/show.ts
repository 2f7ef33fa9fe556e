import { unformatted } from '../../views/columns.js';
import { showCommand } from '../../views/factory.js';

/** `oscloud project show` */
export default showCommand({
  description: 'Display project details',
  what: 'project',
  collection: (cloud) => cloud.identity.projects,
  view: (project) => unformatted(project as Record<string, unknown>),
});

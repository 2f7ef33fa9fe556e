import { listCommand } from '../../../views/factory.js';

/** `oscloud application credential list` */
export default listCommand({
  description: 'List application credentials',
  collection: (cloud) => cloud.identity.applicationCredentials,
  columns: [['ID', (a) => a.id], ['Name', (a) => a.name], ['Project ID', (a) => a.project_id], ['Description', (a) => a.description], ['Expires At', (a) => a.expires_at]],
});

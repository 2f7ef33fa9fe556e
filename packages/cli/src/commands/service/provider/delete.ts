import { deleteByIdCommand } from '../../../views/identity-ext.js';

/** `oscloud service provider delete <service-provider>...` (by ID, as upstream). */
export default deleteByIdCommand({
  description: 'Delete service provider(s)',
  what: 'service provider',
  arg: 'service-provider',
  argDescription: 'Service provider(s) to delete',
  remove: (cloud, id) => cloud.identity.federation.serviceProviders.delete(id),
});

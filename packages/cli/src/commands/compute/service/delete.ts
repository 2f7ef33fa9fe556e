import { deleteCommand } from '../../../views/factory.js';

/** `oscloud compute service delete <service-id>...` */
export default deleteCommand({
  description: 'Delete compute service(s)',
  what: 'compute service',
  collection: (cloud) => cloud.compute.services,
});

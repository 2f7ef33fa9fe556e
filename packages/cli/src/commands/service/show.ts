import { unformatted } from '../../views/columns.js';
import { showCommand } from '../../views/factory.js';

/** `oscloud service show`: by ID, name or type, as python-openstackclient finds a service. */
export default showCommand({
  description: 'Display service details',
  what: 'service',
  collection: (cloud) => cloud.identity.services,
  view: (service) => unformatted(service as Record<string, unknown>),
});

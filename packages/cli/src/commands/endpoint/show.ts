import { showCommand } from '../../views/factory.js';
import { endpointView } from '../../views/identity.js';

/** `oscloud endpoint show` */
export default showCommand({
  description: 'Display endpoint details',
  what: 'endpoint',
  collection: (cloud) => cloud.identity.endpoints,
  view: (endpoint, cloud) => endpointView(cloud, endpoint as Record<string, unknown>),
});

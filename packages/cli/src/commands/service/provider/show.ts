import { showCommand } from '../../../views/factory.js';
import { withoutLinks } from '../../../views/identity-ext.js';

/** `oscloud service provider show <service-provider>` */
export default showCommand({
  description: 'Display service provider details',
  what: 'service provider',
  collection: (cloud) => cloud.identity.federation.serviceProviders,
  view: (s) => withoutLinks(s),
});

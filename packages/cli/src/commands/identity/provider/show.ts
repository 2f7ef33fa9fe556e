import { showCommand } from '../../../views/factory.js';
import { identityProviderView } from '../../../views/identity-ext.js';

/** `oscloud identity provider show <identity-provider>` */
export default showCommand({
  description: 'Display identity provider details',
  what: 'identity provider',
  collection: (cloud) => cloud.identity.federation.identityProviders,
  view: (i) => identityProviderView(i),
});

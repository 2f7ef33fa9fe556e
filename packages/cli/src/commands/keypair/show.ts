import { showCommand } from '../../views/factory.js';

/** `oscloud keypair show` */
export default showCommand({
  description: 'Display keypair details',
  what: 'keypair',
  collection: (cloud) => cloud.compute.keypairs,
});

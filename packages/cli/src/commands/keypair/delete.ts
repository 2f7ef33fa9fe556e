import { deleteCommand } from '../../views/factory.js';

/** `oscloud keypair delete` */
export default deleteCommand({
  description: 'Delete keypair(s)',
  what: 'keypair',
  collection: (cloud) => cloud.compute.keypairs,
  idOf: (k) => String(k.name),
});

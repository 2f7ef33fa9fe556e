import { listCommand } from '../../views/factory.js';

/** `oscloud keypair list` */
export default listCommand({
  description: 'List keypairs',
  collection: (cloud) => cloud.compute.keypairs,
  columns: [['Name', (k) => k.name], ['Fingerprint', (k) => k.fingerprint], ['Type', (k) => k.type ?? 'ssh']],
});

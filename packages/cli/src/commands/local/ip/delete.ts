import { deleteCommand } from '../../../views/factory.js';

/** `oscloud local ip delete <local-ip>...` */
export default deleteCommand({
  description: 'Delete local IP(s)',
  what: 'local IP',
  collection: (cloud) => cloud.network.localIps,
});

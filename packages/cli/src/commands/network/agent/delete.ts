import { deleteCommand } from '../../../views/factory.js';

/** `oscloud network agent delete <network-agent>...` */
export default deleteCommand({
  description: 'Delete network agent(s)',
  what: 'network agent',
  collection: (cloud) => cloud.network.agents,
});

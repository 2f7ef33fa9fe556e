import { deleteCommand } from '../../../../views/factory.js';

/** `oscloud network qos policy delete` */
export default deleteCommand({
  description: 'Delete Qos Policy(s)',
  what: 'QoS policy',
  collection: (cloud) => cloud.network.qosPolicies,
});

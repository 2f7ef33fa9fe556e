import { childDeleteCommand } from '../../../../../views/neutron-ext.js';

/** `oscloud floating ip port forwarding delete <floating-ip> <port-forwarding-id>...` */
export default childDeleteCommand({
  description: 'Delete floating IP port forwarding',
  parent: ['floating-ip', 'Floating IP that the port forwarding belongs to (IP address or ID)'],
  child: ['port-forwarding-id', 'The ID of the floating IP port forwarding(s) to delete'],
  what: 'port forwarding',
  findParent: async (cloud, ref) => String((await cloud.network.floatingIps.find(ref)).id),
  remove: (cloud, fip, id) => cloud.network.portForwardings.delete(id, { path: { floatingip_id: fip } }),
});

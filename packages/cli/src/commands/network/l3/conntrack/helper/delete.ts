import { childDeleteCommand } from '../../../../../views/neutron-ext.js';

/** `oscloud network l3 conntrack helper delete <router> <conntrack-helper-id>...` */
export default childDeleteCommand({
  description: 'Delete L3 conntrack helper',
  parent: ['router', 'Router that the conntrack helper belong to'],
  child: ['conntrack-helper-id', 'The ID of the conntrack helper(s) to delete'],
  what: 'L3 conntrack helper',
  findParent: async (cloud, ref) => String((await cloud.network.routers.find(ref)).id),
  remove: (cloud, router, id) => cloud.network.conntrackHelpers.delete(id, { path: { router_id: router } }),
});

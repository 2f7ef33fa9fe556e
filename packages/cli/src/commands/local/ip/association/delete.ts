import { childDeleteCommand } from '../../../../views/neutron-ext.js';

/** `oscloud local ip association delete <local-ip> <fixed-port-id>...` */
export default childDeleteCommand({
  description: 'Delete Local IP association(s)',
  parent: ['local-ip', 'Local IP that the port association belongs to (Name or ID)'],
  child: ['fixed-port-id', 'The fixed port ID of Local IP Association'],
  what: 'local IP association',
  findParent: async (cloud, ref) => String((await cloud.network.localIps.find(ref)).id),
  remove: (cloud, lip, port) => cloud.network.localIpAssociations.delete(port, { path: { local_ip_id: lip } }),
});

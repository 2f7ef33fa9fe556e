import { rawListColumn } from '../../../views/columns.js';
import { listCommand } from '../../../views/factory.js';

/** `oscloud security group list` */
export default listCommand({
  description: 'List security groups',
  collection: (cloud) => cloud.network.securityGroups,
  columns: [['ID', (g) => g.id], ['Name', (g) => g.name], ['Description', (g) => g.description], ['Project', (g) => g.project_id ?? g.tenant_id], ['Tags', (g) => rawListColumn(g.tags)]],
});

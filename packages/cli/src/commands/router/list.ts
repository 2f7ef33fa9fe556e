import { listCommand } from '../../views/factory.js';

/** `oscloud router list` */
export default listCommand({
  description: 'List routers',
  collection: (cloud) => cloud.network.routers,
  columns: [['ID', (r) => r.id], ['Name', (r) => r.name], ['Status', (r) => r.status], ['State', (r) => (r.admin_state_up ? 'UP' : 'DOWN')], ['Project', (r) => r.project_id ?? r.tenant_id]],
});

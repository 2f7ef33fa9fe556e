import { listCommand } from '../../views/factory.js';

/** `oscloud trust list` (python-openstackclient's columns; every trust, as an admin). */
export default listCommand({
  description: 'List trusts',
  collection: (cloud) => cloud.identity.trusts,
  columns: [['ID', (t) => t.id], ['Expires At', (t) => t.expires_at], ['Impersonation', (t) => t.impersonation], ['Project ID', (t) => t.project_id],
    ['Trustee User ID', (t) => t.trustee_user_id], ['Trustor User ID', (t) => t.trustor_user_id]],
});

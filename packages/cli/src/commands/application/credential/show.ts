import { showCommand } from '../../../views/factory.js';
import { withoutLinks } from '../../../views/identity-ext.js';

/** `oscloud application credential show`: as python-openstackclient, no links and the roles' names space-separated. */
export default showCommand({
  description: 'Display application credential details',
  what: 'application credential',
  collection: (cloud) => cloud.identity.applicationCredentials,
  view: (cred) => {
    const data = withoutLinks(cred);
    const roles = (data.roles as Array<{ name?: string; id: string }> | undefined) ?? [];
    return { ...data, roles: roles.map((r) => r.name ?? r.id).join(' ') };
  },
});

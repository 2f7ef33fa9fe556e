// Users (admin): every user of the cloud and their domain.
import { collect, type User } from '@oscloud/sdk';
import { ListPage } from '../list-page.js';
import type { PageProps } from '../pages.js';

/** The admin users page. */
export default function Users({ session }: PageProps) {
  return (
    <ListPage<User>
      label="Users"
      load={() => collect(session.cloud.identity.users.list())}
      rowKey={(u) => u.id}
      deps={[session.cloud]}
      columns={[
        { title: 'Name', cell: (u) => u.name },
        { title: 'Domain', cell: (u) => u.domain_id },
        { title: 'Email', cell: (u) => (u as { email?: string }).email ?? '' },
        { title: 'Enabled', cell: (u) => (u.enabled ? 'yes' : 'no') },
      ]}
    />
  );
}

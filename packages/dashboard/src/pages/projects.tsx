// Projects (admin): every project of the cloud.
import { collect, type Project } from '@oscloud/sdk';
import { ListPage } from '../list-page.js';
import type { PageProps } from '../pages.js';

/** The admin projects page. */
export default function Projects({ session }: PageProps) {
  return (
    <ListPage<Project>
      label="Projects"
      load={() => collect(session.cloud.identity.projects.list())}
      rowKey={(p) => p.id}
      deps={[session.cloud]}
      columns={[
        { title: 'Name', cell: (p) => p.name },
        { title: 'Domain', cell: (p) => p.domain_id },
        { title: 'Enabled', cell: (p) => (p.enabled ? 'yes' : 'no') },
      ]}
    />
  );
}

// Projects (admin): every project of the cloud.
import { collect, type Project } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** The admin projects page. */
export default function Projects({ session }: PageProps) {
  const { data, error } = useLoad(() => collect(session.cloud.identity.projects.list()));
  return (
    <>
      <ErrorMessage error={error} />
      {data ? (
        <Table<Project>
          label="Projects"
          rows={data}
          rowKey={(p) => p.id}
          columns={[
            { title: 'Name', cell: (p) => p.name },
            { title: 'Domain', cell: (p) => p.domain_id },
            { title: 'Enabled', cell: (p) => (p.enabled ? 'yes' : 'no') },
          ]}
        />
      ) : null}
    </>
  );
}

// Volumes: the project's volumes and where they are attached.
import { collect, type Volume } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** The volumes page. */
export default function Volumes({ session }: PageProps) {
  const { data, error } = useLoad(() => collect(session.cloud.volume.volumes.list()));
  return (
    <>
      <ErrorMessage error={error} />
      {data ? (
        <Table<Volume>
          label="Volumes"
          rows={data}
          rowKey={(v) => v.id}
          columns={[
            { title: 'Name', cell: (v) => v.name ?? '' },
            { title: 'Status', cell: (v) => v.status },
            { title: 'Size', cell: (v) => `${v.size} GiB` },
            { title: 'Attached to', cell: (v) => (v.attachments ?? []).map((a) => a.server_id).join(', ') },
          ]}
        />
      ) : null}
    </>
  );
}

// Volumes: the project's volumes and where they are attached.
import { collect, type Volume } from '@oscloud/sdk';
import { ListPage } from '../list-page.js';
import type { PageProps } from '../pages.js';

/** The volumes page. */
export default function Volumes({ session }: PageProps) {
  return (
    <ListPage<Volume>
      label="Volumes"
      load={() => collect(session.cloud.volume.volumes.list())}
      rowKey={(v) => v.id}
      columns={[
        { title: 'Name', cell: (v) => v.name ?? '' },
        { title: 'Status', cell: (v) => v.status },
        { title: 'Size', cell: (v) => `${v.size} GiB` },
        { title: 'Attached to', cell: (v) => (v.attachments ?? []).map((a) => a.server_id).join(', ') },
      ]}
    />
  );
}

// Images: the project's and the public images.
import { collect, type Image } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** The images page. */
export default function Images({ session }: PageProps) {
  const { data, error } = useLoad(() => collect(session.cloud.image.images.list()));
  return (
    <>
      <ErrorMessage error={error} />
      {data ? (
        <Table<Image>
          label="Images"
          rows={data}
          rowKey={(i) => i.id}
          columns={[
            { title: 'Name', cell: (i) => i.name ?? '' },
            { title: 'Status', cell: (i) => i.status },
            { title: 'Visibility', cell: (i) => i.visibility ?? '' },
            { title: 'Disk format', cell: (i) => i.disk_format ?? '' },
            { title: 'Size', cell: (i) => (typeof i.size === 'number' ? `${(i.size / 1048576).toFixed(1)} MiB` : '') },
          ]}
        />
      ) : null}
    </>
  );
}

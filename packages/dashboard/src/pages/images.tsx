// Images: the project's and the public images.
import { collect, type Image } from '@oscloud/sdk';
import { ListPage } from '../list-page.js';
import type { PageProps } from '../pages.js';

/** The images page. */
export default function Images({ session }: PageProps) {
  return (
    <ListPage<Image>
      label="Images"
      load={() => collect(session.cloud.image.images.list())}
      rowKey={(i) => i.id}
      columns={[
        { title: 'Name', cell: (i) => i.name ?? '' },
        { title: 'Status', cell: (i) => i.status },
        { title: 'Visibility', cell: (i) => i.visibility ?? '' },
        { title: 'Disk format', cell: (i) => i.disk_format ?? '' },
        { title: 'Size', cell: (i) => (typeof i.size === 'number' ? `${(i.size / 1048576).toFixed(1)} MiB` : '') },
      ]}
    />
  );
}

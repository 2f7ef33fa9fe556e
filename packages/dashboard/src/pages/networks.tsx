// Networks: the networks the project sees (its own, shared and external ones).
import { collect, type Network } from '@oscloud/sdk';
import { ListPage } from '../list-page.js';
import type { PageProps } from '../pages.js';

/** The networks page. */
export default function Networks({ session }: PageProps) {
  return (
    <ListPage<Network>
      label="Networks"
      load={() => collect(session.cloud.network.networks.list())}
      rowKey={(n) => n.id}
      columns={[
        { title: 'Name', cell: (n) => n.name },
        { title: 'Status', cell: (n) => n.status },
        { title: 'Subnets', cell: (n) => String(n.subnets?.length ?? 0) },
        { title: 'Shared', cell: (n) => (n.shared ? 'yes' : 'no') },
        { title: 'External', cell: (n) => ((n as { 'router:external'?: boolean })['router:external'] ? 'yes' : 'no') },
      ]}
    />
  );
}

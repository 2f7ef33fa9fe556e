// Networks: the networks the project sees (its own, shared and external ones).
import { collect, type Network } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** The networks page. */
export default function Networks({ session }: PageProps) {
  const { data, error } = useLoad(() => collect(session.cloud.network.networks.list()));
  return (
    <>
      <ErrorMessage error={error} />
      {data ? (
        <Table<Network>
          label="Networks"
          rows={data}
          rowKey={(n) => n.id}
          columns={[
            { title: 'Name', cell: (n) => n.name },
            { title: 'Status', cell: (n) => n.status },
            { title: 'Subnets', cell: (n) => String(n.subnets?.length ?? 0) },
            { title: 'Shared', cell: (n) => (n.shared ? 'yes' : 'no') },
            { title: 'External', cell: (n) => ((n as { 'router:external'?: boolean })['router:external'] ? 'yes' : 'no') },
          ]}
        />
      ) : null}
    </>
  );
}

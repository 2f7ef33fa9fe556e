// Networks: the networks the project sees (its own, shared and external ones) and how networks,
// routers and servers connect (the topology view).
import { collect, type Network } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { Table } from '../table.js';
import { devicesOf, Topology } from '../topology.js';
import { useLoad } from '../use-load.js';

/** The networks page. */
export default function Networks({ session }: PageProps) {
  const c = session.cloud;
  const { data, error } = useLoad(async () => {
    const [networks, routers, ports, servers] = await Promise.all([
      collect(c.network.networks.list()),
      collect(c.network.routers.list()),
      collect(c.network.ports.list()),
      collect(c.compute.servers.list()),
    ]);
    const names = new Map<string, string>([...routers.map((r) => [r.id, r.name || r.id] as [string, string]), ...servers.map((s) => [s.id, s.name] as [string, string])]);
    return { networks, devices: devicesOf(ports, names) };
  });
  return (
    <>
      <ErrorMessage error={error} />
      {data ? (
        <>
          <Table<Network>
            label="Networks"
            rows={data.networks}
            rowKey={(n) => n.id}
            columns={[
              { title: 'Name', cell: (n) => n.name },
              { title: 'Status', cell: (n) => n.status },
              { title: 'Subnets', cell: (n) => String(n.subnets?.length ?? 0) },
              { title: 'Shared', cell: (n) => (n.shared ? 'yes' : 'no') },
              { title: 'External', cell: (n) => ((n as { 'router:external'?: boolean })['router:external'] ? 'yes' : 'no') },
            ]}
          />
          <h2>Topology</h2>
          <Topology networks={data.networks} devices={data.devices} />
        </>
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
    </>
  );
}

// Networks: the networks the project sees (its own, shared and external ones), its routers, how
// networks, routers and servers connect (the topology view); create a network with a subnet, a
// router with an external gateway and an interface on a subnet; delete them.
import { collect, type Network, type Router } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, Choice, useActions } from '../forms.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { devicesOf, Topology } from '../topology.js';
import { useLoad } from '../use-load.js';

const external = (n: Network) => !!(n as { 'router:external'?: boolean })['router:external'];

/** The networks page. */
export default function Networks({ session }: PageProps) {
  const c = session.cloud;
  const projectId = session.token.body.project?.id;
  const { data, error, reload } = useLoad(async () => {
    const [networks, subnets, routers, ports, servers] = await Promise.all([
      collect(c.network.networks.list()),
      collect(c.network.subnets.list()),
      collect(c.network.routers.list()),
      collect(c.network.ports.list()),
      collect(c.compute.servers.list()),
    ]);
    const names = new Map<string, string>([...routers.map((r) => [r.id, r.name || r.id] as [string, string]), ...servers.map((s) => [s.id, s.name] as [string, string])]);
    const gateways = new Map(routers.flatMap((r) => (r.external_gateway_info?.network_id ? [[r.id, r.external_gateway_info.network_id] as [string, string]] : [])));
    return { networks, subnets, routers, ports, devices: devicesOf(ports, names, gateways) };
  }, [session.cloud]);
  const actions = useActions(reload);
  const { run } = actions;
  const networkName = (id: string) => data?.networks.find((n) => n.id === id)?.name ?? id;

  const createNetwork = async (v: (name: string) => string) => {
    const network = await c.network.networks.create({ name: v('name') });
    if (!v('cidr')) return;
    try {
      await c.network.subnets.create({ network_id: network.id, ip_version: 4, cidr: v('cidr'), name: `${v('name')}-subnet` });
    } catch (err) {
      // nothing half-done: the network goes away again when its subnet cannot be made
      await c.network.networks.delete(network.id).catch(() => undefined);
      throw err;
    }
  };
  const createRouter = async (v: (name: string) => string) => {
    const router = await c.network.routers.create({ name: v('name'), ...(v('gateway') ? { external_gateway_info: { network_id: v('gateway') } } : {}) });
    if (v('subnet')) await c.network.routers.addInterface(router.id, { subnet_id: v('subnet') });
  };
  /** Neutron refuses to delete a router with interfaces: detach them first, then delete. */
  const deleteRouter = (r: Router) => () =>
    void run(async () => {
      for (const p of data?.ports ?? []) {
        if (p.device_id === r.id && p.device_owner === 'network:router_interface') await c.network.routers.removeInterface(r.id, { port_id: p.id });
      }
      await c.network.routers.delete(r.id);
    });

  const networkColumns: Column<Network>[] = [
    { title: 'Name', cell: (n) => n.name },
    { title: 'Status', cell: (n) => n.status },
    { title: 'Subnets', cell: (n) => (data?.subnets ?? []).filter((s) => s.network_id === n.id).map((s) => s.cidr).join(', ') },
    { title: 'Shared', cell: (n) => (n.shared ? 'yes' : 'no') },
    { title: 'External', cell: (n) => (external(n) ? 'yes' : 'no') },
    {
      title: 'Actions',
      cell: (n) =>
        n.project_id === projectId ? (
          <button type="button" class="danger" aria-label={`Delete network ${n.name}`} onClick={() => void run(() => c.network.networks.delete(n.id))}>
            Delete
          </button>
        ) : null,
    },
  ];
  const routerColumns: Column<Router>[] = [
    { title: 'Name', cell: (r) => r.name },
    { title: 'Status', cell: (r) => r.status },
    { title: 'External gateway', cell: (r) => (r.external_gateway_info?.network_id ? networkName(r.external_gateway_info.network_id) : '') },
    {
      title: 'Actions',
      cell: (r) => (
        <button type="button" class="danger" aria-label={`Delete router ${r.name}`} onClick={deleteRouter(r)}>
          Delete
        </button>
      ),
    },
  ];
  const ownSubnets = (data?.subnets ?? []).filter((s) => !external(data?.networks.find((n) => n.id === s.network_id) ?? ({} as Network)));
  return (
    <>
      <ErrorMessage error={error ?? actions.error} />
      {data ? (
        <>
          <Table<Network> label="Networks" rows={data.networks} rowKey={(n) => n.id} columns={networkColumns} />
          <h2>Routers</h2>
          <Table<Router> label="Routers" rows={data.routers} rowKey={(r) => r.id} columns={routerColumns} />
          <div class="forms">
            <ActionForm label="Create network" legend="Create network" submitLabel="Create" submit={createNetwork} after={reload}>
              <label>
                Name
                <input name="name" required maxLength={255} />
              </label>
              <label>
                Subnet CIDR (empty: no subnet)
                <input name="cidr" placeholder="192.168.10.0/24" />
              </label>
            </ActionForm>
            <ActionForm label="Create router" legend="Create router" submitLabel="Create" submit={createRouter} after={reload}>
              <label>
                Name
                <input name="name" required maxLength={255} />
              </label>
              <Choice label="External gateway" name="gateway" options={[{ value: '', label: '(none)' }, ...data.networks.filter(external).map((n) => ({ value: n.id, label: n.name }))]} />
              <Choice label="Interface on subnet" name="subnet" options={[{ value: '', label: '(none)' }, ...ownSubnets.map((s) => ({ value: s.id, label: `${networkName(s.network_id)}: ${s.cidr}` }))]} />
            </ActionForm>
          </div>
          <h2>Topology</h2>
          <Topology networks={data.networks} devices={data.devices} />
        </>
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
    </>
  );
}

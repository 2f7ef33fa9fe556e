// Floating IPs: the project's floating IPs, allocate one from an external network, associate it
// with a server's port, disassociate, release.
import { collect, type FloatingIp, type Port } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, Choice, useActions } from '../forms.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** The floating IPs page. */
export default function FloatingIps({ session }: PageProps) {
  const c = session.cloud;
  const data = useLoad(async () => {
    const [ips, externals, ports, servers] = await Promise.all([
      collect(c.network.floatingIps.list()),
      collect(c.network.networks.list({ 'router:external': true })),
      collect(c.network.ports.list({ project_id: session.token.body.project?.id })),
      collect(c.compute.servers.list()),
    ]);
    return { ips, externals, ports: ports.filter((p) => p.device_owner?.startsWith('compute:')), servers };
  }, [session.cloud]);
  const { error, run } = useActions(data.reload);
  const portLabel = (p: Port) => `${data.data?.servers.find((s) => s.id === p.device_id)?.name ?? p.device_id}: ${p.fixed_ips.map((f) => f.ip_address).join(', ')}`;
  const columns: Column<FloatingIp>[] = [
    { title: 'Address', cell: (f) => f.floating_ip_address },
    { title: 'Status', cell: (f) => f.status },
    { title: 'Mapped to', cell: (f) => (f.port_id ? portLabel(data.data?.ports.find((p) => p.id === f.port_id) ?? ({ device_id: f.port_id, fixed_ips: [{ ip_address: f.fixed_ip_address ?? '' }] } as Port)) : '') },
    {
      title: 'Actions',
      cell: (f) => (
        <span class="actions">
          {f.port_id ? (
            <button type="button" class="secondary" aria-label={`Disassociate ${f.floating_ip_address}`} onClick={() => void run(() => c.network.floatingIps.update(f.id, { port_id: null }))}>
              Disassociate
            </button>
          ) : null}
          <button type="button" class="danger" aria-label={`Release ${f.floating_ip_address}`} onClick={() => void run(() => c.network.floatingIps.delete(f.id))}>
            Release
          </button>
        </span>
      ),
    },
  ];
  const free = (data.data?.ips ?? []).filter((f) => !f.port_id);
  return (
    <>
      <ErrorMessage error={data.error ?? error} />
      {data.data ? <Table label="Floating IPs" rows={data.data.ips} rowKey={(f) => f.id} columns={columns} /> : <p aria-busy="true">Loading…</p>}
      <div class="forms">
        <ActionForm label="Allocate floating IP" legend="Allocate floating IP" submitLabel="Allocate" submit={(v) => c.network.floatingIps.create({ floating_network_id: v('network') })} after={data.reload} disabled={!data.data?.externals.length}>
          <Choice label="External network" name="network" required options={data.data?.externals.map((n) => ({ value: n.id, label: n.name || n.id }))} />
        </ActionForm>
        <ActionForm label="Associate floating IP" legend="Associate floating IP" submitLabel="Associate" submit={(v) => c.network.floatingIps.update(v('ip'), { port_id: v('port') })} after={data.reload} disabled={free.length === 0 || !data.data?.ports.length}>
          <Choice label="Floating IP" name="ip" required options={free.map((f) => ({ value: f.id, label: f.floating_ip_address }))} />
          <Choice label="Server port" name="port" required options={data.data?.ports.map((p) => ({ value: p.id, label: portLabel(p) }))} />
        </ActionForm>
      </div>
    </>
  );
}

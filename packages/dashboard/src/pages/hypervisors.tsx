// Hypervisors (admin): every compute host, its state and how much of it is used.
import { collect, type Hypervisor } from '@oscloud/sdk';
import { ListPage } from '../list-page.js';
import type { PageProps } from '../pages.js';

/** `used of total unit` with a meter. */
function Usage({ label, used, total, unit }: { label: string; used: number; total: number; unit: string }) {
  return (
    <span>
      {used} of {total}
      {unit} <progress aria-label={label} max={Math.max(total, 1)} value={used} />
    </span>
  );
}

/** The admin hypervisors page. */
export default function Hypervisors({ session }: PageProps) {
  return (
    <ListPage<Hypervisor>
      label="Hypervisors"
      load={() => collect(session.cloud.compute.hypervisors.list())}
      rowKey={(h) => String(h.id)}
      deps={[session.cloud]}
      columns={[
        { title: 'Host', cell: (h) => h.hypervisor_hostname },
        { title: 'State', cell: (h) => `${h.state}, ${h.status}` },
        { title: 'Type', cell: (h) => h.hypervisor_type },
        { title: 'Address', cell: (h) => h.host_ip },
        { title: 'vCPUs', cell: (h) => <Usage label={`vCPUs used on ${h.hypervisor_hostname}`} used={h.vcpus_used} total={h.vcpus} unit="" /> },
        { title: 'RAM', cell: (h) => <Usage label={`RAM used on ${h.hypervisor_hostname}`} used={h.memory_mb_used} total={h.memory_mb} unit=" MiB" /> },
        { title: 'Disk', cell: (h) => <Usage label={`Disk used on ${h.hypervisor_hostname}`} used={h.local_gb_used} total={h.local_gb} unit=" GiB" /> },
        { title: 'Instances', cell: (h) => String(h.running_vms) },
      ]}
    />
  );
}

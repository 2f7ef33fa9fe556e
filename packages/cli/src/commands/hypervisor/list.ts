import type { Hypervisor } from '@oscloud/sdk';
import { type Column, listCommand } from '../../views/factory.js';

const COLUMNS: Column<Hypervisor>[] = [
  ['ID', (h) => h.id],
  ['Hypervisor Hostname', (h) => h.hypervisor_hostname],
  ['Hypervisor Type', (h) => h.hypervisor_type],
  ['Host IP', (h) => h.host_ip],
  ['State', (h) => h.state],
];

/** `oscloud hypervisor list`: the hosts running an oscloud agent (admin). */
export default listCommand({
  description: 'List hypervisors',
  collection: (cloud) => cloud.compute.hypervisors,
  columns: COLUMNS,
  longColumns: [
    ...COLUMNS,
    ['vCPUs Used', (h) => h.vcpus_used],
    ['vCPUs', (h) => h.vcpus],
    ['Memory MB Used', (h) => h.memory_mb_used],
    ['Memory MB', (h) => h.memory_mb],
  ],
});

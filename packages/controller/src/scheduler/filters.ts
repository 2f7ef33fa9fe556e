/**
 * The scheduler's pure part: host filters and weighers over a snapshot of host states, like Nova's
 * filter scheduler (ComputeFilter, AvailabilityZoneFilter, the resource filters with allocation
 * ratios, ServerGroup(Anti)AffinityFilter) and its RAM/CPU weighers (spread by default).
 * @see nova/scheduler/filters/, nova/scheduler/weights/
 */

/** What the scheduler knows about one host when it decides. */
export interface HostState {
  id: string;
  name: string;
  availabilityZone: string;
  up: boolean;
  disabled: boolean;
  vcpus: number;
  memoryMb: number;
  localGb: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  /** Resources already claimed on the host. */
  usedVcpus: number;
  usedMemoryMb: number;
  usedDiskGb: number;
  /** Instances with a claim on the host. */
  instances: number;
}

/** What one instance needs. */
export interface RequestSpec {
  vcpus: number;
  memoryMb: number;
  diskGb: number;
  availabilityZone?: string | null;
  /** Server group policy and the hosts its members already run on. */
  group?: { policy: string; memberHosts: string[]; maxServerPerHost?: number } | null;
  /** Hosts to avoid (earlier attempts, different_host hint). */
  ignoreHosts?: readonly string[];
  /** Restrict to these host ids (same_host hint, requested host). */
  onlyHosts?: readonly string[] | null;
}

/** A named host filter: true keeps the host. */
export interface HostFilter {
  name: string;
  passes(host: HostState, spec: RequestSpec): boolean;
}

/** Free capacity after ratios: what could still be claimed. */
export function freeCapacity(h: HostState): { vcpus: number; memoryMb: number; diskGb: number } {
  return {
    vcpus: Math.floor(h.vcpus * h.cpuAllocationRatio) - h.usedVcpus,
    memoryMb: Math.floor(h.memoryMb * h.ramAllocationRatio) - h.usedMemoryMb,
    diskGb: Math.floor(h.localGb * h.diskAllocationRatio) - h.usedDiskGb,
  };
}

/** The default filter chain. */
export const DEFAULT_FILTERS: HostFilter[] = [
  { name: 'ComputeFilter', passes: (h) => h.up && !h.disabled },
  { name: 'IgnoreHostsFilter', passes: (h, s) => !(s.ignoreHosts ?? []).includes(h.id) },
  { name: 'OnlyHostsFilter', passes: (h, s) => !s.onlyHosts || s.onlyHosts.includes(h.id) },
  { name: 'AvailabilityZoneFilter', passes: (h, s) => !s.availabilityZone || s.availabilityZone === h.availabilityZone },
  { name: 'VCPUFilter', passes: (h, s) => freeCapacity(h).vcpus >= s.vcpus },
  { name: 'RamFilter', passes: (h, s) => freeCapacity(h).memoryMb >= s.memoryMb },
  { name: 'DiskFilter', passes: (h, s) => freeCapacity(h).diskGb >= s.diskGb },
  {
    name: 'ServerGroupAffinityFilter',
    passes: (h, s) => s.group?.policy !== 'affinity' || s.group.memberHosts.length === 0 || s.group.memberHosts.includes(h.id),
  },
  {
    name: 'ServerGroupAntiAffinityFilter',
    passes: (h, s) => {
      if (s.group?.policy !== 'anti-affinity') return true;
      const max = s.group.maxServerPerHost ?? 1;
      return s.group.memberHosts.filter((x) => x === h.id).length < max;
    },
  },
];

/** Hosts that pass every filter. */
export function filterHosts(hosts: readonly HostState[], spec: RequestSpec, filters: readonly HostFilter[] = DEFAULT_FILTERS): HostState[] {
  return hosts.filter((h) => filters.every((f) => f.passes(h, spec)));
}

/** Weight of a host: spread (most free RAM, then most free vCPUs) with soft group policies. */
export function weigh(h: HostState, spec: RequestSpec, mode: 'spread' | 'pack' = 'spread'): number {
  const free = freeCapacity(h);
  const ramTotal = Math.max(1, h.memoryMb * h.ramAllocationRatio);
  const cpuTotal = Math.max(1, h.vcpus * h.cpuAllocationRatio);
  let w = free.memoryMb / ramTotal + free.vcpus / cpuTotal;
  if (mode === 'pack') w = -w;
  if (spec.group?.policy === 'soft-affinity') w += 10 * spec.group.memberHosts.filter((x) => x === h.id).length;
  if (spec.group?.policy === 'soft-anti-affinity') w -= 10 * spec.group.memberHosts.filter((x) => x === h.id).length;
  return w;
}

/** Filters and weighs: the best host first, then the other candidates (ties broken by name for determinism). */
export function selectHosts(hosts: readonly HostState[], spec: RequestSpec, opts: { mode?: 'spread' | 'pack'; filters?: readonly HostFilter[] } = {}): HostState[] {
  return filterHosts(hosts, spec, opts.filters)
    .map((h) => ({ h, w: weigh(h, spec, opts.mode) }))
    .sort((a, b) => b.w - a.w || a.h.name.localeCompare(b.h.name))
    .map((x) => x.h);
}

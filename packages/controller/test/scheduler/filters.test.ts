/** Scheduler filters and weighers over host snapshots. */
import { describe, expect, it } from 'vitest';
import { filterHosts, freeCapacity, selectHosts, type HostState } from '../../src/scheduler/filters.js';

const host = (id: string, o: Partial<HostState> = {}): HostState => ({
  id, name: id, availabilityZone: 'nova', up: true, disabled: false, vcpus: 4, memoryMb: 4096, localGb: 100,
  cpuAllocationRatio: 1, ramAllocationRatio: 1, diskAllocationRatio: 1, usedVcpus: 0, usedMemoryMb: 0, usedDiskGb: 0, instances: 0, ...o,
});
const spec = { vcpus: 1, memoryMb: 512, diskGb: 1 };

describe('filters', () => {
  it('drops down, disabled, ignored and wrong-AZ hosts', () => {
    const hs = [host('a', { up: false }), host('b', { disabled: true }), host('c', { availabilityZone: 'other' }), host('d'), host('e')];
    expect(filterHosts(hs, spec).map((h) => h.id)).toEqual(['c', 'd', 'e']);
    expect(filterHosts(hs, { ...spec, availabilityZone: 'other' }).map((h) => h.id)).toEqual(['c']);
    expect(filterHosts(hs, { ...spec, ignoreHosts: ['d'] }).map((h) => h.id)).toEqual(['c', 'e']);
    expect(filterHosts(hs, { ...spec, onlyHosts: ['e'] }).map((h) => h.id)).toEqual(['e']);
  });
  it('applies allocation ratios to capacity', () => {
    const h = host('a', { vcpus: 2, cpuAllocationRatio: 4, usedVcpus: 7, memoryMb: 1000, ramAllocationRatio: 1.5, usedMemoryMb: 1000 });
    expect(freeCapacity(h)).toEqual({ vcpus: 1, memoryMb: 500, diskGb: 100 });
    expect(filterHosts([h], { vcpus: 1, memoryMb: 500, diskGb: 100 })).toHaveLength(1);
    expect(filterHosts([h], { vcpus: 2, memoryMb: 1, diskGb: 1 })).toHaveLength(0);
    expect(filterHosts([h], { vcpus: 1, memoryMb: 501, diskGb: 1 })).toHaveLength(0);
    expect(filterHosts([h], { vcpus: 1, memoryMb: 1, diskGb: 101 })).toHaveLength(0);
  });
  it('honours affinity and anti-affinity', () => {
    const hs = [host('a'), host('b')];
    expect(filterHosts(hs, { ...spec, group: { policy: 'affinity', memberHosts: ['b'] } }).map((h) => h.id)).toEqual(['b']);
    expect(filterHosts(hs, { ...spec, group: { policy: 'affinity', memberHosts: [] } })).toHaveLength(2);
    expect(filterHosts(hs, { ...spec, group: { policy: 'anti-affinity', memberHosts: ['a'] } }).map((h) => h.id)).toEqual(['b']);
    expect(filterHosts(hs, { ...spec, group: { policy: 'anti-affinity', memberHosts: ['a', 'b'], maxServerPerHost: 2 } })).toHaveLength(2);
  });
});

describe('weighers', () => {
  it('spreads by default and packs on request', () => {
    const hs = [host('a', { usedMemoryMb: 2048, usedVcpus: 2 }), host('b'), host('c', { usedMemoryMb: 1024 })];
    expect(selectHosts(hs, spec).map((h) => h.id)).toEqual(['b', 'c', 'a']);
    expect(selectHosts(hs, spec, { mode: 'pack' }).map((h) => h.id)).toEqual(['a', 'c', 'b']);
  });
  it('prefers group hosts for soft policies', () => {
    const hs = [host('a'), host('b', { usedMemoryMb: 2048 })];
    expect(selectHosts(hs, { ...spec, group: { policy: 'soft-affinity', memberHosts: ['b'] } })[0]!.id).toBe('b');
    expect(selectHosts(hs, { ...spec, group: { policy: 'soft-anti-affinity', memberHosts: ['a'] } })[0]!.id).toBe('b');
  });
});

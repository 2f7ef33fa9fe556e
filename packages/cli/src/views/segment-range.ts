/** Network segment ranges as python-openstackclient shows them: `available` and `used` as compact ranges. */
import type { Cloud, NeutronItem } from '@oscloud/sdk';
import { neutronShowData } from './neutron-show.js';

/** `[1, 2, 3, 7]` as `['1-3', '7']` (python-openstackclient's _get_ranges). */
export function ranges(ids: unknown[]): string[] {
  const sorted = ids.map(Number).sort((a, b) => a - b);
  const out: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const n of [...sorted, Number.NaN]) {
    if (prev !== undefined && n === prev + 1) {
      prev = n;
      continue;
    }
    if (start !== undefined && prev !== undefined) out.push(start === prev ? String(start) : `${start}-${prev}`);
    start = n;
    prev = n;
  }
  return out;
}

/** `used` ({segmentation id: project}) turned round: {project: ranges of ids}. */
export function usedRanges(used: Record<string, unknown> | null | undefined): Record<string, string[]> {
  const byProject: Record<string, string[]> = {};
  for (const [id, project] of Object.entries(used ?? {})) (byProject[String(project)] ??= []).push(id);
  return Object.fromEntries(Object.entries(byProject).map(([p, ids]) => [p, ranges(ids)]));
}

/** A segment range's show fields with available and used compacted. */
export function segmentRangeData(raw: NeutronItem): Record<string, unknown> {
  const data = neutronShowData('segmentRange', raw);
  data.available = ranges((data.available as unknown[] | null) ?? []);
  data.used = usedRanges(data.used as Record<string, unknown> | null);
  return data;
}

/**
 * python-openstackclient checks the `network-segment-range` extension before every segment
 * range command and fails with "Network segment range <verb> not supported by Network API: ...".
 */
export async function requireSegmentRanges(cloud: Cloud, verb: string): Promise<void> {
  try {
    await cloud.network.extensions.get('network-segment-range');
  } catch (err) {
    throw new Error(`Network segment range ${verb} not supported by Network API: ${(err as Error).message}`);
  }
}

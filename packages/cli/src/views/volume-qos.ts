/** `volume qos show|create`: the specification as cinderclient's `_info`, specs renamed properties (python-openstackclient's qos_specs). */
import type { Cloud, QosSpec } from '@oscloud/sdk';
import { dictColumn, listColumn } from './columns.js';

/** Field/Value data of a QoS specification; `associations` only when it has some, as upstream. */
export async function qosSpecData(cloud: Cloud | undefined, spec: QosSpec): Promise<Record<string, unknown>> {
  const { specs, ...rest } = spec;
  const out: Record<string, unknown> = { ...rest };
  if (cloud) {
    const names = (await cloud.volume.qosSpecs.associations(spec.id)).map((a) => a.name);
    if (names.length) out.associations = listColumn(names);
  }
  out.properties = dictColumn(specs ?? {});
  return out;
}

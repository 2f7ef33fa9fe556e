/** How a flavor looks in `flavor show`, as python-openstackclient prints it. */
import type { Cloud, Flavor } from '@oscloud/sdk';
import { PyFloat } from '../output/format.js';
import { dictColumn } from './columns.js';

/** Fields python-openstackclient leaves out of `flavor show`. */
const HIDDEN = new Set(['links', 'extra_specs', 'original_name']);

/**
 * `flavor show`'s fields: the flavor without its links, its extra specs as `properties`
 * (`hw:cpu_policy='dedicated'` in a table, an object in json), and `access_project_ids`: null
 * for a public flavor, the projects given access to a private one.
 */
export async function flavorShowData(flavor: Flavor, cloud: Cloud): Promise<Record<string, unknown>> {
  const raw = flavor as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!HIDDEN.has(key)) data[key] = value;
  let extraSpecs = raw.extra_specs as Record<string, unknown> | undefined;
  // before compute 2.61 the flavor does not carry its extra specs
  if (extraSpecs === undefined) {
    const body = (await cloud.call('compute', 'GET /v2.1/flavors/{flavor_id}/os-extra_specs', { path: { flavor_id: String(raw.id) } })) as { extra_specs?: Record<string, unknown> };
    extraSpecs = body.extra_specs ?? {};
  }
  // a float in Python (novaclient/openstacksdk): 1.0
  if (typeof raw.rxtx_factor === 'number') data.rxtx_factor = new PyFloat(raw.rxtx_factor);
  // openstacksdk's flavor always has a description (null before compute 2.55)
  data.description = raw.description ?? null;
  data.properties = dictColumn(extraSpecs);
  let access: string[] | null = null;
  if (raw['os-flavor-access:is_public'] === false) {
    const body = (await cloud.call('compute', 'GET /v2.1/flavors/{flavor_id}/os-flavor-access', { path: { flavor_id: String(raw.id) } })) as {
      flavor_access?: Array<{ tenant_id: string }>;
    };
    access = (body.flavor_access ?? []).map((a) => a.tenant_id);
  }
  data.access_project_ids = access;
  return data;
}

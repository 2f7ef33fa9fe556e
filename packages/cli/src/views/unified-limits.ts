/** `limit *` and `registered limit *` (Keystone unified limits), and `policy *`: as python-openstackclient shows them. */
import * as Flags from '@oclif/core/flags';
import type { Cloud, KeystoneItem } from '@oscloud/sdk';

/** A limit, registered limit or policy as upstream prints it: keystoneclient's `_info` without `links`. */
export function withoutLinks(item: KeystoneItem): Record<string, unknown> {
  const { links: _links, ...rest } = item;
  return rest;
}

/** A policy: `blob` shown as `rules`, no `links`. */
export function policyView(item: KeystoneItem): Record<string, unknown> {
  const { blob, ...rest } = withoutLinks(item);
  return { ...rest, rules: blob };
}

/** `--region`: a region's id (GET by id; no name look-up, as upstream's get_resource); `None` in the value means no region. */
export async function regionRef(cloud: Cloud, ref: string | undefined): Promise<string | undefined> {
  if (!ref || ref.includes('None')) return undefined;
  return String((await cloud.identity.regions.get(ref)).id);
}

/** A service's id (name, type or ID). */
export async function serviceRef(cloud: Cloud, ref: string): Promise<string> {
  return String((await cloud.identity.services.find(ref)).id);
}

/** --service, --resource-name, --region: the filters of both lists. */
export const limitFilterFlags = {
  service: Flags.string({ description: 'Service (name or ID)' }),
  'resource-name': Flags.string({ description: 'The name of the resource to limit' }),
  region: Flags.string({ description: 'Region (name or ID)' }),
};

/** `network l3 conntrack helper` options shared by create, list and set (python-openstackclient's _get_attrs). */
import * as Flags from '@oclif/core/flags';

/** A conntrack helper as python-openstackclient shows it (the router id from the URL when the body has none). */
export function conntrackHelperData(routerId: string, raw: Record<string, unknown>): Record<string, unknown> {
  return { router_id: routerId, ...raw };
}

/** --helper, --protocol, --port, required on create. */
export function conntrackFlags(required: boolean) {
  return {
    helper: Flags.string({ required, description: 'The netfilter conntrack helper module' }),
    protocol: Flags.string({ required, description: 'The network protocol for the netfilter conntrack target rule' }),
    port: Flags.integer({ required, description: 'The network port for the netfilter conntrack target rule' }),
  };
}

/** The attributes those options set. */
export function conntrackAttrs(f: { helper?: string | undefined; protocol?: string | undefined; port?: number | undefined }): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  if (f.helper) attrs.helper = f.helper;
  if (f.protocol) attrs.protocol = f.protocol;
  if (f.port) attrs.port = f.port;
  return attrs;
}

/** `floating ip port forwarding create|set`'s port options (python-openstackclient's validate_and_assign_port_ranges). */
import { checkPort } from './neutron-ext.js';

function ports(value: string | undefined): number[] {
  if (!value) return [];
  const out = value.split(':').map(Number);
  for (const p of out) if (!Number.isInteger(p)) throw new Error(`invalid port number '${value}'`);
  return out;
}

function spread(p: number[]): number {
  if (p.length === 0) return 0;
  const diff = (p[p.length - 1] as number) - (p[0] as number);
  if (diff < 0) throw new Error('The last number in port range must be greater or equal to the first');
  return diff;
}

/** Writes internal_port[_range] and external_port[_range] from `--internal-protocol-port` / `--external-protocol-port`. */
export function assignPortRanges(internal: string | undefined, external: string | undefined, attrs: Record<string, unknown>): void {
  const ext = ports(external);
  const int = ports(internal);
  const intDiff = spread(int);
  if (intDiff !== 0 && intDiff !== spread(ext)) throw new Error('The relation between internal and external ports does not match the pattern 1:N and N:N');
  for (const p of [...ext, ...int]) checkPort(p);
  if (internal) {
    if (internal.includes(':')) attrs.internal_port_range = internal;
    else attrs.internal_port = Number(internal);
  }
  if (external) {
    if (external.includes(':')) attrs.external_port_range = external;
    else attrs.external_port = Number(external);
  }
}

/** A port forwarding as python-openstackclient shows it (the floating IP's id from the URL when the body has none). */
export function portForwardingData(fip: string, raw: Record<string, unknown>): Record<string, unknown> {
  return { floatingip_id: fip, ...raw };
}

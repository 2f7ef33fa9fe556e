/** Security group rules as python-openstackclient shows them. */
import type { SecurityGroupRule } from '@oscloud/sdk';

/** Protocols whose port range fields carry the ICMP type and code (names and numbers). */
const ICMP = new Set(['icmp', 'icmpv6', 'ipv6-icmp', '1', '58']);

/** Whether a rule's protocol is ICMP (v4 or v6). */
export function isIcmp(protocol: unknown): boolean {
  return typeof protocol === 'string' && ICMP.has(protocol.toLowerCase());
}

/**
 * The Port Range column: `type=8:code=0` for ICMP (Neutron keeps the type in
 * port_range_min and the code in port_range_max), `22:22` or `137:139` for ports, '' for
 * any. Unlike upstream, ICMP type 0 (echo reply) is shown.
 */
export function portRange(rule: Pick<SecurityGroupRule, 'protocol' | 'port_range_min' | 'port_range_max'>): string {
  const min = rule.port_range_min ?? undefined;
  const max = rule.port_range_max ?? undefined;
  if (isIcmp(rule.protocol)) {
    const parts: string[] = [];
    if (min !== undefined) parts.push(`type=${min}`);
    if (max !== undefined) parts.push(`code=${max}`);
    return parts.join(':');
  }
  if (min === undefined && max === undefined) return '';
  return `${min ?? max}:${max ?? min}`;
}

/** MAC addresses for ports, generated like Neutron's default base_mac `fa:16:3e:00:00:00`. */
import { randomBytes } from 'node:crypto';

/** Neutron's default base MAC prefix (locally administered, unicast). */
export const BASE_MAC_PREFIX = 'fa:16:3e';

/** A random MAC `fa:16:3e:xx:xx:xx`; callers retry on a (network_id, mac_address) collision. */
export function generateMac(random: (n: number) => Uint8Array = randomBytes): string {
  const tail = Array.from(random(3), (b) => b.toString(16).padStart(2, '0'));
  return [BASE_MAC_PREFIX, ...tail].join(':');
}

/** Canonical lower-case colon form of a MAC, or null if it is not a valid unicast MAC (Neutron rejects multicast and all-zero). */
export function normalizeMac(s: string): string | null {
  if (typeof s !== 'string') return null;
  const m = /^([0-9a-fA-F]{2})([:-]?)([0-9a-fA-F]{2})\2([0-9a-fA-F]{2})\2([0-9a-fA-F]{2})\2([0-9a-fA-F]{2})\2([0-9a-fA-F]{2})$/.exec(s);
  if (!m) return null;
  const bytes = [m[1], m[3], m[4], m[5], m[6], m[7]].map((h) => (h ?? '').toLowerCase());
  const first = parseInt(bytes[0] ?? '0', 16);
  if (first & 1) return null;
  if (bytes.every((b) => b === '00')) return null;
  return bytes.join(':');
}

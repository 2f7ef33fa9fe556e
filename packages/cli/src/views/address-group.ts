/** `address group *`: addresses as netaddr's IPNetwork writes them (python-openstackclient's _format_addresses). */
import * as Flags from '@oclif/core/flags';

/** `10.0.0.1` -> `10.0.0.1/32`, `fd00::1` -> `fd00::1/128`; a CIDR as given. */
export function formatAddresses(addresses: string[] | undefined): string[] {
  return (addresses ?? []).map((a) => (a.includes('/') ? a : `${a}/${a.includes(':') ? 128 : 32}`));
}

/** --address (repeatable). */
export const addressFlag = (verb: string) => ({
  address: Flags.string({ multiple: true, multipleNonGreedy: true, description: `IP address or CIDR (repeat option to ${verb} multiple addresses)` }),
});

/** The columns and filters python-openstackclient's `compute service list` and `volume service list` share. */
import * as Flags from '@oclif/core/flags';
import type { Column } from './factory.js';

/** A Nova or Cinder service row. */
interface HostService {
  binary?: string | null;
  host?: string | null;
  zone?: string | null;
  status?: string | null;
  state?: string | null;
  updated_at?: string | null;
  disabled_reason?: string | null;
}

/** Binary, Host, Zone, Status, State, Updated At. */
export function hostServiceColumns<T extends HostService>(): Column<T>[] {
  return [
    ['Binary', (s) => s.binary],
    ['Host', (s) => s.host],
    ['Zone', (s) => s.zone],
    ['Status', (s) => s.status],
    ['State', (s) => s.state],
    ['Updated At', (s) => s.updated_at],
  ];
}

/** `--host` / `--service`, sent as the APIs' `host` / `binary` filters. */
export const hostServiceFlags = {
  host: Flags.string({ description: 'List services on specified host (name only)' }),
  service: Flags.string({ description: 'List only specified service binaries (name only). For example, nova-compute, cinder-volume' }),
};

/** The list query of hostServiceFlags. */
export function hostServiceQuery(f: Record<string, unknown>): Record<string, unknown> {
  return { host: f.host, binary: f.service };
}

import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

interface Zone {
  zone_name: string;
  zone_state: string;
  zone_resource?: string;
  host_name?: string;
  service_name?: string;
  service_status?: string;
}

/** `oscloud availability zone list` (compute, volume and network zones) */
export default class AvailabilityZoneList extends ListCommand<typeof AvailabilityZoneList> {
  static override description = 'List availability zones and their status';
  static override flags = {
    compute: Flags.boolean({ description: 'List compute availability zones' }),
    volume: Flags.boolean({ description: 'List volume availability zones' }),
    network: Flags.boolean({ description: 'List network availability zones' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const all = !f.compute && !f.volume && !f.network;
    const rows: Zone[] = [];
    const available = (ok: boolean | undefined) => (ok ? 'available' : 'not available');
    if (all || f.compute) {
      for (const z of await cloud.compute.availabilityZones.list({ detailed: f.long })) {
        const state = available((z.zoneState as { available?: boolean } | undefined)?.available);
        const hosts = Object.entries((z.hosts ?? {}) as Record<string, Record<string, { available?: boolean; active?: boolean; updated_at?: string | null }>>);
        if (!f.long || hosts.length === 0) rows.push({ zone_name: z.zoneName, zone_state: state });
        for (const [host, services] of hosts) {
          for (const [service, status] of Object.entries(services)) {
            rows.push({ zone_name: z.zoneName, zone_state: state, host_name: host, service_name: service, service_status: `${status.active ? 'enabled' : 'disabled'} ${status.available ? ':-)' : 'XXX'} ${status.updated_at ?? 'None'}` });
          }
        }
      }
    }
    // A cloud without block storage or network simply has no zones of that kind; any other
    // failure of those services is an error like any other.
    if ((all || f.volume) && cloud.catalog.entryFor('volume')) {
      const body = (await cloud.call('volume', 'GET /v3/{project_id}/os-availability-zone', {})) as { availabilityZoneInfo: Array<{ zoneName: string; zoneState: { available: boolean } }> };
      for (const z of body.availabilityZoneInfo) rows.push({ zone_name: z.zoneName, zone_state: available(z.zoneState.available) });
    }
    if ((all || f.network) && cloud.catalog.entryFor('network')) {
      const body = (await cloud.call('network', 'GET /v2.0/availability_zones', {})) as { availability_zones: Array<{ name: string; state: string; resource: string }> };
      for (const z of body.availability_zones) rows.push({ zone_name: z.name, zone_state: z.state === 'unavailable' ? 'not available' : z.state, zone_resource: z.resource });
    }
    const columns: Array<[string, (z: Zone) => unknown]> = [
      ['Zone Name', (z) => z.zone_name],
      ['Zone Status', (z) => z.zone_state],
    ];
    if (f.long) {
      // as python-openstackclient: the network zones' resource, the compute services' last update
      columns.push(['Zone Resource', (z) => z.zone_resource ?? '']);
      columns.push(['Host Name', (z) => z.host_name ?? '']);
      columns.push(['Service Name', (z) => z.service_name ?? '']);
      columns.push(['Service Status', (z) => z.service_status ?? '']);
    }
    return list(rows, columns);
  }
}

// The network topology: networks as vertical bars, routers and servers as boxes, a line from a
// box to each network it has a port on, ending in a dot where it connects (Horizon's layout); a line
// crossing a bar without a dot does not connect. Also given as a list for screen readers.
import type { Network, Port } from '@oscloud/sdk';

/** A router or server and the networks its ports are on. */
export interface Device {
  id: string;
  name: string;
  kind: 'router' | 'server';
  networkIds: string[];
}

/**
 * The devices the ports describe: routers (interfaces and gateways) and servers (compute ports).
 * A member does not see a router's gateway port (it belongs to no project): `gateways` (router id
 * to external network id, from the routers' external_gateway_info) supplies those links.
 */
export function devicesOf(ports: Port[], names: Map<string, string>, gateways: Map<string, string> = new Map()): Device[] {
  const byId = new Map<string, Device>();
  const add = (id: string, kind: Device['kind'], networkId: string) => {
    const d = byId.get(id) ?? { id, name: names.get(id) ?? id, kind, networkIds: [] };
    if (!d.networkIds.includes(networkId)) d.networkIds.push(networkId);
    byId.set(id, d);
  };
  for (const [routerId, networkId] of gateways) add(routerId, 'router', networkId);
  for (const p of ports) {
    const owner = p.device_owner ?? '';
    const kind = owner.startsWith('network:router') ? 'router' : owner.startsWith('compute:') ? 'server' : undefined;
    if (kind && p.device_id) add(p.device_id, kind, p.network_id);
  }
  return [...byId.values()].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'router' ? -1 : 1));
}

const BOX_W = 160;
const ROW_H = 44;
const COL_W = 110;
const TOP = 40;

/** The topology drawing and its text equivalent. */
export function Topology({ networks, devices }: { networks: Network[]; devices: Device[] }) {
  const x = new Map(networks.map((n, i) => [n.id, BOX_W + 60 + i * COL_W]));
  const width = BOX_W + 80 + networks.length * COL_W;
  const height = TOP + Math.max(devices.length, 1) * ROW_H + 10;
  return (
    <figure class="topology">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="topology-caption">
        {networks.map((n) => (
          <g key={n.id}>
            <text x={x.get(n.id)} y={14} text-anchor="middle" class="net-label">
              {n.name || n.id.slice(0, 8)}
            </text>
            <rect x={(x.get(n.id) ?? 0) - 4} y={20} width={8} height={height - 24} rx={3} class={(n as { 'router:external'?: boolean })['router:external'] ? 'net external' : 'net'} />
          </g>
        ))}
        {devices.map((d, i) => {
          const y = TOP + i * ROW_H;
          return (
            <g key={d.id} data-device={d.kind}>
              {d.networkIds
                .filter((id) => x.has(id))
                .map((id) => (
                  <line key={id} x1={BOX_W + 10} y1={y + 15} x2={x.get(id)} y2={y + 15} class="link" />
                ))}
              {d.networkIds
                .filter((id) => x.has(id))
                .map((id) => (
                  <circle key={`port-${id}`} cx={x.get(id)} cy={y + 15} r={6} class="port" />
                ))}
              <rect x={10} y={y} width={BOX_W} height={30} rx={4} class={`device ${d.kind}`} />
              <text x={18} y={y + 20}>
                {d.kind === 'router' ? 'router ' : ''}
                {d.name.length > 18 ? `${d.name.slice(0, 17)}…` : d.name}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="topology-caption">
        Network topology
        <ul class="sr-only">
          {devices.map((d) => (
            <li key={d.id}>
              {d.kind} {d.name} on {d.networkIds.map((id) => networks.find((n) => n.id === id)?.name ?? id).join(', ')}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

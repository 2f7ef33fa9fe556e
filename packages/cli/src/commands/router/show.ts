import { showCommand } from '../../views/factory.js';
import { neutronShowData } from '../../views/neutron-show.js';

/**
 * `oscloud router show`: the fields python-openstackclient shows (views/neutron-show.ts), with
 * its `interfaces_info` (each fixed IP of the router's ports but the gateway's).
 */
export default showCommand({
  description: 'Display router details',
  what: 'router',
  collection: (cloud) => cloud.network.routers,
  view: async (router, cloud) => {
    const raw = router as Record<string, unknown>;
    const interfaces: { port_id: unknown; ip_address: unknown; subnet_id: unknown }[] = [];
    for await (const port of cloud.network.ports.list({ device_id: raw.id })) {
      if (port.device_owner === 'network:router_gateway') continue;
      for (const ip of port.fixed_ips ?? []) interfaces.push({ port_id: port.id, ip_address: ip.ip_address ?? null, subnet_id: ip.subnet_id ?? null });
    }
    // ha and distributed are shown when the router has them (upstream drops them when None)
    const extra = Object.fromEntries((['ha', 'distributed'] as const).filter((k) => raw[k] !== undefined && raw[k] !== null).map((k) => [k, raw[k]]));
    return { ...neutronShowData('router', raw), ...extra, interfaces_info: interfaces };
  },
});

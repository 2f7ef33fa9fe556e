/** Lookups shared by the commands that tie servers to Neutron resources. */
import type * as Sdk from '@oscloud/sdk';
import type { Cloud, Port, Server } from '@oscloud/sdk';

/** The Neutron ports plugged into a server (`device_id` = the server's id). */
export async function serverPorts(cloud: Cloud, server: Server): Promise<Port[]> {
  const ports: Port[] = [];
  for await (const p of cloud.network.ports.list({ device_id: String(server.id) })) ports.push(p);
  return ports;
}

/** A NotFoundError (exit 4) for an empty look-up of the server's ports, as `find()` reports one. */
export function noSuchPort(sdk: typeof Sdk, server: Server, message: string): Sdk.NotFoundError {
  return new sdk.NotFoundError({ status: 404, message, service: 'network', method: 'GET', url: `/v2.0/ports?device_id=${String(server.id)}` });
}

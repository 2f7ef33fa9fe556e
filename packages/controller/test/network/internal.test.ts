import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/db/index.js';
import {
  allocatePortForServer,
  bindPort,
  ensureDefaultSecurityGroup,
  findNetworkByNameOrId,
  releasePortsForDevice,
  setPortsStatus,
} from '../../src/network/internal.js';
import { agentNetworkInfo } from '../../src/network/dataplane.js';
import { api, backends, startTestController, type TestController } from '../helpers.js';

describe.each(backends())('network internal API on %s', (backend) => {
  let c: TestController;
  let project: { token: string; projectId: string };
  let netId: string;

  beforeAll(async () => {
    c = await startTestController({ backend });
    project = await c.createProjectUser('member');
    const n = await api(c, 'POST', '/network/v2.0/networks', { token: project.token, body: { network: { name: 'private' } } });
    netId = n.body.network.id;
    await api(c, 'POST', '/network/v2.0/subnets', { token: project.token, body: { subnet: { network_id: netId, ip_version: 4, cidr: '192.168.5.0/24', dns_nameservers: ['1.1.1.1'] } } });
  });
  afterAll(async () => {
    await c?.close();
  });

  it('allocates, binds and releases a server port', async () => {
    const found = await withTransaction(c.db, (trx) => findNetworkByNameOrId(trx, project.projectId, 'private'));
    expect(found).toEqual({ id: netId, name: 'private' });
    expect(await withTransaction(c.db, (trx) => findNetworkByNameOrId(trx, project.projectId, 'nope'))).toBeNull();
    const sg = await withTransaction(c.db, (trx) => ensureDefaultSecurityGroup(trx, project.projectId));
    expect(await withTransaction(c.db, (trx) => ensureDefaultSecurityGroup(trx, project.projectId))).toBe(sg);

    const port = await withTransaction(c.db, (trx) =>
      allocatePortForServer(trx, { projectId: project.projectId, networkId: netId, securityGroups: ['default'], deviceId: 'server-1', now: c.ctx.now() }),
    );
    expect(port.mac).toMatch(/^fa:16:3e:/);
    expect(port.fixed_ips).toEqual([
      { subnet_id: expect.any(String), ip_address: expect.stringMatching(/^192\.168\.5\./), ip_version: 4, cidr: '192.168.5.0/24', gateway_ip: '192.168.5.1', enable_dhcp: true, dns_nameservers: ['1.1.1.1'] },
    ]);
    // The network's DHCP port was made with the first server port, owned by the network; the
    // port's dataplane view (what the agent gets) names it.
    type Dhcp = { port_id: string; fixed_ips: { ip: string }[] };
    const dhcpOf = async (id: string): Promise<Dhcp> => (await withTransaction(c.db, (trx) => agentNetworkInfo(trx, id))).dhcp_port as Dhcp;
    const dhcpPort = await dhcpOf(port.port_id);
    expect(dhcpPort).toMatchObject({ mac: expect.stringMatching(/^fa:16:3e:/), fixed_ips: [{ ip: expect.stringMatching(/^192\.168\.5\./), cidr: '192.168.5.0/24' }] });
    const dhcpRow = await api(c, 'GET', `/network/v2.0/ports/${dhcpPort.port_id}`, { token: c.adminToken });
    expect(dhcpRow.body.port).toMatchObject({ device_owner: 'network:dhcp', network_id: netId, status: 'ACTIVE' });
    expect(port.fixed_ips[0]!.ip_address).not.toBe(dhcpPort.fixed_ips[0]!.ip);
    await withTransaction(c.db, (trx) => bindPort(trx, port.port_id, 'host-1'));
    const shown = await api(c, 'GET', `/network/v2.0/ports/${port.port_id}`, { token: c.adminToken });
    // Bound but not yet plugged by the host: DOWN, as Neutron shows it until the agent wires it.
    expect(shown.body.port).toMatchObject({ device_id: 'server-1', device_owner: 'compute:nova', 'binding:host_id': 'host-1', status: 'DOWN', security_groups: [sg] });
    await withTransaction(c.db, (trx) => setPortsStatus(trx, 'server-1', 'ACTIVE', [port.port_id]));
    expect((await api(c, 'GET', `/network/v2.0/ports/${port.port_id}`, { token: c.adminToken })).body.port.status).toBe('ACTIVE');
    await withTransaction(c.db, (trx) => setPortsStatus(trx, 'other-server', 'DOWN'));
    expect((await api(c, 'GET', `/network/v2.0/ports/${port.port_id}`, { token: c.adminToken })).body.port.status).toBe('ACTIVE');

    // A user-created port is adopted, then detached (not deleted) on release.
    const own = await api(c, 'POST', '/network/v2.0/ports', { token: project.token, body: { port: { network_id: netId, fixed_ips: [{ ip_address: '192.168.5.77' }] } } });
    const adopted = await withTransaction(c.db, (trx) => allocatePortForServer(trx, { projectId: project.projectId, portId: own.body.port.id, deviceId: 'server-1', now: c.ctx.now() }));
    expect(adopted.fixed_ips[0]!.ip_address).toBe('192.168.5.77');
    expect(await dhcpOf(adopted.port_id)).toEqual(dhcpPort); // one DHCP port per network
    const other = await c.createProjectUser('member');
    await expect(withTransaction(c.db, (trx) => allocatePortForServer(trx, { projectId: other.projectId, networkId: netId, deviceId: 'x', now: c.ctx.now() }))).rejects.toMatchObject({
      status: 404,
      options: { type: 'NetworkNotFound' },
    });

    const released = await withTransaction(c.db, (trx) => releasePortsForDevice(trx, 'server-1'));
    expect(released).toEqual([port.port_id]);
    expect((await api(c, 'GET', `/network/v2.0/ports/${port.port_id}`, { token: c.adminToken })).status).toBe(404);
    const kept = await api(c, 'GET', `/network/v2.0/ports/${own.body.port.id}`, { token: project.token });
    expect(kept.body.port).toMatchObject({ device_id: '', device_owner: '', fixed_ips: [{ ip_address: '192.168.5.77', subnet_id: expect.any(String) }] });
  });
});

/**
 * Issue 22 (make hostile input harmless), policy findings:
 * 3. a member picks a floating IP's address or a router gateway's fixed IP on the external
 *    network: admin-only in Neutron (create_floatingip:floating_ip_address,
 *    {create,update}_router:external_gateway_info:external_fixed_ips) -> 403 PolicyNotAuthorized;
 * 4. a Cinder attachment names another project's server, or none, as instance_uuid -> 404.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestController, type TestController } from '../helpers.js';
import { seedProject } from '../seed.js';
import { errorShapeProblem } from './common.js';

describe('hostile policy (sqlite)', () => {
  let c: TestController;
  let a: { token: string; projectId: string; userId: string };
  let b: { token: string; projectId: string; userId: string };
  let extNet: string;
  let extSubnet: string;
  let aVolume: string;
  let bServer: string;

  /** Asserts Neutron's 403 PolicyNotAuthorized naming `rule`. */
  function expectPolicyDenied(res: { status: number; body: any; text: string }, rule: string): void { // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(res.status, res.text).toBe(403);
    expect(errorShapeProblem('network', res.status, res.body)).toBeNull();
    expect(res.body.NeutronError.type).toBe('PolicyNotAuthorized');
    expect(res.body.NeutronError.message).toContain(`rule:${rule}`);
  }

  beforeAll(async () => {
    c = await startTestController({ backend: 'sqlite' });
    a = await c.createProjectUser('member');
    b = await c.createProjectUser('member');
    // Each project gets a real server (and everything else) through the APIs; seeding A also
    // attaches A's volume to A's server through POST /attachments, the allowed case.
    aVolume = (await seedProject(c, a)).volume_id!;
    bServer = (await seedProject(c, b)).server_id!;
    const ext = await api(c, 'POST', '/network/v2.0/networks', { token: c.adminToken, body: { network: { name: 'hostile-ext', 'router:external': true } } });
    extNet = ext.body.network.id;
    const sub = await api(c, 'POST', '/network/v2.0/subnets', { token: c.adminToken, body: { subnet: { network_id: extNet, ip_version: 4, cidr: '192.0.2.0/24' } } });
    extSubnet = sub.body.subnet.id;
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it('finding 3: a member cannot choose a floating IP address (create_floatingip:floating_ip_address is admin-only)', async () => {
    const before = (await api(c, 'GET', '/network/v2.0/floatingips', { token: a.token })).body.floatingips.length;
    const res = await api(c, 'POST', '/network/v2.0/floatingips', { token: a.token, body: { floatingip: { floating_network_id: extNet, floating_ip_address: '192.0.2.77' } } });
    expectPolicyDenied(res, 'create_floatingip:floating_ip_address');
    expect((await api(c, 'GET', '/network/v2.0/floatingips', { token: a.token })).body.floatingips.length).toBe(before);
    // The address is still free: the admin may take it; a member still gets one picked for it.
    const admin = await api(c, 'POST', '/network/v2.0/floatingips', { token: c.adminToken, body: { floatingip: { floating_network_id: extNet, floating_ip_address: '192.0.2.77', project_id: a.projectId } } });
    expect(admin.status, admin.text).toBe(201);
    expect(admin.body.floatingip.floating_ip_address).toBe('192.0.2.77');
    const picked = await api(c, 'POST', '/network/v2.0/floatingips', { token: a.token, body: { floatingip: { floating_network_id: extNet } } });
    expect(picked.status, picked.text).toBe(201);
  });

  it("finding 3: a member cannot choose the router gateway's fixed IP (external_fixed_ips is admin-only on create and update)", async () => {
    const fixed = [{ subnet_id: extSubnet, ip_address: '192.0.2.88' }];
    const before = (await api(c, 'GET', '/network/v2.0/routers', { token: a.token })).body.routers.length;
    const create = await api(c, 'POST', '/network/v2.0/routers', { token: a.token, body: { router: { name: 'r-fixed', external_gateway_info: { network_id: extNet, external_fixed_ips: fixed } } } });
    expectPolicyDenied(create, 'create_router:external_gateway_info:external_fixed_ips');
    expect((await api(c, 'GET', '/network/v2.0/routers', { token: a.token })).body.routers.length).toBe(before);

    const r = await api(c, 'POST', '/network/v2.0/routers', { token: a.token, body: { router: { name: 'r-plain', external_gateway_info: { network_id: extNet } } } });
    expect(r.status, r.text).toBe(201);
    const gatewayIp = r.body.router.external_gateway_info.external_fixed_ips[0].ip_address;
    expect(gatewayIp).not.toBe('192.0.2.88');
    const update = await api(c, 'PUT', `/network/v2.0/routers/${r.body.router.id}`, { token: a.token, body: { router: { external_gateway_info: { network_id: extNet, external_fixed_ips: fixed } } } });
    expectPolicyDenied(update, 'update_router:external_gateway_info:external_fixed_ips');
    const after = await api(c, 'GET', `/network/v2.0/routers/${r.body.router.id}`, { token: a.token });
    expect(after.body.router.external_gateway_info.external_fixed_ips[0].ip_address).toBe(gatewayIp);
    // SNAT is the admin's too (Neutron's external_gateway_info:enable_snat); the admin may set both.
    const snat = await api(c, 'PUT', `/network/v2.0/routers/${r.body.router.id}`, { token: a.token, body: { router: { external_gateway_info: { network_id: extNet, enable_snat: false } } } });
    expectPolicyDenied(snat, 'update_router:external_gateway_info:enable_snat');
    const admin = await api(c, 'POST', '/network/v2.0/routers', { token: c.adminToken, body: { router: { name: 'r-admin', external_gateway_info: { network_id: extNet, external_fixed_ips: fixed } } } });
    expect(admin.status, admin.text).toBe(201);
    expect(admin.body.router.external_gateway_info.external_fixed_ips[0].ip_address).toBe('192.0.2.88');
  });

  it("finding 4: a Cinder attachment refuses another project's server, or a server that does not exist, as instance_uuid (404 itemNotFound)", async () => {
    const vol = `/volume/v3/${a.projectId}`;
    const MV = { 'openstack-api-version': 'volume 3.27' };
    const attachments = async (): Promise<unknown[]> => (await api(c, 'GET', `${vol}/attachments?volume_id=${aVolume}`, { token: a.token, headers: MV })).body.attachments;
    const before = await attachments();
    expect(before).toHaveLength(1);
    for (const instance of [bServer, randomUUID()]) {
      const res = await api(c, 'POST', `${vol}/attachments`, { token: a.token, headers: MV, body: { attachment: { volume_uuid: aVolume, instance_uuid: instance } } });
      expect(res.status, res.text).toBe(404);
      expect(errorShapeProblem('volume', res.status, res.body)).toBeNull();
      expect(res.body.itemNotFound.message).toBe(`Instance ${instance} could not be found.`);
      // The legacy attach action takes an instance_uuid too.
      const legacy = await api(c, 'POST', `${vol}/volumes/${aVolume}/action`, { token: a.token, body: { 'os-attach': { instance_uuid: instance, mountpoint: '/dev/vdc' } } });
      expect(legacy.status, legacy.text).toBe(404);
      expect(errorShapeProblem('volume', legacy.status, legacy.body)).toBeNull();
    }
    expect(await attachments()).toEqual(before);
  });
});

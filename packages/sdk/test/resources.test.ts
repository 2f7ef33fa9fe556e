import { Readable } from 'node:stream';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, ConflictError, ConnectionError, ForbiddenError, NotFoundError } from '../src/index.js';
import {
  BASE,
  IDS,
  PROJECT_ID,
  TOKEN_ID,
  USER_ID,
  connected,
  floatingIp,
  image,
  mockVersions,
  network,
  securityGroup,
  server,
  snapshot,
  volume,
} from './helpers.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('find(nameOrId)', () => {
  it('an id is fetched directly', async () => {
    const cloud = await connected();
    const scope = nock(BASE).get(`/network/v2.0/networks/${IDS.network}`).reply(200, { network: network() });
    const found = await cloud.network.networks.find(IDS.network);
    expect(found.name).toBe('private');
    expect(found.subnets).toEqual([IDS.subnet]);
    scope.done();
  });

  it('a name is resolved through the list with the name filter', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/flavors/m1.tiny')
      .reply(404, { itemNotFound: { code: 404, message: 'Flavor m1.tiny could not be found.' } })
      // public and private flavors: Nova lists only public ones without is_public=None
      .get('/compute/v2.1/flavors/detail')
      .query({ is_public: 'None' })
      .reply(200, {
        flavors: [
          { id: '1', name: 'm1.tiny', ram: 512, vcpus: 1, disk: 1, 'OS-FLV-EXT-DATA:ephemeral': 0, swap: 0, rxtx_factor: 1.0, 'os-flavor-access:is_public': true, links: [] },
          { id: '2', name: 'm1.small', ram: 2048, vcpus: 1, disk: 20, 'OS-FLV-EXT-DATA:ephemeral': 0, swap: 0, rxtx_factor: 1.0, 'os-flavor-access:is_public': true, links: [] },
        ],
      });
    expect((await cloud.compute.flavors.find('m1.tiny')).id).toBe('1');
    scope.done();
  });

  it('an ambiguous name is a ConflictError listing the matches', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images/tiny')
      .reply(404, { code: '404 Not Found', title: 'Not Found', message: 'No image found with ID tiny' })
      .get('/image/v2/images')
      .query({ name: 'tiny' })
      .reply(200, { images: [image({ id: 'i1' }), image({ id: 'i2', visibility: 'private' })], first: '/v2/images?name=tiny', schema: '/v2/schemas/images' });
    const err = (await cloud.image.images.find('tiny').catch((e: unknown) => e)) as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.message).toMatch(/More than one image exists with the name 'tiny': i1, i2/);
    expect(err.matches).toEqual([
      { id: 'i1', name: 'tiny' },
      { id: 'i2', name: 'tiny' },
    ]);
    scope.done();
  });

  it('no match is a NotFoundError; Nova regex matches are filtered exactly', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/web')
      .reply(404, { itemNotFound: { code: 404, message: 'Instance web could not be found.' } })
      .get('/compute/v2.1/servers/detail')
      .query({ name: 'web' })
      .reply(200, { servers: [server({ id: 's1', name: 'web1' }), server({ id: 's2', name: 'webserver' })] });
    const err = (await cloud.compute.servers.find('web').catch((e: unknown) => e)) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toMatch(/No server with a name or ID of 'web' exists/);
    scope.done();
  });

  it('Neutron 400 for a non-UUID id falls back to the name', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/network/v2.0/security-groups/default')
      .reply(400, { NeutronError: { type: 'HTTPBadRequest', message: 'Invalid input for operation: default is not a valid UUID.', detail: '' } })
      .get('/network/v2.0/security-groups')
      .query({ name: 'default' })
      .reply(200, { security_groups: [securityGroup()] });
    const sg = await cloud.network.securityGroups.find('default');
    expect(sg.id).toBe(IDS.securityGroup);
    expect(sg.security_group_rules.map((r) => `${r.direction}/${r.ethertype}`)).toEqual(['egress/IPv4', 'egress/IPv6', 'ingress/IPv4', 'ingress/IPv6']);
    scope.done();
  });
});

describe('compute helpers', () => {
  it('create wraps the body and returns the stub with adminPass', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers', { server: { name: 'web1', imageRef: 'img', flavorRef: '1', networks: [{ uuid: 'net' }], key_name: 'k' } })
      .reply(202, {
        server: {
          id: 's1',
          links: [{ href: `${BASE}/compute/v2.1/servers/s1`, rel: 'self' }],
          'OS-DCF:diskConfig': 'MANUAL',
          security_groups: [{ name: 'default' }],
          adminPass: 'wfksH3GTTseP',
        },
      }, { location: `${BASE}/compute/v2.1/servers/s1` });
    const stub = await cloud.compute.servers.create({ name: 'web1', imageRef: 'img', flavorRef: '1', networks: [{ uuid: 'net' }], key_name: 'k' });
    expect(stub.id).toBe('s1');
    expect(stub.adminPass).toBe('wfksH3GTTseP');
    scope.done();
  });

  it('start, stop, reboot, consoleOutput, delete, update', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers/s1/action', { 'os-start': null })
      .reply(202)
      .post('/compute/v2.1/servers/s1/action', { 'os-stop': null })
      .reply(202)
      .post('/compute/v2.1/servers/s1/action', { reboot: { type: 'HARD' } })
      .reply(202)
      .post('/compute/v2.1/servers/s1/action', { 'os-getConsoleOutput': { length: 50 } })
      .reply(200, { output: 'FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE' })
      .put('/compute/v2.1/servers/s1', { server: { name: 'renamed' } })
      .reply(200, { server: server({ id: 's1', name: 'renamed' }) })
      .delete('/compute/v2.1/servers/s1')
      .reply(204);
    await cloud.compute.servers.start('s1');
    await cloud.compute.servers.stop('s1');
    await cloud.compute.servers.reboot('s1', 'HARD');
    expect(await cloud.compute.servers.consoleOutput('s1', 50)).toBe('FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE');
    expect((await cloud.compute.servers.update('s1', { name: 'renamed' })).name).toBe('renamed');
    await cloud.compute.servers.delete('s1');
    scope.done();
  });

  // consoles, usage
  it('remoteConsole: remote-consoles from 2.6, os-getSerialConsole / os-getVNCConsole before, an error for a console the old API lacks', async () => {
    const url = 'ws://127.0.0.1:6083/?token=abc';
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers/s1/remote-consoles', { remote_console: { protocol: 'serial', type: 'serial' } })
      .matchHeader('openstack-api-version', 'compute 2.79')
      .reply(200, { remote_console: { protocol: 'serial', type: 'serial', url } })
      .post('/compute/v2.1/servers/s1/action', { 'os-getSerialConsole': { type: 'serial' } })
      .matchHeader('openstack-api-version', 'compute 2.5')
      .reply(200, { console: { type: 'serial', url } });
    expect(await cloud.compute.servers.remoteConsole('s1')).toEqual({ protocol: 'serial', type: 'serial', url });
    expect(await cloud.compute.servers.remoteConsole('s1', 'serial', 'serial', { microversion: '2.5' })).toEqual({ protocol: 'serial', type: 'serial', url });
    // noVNC: the type defaults to novnc for protocol vnc; os-getVNCConsole before 2.6.
    const page = 'http://127.0.0.1:6080/novnc/vnc_lite.html?path=%3Ftoken%3Dabc';
    const vnc = nock(BASE)
      .post('/compute/v2.1/servers/s1/remote-consoles', { remote_console: { protocol: 'vnc', type: 'novnc' } })
      .reply(200, { remote_console: { protocol: 'vnc', type: 'novnc', url: page } })
      .post('/compute/v2.1/servers/s1/action', { 'os-getVNCConsole': { type: 'novnc' } })
      .matchHeader('openstack-api-version', 'compute 2.5')
      .reply(200, { console: { type: 'novnc', url: page } });
    expect(await cloud.compute.servers.remoteConsole('s1', 'vnc')).toEqual({ protocol: 'vnc', type: 'novnc', url: page });
    expect(await cloud.compute.servers.remoteConsole('s1', 'vnc', 'novnc', { microversion: '2.5' })).toEqual({ protocol: 'vnc', type: 'novnc', url: page });
    vnc.done();
    await expect(cloud.compute.servers.remoteConsole('s1', 'mks', 'webmks', { microversion: '2.5' })).rejects.toThrow('a mks console needs compute microversion 2.6 or later (the microversion in use is 2.5)');
    scope.done();
  });

  // snapshot, shelve, rebuild
  it('createImage answers the image id from the 2.45 body or, before, the Location header', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers/s1/action', { createImage: { name: 'snap', metadata: { k: 'v' } } })
      .reply(202, { image_id: 'img-new' })
      .post('/compute/v2.1/servers/s1/action', { createImage: { name: 'old' } })
      .reply(202, '', { Location: `${BASE}/image/v2/images/img-old` })
      .post('/compute/v2.1/servers/s1/action', { createImage: { name: 'busy' } })
      .reply(409, { conflictingRequest: { code: 409, message: "Cannot 'createImage' instance s1 while it is in task_state image_snapshot" } });
    expect(await cloud.compute.servers.createImage('s1', 'snap', { metadata: { k: 'v' } })).toBe('img-new');
    expect(await cloud.compute.servers.createImage('s1', 'old')).toBe('img-old');
    await expect(cloud.compute.servers.createImage('s1', 'busy')).rejects.toBeInstanceOf(ConflictError);
    scope.done();
  });

  it('suspend, resume and triggerCrashDump (sent at 2.17 whatever was negotiated)', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers/s1/action', { suspend: null })
      .reply(202)
      .post('/compute/v2.1/servers/s1/action', { resume: null })
      .reply(202)
      .post('/compute/v2.1/servers/s1/action', { trigger_crash_dump: null })
      .matchHeader('openstack-api-version', 'compute 2.17')
      .reply(202);
    await cloud.compute.servers.suspend('s1');
    await cloud.compute.servers.resume('s1');
    await cloud.compute.servers.triggerCrashDump('s1');
    scope.done();
  });

  it('rescue answers the adminPass (own image by default, or the one given); unrescue', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers/s1/action', { rescue: null })
      .reply(200, { adminPass: 'MySecretPass' })
      .post('/compute/v2.1/servers/s1/action', { rescue: { adminPass: 'p', rescue_image_ref: 'img-2' } })
      .reply(200, { adminPass: 'p' })
      .post('/compute/v2.1/servers/s1/action', { unrescue: null })
      .reply(202);
    expect(await cloud.compute.servers.rescue('s1')).toBe('MySecretPass');
    expect(await cloud.compute.servers.rescue('s1', { rescueImageRef: 'img-2', adminPass: 'p' })).toBe('p');
    await cloud.compute.servers.unrescue('s1');
    scope.done();
  });

  // resize
  it('resize, confirmResize (204), revertResize and the migrations list', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const m = { id: 1, status: 'finished', instance_uuid: 's1', source_node: 'h', source_compute: 'h', dest_node: 'h', dest_compute: 'h', dest_host: null, old_instance_type_id: 1, new_instance_type_id: 2, created_at: '2026-01-01T00:00:00.000000', updated_at: null, migration_type: 'resize' };
    const scope = nock(BASE)
      .post('/compute/v2.1/servers/s1/action', { resize: { flavorRef: 'f2' } })
      .reply(202)
      .post('/compute/v2.1/servers/s1/action', { resize: { flavorRef: 'f3', 'OS-DCF:diskConfig': 'AUTO' } })
      .reply(202)
      .post('/compute/v2.1/servers/s1/action', { confirmResize: null })
      .reply(204)
      .post('/compute/v2.1/servers/s1/action', { revertResize: null })
      .reply(202)
      .get('/compute/v2.1/os-migrations')
      .query({ instance_uuid: 's1' })
      .reply(200, { migrations: [m] });
    await cloud.compute.servers.resize('s1', 'f2');
    await cloud.compute.servers.resize('s1', 'f3', { diskConfig: 'AUTO' });
    await cloud.compute.servers.confirmResize('s1');
    await cloud.compute.servers.revertResize('s1');
    expect(await cloud.compute.migrations.list({ instance_uuid: 's1' })).toEqual([m]);
    scope.done();
  });

  it('usage.list and usage.get follow the 2.40 pages and merge them per project', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const su = (id: string, tenant: string, hours: number) => ({ instance_id: id, tenant_id: tenant, hours, name: id, flavor: 'm1', vcpus: 1, memory_mb: 512, local_gb: 1, started_at: '2026-01-01T00:00:00', ended_at: null, state: 'active', uptime: 60 });
    const tu = (tenant: string, hours: number, servers: object[]) => ({ tenant_id: tenant, start: '2026-01-01T00:00:00', stop: '2026-01-02T00:00:00', total_hours: hours, total_vcpus_usage: hours, total_memory_mb_usage: 512 * hours, total_local_gb_usage: hours, server_usages: servers });
    const next = (path: string, marker: string) => [{ rel: 'next', href: `${BASE}/compute/v2.1/${path}?detailed=1&marker=${marker}` }];
    const period = { start: new Date('2026-01-01T00:00:00Z'), end: '2026-01-02T00:00:00' };
    const scope = nock(BASE)
      .get('/compute/v2.1/os-simple-tenant-usage')
      .query({ start: '2026-01-01T00:00:00.000000', end: '2026-01-02T00:00:00', detailed: '1' })
      .reply(200, { tenant_usages: [tu('p1', 2, [su('s1', 'p1', 2)])], tenant_usages_links: next('os-simple-tenant-usage', 's1') })
      .get('/compute/v2.1/os-simple-tenant-usage')
      .query({ start: '2026-01-01T00:00:00.000000', end: '2026-01-02T00:00:00', detailed: '1', marker: 's1' })
      .reply(200, { tenant_usages: [tu('p1', 3, [su('s2', 'p1', 3)]), tu('p2', 1, [su('s3', 'p2', 1)])] })
      .get('/compute/v2.1/os-simple-tenant-usage/p1')
      .query({ start: '2026-01-01T00:00:00.000000', end: '2026-01-02T00:00:00' })
      .reply(200, { tenant_usage: tu('p1', 2, [su('s1', 'p1', 2)]), tenant_usage_links: next('os-simple-tenant-usage/p1', 's1') })
      .get('/compute/v2.1/os-simple-tenant-usage/p1')
      .query({ start: '2026-01-01T00:00:00.000000', end: '2026-01-02T00:00:00', marker: 's1' })
      .reply(200, { tenant_usage: {} })
      .get('/compute/v2.1/os-simple-tenant-usage/p9')
      .query(true)
      .reply(200, { tenant_usage: {} });
    const all = await cloud.compute.usage.list({ ...period, detailed: true });
    expect(all.map((u) => [u.tenant_id, u.total_hours, u.total_memory_mb_usage, u.server_usages?.map((s) => s.instance_id)])).toEqual([
      ['p1', 5, 2560, ['s1', 's2']],
      ['p2', 1, 512, ['s3']],
    ]);
    const p1 = await cloud.compute.usage.get('p1', period);
    expect(p1?.total_hours).toBe(2);
    expect(await cloud.compute.usage.get('p9', period)).toBeNull();
    scope.done();
  });

  it('rebuild sends the rebuild body and answers the server with its adminPass', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .post('/compute/v2.1/servers/s1/action', { rebuild: { imageRef: 'img-2', name: 'again' } })
      .reply(202, { server: { ...server({ id: 's1', name: 'again' }), status: 'REBUILD', adminPass: 'pw' } });
    expect(await cloud.compute.servers.rebuild('s1', { imageRef: 'img-2', name: 'again' })).toMatchObject({ id: 's1', name: 'again', status: 'REBUILD', adminPass: 'pw' });
    scope.done();
  });

  it('getPassword and clearPassword (os-server-password)', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/servers/s1/os-server-password')
      .reply(200, { password: 'xlozO3wLCBRWAa2yDjCCVx8vwNPypxnyp==' })
      .delete('/compute/v2.1/servers/s1/os-server-password')
      .reply(204)
      .get('/compute/v2.1/servers/s1/os-server-password')
      .reply(200, { password: '' });
    expect(await cloud.compute.servers.getPassword('s1')).toBe('xlozO3wLCBRWAa2yDjCCVx8vwNPypxnyp==');
    await cloud.compute.servers.clearPassword('s1');
    expect(await cloud.compute.servers.getPassword('s1')).toBe('');
    scope.done();
  });

  it('keypairs unwrap Nova list items; limits, AZs, attachments, interfaces, actions, hypervisors', async () => {
    const IFACE = { fixed_ips: [{ ip_address: '192.168.1.3', subnet_id: 'sn1' }], mac_addr: 'fa:16:3e:4c:2c:30', net_id: 'n1', port_id: 'p1', port_state: 'ACTIVE', tag: null };
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/os-keypairs')
      .reply(200, {
        keypairs: [{ keypair: { fingerprint: '7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd', name: 'keypair-5d935425', type: 'ssh', public_key: 'ssh-rsa AAAA...' } }],
        keypairs_links: [],
      })
      .get('/compute/v2.1/limits')
      .reply(200, { limits: { absolute: { maxTotalCores: 20, maxTotalInstances: 10, maxTotalRAMSize: 51200, totalCoresUsed: 0, totalInstancesUsed: 0, totalRAMUsed: 0 }, rate: [] } })
      .get('/compute/v2.1/os-availability-zone')
      .reply(200, { availabilityZoneInfo: [{ zoneState: { available: true }, hosts: null, zoneName: 'nova' }] })
      .get('/compute/v2.1/servers/s1/os-volume_attachments')
      .reply(200, { volumeAttachments: [{ device: '/dev/sdd', id: 'a26887c6', serverId: 's1', volumeId: 'a26887c6', tag: null, delete_on_termination: false, attachment_id: 'att', bdm_uuid: 'b' }] })
      .post('/compute/v2.1/servers/s1/os-volume_attachments', { volumeAttachment: { volumeId: 'v9' } })
      .reply(200, { volumeAttachment: { device: '/dev/vdb', id: 'v9', serverId: 's1', volumeId: 'v9' } })
      .delete('/compute/v2.1/servers/s1/os-volume_attachments/v9')
      .reply(202)
      .get('/compute/v2.1/servers/s1/os-interface')
      .reply(200, { interfaceAttachments: [IFACE] })
      .get('/compute/v2.1/servers/s1/os-interface/p1')
      .reply(200, { interfaceAttachment: IFACE })
      .post('/compute/v2.1/servers/s1/os-interface', { interfaceAttachment: { net_id: 'n1', fixed_ips: [{ ip_address: '192.168.1.3' }], tag: 'second' } })
      .reply(200, { interfaceAttachment: { ...IFACE, tag: 'second' } })
      .delete('/compute/v2.1/servers/s1/os-interface/p1')
      .reply(202)
      .get('/compute/v2.1/servers/s1/os-instance-actions')
      .reply(200, {
        instanceActions: [
          { action: 'create', instance_uuid: 's1', message: null, project_id: PROJECT_ID, request_id: 'req-abc', start_time: '2018-04-25T01:26:29.000000', user_id: USER_ID, updated_at: '2018-04-25T01:26:36.000000' },
        ],
      })
      .get('/compute/v2.1/servers/s1/os-instance-actions/req-abc')
      .reply(200, { instanceAction: { action: 'create', request_id: 'req-abc', events: [{ event: 'compute__do_build_and_run_instance', result: 'Success' }] } })
      .get('/compute/v2.1/os-hypervisors/host1')
      .reply(400, { badRequest: { code: 400, message: 'Invalid uuid host1' } })
      .get('/compute/v2.1/os-hypervisors/detail')
      .reply(200, { hypervisors: [{ id: 'h-uuid', hypervisor_hostname: 'host1', state: 'up', status: 'enabled' }] });
    const kps = await collect(cloud.compute.keypairs.list());
    expect(kps[0]?.name).toBe('keypair-5d935425');
    expect((await cloud.compute.limits.get()).absolute.maxTotalInstances).toBe(10);
    expect((await cloud.compute.availabilityZones.list())[0]?.zoneName).toBe('nova');
    expect((await collect(cloud.compute.volumeAttachments.list('s1')))[0]?.device).toBe('/dev/sdd');
    expect((await cloud.compute.volumeAttachments.create('s1', { volumeId: 'v9' })).device).toBe('/dev/vdb');
    await cloud.compute.volumeAttachments.delete('s1', 'v9');
    expect((await cloud.compute.serverInterfaces.list('s1')).map((i) => i.port_id)).toEqual(['p1']);
    expect((await cloud.compute.serverInterfaces.get('s1', 'p1')).port_state).toBe('ACTIVE');
    expect((await cloud.compute.serverInterfaces.create('s1', { net_id: 'n1', fixed_ips: [{ ip_address: '192.168.1.3' }], tag: 'second' })).tag).toBe('second');
    await cloud.compute.serverInterfaces.delete('s1', 'p1');
    expect((await collect(cloud.compute.instanceActions.list('s1')))[0]?.request_id).toBe('req-abc');
    expect((await cloud.compute.instanceActions.get('s1', 'req-abc')).action).toBe('create');
    expect((await cloud.compute.hypervisors.find('host1')).id).toBe('h-uuid');
    scope.done();
  });
});

describe('hypervisors.find', () => {
  it('401, 403 and an unreachable cloud are the answer, not a reason to search by hostname', async () => {
    const cloud = await connected();
    mockVersions({ compute: '2.79' });
    const scope = nock(BASE)
      .get('/compute/v2.1/os-hypervisors/host1')
      .reply(403, { forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-hypervisors:show to be performed." } })
      .get('/compute/v2.1/os-hypervisors/host1')
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    // no list is mocked: a fall-through to the hostname search would fail differently
    await expect(cloud.compute.hypervisors.find('host1')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cloud.compute.hypervisors.find('host1')).rejects.toBeInstanceOf(ConnectionError);
    scope.done();
  });
});

describe('image helpers', () => {
  it('update sends a JSON patch with Glance media type', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .get('/image/v2/images/i1')
      .reply(200, image({ id: 'i1', name: 'old' }))
      .patch('/image/v2/images/i1', [
        { op: 'replace', path: '/name', value: 'new' },
        { op: 'add', path: '/hw_disk_bus', value: 'virtio' },
        { op: 'remove', path: '/min_ram' },
      ])
      .matchHeader('content-type', 'application/openstack-images-v2.1-json-patch')
      .reply(200, image({ id: 'i1', name: 'new', hw_disk_bus: 'virtio' }));
    expect((await cloud.image.images.update('i1', { name: 'new', hw_disk_bus: 'virtio', min_ram: null })).name).toBe('new');
    scope.done();
  });

  it('create is flat, upload streams with progress, download streams', async () => {
    const cloud = await connected();
    const data = Buffer.alloc(64 * 1024, 7);
    const scope = nock(BASE)
      .post('/image/v2/images', { name: 'tiny', disk_format: 'qcow2', container_format: 'bare' })
      .reply(201, image({ id: 'i1', status: 'queued', visibility: 'shared', checksum: null, os_hash_algo: null, os_hash_value: null, size: null, virtual_size: null }))
      .put('/image/v2/images/i1/file', (body: string) => body.length === data.length)
      .matchHeader('content-type', 'application/octet-stream')
      .reply(204)
      .put('/image/v2/images/i1/file')
      .matchHeader('x-image-meta-store', 'file')
      .reply(204)
      .delete('/image/v2/stores/swift/i1')
      .reply(204)
      .get('/image/v2/images/i1/file')
      .reply(200, data, { 'content-type': 'application/octet-stream', 'content-md5': 'x' })
      .get('/image/v2/images/i2/file')
      .reply(404, { code: '404 Not Found', title: 'Not Found', message: 'No image found with ID i2' });
    const img = await cloud.image.images.create({ name: 'tiny', disk_format: 'qcow2', container_format: 'bare' });
    expect(img.status).toBe('queued');
    const progress: number[] = [];
    await cloud.image.images.upload('i1', data, { onProgress: (sent) => progress.push(sent) });
    expect(progress.at(-1)).toBe(data.length);
    await cloud.image.images.upload('i1', Readable.from([Buffer.from('abc'), Buffer.from('def')]), { store: 'file' });
    await cloud.image.images.deleteFromStore('i1', 'swift');
    const stream = await cloud.image.images.download('i1');
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    await expect(cloud.image.images.download('i2')).rejects.toBeInstanceOf(NotFoundError);
    scope.done();
  });

  it('stage, import and tasks; metadef namespaces', async () => {
    const cloud = await connected();
    const task = { id: 't1', type: 'api_image_import', status: 'success', image_id: 'i1', input: {}, message: '', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' };
    const ns = { namespace: 'OS::Compute::Libvirt', visibility: 'public', protected: true, created_at: 'x', updated_at: 'x', schema: '/v2/schemas/metadefs/namespace', self: '/v2/metadefs/namespaces/OS::Compute::Libvirt' };
    const scope = nock(BASE)
      .put('/image/v2/images/i1/stage', 'abc')
      .matchHeader('content-type', 'application/octet-stream')
      .reply(204)
      .post('/image/v2/images/i1/import', { method: { name: 'glance-direct' } })
      .reply(202)
      .get('/image/v2/images/i1/tasks')
      .reply(200, { tasks: [task] })
      .get('/image/v2/metadefs/namespaces')
      .query({ resource_types: 'OS::Glance::Image' })
      .reply(200, { namespaces: [ns], first: '/v2/metadefs/namespaces', schema: '/v2/schemas/metadefs/namespaces' })
      .get('/image/v2/metadefs/namespaces/OS%3A%3ACompute%3A%3ALibvirt')
      .reply(200, ns);
    await cloud.image.images.stage('i1', Buffer.from('abc'));
    await cloud.image.images.import('i1', { method: { name: 'glance-direct' } });
    expect(await cloud.image.images.tasks('i1')).toEqual([task]);
    expect((await cloud.image.metadefNamespaces.list({ resource_types: 'OS::Glance::Image' })).map((n) => n.namespace)).toEqual(['OS::Compute::Libvirt']);
    expect((await cloud.image.metadefNamespaces.get('OS::Compute::Libvirt')).protected).toBe(true);
    scope.done();
  });
});

describe('volume, network and identity helpers', () => {
  it('volumes, snapshots, types, attachments use the token project', async () => {
    const cloud = await connected();
    mockVersions({ volume: '3.70' });
    const p = `/volume/v3/${PROJECT_ID}`;
    const scope = nock(BASE)
      .post(`${p}/volumes`, { volume: { size: 1, name: 'data' } })
      .reply(202, { volume: volume({ id: 'v1', status: 'creating', updated_at: null }) })
      .post(`${p}/volumes/v1/action`, { 'os-extend': { new_size: 2 } })
      .reply(202)
      .get(`${p}/snapshots/detail`)
      .reply(200, { snapshots: [snapshot({ id: 'sn1', volume_id: 'v1' })] })
      .get(`${p}/types`)
      .reply(200, { volume_types: [{ id: 't1', name: '__DEFAULT__', is_public: true, extra_specs: {} }] })
      .get(`${p}/attachments/detail`)
      .reply(200, { attachments: [{ id: 'a1', status: 'attached', instance: 's1', volume_id: 'v1' }] });
    const created = await cloud.volume.volumes.create({ size: 1, name: 'data' });
    expect(created).toMatchObject({ id: 'v1', status: 'creating', size: 1, bootable: 'false' });
    await cloud.volume.volumes.action('v1', { 'os-extend': { new_size: 2 } });
    expect((await collect(cloud.volume.snapshots.list()))[0]).toMatchObject({ id: 'sn1', volume_id: 'v1', status: 'available' });
    expect((await collect(cloud.volume.types.list()))[0]?.name).toBe('__DEFAULT__');
    expect((await collect(cloud.volume.attachments.list()))[0]?.id).toBe('a1');
    scope.done();
  });

  it('volume transfers (auth key once, accept), snapshot actions and type access', async () => {
    const cloud = await connected();
    mockVersions({ volume: '3.70' });
    const p = `/volume/v3/${PROJECT_ID}`;
    const links = [{ href: 'http://x/t1', rel: 'self' }];
    const scope = nock(BASE)
      .post(`${p}/os-volume-transfer`, { transfer: { volume_id: 'v1', name: 'gift' } })
      .reply(202, { transfer: { id: 't1', name: 'gift', volume_id: 'v1', links, created_at: '2026-12-07T10:00:00.000000', auth_key: '0123456789abcdef' } })
      .get(`${p}/os-volume-transfer/detail`)
      .reply(200, { transfers: [{ id: 't1', name: 'gift', volume_id: 'v1', links, created_at: '2026-12-07T10:00:00.000000' }] })
      .post(`${p}/os-volume-transfer/t1/accept`, { accept: { auth_key: '0123456789abcdef' } })
      .reply(202, { transfer: { id: 't1', name: 'gift', volume_id: 'v1', links } })
      .post(`${p}/snapshots/sn1/action`, { 'os-reset_status': { status: 'error' } })
      .reply(202)
      .post(`${p}/types/t9/action`, { addProjectAccess: { project: 'p2' } })
      .reply(202)
      .get(`${p}/types/t9/os-volume-type-access`)
      .reply(200, { volume_type_access: [{ volume_type_id: 't9', project_id: 'p2' }] })
      .post(`${p}/types/t9/action`, { removeProjectAccess: { project: 'p2' } })
      .reply(202);
    const created = await cloud.volume.transfers.create({ volume_id: 'v1', name: 'gift' });
    expect(created.auth_key).toBe('0123456789abcdef');
    expect((await collect(cloud.volume.transfers.list()))[0]).not.toHaveProperty('auth_key');
    expect(await cloud.volume.transfers.accept('t1', created.auth_key)).toMatchObject({ id: 't1', volume_id: 'v1' });
    await cloud.volume.snapshots.action('sn1', { 'os-reset_status': { status: 'error' } });
    await cloud.volume.types.setProjectAccess('t9', 'p2', 'add');
    expect(await cloud.volume.types.listAccess('t9')).toEqual([{ volume_type_id: 't9', project_id: 'p2' }]);
    await cloud.volume.types.setProjectAccess('t9', 'p2', 'remove');
    scope.done();
  });

  it('routers add/remove interfaces; floating IPs are found by address', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .put('/network/v2.0/routers/r1/add_router_interface', { subnet_id: 'sub1' })
      .reply(200, { id: 'r1', tenant_id: PROJECT_ID, project_id: PROJECT_ID, subnet_id: 'sub1', subnet_ids: ['sub1'], port_id: 'port1', network_id: 'n1' })
      .put('/network/v2.0/routers/r1/remove_router_interface', { subnet_id: 'sub1' })
      .reply(200, { id: 'r1', subnet_id: 'sub1', subnet_ids: ['sub1'], port_id: 'port1', network_id: 'n1' })
      .get('/network/v2.0/floatingips/172.24.4.228')
      .reply(404, { NeutronError: { type: 'FloatingIPNotFound', message: 'Floating IP 172.24.4.228 could not be found', detail: '' } })
      .get('/network/v2.0/floatingips')
      .query({ floating_ip_address: '172.24.4.228' })
      .reply(200, { floatingips: [floatingIp()] });
    expect((await cloud.network.routers.addInterface('r1', { subnet_id: 'sub1' })).port_id).toBe('port1');
    await cloud.network.routers.removeInterface('r1', { subnet_id: 'sub1' });
    // floating IPs have no name: the address stands for it
    const fip = await cloud.network.floatingIps.find('172.24.4.228');
    expect(fip.id).toBe(IDS.floatingIp);
    expect(fip.port_id).toBe(IDS.port);
    scope.done();
  });

  it('application credentials live under the token user; tokens validate with X-Subject-Token', async () => {
    const cloud = await connected();
    const scope = nock(BASE)
      .post(`/identity/v3/users/${USER_ID}/application_credentials`, { application_credential: { name: 'ci', roles: [{ name: 'member' }] } })
      .reply(201, { application_credential: { id: 'ac1', name: 'ci', secret: 'generated-secret', project_id: PROJECT_ID, roles: [{ id: 'r', name: 'member' }], unrestricted: false, expires_at: null } })
      .get('/identity/v3/auth/tokens')
      .matchHeader('x-subject-token', TOKEN_ID)
      .reply(200, { token: { expires_at: '2099-01-01T00:00:00.000000Z', methods: ['password'], user: { id: USER_ID, name: 'demo' } } })
      .get('/identity/v3/role_assignments')
      .query({ 'user.id': USER_ID, effective: 'true' })
      .reply(200, { role_assignments: [{ role: { id: 'r1' }, scope: { project: { id: PROJECT_ID } }, user: { id: USER_ID } }], links: { next: null } })
      .get('/identity/v3/auth/catalog')
      .reply(404, { error: { code: 404, message: 'Not Found', title: 'Not Found' } });
    const ac = await cloud.identity.applicationCredentials.create({ name: 'ci', roles: [{ name: 'member' }] });
    expect(ac.secret).toBe('generated-secret');
    expect((await cloud.identity.tokens.validate()).user.id).toBe(USER_ID);
    expect(await collect(cloud.identity.roleAssignments.list({ 'user.id': USER_ID, effective: true }))).toHaveLength(1);
    expect((await cloud.identity.catalog.list()).map((e) => e.type)).toContain('compute');
    scope.done();
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NOVA = 'https://cloud.test:8774';
const IMAGE_ID = '70a599e0-31e7-49b7-b260-868f441e862b';
const CREATED = { id: 'srv-1', links: [], adminPass: 'generated-pass', security_groups: [{ name: 'default' }] };
const SERVER = {
  id: 'srv-1',
  name: 'web1',
  status: 'BUILD',
  tenant_id: 'p1',
  image: { id: IMAGE_ID },
  flavor: { original_name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1 },
  addresses: {},
  metadata: {},
  'OS-EXT-STS:power_state': 0,
  'OS-EXT-STS:task_state': 'scheduling',
  links: [],
};

/**
 * Mocks everything `server create` reads (flavor f1, image tiny by name, networks net-1 and
 * net-2, port port-9) and answers the POST, handing its body to the test.
 */
function mockCreate(server: Record<string, unknown> = SERVER, computeMax = '2.79'): { body: () => Record<string, unknown> | undefined; microversion: () => unknown } {
  let posted: Record<string, unknown> | undefined;
  let microversion: unknown;
  mockAuth(computeMax);
  nock(NOVA)
    .get('/v2.1/flavors/f1')
    .reply(200, { flavor: { id: 'f1', name: 'm1.tiny', ram: 512, vcpus: 1, disk: 1 } })
    .post('/v2.1/servers', (b) => ((posted = b), true))
    .reply(202, function () {
      microversion = this.req.headers['openstack-api-version'];
      return { server: CREATED };
    })
    .get('/v2.1/servers/srv-1')
    .reply(200, { server });
  nock('https://cloud.test:9292')
    .get('/v2/images/tiny')
    .reply(404, 'Not found')
    .get('/v2/images')
    .query({ name: 'tiny' })
    .reply(200, { images: [{ id: IMAGE_ID, name: 'tiny', status: 'active' }] })
    .get(`/v2/images/${IMAGE_ID}`)
    .reply(200, { id: IMAGE_ID, name: 'tiny', status: 'active' });
  nock('https://cloud.test:9696')
    .get('/v2.0/networks/net-1')
    .reply(200, { network: { id: 'net-1', name: 'private' } })
    .get('/v2.0/networks/net-2')
    .reply(200, { network: { id: 'net-2', name: 'other' } })
    .get('/v2.0/ports/port-9')
    .reply(200, { port: { id: 'port-9', name: 'fixed' } });
  return { body: () => posted, microversion: () => microversion };
}

describe('server create: the request body', () => {
  useNock();

  it('NICs from --network, --port and --nic, security groups, user data, properties, min/max, scheduler hints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oscloud-create-'));
    const userData = join(dir, 'user-data.sh');
    writeFileSync(userData, '#!/bin/sh\necho hi\n');
    const mock = mockCreate();
    const res = await runCli(
      [
        'server', 'create', '--image', 'tiny', '--flavor', 'f1', '--network', 'net-1', '--port', 'port-9',
        '--nic', 'net-id=net-2,v4-fixed-ip=10.0.0.9', '--security-group', 'default', '--security-group', 'web',
        '--user-data', userData, '--property', 'role=web', '--property', 'tier=1', '--min', '2', '--max', '3',
        '--key-name', 'k1', '--hint', 'group=g1', '--tag', 'blue', '--password', 'pw', '--use-config-drive', 'web1',
      ],
      PASSWORD_ENV,
    );
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(mock.body()).toEqual({
      server: {
        name: 'web1',
        flavorRef: 'f1',
        imageRef: IMAGE_ID,
        min_count: 2,
        max_count: 3,
        networks: [{ uuid: 'net-1' }, { port: 'port-9' }, { uuid: 'net-2', fixed_ip: '10.0.0.9' }],
        key_name: 'k1',
        security_groups: [{ name: 'default' }, { name: 'web' }],
        metadata: { role: 'web', tier: '1' },
        user_data: Buffer.from('#!/bin/sh\necho hi\n').toString('base64'),
        config_drive: true,
        adminPass: 'pw',
        tags: ['blue'],
      },
      'os:scheduler_hints': { group: 'g1' },
    });
  });

  it('--boot-from-volume asks Nova for a root volume from the image instead of imageRef', async () => {
    const mock = mockCreate();
    const res = await runCli(['server', 'create', '--image', 'tiny', '--flavor', 'f1', '--boot-from-volume', '10', '--nic', 'none', 'web1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(mock.body()).toEqual({
      server: {
        name: 'web1',
        flavorRef: 'f1',
        min_count: 1,
        max_count: 1,
        block_device_mapping_v2: [{ uuid: IMAGE_ID, source_type: 'image', destination_type: 'volume', volume_size: 10, boot_index: 0 }],
        networks: 'none',
      },
    });
  });

  it('--block-device key=value and JSON file forms, with upstream defaults', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oscloud-bdm-')), 'bdm.json');
    writeFileSync(file, JSON.stringify({ uuid: 'vol-2', source_type: 'volume', boot_index: '1' }));
    const mock = mockCreate();
    const res = await runCli(
      ['server', 'create', '--image', 'tiny', '--flavor', 'f1', '--block-device', 'source_type=blank,volume_size=5,guest_format=ext4', '--block-device', file, 'web1'],
      PASSWORD_ENV,
    );
    expect(res.exitCode).toBe(0);
    expect((mock.body()?.server as Record<string, unknown>).block_device_mapping_v2).toEqual([
      { source_type: 'blank', destination_type: 'local', volume_size: 5, guest_format: 'ext4', delete_on_termination: true },
      { uuid: 'vol-2', source_type: 'volume', destination_type: 'volume', boot_index: 1 },
    ]);
  });

  it('bad --block-device and --config-drive values are usage errors before any request', async () => {
    for (const [argv, message] of [
      [['--block-device', 'size=5'], 'Invalid keys size specified in --block-device'],
      [['--block-device', 'source_type=disk'], 'The source_type key of --block-device should be one of'],
      [['--block-device', 'delete_on_termination=maybe'], 'should be a boolean-like value'],
      [['--config-drive', 'vol-1'], "--config-drive takes True or False, not 'vol-1'"],
    ] as const) {
      const res = await runCli(['server', 'create', '--image', 'tiny', '--flavor', 'f1', ...argv, 'web1'], PASSWORD_ENV);
      expect(res.exitCode).toBe(2);
      expect(res.stderr).toContain(message);
    }
  });

  it('prints the created server with the generated admin password', async () => {
    mockCreate();
    const res = await runCli(['server', 'create', '--image', 'tiny', '--flavor', 'f1', '-f', 'json', 'web1'], PASSWORD_ENV);
    const shown = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ id: 'srv-1', name: 'web1', status: 'BUILD', image: `tiny (${IMAGE_ID})`, adminPass: 'generated-pass' });
  });

  it('--wait prints status progress as plain lines on a non-terminal stderr, then the active server', async () => {
    mockCreate();
    nock(NOVA)
      .get('/v2.1/servers/srv-1')
      .reply(200, { server: { ...SERVER, status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 1 } });
    const res = await runCli(['server', 'create', '--image', 'tiny', '--flavor', 'f1', '--wait', '-f', 'value', '-c', 'status', 'web1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stderr).toBe('server web1: ACTIVE\n');
    expect(res.stdout).toBe('ACTIVE\n');
  });
});

describe('server create --hostname (compute 2.90)', () => {
  useNock();

  it('sends hostname in the create body at the pinned microversion 2.90', async () => {
    const mock = mockCreate(SERVER, '2.95');
    const res = await runCli(
      ['server', 'create', '--image', 'tiny', '--flavor', 'f1', '--nic', 'none', '--hostname', 'web1.example', '-f', 'value', '-c', 'id', 'web1'],
      { ...PASSWORD_ENV, OS_COMPUTE_API_VERSION: '2.90' },
    );
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe('srv-1\n');
    expect(mock.microversion()).toBe('compute 2.90');
    expect(mock.body()).toEqual({
      server: { name: 'web1', flavorRef: 'f1', imageRef: IMAGE_ID, min_count: 1, max_count: 1, networks: 'none', hostname: 'web1.example' },
    });
  });

  it('below 2.90 (negotiated 2.79) it fails with one line and exit 1 before any look-up or POST', async () => {
    mockAuth('2.95');
    const res = await runCli(['server', 'create', '--image', 'tiny', '--flavor', 'f1', '--hostname', 'web1.example', 'web1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('--os-compute-api-version 2.90 or greater is required to support the --hostname option (the compute microversion in use is 2.79)\n');
    expect(nock.isDone()).toBe(true);
  });

  it('a pinned microversion below 2.90 fails the same way', async () => {
    mockAuth('2.95');
    const res = await runCli(['server', 'create', '--image', 'tiny', '--flavor', 'f1', '--hostname', 'h', 'web1'], { ...PASSWORD_ENV, OS_COMPUTE_API_VERSION: '2.89' });
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toBe('--os-compute-api-version 2.90 or greater is required to support the --hostname option (the compute microversion in use is 2.89)\n');
  });

  it('pinning 2.90 against a cloud that serves at most 2.79 fails at version negotiation (exit 1)', async () => {
    mockAuth();
    const res = await runCli(['server', 'create', '--os-compute-api-version', '2.90', '--image', 'tiny', '--flavor', 'f1', '--hostname', 'h', 'web1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('compute microversion 2.90 requested but the cloud supports at most 2.79 (minimum 2.1): the cloud is too old\n');
  });
});

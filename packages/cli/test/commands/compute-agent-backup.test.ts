import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NOVA = 'https://cloud.test:8774';
const GLANCE = 'https://cloud.test:9292';
const AGENT = { agent_id: 1, hypervisor: 'xen', os: 'linux', architecture: 'x86', version: '7.0', url: 'http://x/a', md5hash: 'abc' };

describe('compute agent, server backup create, server volume set|update, configuration show', () => {
  useNock();

  it('compute agent create posts the six values and prints the agent sorted; list has upstream\'s columns', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .post('/v2.1/os-agents', { agent: { os: 'linux', architecture: 'x86', version: '7.0', url: 'http://x/a', md5hash: 'abc', hypervisor: 'xen' } })
      .reply(200, { agent: AGENT })
      .get('/v2.1/os-agents').query({ hypervisor: 'xen' })
      .reply(200, { agents: [AGENT] });
    const res = await runCli(['compute', 'agent', 'create', 'linux', 'x86', '7.0', 'http://x/a', 'abc', 'xen', '-f', 'json'], PASSWORD_ENV);
    expect(Object.keys(JSON.parse(res.stdout))).toEqual(['agent_id', 'architecture', 'hypervisor', 'md5hash', 'os', 'url', 'version']);
    mockAuth();
    const listed = await runCli(['compute', 'agent', 'list', '--hypervisor', 'xen', '-f', 'csv'], PASSWORD_ENV);
    expect(listed.stdout).toBe('"Agent ID","Hypervisor","OS","Architecture","Version","Md5Hash","URL"\n1,"xen","linux","x86","7.0","abc","http://x/a"\n');
    nova.done();
  });

  it('compute agent set sends all three values (the others as they are); a removed os-agents API fails cleanly', async () => {
    mockAuth();
    const nova = nock(NOVA)
      .get('/v2.1/os-agents').reply(200, { agents: [AGENT] })
      .put('/v2.1/os-agents/1', { para: { version: '8.0', url: 'http://x/a', md5hash: 'abc' } }).reply(200, { agent: AGENT });
    expect((await runCli(['compute', 'agent', 'set', '1', '--agent-version', '8.0'], PASSWORD_ENV)).exitCode).toBe(0);
    nova.done();
    mockAuth();
    nock(NOVA).get('/v2.1/os-agents').reply(404, { itemNotFound: { code: 404, message: 'The resource could not be found.' } });
    const gone = await runCli(['compute', 'agent', 'list'], PASSWORD_ENV);
    expect(gone.exitCode).toBe(4);
    expect(gone.stderr).toContain('The resource could not be found.');
    expect(gone.stderr).not.toContain('    at ');
  });

  it('server backup create sends createBackup with upstream\'s defaults and shows the image found by name', async () => {
    mockAuth();
    const image = { id: 'img-9', name: 'web', status: 'queued', visibility: 'private', tags: [], properties: {} };
    const nova = nock(NOVA)
      .get('/v2.1/servers/s-1').reply(200, { server: { id: 's-1', name: 'web', status: 'ACTIVE' } })
      .post('/v2.1/servers/s-1/action', { createBackup: { name: 'web', backup_type: '', rotation: 1 } }).reply(202, { image_id: 'img-9' });
    const glance = nock(GLANCE)
      .get('/v2/images/web').reply(404, 'not found')
      .get('/v2/images').query({ name: 'web' }).reply(200, { images: [image] });
    const res = await runCli(['server', 'backup', 'create', 's-1', '-f', 'json'], PASSWORD_ENV);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toMatchObject({ id: 'img-9', name: 'web', status: 'queued' });
    nova.done();
    glance.done();
  });

  it('server volume set needs compute 2.85 for its options, then PUTs the attachment; update is its deprecated alias', async () => {
    mockAuth('2.79');
    const early = await runCli(['server', 'volume', 'set', 's-1', 'v-1', '--delete-on-termination'], PASSWORD_ENV);
    expect(early.exitCode).toBe(1);
    expect(early.stderr).toContain('--os-compute-api-version 2.85 or greater is required');
    mockAuth('2.96');
    const nova = nock(NOVA)
      .get('/v2.1/servers/s-1').reply(200, { server: { id: 's-1', name: 'web' } })
      .put('/v2.1/servers/s-1/os-volume_attachments/v-1', { volumeAttachment: { volumeId: 'v-1', delete_on_termination: false } })
      .reply(202);
    nock('https://cloud.test:8776')
      .get('/')
      .reply(200, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', links: [] }] })
      .get('/v3/p1/volumes/v-1').reply(200, { volume: { id: 'v-1', name: 'data' } });
    const res = await runCli(['server', 'volume', 'update', 's-1', 'v-1', '--preserve-on-termination'], { ...PASSWORD_ENV, OS_COMPUTE_API_VERSION: '2.85' });
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
    nova.done();
  });

  it('configuration show prints the resolved configuration without authenticating, secrets masked unless --unmask', async () => {
    const masked = await runCli(['configuration', 'show', '-f', 'json'], PASSWORD_ENV);
    expect(JSON.parse(masked.stdout)).toMatchObject({ 'auth.auth_url': 'https://cloud.test:5000/v3', 'auth.password': '<redacted>', 'auth.username': 'demo', auth_type: 'password', region_name: 'RegionOne' });
    const clear = await runCli(['configuration', 'show', '--unmask', '-f', 'value', '-c', 'auth.password'], PASSWORD_ENV);
    expect(clear.stdout).toBe('secret-password\n');
  });
});

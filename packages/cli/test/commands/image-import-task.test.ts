import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const GLANCE = 'https://cloud.test:9292';
const IMAGE = { id: 'i-1', name: 'cirros', status: 'queued', container_format: 'bare', disk_format: 'qcow2', visibility: 'private', tags: [], self: '/v2/images/i-1', checksum: null };

describe('image import, stage, task and stores commands (Glance requests, python-openstackclient fields)', () => {
  useNock();

  it('image import --method web-download checks the method is offered and the image queued, then POSTs the method', async () => {
    mockAuth();
    const glance = nock(GLANCE)
      .get('/v2/info/import')
      .reply(200, { 'import-methods': { description: 'Import methods available.', type: 'array', value: ['glance-direct', 'web-download'] } })
      .get('/v2/images/i-1')
      .reply(200, IMAGE)
      .post('/v2/images/i-1/import', { method: { name: 'web-download', uri: 'https://example.test/cirros.qcow2' } })
      .reply(202, '');
    const res = await runCli(['image', 'import', 'i-1', '--method', 'web-download', '--uri', 'https://example.test/cirros.qcow2', '-f', 'json'], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    const shown = JSON.parse(res.stdout);
    // as upstream: null attributes and Glance's self link are not shown
    expect(shown).toMatchObject({ id: 'i-1', status: 'queued', tags: [] });
    expect(shown).not.toHaveProperty('checksum');
    expect(shown).not.toHaveProperty('properties');
    glance.done();
  });

  it('image import refuses a method the deployment does not offer, and --uri without web-download, before touching the image', async () => {
    mockAuth();
    nock(GLANCE).get('/v2/info/import').reply(200, { 'import-methods': { value: ['glance-direct'] } });
    const res = await runCli(['image', 'import', 'i-1', '--method', 'web-download', '--uri', 'https://x.test/a'], PASSWORD_ENV);
    expect(res.exitCode).toBe(1);
    expect(res.stderr).toContain("The 'web-download' import method is not supported by this deployment");
    mockAuth();
    nock(GLANCE).get('/v2/info/import').reply(200, { 'import-methods': { value: ['glance-direct'] } });
    const uri = await runCli(['image', 'import', 'i-1', '--uri', 'https://x.test/a'], PASSWORD_ENV);
    expect(uri.stderr).toContain("The '--uri' option is only supported when using '--method=web-download'");
  });

  it('image stage PUTs the file to /stage', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'oscloud-stage-')), 'disk.img');
    writeFileSync(file, 'DISK');
    mockAuth();
    const glance = nock(GLANCE).get('/v2/images/i-1').reply(200, IMAGE).put('/v2/images/i-1/stage', 'DISK').reply(204, '');
    expect((await runCli(['image', 'stage', 'i-1', '--file', file], PASSWORD_ENV)).exitCode).toBe(0);
    glance.done();
  });

  it('image task show maps owner to owner_id; task list has upstream\'s columns; stores list says when there is no multi-store', async () => {
    const task = { id: 't-1', type: 'api_image_import', status: 'success', owner: 'p1', input: { image_id: 'i-1' }, result: null, message: '', created_at: 'c', updated_at: 'u', expires_at: 'e', schema: '/v2/schemas/task', self: '/v2/tasks/t-1', image_id: 'i-1', request_id: 'req-1', user_id: 'u1' };
    mockAuth();
    nock(GLANCE).get('/v2/tasks/t-1').reply(200, task);
    const shown = JSON.parse((await runCli(['image', 'task', 'show', 't-1', '-f', 'json'], PASSWORD_ENV)).stdout);
    expect(shown).toEqual({ created_at: 'c', expires_at: 'e', id: 't-1', input: { image_id: 'i-1' }, message: '', owner_id: 'p1', properties: { image_id: 'i-1', request_id: 'req-1', user_id: 'u1' }, result: null, status: 'success', type: 'api_image_import', updated_at: 'u' });
    mockAuth();
    nock(GLANCE).get('/v2/tasks').query({ status: 'success' }).reply(200, { tasks: [task] });
    expect((await runCli(['image', 'task', 'list', '--status', 'success', '-f', 'csv'], PASSWORD_ENV)).stdout).toBe('"ID","Type","Status","Owner"\n"t-1","api_image_import","success","p1"\n');
    mockAuth();
    nock(GLANCE).get('/v2/info/stores').reply(404, 'Not Found');
    const stores = await runCli(['image', 'stores', 'list'], PASSWORD_ENV);
    expect(stores.exitCode).toBe(1);
    expect(stores.stderr).toContain('Multi Backend support not enabled');
  });
});

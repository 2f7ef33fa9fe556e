import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const IMAGE = { id: '70a599e0-31e7-49b7-b260-868f441e862b', name: 'tiny', status: 'queued', disk_format: 'raw', container_format: 'bare', visibility: 'private', size: null };

describe('image commands', () => {
  useNock();

  function mockUpload(bytes: number): nock.Scope {
    return nock('https://cloud.test:9292')
      .post('/v2/images', (b) => b.name === 'tiny' && b.disk_format === 'raw')
      .reply(201, IMAGE)
      .put(`/v2/images/${IMAGE.id}/file`)
      .reply(204)
      .get(`/v2/images/${IMAGE.id}`)
      .reply(200, { ...IMAGE, status: 'active', size: bytes });
  }

  it('image create --file prints upload progress lines without a terminal only with --progress', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'oscloud-image-')), 'tiny.img');
    writeFileSync(file, Buffer.alloc(4096, 1));
    for (const progress of [false, true]) {
      mockAuth();
      const glance = mockUpload(4096);
      const res = await runCli(['image', 'create', '--file', file, ...(progress ? ['--progress'] : []), '-f', 'value', '-c', 'status', 'tiny'], PASSWORD_ENV);
      expect(res.exitCode).toBe(0);
      expect(res.stdout).toBe('active\n');
      if (progress) expect(res.stderr).toMatch(/^uploading .*tiny\.img: 0 B of 4\.0 KiB \(0%\)\nuploading .*tiny\.img: 4\.0 KiB of 4\.0 KiB \(100%\)\n$/);
      else expect(res.stderr).toBe('');
      glance.done();
    }
  });

  it('image list sorts by name as python-openstackclient does (--sort name:asc by default), whatever order Glance answers in', async () => {
    const images = [
      { ...IMAGE, id: 'i1', name: 'tiny', size: 300, tags: ['b', 'a'] },
      { ...IMAGE, id: 'i3', name: 'tiny-ramdisk', size: 20, tags: [] },
      { ...IMAGE, id: 'i2', name: 'tiny-kernel', size: 1000, tags: [] },
    ];
    const list = async (...args: string[]) => {
      mockAuth();
      nock('https://cloud.test:9292').get('/v2/images').query(true).reply(200, { images, first: '/v2/images', schema: '/v2/schemas/images' });
      return runCli(['image', 'list', '-f', 'value', '-c', 'Name', ...args], PASSWORD_ENV);
    };
    expect((await list()).stdout).toBe('tiny\ntiny-kernel\ntiny-ramdisk\n');
    expect((await list('--sort', 'name:desc')).stdout).toBe('tiny-ramdisk\ntiny-kernel\ntiny\n');
    // values compare as text, as osc-lib's sort_items does
    expect((await list('--sort', 'size')).stdout).toBe('tiny-kernel\ntiny-ramdisk\ntiny\n');
    // Tags as osc-lib's ListColumn: sorted text in a table, the list in value output
    expect((await list('--long', '-c', 'Tags')).stdout).toBe("tiny ['b', 'a']\ntiny-kernel []\ntiny-ramdisk []\n");
    const bad = await list('--sort', 'name:up');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("'up' is not a valid sort direction for sort key name, use 'asc' or 'desc' instead");
  });

  it('refuses an image API version other than 2 before any request (exit 2)', async () => {
    const res = await runCli(['image', 'list'], { ...PASSWORD_ENV, OS_IMAGE_API_VERSION: '1' });
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toBe('oscloud: error: image API version 1 (--os-image-api-version or OS_IMAGE_API_VERSION) is not supported: the image API here is version 2\n');
  });

  it('accepts the versions that exist: identity 3, image 2, network 2.0', async () => {
    mockAuth();
    nock('https://cloud.test:9292').get('/v2/images').reply(200, { images: [] });
    const res = await runCli(['image', 'list', '--os-identity-api-version', '3', '--os-network-api-version', '2.0'], { ...PASSWORD_ENV, OS_IMAGE_API_VERSION: '2' });
    expect(res.stderr).toBe('');
    expect(res.exitCode).toBe(0);
  });

  it('image save writes the image bytes to stdout when it is not a terminal', async () => {
    mockAuth();
    const glance = nock('https://cloud.test:9292')
      .get(`/v2/images/${IMAGE.id}`)
      .reply(200, { ...IMAGE, status: 'active', size: 9 })
      .get(`/v2/images/${IMAGE.id}/file`)
      .reply(200, 'IMAGEDATA', { 'content-type': 'application/octet-stream' });
    const res = await runCli(['image', 'save', IMAGE.id], PASSWORD_ENV);
    expect(res.exitCode).toBe(0);
    expect(res.stdout).toBe('IMAGEDATA');
    expect(res.stderr).toBe('');
    glance.done();
  });

  it('image save refuses to write image bytes to a terminal, before any request (exit 2)', async () => {
    const res = await runCli(['image', 'save', IMAGE.id], PASSWORD_ENV, { stdoutTTY: true });
    expect(res.exitCode).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('oscloud: error: no --file given and stdout is a terminal: pass --file <filename> or redirect stdout\n');
  });
});

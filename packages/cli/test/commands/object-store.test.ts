import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PASSWORD_ENV, runCli, tokenBody, useNock } from '../helpers.js';

const SWIFT = 'https://cloud.test:8080';
const ACCT = '/v1/AUTH_p1';

/** Keystone's token with an object-store endpoint (python-openstackclient's layout: the account in the URL). */
function mockSwiftAuth(): void {
  const body = tokenBody() as { token: { catalog: unknown[] } };
  body.token.catalog.push({ type: 'object-store', name: 'swift', id: 'swift-id', endpoints: [{ id: 'sw-pub', interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url: `${SWIFT}${ACCT}` }] });
  nock('https://cloud.test:5000').post('/v3/auth/tokens').reply(201, body, { 'X-Subject-Token': 'gAAAAtoken' });
}
const cli = async (...argv: string[]) => {
  mockSwiftAuth();
  return runCli(argv, PASSWORD_ENV);
};

describe('container, object and object store account commands', () => {
  useNock();

  it('container create prints account, container and x-trans-id; --public sets the read ACL', async () => {
    const s = nock(SWIFT)
      .put(`${ACCT}/a`)
      .matchHeader('x-container-read', '.r:*,.rlistings')
      .reply(201, '', { 'X-Trans-Id': 'tx1' })
      .put(`${ACCT}/b`)
      .reply(202, '', { 'X-Trans-Id': 'tx2' });
    const r = await cli('container', 'create', '--public', 'a', 'b', '-f', 'csv');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toBe('"account","container","x-trans-id"\n"AUTH_p1","a","tx1"\n"AUTH_p1","b","tx2"\n');
    s.done();
  });

  it('container list (--long, --all pages by marker) and show with sorted fields and properties', async () => {
    let s = nock(SWIFT).get(ACCT).query({ format: 'json' }).reply(200, [{ name: 'a', count: 2, bytes: 10 }]);
    let r = await cli('container', 'list', '--long', '-f', 'value');
    expect(r.stdout).toBe('a 10 2\n');
    s.done();
    s = nock(SWIFT)
      .get(ACCT).query({ format: 'json', limit: '1' }).reply(200, [{ name: 'a', count: 0, bytes: 0 }])
      .get(ACCT).query({ format: 'json', limit: '1', marker: 'a' }).reply(200, [{ name: 'b', count: 0, bytes: 0 }])
      .get(ACCT).query({ format: 'json', limit: '1', marker: 'b' }).reply(200, []);
    r = await cli('container', 'list', '--all', '--limit', '1', '-f', 'value');
    expect(r.stdout).toBe('a\nb\n');
    s.done();
    s = nock(SWIFT).head(`${ACCT}/a`).reply(204, '', { 'X-Container-Object-Count': '2', 'X-Container-Bytes-Used': '10', 'X-Container-Meta-Color': 'blue', 'X-Container-Read': '.r:*', 'X-Storage-Policy': 'Policy-0' });
    r = await cli('container', 'show', 'a', '-f', 'shell');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toBe('account="AUTH_p1"\nbytes_used="10"\ncontainer="a"\nobject_count="2"\nproperties="{\'color\': \'blue\'}"\nread_acl=".r:*"\nstorage_policy="Policy-0"\n');
    s.done();
  });

  it('container set/unset and delete --recursive', async () => {
    let s = nock(SWIFT).post(`${ACCT}/a`).matchHeader('x-container-meta-k', 'v').reply(204);
    expect((await cli('container', 'set', 'a', '--property', 'k=v')).exitCode).toBe(0);
    s.done();
    s = nock(SWIFT).post(`${ACCT}/a`).matchHeader('x-remove-container-meta-k', 'x').reply(204);
    expect((await cli('container', 'unset', 'a', '--property', 'k')).exitCode).toBe(0);
    s.done();
    s = nock(SWIFT)
      .get(`${ACCT}/a`).query({ format: 'json' }).reply(200, [{ name: 'x/1', bytes: 1, hash: 'h', content_type: 't', last_modified: 'm' }])
      .get(`${ACCT}/a`).query({ format: 'json', marker: 'x/1' }).reply(204)
      .delete(`${ACCT}/a/x/1`).reply(204)
      .delete(`${ACCT}/a`).reply(204);
    expect((await cli('container', 'delete', '-r', 'a')).exitCode).toBe(0);
    s.done();
  });

  it('object create streams files up, list --long, show, save to a file and to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oscloud-obj-'));
    const file = join(dir, 'f.txt');
    writeFileSync(file, 'hello');
    let s = nock(SWIFT).put(`${ACCT}/box/renamed`, 'hello').matchHeader('content-length', '5').reply(201, '', { ETag: '5d41402abc4b2a76b9719d911017c592' });
    let r = await cli('object', 'create', 'box', file, '--name', 'renamed', '-f', 'value');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toBe('renamed box 5d41402abc4b2a76b9719d911017c592\n');
    s.done();
    r = await cli('object', 'create', 'box', file, file, '--name', 'x');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/--name is not permitted/);
    s = nock(SWIFT).get(`${ACCT}/box`).query({ format: 'json', delimiter: '/' }).reply(200, [
      { name: 'a', bytes: 5, hash: 'h1', content_type: 'text/plain', last_modified: '2026-12-07T10:00:00.000000' },
      { subdir: 'd/' },
    ]);
    r = await cli('object', 'list', 'box', '--delimiter', '/', '--long', '-f', 'csv');
    expect(r.stdout).toBe('"Name","Bytes","Hash","Content Type","Last Modified"\n"a",5,"h1","text/plain","2026-12-07T10:00:00.000000"\n"","","","",""\n');
    s.done();
    s = nock(SWIFT).head(`${ACCT}/box/a`).reply(200, '', { 'Content-Type': 'text/plain', 'Content-Length': '5', ETag: 'h1', 'Last-Modified': 'Mon, 07 Dec 2026 10:00:00 GMT', 'X-Object-Meta-K': 'v' });
    r = await cli('object', 'show', 'box', 'a', '-f', 'json');
    expect(JSON.parse(r.stdout)).toEqual({ account: 'AUTH_p1', container: 'box', 'content-length': '5', 'content-type': 'text/plain', etag: 'h1', 'last-modified': 'Mon, 07 Dec 2026 10:00:00 GMT', object: 'a', properties: { k: 'v' } });
    s.done();
    s = nock(SWIFT).get(`${ACCT}/box/d/b`).reply(200, 'data!').get(`${ACCT}/box/d/b`).reply(200, 'data!');
    r = await cli('object', 'save', 'box', 'd/b', '--file', join(dir, 'sub/out.bin'));
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'sub/out.bin'), 'utf8')).toBe('data!');
    r = await cli('object', 'save', 'box', 'd/b', '--file', '-');
    expect(r.stdout).toBe('data!');
    s.done();
  });

  it('object set/unset keep the other properties; delete several', async () => {
    let s = nock(SWIFT)
      .head(`${ACCT}/box/a`).reply(200, '', { 'X-Object-Meta-Keep': '1', 'X-Object-Meta-Drop': '2' })
      .post(`${ACCT}/box/a`).matchHeader('x-object-meta-keep', '1').matchHeader('x-object-meta-new', '3').reply(202);
    expect((await cli('object', 'set', 'box', 'a', '--property', 'new=3')).exitCode).toBe(0);
    s.done();
    s = nock(SWIFT)
      .head(`${ACCT}/box/a`).reply(200, '', { 'X-Object-Meta-Keep': '1', 'X-Object-Meta-Drop': '2' })
      .post(`${ACCT}/box/a`).matchHeader('x-object-meta-keep', '1').matchHeader('x-object-meta-drop', (v) => v === undefined).reply(202);
    expect((await cli('object', 'unset', 'box', 'a', '--property', 'drop')).exitCode).toBe(0);
    s.done();
    s = nock(SWIFT).delete(`${ACCT}/box/a`).reply(204).delete(`${ACCT}/box/b`).reply(404);
    const r = await cli('object', 'delete', 'box', 'a', 'b');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/1 of 2 objects failed to delete/);
    s.done();
  });

  it('object store account show/set/unset', async () => {
    let s = nock(SWIFT).head(ACCT).reply(204, '', { 'X-Account-Container-Count': '1', 'X-Account-Object-Count': '2', 'X-Account-Bytes-Used': '3', 'X-Account-Meta-Temp-Url-Key': 'k' });
    let r = await cli('object', 'store', 'account', 'show', '-f', 'shell');
    expect(r.exitCode, r.stderr).toBe(0);
    // cliff's shell format lower-cases the names; the table shows them as OSC sorts them (capitals first).
    expect(r.stdout).toBe('account="AUTH_p1"\nbytes="3"\ncontainers="1"\nobjects="2"\nproperties="{\'temp-url-key\': \'k\'}"\n');
    r = await (async () => {
      nock(SWIFT).head(ACCT).reply(204, '', { 'X-Account-Container-Count': '1', 'X-Account-Object-Count': '2', 'X-Account-Bytes-Used': '3', 'X-Account-Meta-Temp-Url-Key': 'k' });
      return cli('object', 'store', 'account', 'show');
    })();
    expect(r.stdout.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.split('|')[1]!.trim())).toEqual(['Field', 'Account', 'Bytes', 'Containers', 'Objects', 'properties']);
    expect(r.stdout).toMatch(/\| properties +\| temp-url-key='k' +\|/);
    s.done();
    s = nock(SWIFT).post(ACCT).matchHeader('x-account-meta-temp-url-key', 'k2').reply(204);
    r = await cli('object', 'store', 'account', 'set', '--property', 'temp-url-key=k2');
    expect(r.exitCode, r.stderr).toBe(0);
    s.done();
    s = nock(SWIFT).post(ACCT).matchHeader('x-remove-account-meta-temp-url-key', 'x').reply(204);
    expect((await cli('object', 'store', 'account', 'unset', '--property', 'temp-url-key')).exitCode).toBe(0);
    s.done();
  });
});

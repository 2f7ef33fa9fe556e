/**
 * The S3 face (src/object/s3/) against a live controller, on SQLite and PostgreSQL, with a
 * SigV4 signer of its own (written from AWS's documentation, independent of the server's):
 * auth failures, buckets, objects shared with the Swift API, listings, copy, multi-delete,
 * multipart uploads read back through Swift, aws-chunked signed uploads and presigned URLs.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, checkResponse, startTestController, type TestController } from '../helpers.js';

interface Cred { access: string; secret: string }
interface Res { status: number; headers: Headers; bytes: Buffer; text: string }

const sha256 = (b: string | Buffer): string => createHash('sha256').update(b).digest('hex');
const hmac = (k: string | Buffer, s: string): Buffer => createHmac('sha256', k).update(s).digest();
const md5 = (b: Buffer | string): string => createHash('md5').update(b).digest('hex');
/** RFC 3986 unreserved characters stay, everything else is %XX (AWS's UriEncode). */
const enc = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
const amzDate = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function key(secret: string, date: string, region: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), 's3'), 'aws4_request');
}

/** Builds the signature of a request (path already encoded, query as [k, v] decoded pairs). */
function sign(o: { method: string; path: string; query: [string, string][]; headers: Record<string, string>; payload: string; cred: Cred; date: Date; region?: string }): { signature: string; scope: string; signed: string; amz: string } {
  const amz = amzDate(o.date);
  const region = o.region ?? 'us-east-1';
  const scope = `${amz.slice(0, 8)}/${region}/s3/aws4_request`;
  const names = Object.keys(o.headers).map((h) => h.toLowerCase()).sort();
  const canonHeaders = names.map((n) => `${n}:${Object.entries(o.headers).find(([k]) => k.toLowerCase() === n)![1].trim()}\n`).join('');
  const q = o.query.map(([k, v]) => `${enc(k)}=${enc(v)}`).sort().join('&');
  const creq = [o.method, o.path, q, canonHeaders, names.join(';'), o.payload].join('\n');
  const sts = ['AWS4-HMAC-SHA256', amz, scope, sha256(creq)].join('\n');
  return { signature: createHmac('sha256', key(o.cred.secret, amz.slice(0, 8), region)).update(sts).digest('hex'), scope, signed: names.join(';'), amz };
}

describe.each(backends())('S3 API on %s', (backend) => {
  let c: TestController;
  let host: string;
  let cred: Cred;
  let readerCred: Cred;
  let swiftToken: string;
  let acct: string;

  /** A signed S3 request. `key` is the raw key (encoded here per segment). */
  async function s3(method: string, path: string, o: { query?: [string, string][]; headers?: Record<string, string>; body?: Buffer | string; cred?: Cred; date?: Date; payload?: string; unsigned?: boolean } = {}): Promise<Res> {
    const encPath = '/object-store/s3' + path.split('/').map(enc).join('/');
    const body = o.body === undefined ? Buffer.alloc(0) : Buffer.from(o.body);
    const payload = o.payload ?? sha256(body);
    const headers: Record<string, string> = { host, 'x-amz-content-sha256': payload, ...o.headers };
    const date = o.date ?? new Date();
    headers['x-amz-date'] = amzDate(date);
    const s = sign({ method, path: encPath, query: o.query ?? [], headers, payload, cred: o.cred ?? cred, date });
    const h: Record<string, string> = { ...headers };
    delete h.host;
    if (!o.unsigned) h.authorization = `AWS4-HMAC-SHA256 Credential=${(o.cred ?? cred).access}/${s.scope}, SignedHeaders=${s.signed}, Signature=${s.signature}`;
    const qs = (o.query ?? []).map(([k, v]) => (v === '' && !k.includes('=') ? enc(k) : `${enc(k)}=${enc(v)}`)).join('&');
    const res = await fetch(`${c.url}${encPath}${qs ? `?${qs}` : ''}`, { method, headers: h, body: method === 'GET' || method === 'HEAD' ? undefined : body });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
  }

  async function swift(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Res> {
    const res = await fetch(`${c.url}/object-store${acct}${path}`, { method, headers: { 'x-auth-token': swiftToken, ...headers }, body });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
  }

  /** Records a validated response for the spec's coverage check and asserts the status. */
  function ok(op: string, r: Res, status: number): void {
    expect(r.status, r.text).toBe(status);
    expect(checkResponse('object-store', op, r.status, undefined)).toBeNull();
  }

  const code = (r: Res): string | undefined => /<Code>([^<]*)<\/Code>/.exec(r.text)?.[1];

  async function ec2(token: string, userId: string, projectId: string): Promise<Cred> {
    const res = await fetch(`${c.url}/identity/v3/users/${userId}/credentials/OS-EC2`, { method: 'POST', headers: { 'x-auth-token': token, 'content-type': 'application/json' }, body: JSON.stringify({ tenant_id: projectId }) });
    expect(res.status).toBe(201);
    const b = (await res.json()) as { credential: Cred };
    return { access: b.credential.access, secret: b.credential.secret };
  }

  beforeAll(async () => {
    c = await startTestController({ backend });
    host = new URL(c.url).host;
    const m = await c.createProjectUser('member');
    swiftToken = m.token;
    acct = `/v1/AUTH_${m.projectId}`;
    cred = await ec2(m.token, m.userId, m.projectId);
    const r = await c.createProjectUser('reader', { projectId: m.projectId });
    readerCred = await ec2(r.token, r.userId, m.projectId);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('refuses unsigned, unknown, wrongly signed and skewed requests in S3 XML', async () => {
    let r = await s3('GET', '', { unsigned: true });
    expect([r.status, code(r)]).toEqual([403, 'AccessDenied']);
    expect(r.headers.get('content-type')).toBe('application/xml');
    expect(r.text).toMatch(/<RequestId>req-[0-9a-f-]+<\/RequestId>/);
    r = await s3('GET', '', { cred: { access: 'nope', secret: cred.secret } });
    expect([r.status, code(r)]).toEqual([403, 'InvalidAccessKeyId']);
    r = await s3('GET', '', { cred: { access: cred.access, secret: 'wrong' } });
    expect([r.status, code(r)]).toEqual([403, 'SignatureDoesNotMatch']);
    expect(r.text).not.toContain(cred.secret);
    r = await s3('GET', '', { date: new Date(Date.now() - 16 * 60_000) });
    expect([r.status, code(r)]).toEqual([403, 'RequestTimeTooSkewed']);
    // 14 minutes off is within S3's 15.
    ok('listS3Buckets', await s3('GET', '', { date: new Date(Date.now() + 14 * 60_000) }), 200);
  });

  it('creates, lists, heads, locates and deletes buckets; S3 name rules; 409s', async () => {
    ok('createS3Bucket', await s3('PUT', '/bkt-one'), 200);
    let r = await s3('PUT', '/bkt-one');
    expect([r.status, code(r)]).toEqual([409, 'BucketAlreadyOwnedByYou']);
    r = await s3('PUT', '/Bad_Name');
    expect([r.status, code(r)]).toEqual([400, 'InvalidBucketName']);
    r = await s3('GET', '');
    ok('listS3Buckets', r, 200);
    expect(r.text).toContain('<Bucket><Name>bkt-one</Name><CreationDate>');
    ok('showS3Bucket', await s3('HEAD', '/bkt-one'), 200);
    expect((await s3('HEAD', '/nope-bucket')).status).toBe(404);
    r = await s3('GET', '/bkt-one', { query: [['location', '']] });
    ok('listS3Objects', r, 200);
    expect(r.text).toContain('<LocationConstraint');
    // The bucket is a Swift container of the project.
    expect((await swift('HEAD', '/bkt-one')).status).toBe(204);
    ok('createS3Object', await s3('PUT', '/bkt-one/x', { body: 'x' }), 200);
    r = await s3('DELETE', '/bkt-one');
    expect([r.status, code(r)]).toEqual([409, 'BucketNotEmpty']);
    ok('deleteS3Object', await s3('DELETE', '/bkt-one/x'), 204);
    ok('deleteS3Bucket', await s3('DELETE', '/bkt-one'), 204);
    r = await s3('GET', '/bkt-one', { query: [['list-type', '2']] });
    expect([r.status, code(r)]).toEqual([404, 'NoSuchBucket']);
    expect(r.text).toContain('<Resource>/bkt-one</Resource>');
  });

  it('puts and gets objects shared with Swift: metadata, ranges, conditions, digests', async () => {
    await s3('PUT', '/data');
    const body = randomBytes(1000);
    let r = await s3('PUT', '/data/dir/a b+c.bin', { body, headers: { 'content-type': 'application/x-test', 'x-amz-meta-color': 'blue', 'content-md5': createHash('md5').update(body).digest('base64') } });
    ok('createS3Object', r, 200);
    expect(r.headers.get('etag')).toBe(`"${md5(body)}"`);
    // Swift sees the same object and metadata.
    const sw = await swift('GET', `/data/${encodeURIComponent('dir/a b+c.bin').replace(/%2F/g, '/')}`);
    expect(sw.status).toBe(200);
    expect(sw.bytes.equals(body)).toBe(true);
    expect(sw.headers.get('x-object-meta-color')).toBe('blue');
    expect(sw.headers.get('content-type')).toBe('application/x-test');
    // And S3 what Swift put.
    expect((await swift('PUT', '/data/from-swift', { 'x-object-meta-origin': 'swift' }, Buffer.from('hello'))).status).toBe(201);
    r = await s3('GET', '/data/from-swift');
    ok('showS3Object', r, 200);
    expect([r.text, r.headers.get('x-amz-meta-origin'), r.headers.get('etag')]).toEqual(['hello', 'swift', `"${md5('hello')}"`]);
    r = await s3('HEAD', '/data/dir/a b+c.bin');
    ok('showS3ObjectMetadata', r, 200);
    expect([r.headers.get('content-length'), r.headers.get('x-amz-meta-color')]).toEqual(['1000', 'blue']);
    r = await s3('GET', '/data/dir/a b+c.bin', { headers: { range: 'bytes=10-19' } });
    ok('showS3Object', r, 206);
    expect(r.bytes.equals(body.subarray(10, 20))).toBe(true);
    expect(r.headers.get('content-range')).toBe('bytes 10-19/1000');
    r = await s3('GET', '/data/dir/a b+c.bin', { headers: { range: 'bytes=5000-' } });
    expect([r.status, code(r)]).toEqual([416, 'InvalidRange']);
    ok('showS3Object', await s3('GET', '/data/dir/a b+c.bin', { headers: { 'if-none-match': `"${md5(body)}"` } }), 304);
    r = await s3('GET', '/data/dir/a b+c.bin', { headers: { 'if-match': '"0000"' } });
    expect([r.status, code(r)]).toEqual([412, 'PreconditionFailed']);
    r = await s3('GET', '/data/missing');
    expect([r.status, code(r)]).toEqual([404, 'NoSuchKey']);
    // A wrong Content-MD5 or payload hash: an error and nothing written.
    r = await s3('PUT', '/data/bad', { body: 'abc', headers: { 'content-md5': createHash('md5').update('xyz').digest('base64') } });
    expect([r.status, code(r)]).toEqual([400, 'BadDigest']);
    r = await s3('PUT', '/data/bad', { body: 'abc', payload: sha256('abd') });
    expect([r.status, code(r)]).toEqual([400, 'XAmzContentSHA256Mismatch']);
    expect((await s3('HEAD', '/data/bad')).status).toBe(404);
    // UNSIGNED-PAYLOAD is accepted (the signature still covers the headers).
    ok('createS3Object', await s3('PUT', '/data/unsigned', { body: 'u', payload: 'UNSIGNED-PAYLOAD' }), 200);
    // A dynamic large object made through Swift reads as its segments.
    await swift('PUT', '/data/seg/1', {}, Buffer.from('ab'));
    await swift('PUT', '/data/seg/2', {}, Buffer.from('cd'));
    await swift('PUT', '/data/dlo', { 'x-object-manifest': 'data/seg/' }, Buffer.alloc(0));
    r = await s3('GET', '/data/dlo');
    expect([r.status, r.text, r.headers.get('content-length')]).toEqual([200, 'abcd', '4']);
    // A reader may read but not write.
    r = await s3('PUT', '/data/by-reader', { body: 'r', cred: readerCred });
    expect([r.status, code(r)]).toEqual([403, 'AccessDenied']);
    expect((await s3('GET', '/data/from-swift', { cred: readerCred })).status).toBe(200);
  });

  it('lists with prefix, delimiter, max-keys and continuation tokens (v2) and markers (v1)', async () => {
    await s3('PUT', '/list');
    for (const k of ['a/1', 'a/2', 'b', 'c/x/y', 'd']) await s3('PUT', `/list/${k}`, { body: k });
    const keys = (t: string): string[] => [...t.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]!);
    const prefixes = (t: string): string[] => [...t.matchAll(/<CommonPrefixes><Prefix>([^<]*)<\/Prefix>/g)].map((m) => m[1]!);
    let r = await s3('GET', '/list', { query: [['list-type', '2'], ['delimiter', '/'], ['max-keys', '2']] });
    ok('listS3Objects', r, 200);
    expect([keys(r.text), prefixes(r.text)]).toEqual([['b'], ['a/']]);
    expect(r.text).toContain('<KeyCount>2</KeyCount>');
    let seen = [...keys(r.text), ...prefixes(r.text)];
    while (r.text.includes('<IsTruncated>true</IsTruncated>')) {
      const token = /<NextContinuationToken>([^<]*)</.exec(r.text)![1]!;
      r = await s3('GET', '/list', { query: [['list-type', '2'], ['delimiter', '/'], ['max-keys', '2'], ['continuation-token', token]] });
      seen = [...seen, ...keys(r.text), ...prefixes(r.text)];
    }
    expect(seen.sort()).toEqual(['a/', 'b', 'c/', 'd']);
    r = await s3('GET', '/list', { query: [['list-type', '2'], ['prefix', 'a/'], ['start-after', 'a/1']] });
    expect(keys(r.text)).toEqual(['a/2']);
    r = await s3('GET', '/list', { query: [['marker', 'b'], ['max-keys', '1']] });
    expect([keys(r.text), /<NextMarker>([^<]*)</.exec(r.text)?.[1]]).toEqual([['c/x/y'], 'c/x/y']);
    r = await s3('GET', '/list', { query: [['list-type', '2'], ['prefix', 'c/'], ['encoding-type', 'url']] });
    expect(r.text).toContain('<Key>c/x/y</Key>');
    expect(r.text).toContain('<EncodingType>url</EncodingType>');
  });

  it('copies (COPY and REPLACE directives) and deletes several objects at once', async () => {
    await s3('PUT', '/cpy');
    await s3('PUT', '/cpy/src', { body: 'source', headers: { 'x-amz-meta-k': 'v', 'content-type': 'text/plain' } });
    let r = await s3('PUT', '/cpy/dst', { headers: { 'x-amz-copy-source': '/cpy/src' } });
    ok('createS3Object', r, 200);
    expect(r.text).toContain(`<ETag>&quot;${md5('source')}&quot;</ETag>`);
    r = await s3('GET', '/cpy/dst');
    expect([r.text, r.headers.get('x-amz-meta-k'), r.headers.get('content-type')]).toEqual(['source', 'v', 'text/plain']);
    await s3('PUT', '/cpy/dst2', { headers: { 'x-amz-copy-source': 'cpy/src', 'x-amz-metadata-directive': 'REPLACE', 'x-amz-meta-n': 'new' } });
    r = await s3('HEAD', '/cpy/dst2');
    expect([r.headers.get('x-amz-meta-k'), r.headers.get('x-amz-meta-n')]).toEqual([null, 'new']);
    r = await s3('PUT', '/cpy/dst3', { headers: { 'x-amz-copy-source': '/cpy/nothing' } });
    expect([r.status, code(r)]).toEqual([404, 'NoSuchKey']);
    const doc = '<?xml version="1.0" encoding="UTF-8"?><Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Object><Key>src</Key></Object><Object><Key>dst</Key></Object><Object><Key>never</Key></Object></Delete>';
    r = await s3('POST', '/cpy', { query: [['delete', '']], body: doc, headers: { 'content-type': 'application/xml' } });
    ok('deleteS3Objects', r, 200);
    expect([...r.text.matchAll(/<Deleted><Key>([^<]*)</g)].map((m) => m[1])).toEqual(['src', 'dst', 'never']);
    expect((await s3('HEAD', '/cpy/src')).status).toBe(404);
    r = await s3('POST', '/cpy', { query: [['delete', '']], body: '<Delete><Object></Delete>' });
    expect([r.status, code(r)]).toEqual([400, 'MalformedXML']);
  });

  it('multipart: parts, ListParts, EntityTooSmall/InvalidPart, complete ("md5-2", an SLO for Swift), abort', async () => {
    await s3('PUT', '/mpu');
    let r = await s3('POST', '/mpu/big', { query: [['uploads', '']], headers: { 'content-type': 'video/x-test', 'x-amz-meta-m': '1' } });
    ok('updateS3MultipartUpload', r, 200);
    const uploadId = /<UploadId>([^<]*)</.exec(r.text)![1]!;
    const p1 = randomBytes(5 * 1024 * 1024);
    const p2 = randomBytes(1234);
    r = await s3('PUT', '/mpu/big', { query: [['partNumber', '1'], ['uploadId', uploadId]], body: p1 });
    ok('createS3Object', r, 200);
    const e1 = r.headers.get('etag')!;
    const e2 = (await s3('PUT', '/mpu/big', { query: [['partNumber', '2'], ['uploadId', uploadId]], body: p2 })).headers.get('etag')!;
    r = await s3('GET', '/mpu/big', { query: [['uploadId', uploadId]] });
    ok('showS3Object', r, 200);
    expect([...r.text.matchAll(/<PartNumber>(\d+)</g)].map((m) => m[1])).toEqual(['1', '2']);
    const complete = (parts: [number, string][]): string => `<CompleteMultipartUpload>${parts.map(([n, e]) => `<Part><PartNumber>${n}</PartNumber><ETag>${e}</ETag></Part>`).join('')}</CompleteMultipartUpload>`;
    r = await s3('POST', '/mpu/big', { query: [['uploadId', uploadId]], body: complete([[2, e2], [1, e1]]) });
    expect([r.status, code(r)]).toEqual([400, 'InvalidPartOrder']);
    r = await s3('POST', '/mpu/big', { query: [['uploadId', uploadId]], body: complete([[1, '"00000000000000000000000000000000"'], [2, e2]]) });
    expect([r.status, code(r)]).toEqual([400, 'InvalidPart']);
    // The parts listed in order complete; the ETag is S3's multipart form.
    r = await s3('POST', '/mpu/big', { query: [['uploadId', uploadId]], body: complete([[1, e1], [2, e2]]) });
    ok('updateS3MultipartUpload', r, 200);
    const want = `"${md5(Buffer.concat([Buffer.from(e1.replace(/"/g, ''), 'hex'), Buffer.from(e2.replace(/"/g, ''), 'hex')]))}-2"`;
    expect(r.text).toContain(`<ETag>${want.replace(/"/g, '&quot;')}</ETag>`);
    r = await s3('GET', '/mpu/big');
    expect(r.bytes.equals(Buffer.concat([p1, p2]))).toBe(true);
    expect([r.headers.get('etag'), r.headers.get('content-type'), r.headers.get('x-amz-meta-m')]).toEqual([want, 'video/x-test', '1']);
    r = await s3('GET', '/mpu/big', { headers: { range: `bytes=${p1.length - 2}-${p1.length + 1}`, 'if-match': want } });
    expect(r.status).toBe(206);
    expect(r.bytes.equals(Buffer.concat([p1.subarray(-2), p2.subarray(0, 2)]))).toBe(true);
    // Swift reads the same object as a static large object.
    const sw = await swift('GET', '/mpu/big');
    expect([sw.status, sw.headers.get('x-static-large-object')]).toEqual([200, 'True']);
    expect(sw.bytes.equals(Buffer.concat([p1, p2]))).toBe(true);
    // Its parts live beside the bucket, which S3 does not list; deleting the object removes them.
    expect((await s3('GET', '')).text).not.toContain('+segments');
    expect(Number((await swift('HEAD', '/mpu+segments')).headers.get('x-container-object-count'))).toBe(2);
    await s3('DELETE', '/mpu/big');
    expect(Number((await swift('HEAD', '/mpu+segments')).headers.get('x-container-object-count'))).toBe(0);
    // A part under 5 MiB that is not the last: EntityTooSmall. Abort removes everything.
    const u2 = /<UploadId>([^<]*)</.exec((await s3('POST', '/mpu/small', { query: [['uploads', '']] })).text)![1]!;
    const s1 = (await s3('PUT', '/mpu/small', { query: [['partNumber', '1'], ['uploadId', u2]], body: 'tiny' })).headers.get('etag')!;
    const s2 = (await s3('PUT', '/mpu/small', { query: [['partNumber', '2'], ['uploadId', u2]], body: 'tiny' })).headers.get('etag')!;
    r = await s3('POST', '/mpu/small', { query: [['uploadId', u2]], body: complete([[1, s1], [2, s2]]) });
    expect([r.status, code(r)]).toEqual([400, 'EntityTooSmall']);
    ok('deleteS3Object', await s3('DELETE', '/mpu/small', { query: [['uploadId', u2]] }), 204);
    r = await s3('PUT', '/mpu/small', { query: [['partNumber', '3'], ['uploadId', u2]], body: 'x' });
    expect([r.status, code(r)]).toEqual([404, 'NoSuchUpload']);
    expect(Number((await swift('HEAD', '/mpu+segments')).headers.get('x-container-object-count'))).toBe(0);
  });

  it('accepts aws-chunked signed uploads (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) and refuses a bad chunk signature', async () => {
    await s3('PUT', '/chunks');
    const data = randomBytes(70_000);
    const upload = async (tamper: boolean): Promise<Res> => {
      const date = new Date();
      const headers: Record<string, string> = { host, 'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', 'x-amz-date': amzDate(date), 'x-amz-decoded-content-length': String(data.length), 'content-encoding': 'aws-chunked' };
      const path = '/object-store/s3/chunks/streamed';
      const s = sign({ method: 'PUT', path, query: [], headers, payload: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', cred, date });
      const k = key(cred.secret, s.amz.slice(0, 8), 'us-east-1');
      let prev = s.signature;
      const parts: Buffer[] = [];
      for (const chunk of [data.subarray(0, 65536), data.subarray(65536), Buffer.alloc(0)]) {
        const sts = ['AWS4-HMAC-SHA256-PAYLOAD', s.amz, s.scope, prev, sha256(''), sha256(chunk)].join('\n');
        let sig = createHmac('sha256', k).update(sts).digest('hex');
        if (tamper && chunk.length > 0 && chunk.length < 65536) sig = sig.replace(/^./, (ch) => (ch === '0' ? '1' : '0'));
        parts.push(Buffer.from(`${chunk.length.toString(16)};chunk-signature=${sig}\r\n`), chunk, Buffer.from('\r\n'));
        prev = sig;
      }
      const h: Record<string, string> = { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${cred.access}/${s.scope}, SignedHeaders=${s.signed}, Signature=${s.signature}` };
      delete h.host;
      const res = await fetch(`${c.url}${path}`, { method: 'PUT', headers: h, body: Buffer.concat(parts) });
      const bytes = Buffer.from(await res.arrayBuffer());
      return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
    };
    let r = await upload(true);
    expect([r.status, code(r)]).toEqual([403, 'SignatureDoesNotMatch']);
    expect((await s3('HEAD', '/chunks/streamed')).status).toBe(404);
    r = await upload(false);
    expect(r.status, r.text).toBe(200);
    expect(r.headers.get('etag')).toBe(`"${md5(data)}"`);
    // The stored object is the decoded data (Content-Encoding aws-chunked is not kept as such).
    r = await s3('GET', '/chunks/streamed');
    expect(r.bytes.equals(data)).toBe(true);
  });

  it('serves presigned GET URLs until they expire', async () => {
    await s3('PUT', '/pre');
    await s3('PUT', '/pre/obj', { body: 'presigned!' });
    const url = (expires: number, date: Date, secret = cred.secret, method = 'GET', path = '/object-store/s3/pre/obj'): string => {
      const amz = amzDate(date);
      const query: [string, string][] = [
        ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'], ['X-Amz-Credential', `${cred.access}/${amz.slice(0, 8)}/us-east-1/s3/aws4_request`],
        ['X-Amz-Date', amz], ['X-Amz-Expires', String(expires)], ['X-Amz-SignedHeaders', 'host'],
      ];
      const s = sign({ method, path, query, headers: { host }, payload: 'UNSIGNED-PAYLOAD', cred: { ...cred, secret }, date });
      return `${c.url}${path}?${[...query, ['X-Amz-Signature', s.signature]].map(([k, v]) => `${enc(k!)}=${enc(v!)}`).join('&')}`;
    };
    let res = await fetch(url(60, new Date()));
    expect([res.status, await res.text()]).toEqual([200, 'presigned!']);
    res = await fetch(url(60, new Date(Date.now() - 120_000)));
    expect([res.status, /<Code>([^<]*)/.exec(await res.text())?.[1]]).toEqual([403, 'AccessDenied']);
    res = await fetch(url(60, new Date(), 'wrong'));
    expect([res.status, /<Code>([^<]*)/.exec(await res.text())?.[1]]).toEqual([403, 'SignatureDoesNotMatch']);
    // A presigned PUT: its query is authentication, not a sub-resource.
    res = await fetch(url(60, new Date(), cred.secret, 'PUT', '/object-store/s3/pre/put'), { method: 'PUT', body: 'via url' });
    expect(res.status, await res.text()).toBe(200);
    expect((await s3('GET', '/pre/put')).text).toBe('via url');
  });
});

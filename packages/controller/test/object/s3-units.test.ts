/** Units of the S3 face: the XML request documents and the aws-chunked decoder fed in arbitrary pieces. */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCompleteMultipart, parseDelete } from '../../src/object/s3/xml.js';
import { awsEncode, decodedBody, signingKey, type SignedRequest } from '../../src/object/s3/sigv4.js';

const collect = async (r: Readable): Promise<Buffer> => {
  const out: Buffer[] = [];
  for await (const c of r) out.push(c as Buffer);
  return Buffer.concat(out);
};

describe('S3 XML documents', () => {
  it('parses Delete and CompleteMultipartUpload, entities included', () => {
    expect(parseDelete('<?xml version="1.0"?>\n<Delete xmlns="x"><Quiet>true</Quiet><Object><Key>a&amp;b&#x20;c&lt;</Key></Object><Object><Key>d</Key><VersionId>v</VersionId></Object></Delete>'))
      .toEqual({ keys: ['a&b c<', 'd'], quiet: true });
    expect(parseCompleteMultipart('<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&quot;abc&quot;</ETag></Part><Part><ETag>"def"</ETag><PartNumber> 2 </PartNumber></Part></CompleteMultipartUpload>'))
      .toEqual([{ partNumber: 1, etag: 'abc' }, { partNumber: 2, etag: 'def' }]);
  });

  it('refuses what is not the document: DTDs, unknown entities, bad references, no parts', () => {
    for (const bad of [
      '<!DOCTYPE x [<!ENTITY e "x">]><Delete><Object><Key>&e;</Key></Object></Delete>',
      '<Delete><Object><Key>&nbsp;</Key></Object></Delete>',
      '<Delete><Object><Key>&#0;</Key></Object></Delete>',
      '<Delete><Object><Key>&#x110000;</Key></Object></Delete>',
      '<Delete><Object><Key>a & b</Key></Object></Delete>',
      '<Delete></Delete>',
      '<Other/>',
    ]) expect(() => parseDelete(bad), bad).toThrow(/not well-formed/);
    expect(() => parseCompleteMultipart('<CompleteMultipartUpload></CompleteMultipartUpload>')).toThrow(/not well-formed/);
    expect(() => parseCompleteMultipart('<CompleteMultipartUpload><Part><PartNumber>x</PartNumber><ETag>e</ETag></Part></CompleteMultipartUpload>')).toThrow(/not well-formed/);
  });

  it("encodes with AWS's rules", () => {
    expect(awsEncode("a b+c/d!'()*~é")).toBe('a%20b%2Bc%2Fd%21%27%28%29%2A~%C3%A9');
    expect(awsEncode('a/b c', true)).toBe('a/b%20c');
  });
});

describe('aws-chunked decoding', () => {
  const secret = 'secret';
  const s: SignedRequest = {
    accessKey: 'ak', scope: '20261207/us-east-1/s3/aws4_request', scopeDate: '20261207', region: 'us-east-1', amzDate: '20261207T120000Z',
    signedHeaders: ['host'], signature: 'a'.repeat(64), payloadHash: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', presigned: false,
  };
  const key = signingKey(secret, s.scopeDate, s.region);
  const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
  const encode = (chunks: Buffer[], tamper = -1): Buffer => {
    let prev = s.signature;
    const parts: Buffer[] = [];
    chunks.forEach((chunk, i) => {
      let sig = createHmac('sha256', key).update(['AWS4-HMAC-SHA256-PAYLOAD', s.amzDate, s.scope, prev, sha(''), sha(chunk)].join('\n')).digest('hex');
      if (i === tamper) sig = sig.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
      parts.push(Buffer.from(`${chunk.length.toString(16)};chunk-signature=${sig}\r\n`), chunk, Buffer.from('\r\n'));
      prev = sig;
    });
    return Buffer.concat(parts);
  };
  /** A stream yielding `b` in pieces of 1..size bytes (deterministic). */
  const pieces = (b: Buffer, size: number): Readable => Readable.from((function* () {
    for (let i = 0, n = 1; i < b.length; i += n, n = (n % size) + 1) yield b.subarray(i, i + n);
  })());

  it('decodes signed chunks split anywhere, and refuses a bad signature, a missing final chunk, trailing bytes', async () => {
    const data = randomBytes(20_000);
    const wire = encode([data.subarray(0, 8192), data.subarray(8192), Buffer.alloc(0)]);
    for (const size of [1, 7, 100, 65536]) expect((await collect(decodedBody(pieces(wire, size), s, key))).equals(data)).toBe(true);
    await expect(collect(decodedBody(pieces(encode([data, Buffer.alloc(0)], 0), 50), s, key))).rejects.toThrow(/chunk signature/);
    await expect(collect(decodedBody(pieces(encode([data, Buffer.alloc(0)], 1), 50), s, key))).rejects.toThrow(/chunk signature/);
    await expect(collect(decodedBody(Readable.from([encode([data])]), s, key))).rejects.toThrow(/terminated unexpectedly/);
    await expect(collect(decodedBody(Readable.from([Buffer.concat([wire, Buffer.from('x')])]), s, key))).rejects.toThrow(/after the final chunk/);
  });

  it('decodes unsigned chunks with trailers (STREAMING-UNSIGNED-PAYLOAD-TRAILER)', async () => {
    const wire = Buffer.from('5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n');
    const u = { ...s, payloadHash: 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' };
    expect((await collect(decodedBody(pieces(wire, 3), u, key))).toString()).toBe('hello world');
  });

  it('checks a signed SHA-256 payload at its end', async () => {
    const h = { ...s, payloadHash: sha('abc') };
    expect((await collect(decodedBody(Readable.from([Buffer.from('abc')]), h, key))).toString()).toBe('abc');
    await expect(collect(decodedBody(Readable.from([Buffer.from('abd')]), h, key))).rejects.toThrow(/x-amz-content-sha256/);
  });
});

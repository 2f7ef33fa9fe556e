/**
 * AWS Signature Version 4 as S3 checks it: the `Authorization: AWS4-HMAC-SHA256 ...` header
 * and presigned URLs (`X-Amz-*` query). The canonical request is rebuilt from the raw URL (path
 * segments and query re-encoded with AWS's rules, so every client's encoding canonicalises the
 * same), signatures are compared in constant time, and the secret never leaves this module's
 * callers (it is neither logged nor echoed in errors). The payload: a hex SHA-256 is checked as
 * the body streams; `UNSIGNED-PAYLOAD`; and the aws-chunked encodings
 * (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`, each chunk signed and chained to the previous
 * signature; `STREAMING-UNSIGNED-PAYLOAD-TRAILER`) are decoded by {@link decodedBody}.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { S3Error } from './xml.js';

/** The algorithm S3 accepts. */
const ALGORITHM = 'AWS4-HMAC-SHA256';
/** The largest clock difference accepted (S3: 15 minutes). */
export const MAX_SKEW_MS = 15 * 60 * 1000;
/** The longest presigned URL validity (S3: 7 days). */
const MAX_PRESIGN_S = 7 * 24 * 3600;
/** SHA-256 of the empty string. */
export const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

/** What a request claims: the access key, the credential scope, the signed headers and signature. */
export interface SignedRequest {
  accessKey: string;
  /** `YYYYMMDD/<region>/s3/aws4_request` */
  scope: string;
  /** `YYYYMMDD` of the scope. */
  scopeDate: string;
  region: string;
  /** `YYYYMMDDTHHMMSSZ` */
  amzDate: string;
  signedHeaders: string[];
  signature: string;
  /** The x-amz-content-sha256 value (presigned: UNSIGNED-PAYLOAD). */
  payloadHash: string;
  presigned: boolean;
  /** Presigned: seconds of validity from amzDate. */
  expires?: number;
}

/** The request parts the signature covers. */
export interface RawRequest {
  method: string;
  /** The raw URL (path and query, as received). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Percent-encodes with AWS's rules: everything but A-Z a-z 0-9 - _ . ~ (and `/` when `keepSlash`). */
export function awsEncode(s: string, keepSlash = false): string {
  const e = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return keepSlash ? e.replace(/%2F/g, '/') : e;
}

/** Percent-decodes a URL part as UTF-8; 400 InvalidURI when malformed. */
export function decodeUrlPart(s: string, plus = false): string {
  try {
    return decodeURIComponent(plus ? s.replace(/\+/g, ' ') : s);
  } catch {
    throw new S3Error(400, 'InvalidURI', "Couldn't parse the specified URI.");
  }
}

/** The raw query's pairs, decoded (order kept). */
export function queryPairs(rawQuery: string): [string, string][] {
  if (!rawQuery) return [];
  return rawQuery.split('&').filter(Boolean).map((part) => {
    const eq = part.indexOf('=');
    return [decodeUrlPart(eq < 0 ? part : part.slice(0, eq), true), eq < 0 ? '' : decodeUrlPart(part.slice(eq + 1), true)];
  });
}

/** The first value of a header, trimmed, spaces collapsed (as canonical headers want). */
function headerValue(headers: RawRequest['headers'], name: string): string | undefined {
  const v = headers[name];
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v.join(',') : v).trim().replace(/\s+/g, ' ');
}

const invalidAuth = (msg: string): S3Error => new S3Error(400, 'AuthorizationHeaderMalformed', msg);

/** Parses `<date>/<region>/s3/aws4_request` of a credential. */
function parseCredential(cred: string): { accessKey: string; scope: string; scopeDate: string; region: string } {
  const parts = cred.split('/');
  if (parts.length !== 5 || parts[3] !== 's3' || parts[4] !== 'aws4_request' || !/^\d{8}$/.test(parts[1]!) || !parts[0]) {
    throw invalidAuth('The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".');
  }
  return { accessKey: parts[0], scope: parts.slice(1).join('/'), scopeDate: parts[1]!, region: parts[2]! };
}

/**
 * What the request claims (header or presigned query), or null when it is not signed at all
 * (anonymous). 400/403 in S3's shapes when malformed.
 */
export function parseSigned(req: RawRequest): SignedRequest | null {
  const qi = req.url.indexOf('?');
  const query = new Map(queryPairs(qi < 0 ? '' : req.url.slice(qi + 1)));
  const auth = headerValue(req.headers, 'authorization');
  if (auth !== undefined) {
    if (!auth.startsWith(`${ALGORITHM} `)) {
      if (auth.startsWith('AWS ')) throw new S3Error(400, 'InvalidRequest', 'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.');
      throw invalidAuth('The authorization header is malformed.');
    }
    const fields = new Map<string, string>();
    for (const kv of auth.slice(ALGORITHM.length + 1).split(',')) {
      const eq = kv.indexOf('=');
      if (eq > 0) fields.set(kv.slice(0, eq).trim(), kv.slice(eq + 1).trim());
    }
    const cred = fields.get('Credential');
    const signed = fields.get('SignedHeaders');
    const signature = fields.get('Signature');
    if (!cred || !signed || !signature) throw invalidAuth('The authorization header is malformed.');
    const amzDate = headerValue(req.headers, 'x-amz-date');
    if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate)) throw new S3Error(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header');
    const payloadHash = headerValue(req.headers, 'x-amz-content-sha256');
    if (!payloadHash) throw new S3Error(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
    return { ...parseCredential(cred), amzDate, signedHeaders: signed.split(';'), signature, payloadHash, presigned: false };
  }
  if (query.has('X-Amz-Signature') || query.has('X-Amz-Credential')) {
    if (query.get('X-Amz-Algorithm') !== ALGORITHM) throw new S3Error(400, 'AuthorizationQueryParametersError', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
    const cred = query.get('X-Amz-Credential');
    const amzDate = query.get('X-Amz-Date') ?? '';
    const expires = query.get('X-Amz-Expires') ?? '';
    const signed = query.get('X-Amz-SignedHeaders');
    const signature = query.get('X-Amz-Signature');
    if (!cred || !signed || !signature || !/^\d{8}T\d{6}Z$/.test(amzDate) || !/^\d+$/.test(expires)) {
      throw new S3Error(400, 'AuthorizationQueryParametersError', 'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.');
    }
    if (Number(expires) > MAX_PRESIGN_S) throw new S3Error(400, 'AuthorizationQueryParametersError', 'X-Amz-Expires must be less than a week (in seconds) that is 604800');
    return { ...parseCredential(cred), amzDate, signedHeaders: signed.split(';'), signature, payloadHash: 'UNSIGNED-PAYLOAD', presigned: true, expires: Number(expires) };
  }
  return null;
}

/** Milliseconds of an `YYYYMMDDTHHMMSSZ` date. */
export function amzDateMs(d: string): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8)), Number(d.slice(9, 11)), Number(d.slice(11, 13)), Number(d.slice(13, 15)));
}

/** 403 RequestTimeTooSkewed / AccessDenied (expired) when the request's time is not acceptable now. */
export function checkTime(s: SignedRequest, nowMs: number): void {
  const t = amzDateMs(s.amzDate);
  if (s.scopeDate !== s.amzDate.slice(0, 8)) throw new S3Error(403, 'SignatureDoesNotMatch', 'The credential scope date does not match the request date.');
  if (s.presigned) {
    if (t - nowMs > MAX_SKEW_MS) throw new S3Error(403, 'AccessDenied', 'Request is not valid yet');
    if (nowMs > t + s.expires! * 1000) throw new S3Error(403, 'AccessDenied', 'Request has expired');
    return;
  }
  if (Math.abs(t - nowMs) > MAX_SKEW_MS) throw new S3Error(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
}

/** The canonical request of SigV4 (the URL's path and query re-encoded with AWS's rules). */
export function canonicalRequest(req: RawRequest, s: Pick<SignedRequest, 'signedHeaders' | 'payloadHash' | 'presigned'>): string {
  const qi = req.url.indexOf('?');
  const rawPath = qi < 0 ? req.url : req.url.slice(0, qi);
  const path = rawPath.split('/').map((seg) => awsEncode(decodeUrlPart(seg))).join('/');
  const pairs = queryPairs(qi < 0 ? '' : req.url.slice(qi + 1))
    .filter(([k]) => !(s.presigned && k === 'X-Amz-Signature'))
    .map(([k, v]) => [awsEncode(k), awsEncode(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const query = pairs.map(([k, v]) => `${k}=${v}`).join('&');
  const headers = s.signedHeaders.map((h) => `${h}:${headerValue(req.headers, h) ?? ''}\n`).join('');
  return [req.method, path || '/', query, headers, s.signedHeaders.join(';'), s.payloadHash].join('\n');
}

/** The signing key of a secret for a scope date and region. */
export function signingKey(secret: string, date: string, region: string): Buffer {
  const kDate = createHmac('sha256', `AWS4${secret}`).update(date).digest();
  const kRegion = createHmac('sha256', kDate).update(region).digest();
  const kService = createHmac('sha256', kRegion).update('s3').digest();
  return createHmac('sha256', kService).update('aws4_request').digest();
}

const sha256hex = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** The expected signature of a request. */
export function expectedSignature(req: RawRequest, s: SignedRequest, key: Buffer): string {
  const toSign = [ALGORITHM, s.amzDate, s.scope, sha256hex(canonicalRequest(req, s))].join('\n');
  return createHmac('sha256', key).update(toSign).digest('hex');
}

/** Constant-time comparison of two hex signatures. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** 403 SignatureDoesNotMatch unless the request carries the right signature (host must be signed). */
export function verifySignature(req: RawRequest, s: SignedRequest, key: Buffer): void {
  if (!s.signedHeaders.includes('host')) throw new S3Error(403, 'AccessDenied', 'The host header must be signed.');
  if (!sameSignature(expectedSignature(req, s, key), s.signature.toLowerCase())) {
    throw new S3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
  }
}

/** Payload modes of `x-amz-content-sha256`. */
const STREAMING_SIGNED = 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD';
const STREAMING_UNSIGNED_TRAILER = 'STREAMING-UNSIGNED-PAYLOAD-TRAILER';

/** True when the body is aws-chunked (its length is x-amz-decoded-content-length). */
export function isStreaming(s: SignedRequest): boolean {
  return s.payloadHash === STREAMING_SIGNED || s.payloadHash === STREAMING_UNSIGNED_TRAILER;
}

/** 400 unless the payload mode is one this service decodes. */
export function checkPayloadMode(s: SignedRequest): void {
  const p = s.payloadHash;
  if (p === 'UNSIGNED-PAYLOAD' || p === STREAMING_SIGNED || p === STREAMING_UNSIGNED_TRAILER || /^[0-9a-f]{64}$/.test(p)) return;
  throw new S3Error(400, 'InvalidArgument', 'x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER or a SHA-256 hex digest.');
}

const MAX_CHUNK_HEADER = 4096;

/**
 * Decodes aws-chunked data (`<hex size>[;chunk-signature=<sig>]\r\n<data>\r\n` ..., a zero-size
 * chunk, then optional trailers and `\r\n`), verifying each chunk's signature when `signing` is
 * given (chained from the seed signature of the request). Streams: one chunk's data is hashed
 * and passed on as it arrives; a bad signature fails the stream before its end.
 */
class AwsChunkedDecoder extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  private state: 'header' | 'data' | 'data-crlf' | 'trailer' | 'done' = 'header';
  private remaining = 0;
  private chunkSig = '';
  private hash = createHash('sha256');
  private prevSig: string;
  decoded = 0;

  constructor(private readonly signing: { key: Buffer; amzDate: string; scope: string; seed: string } | null) {
    super();
    this.prevSig = signing?.seed ?? '';
  }

  private verifyChunk(): void {
    if (!this.signing) return;
    const toSign = ['AWS4-HMAC-SHA256-PAYLOAD', this.signing.amzDate, this.signing.scope, this.prevSig, EMPTY_SHA256, this.hash.digest('hex')].join('\n');
    const expected = createHmac('sha256', this.signing.key).update(toSign).digest('hex');
    if (!sameSignature(expected, this.chunkSig)) throw new S3Error(403, 'SignatureDoesNotMatch', 'The chunk signature we calculated does not match the signature you provided.');
    this.prevSig = this.chunkSig;
    this.hash = createHash('sha256');
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
      this.consume();
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }

  private consume(): void {
    for (;;) {
      if (this.state === 'header' || this.state === 'trailer') {
        const nl = this.buf.indexOf('\r\n');
        if (nl < 0) {
          if (this.buf.length > MAX_CHUNK_HEADER) throw new S3Error(400, 'IncompleteBody', 'The chunk header is too long.');
          return;
        }
        const line = this.buf.subarray(0, nl).toString('latin1');
        this.buf = this.buf.subarray(nl + 2);
        if (this.state === 'trailer') {
          if (line === '') this.state = 'done';
          continue;
        }
        const [sizeHex, ...exts] = line.split(';');
        if (!/^[0-9a-fA-F]{1,16}$/.test(sizeHex!)) throw new S3Error(400, 'IncompleteBody', 'Malformed aws-chunked encoding.');
        this.remaining = parseInt(sizeHex!, 16);
        const sig = exts.find((e) => e.startsWith('chunk-signature='));
        this.chunkSig = sig ? sig.slice('chunk-signature='.length) : '';
        if (this.signing && !this.chunkSig) throw new S3Error(403, 'SignatureDoesNotMatch', 'A chunk has no chunk-signature.');
        if (this.remaining === 0) {
          this.verifyChunk();
          // Signed streams end with `\r\n`; unsigned ones may carry trailers first.
          this.state = 'trailer';
          continue;
        }
        this.state = 'data';
      } else if (this.state === 'data') {
        if (this.buf.length === 0) return;
        const take = Math.min(this.remaining, this.buf.length);
        const part = this.buf.subarray(0, take);
        this.buf = this.buf.subarray(take);
        this.remaining -= take;
        this.decoded += take;
        if (this.signing) this.hash.update(part);
        this.push(part);
        if (this.remaining === 0) this.state = 'data-crlf';
      } else if (this.state === 'data-crlf') {
        if (this.buf.length < 2) return;
        if (this.buf[0] !== 0x0d || this.buf[1] !== 0x0a) throw new S3Error(400, 'IncompleteBody', 'Malformed aws-chunked encoding.');
        this.buf = this.buf.subarray(2);
        this.verifyChunk();
        this.state = 'header';
      } else {
        // After the final chunk nothing more may come.
        if (this.buf.length > 0) throw new S3Error(400, 'IncompleteBody', 'Data after the final chunk.');
        return;
      }
    }
  }

  override _flush(cb: TransformCallback): void {
    // A signed stream may end right after the zero chunk's `\r\n` (no trailer line).
    if (this.state !== 'done' && !(this.state === 'trailer' && this.buf.length === 0)) {
      cb(new S3Error(400, 'IncompleteBody', 'The request body terminated unexpectedly.'));
      return;
    }
    cb();
  }
}

/** Checks a hex SHA-256 payload hash as the body streams (400 XAmzContentSHA256Mismatch at the end). */
class Sha256Check extends Transform {
  private hash = createHash('sha256');
  constructor(private readonly expected: string) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    if (this.hash.digest('hex') !== this.expected) cb(new S3Error(400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.'));
    else cb();
  }
}

/**
 * The request body as the client meant it: aws-chunked decoded (and its chunk signatures
 * checked), or a signed SHA-256 checked at the end. Errors reach the consumer as stream errors.
 */
export function decodedBody(body: Readable, s: SignedRequest, key: Buffer): Readable {
  let out: Transform | null = null;
  if (s.payloadHash === STREAMING_SIGNED) out = new AwsChunkedDecoder({ key, amzDate: s.amzDate, scope: s.scope, seed: s.signature.toLowerCase() });
  else if (s.payloadHash === STREAMING_UNSIGNED_TRAILER) out = new AwsChunkedDecoder(null);
  else if (/^[0-9a-f]{64}$/.test(s.payloadHash)) out = new Sha256Check(s.payloadHash);
  if (!out) return body;
  const t = out;
  body.on('error', (e) => t.destroy(e));
  return body.pipe(t);
}

/** Sub-resources that Signature Version 2 signs (in the canonical resource, sorted). */
const V2_SUBRESOURCES = new Set([
  'acl', 'cors', 'delete', 'lifecycle', 'location', 'logging', 'notification', 'partNumber', 'policy', 'requestPayment', 'response-cache-control',
  'response-content-disposition', 'response-content-encoding', 'response-content-language', 'response-content-type', 'response-expires', 'restore',
  'tagging', 'torrent', 'uploadId', 'uploads', 'versionId', 'versioning', 'versions', 'website',
]);

/** A Signature Version 2 presigned URL (`AWSAccessKeyId`, `Expires`, `Signature`: boto3's default for presigning). */
export interface PresignedV2 {
  accessKey: string;
  expires: number;
  signature: string;
}

/** The V2 presigned parameters of a URL, or null when it has none. */
export function parsePresignedV2(req: RawRequest): PresignedV2 | null {
  const qi = req.url.indexOf('?');
  const query = new Map(queryPairs(qi < 0 ? '' : req.url.slice(qi + 1)));
  if (!query.has('AWSAccessKeyId') && !query.has('Signature')) return null;
  const accessKey = query.get('AWSAccessKeyId') ?? '';
  const expires = query.get('Expires') ?? '';
  const signature = query.get('Signature') ?? '';
  if (!accessKey || !signature || !/^\d{1,12}$/.test(expires)) throw new S3Error(403, 'AccessDenied', 'Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters');
  return { accessKey, expires: Number(expires), signature };
}

/**
 * 403 unless a V2 presigned URL is unexpired and signed with `secret` (HMAC-SHA1 of S3's string
 * to sign). Its resource is `/<bucket>/<key>` as sent (`mount`: the path prefix before it; botocore
 * signs without it), or the whole path.
 */
export function verifyPresignedV2(req: RawRequest, p: PresignedV2, secret: string, nowMs: number, mount: string): void {
  if (nowMs > p.expires * 1000) throw new S3Error(403, 'AccessDenied', 'Request has expired');
  const qi = req.url.indexOf('?');
  const full = qi < 0 ? req.url : req.url.slice(0, qi);
  const paths = full.startsWith(`${mount}/`) ? [full.slice(mount.length), full] : [full];
  if (!paths.some((path) => sameSignature(v2Signature(req, p, secret, path), p.signature))) {
    throw new S3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
  }
}

/** The V2 signature of a request for one resource path. */
function v2Signature(req: RawRequest, p: PresignedV2, secret: string, path: string): string {
  const qi = req.url.indexOf('?');
  const sub = queryPairs(qi < 0 ? '' : req.url.slice(qi + 1)).filter(([k]) => V2_SUBRESOURCES.has(k)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const resource = path + (sub.length ? `?${sub.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&')}` : '');
  const amz = Object.keys(req.headers).filter((h) => h.startsWith('x-amz-')).sort().map((h) => `${h}:${headerValue(req.headers, h) ?? ''}\n`).join('');
  const toSign = [req.method, headerValue(req.headers, 'content-md5') ?? '', headerValue(req.headers, 'content-type') ?? '', String(p.expires), amz + resource].join('\n');
  return createHmac('sha1', secret).update(toSign).digest('base64');
}

/**
 * The S3-compatible face of the object service, mounted inside it at `/object-store/s3`
 * (path-style: `/object-store/s3/<bucket>/<key>`). A bucket is a Swift container of the
 * credential's project and an object is the same row and data both ways: what boto3 puts,
 * `swift download` gets. Requests are signed with AWS SigV4 by a Keystone EC2 credential
 * (auth.ts); each operation is still a row of schemas/object-store.yaml and of the policy
 * table (reader for reads, member for writes, checked on the credential's roles).
 * Errors are S3's XML documents (xml.ts); data is streamed, never held whole.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkRule, ruleFor } from '../../auth.js';
import type { AppContext } from '../../context.js';
import { SWIFT_LIMITS } from '../limits.js';
import { decodeComponent } from '../names.js';
import { authenticate, S3_MOUNT, type S3Caller } from './auth.js';
import { bucketHandlers, serviceHandlers } from './buckets.js';
import { objectHandlers } from './objects.js';
import { decodedBody, queryPairs } from './sigv4.js';
import { errorDocument, S3Error, toS3Error } from './xml.js';

/** What a handler gets. */
export interface S3Request extends S3Caller {
  req: FastifyRequest;
  reply: FastifyReply;
  bucket?: string;
  key?: string;
  query: Map<string, string>;
  /** The body as the client meant it (aws-chunked decoded, signatures and hashes checked as it streams). */
  body(): Readable;
}

/** Handlers of one level by method. */
export type S3Handlers = Partial<Record<'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE', (r: S3Request) => Promise<unknown>>>;

/** The spec operation of each level and method. */
export const S3_OPERATIONS: Record<'service' | 'bucket' | 'object', Record<string, string>> = {
  service: { GET: 'listS3Buckets' },
  bucket: { GET: 'listS3Objects', HEAD: 'showS3Bucket', PUT: 'createS3Bucket', DELETE: 'deleteS3Bucket', POST: 'deleteS3Objects' },
  object: { GET: 'showS3Object', HEAD: 'showS3ObjectMetadata', PUT: 'createS3Object', DELETE: 'deleteS3Object', POST: 'updateS3MultipartUpload' },
};

/** Query parameters that authenticate (presigned URLs) or only name the operation for logs (`x-id`): not sub-resources. */
const NOT_SUBRESOURCES = /^(X-Amz-.*|AWSAccessKeyId|Signature|Expires|x-id)$/;

/** The sub-resources a request names (`?acl`, `?uploads`, ...), authentication parameters left out. */
export function subresources(query: Map<string, string>): string[] {
  return [...query.keys()].filter((k) => !NOT_SUBRESOURCES.test(k));
}

/** Decodes a bucket or key from the raw path: 400 InvalidURI when not UTF-8 (or NUL). */
function decodeName(raw: string): string {
  try {
    return decodeComponent(raw);
  } catch {
    throw new S3Error(400, 'InvalidURI', "Couldn't parse the specified URI.");
  }
}

/** The addressed bucket and key from the path after the mount (`/<bucket>/<key>`). */
export function parseS3Path(rest: string): { bucket?: string; key?: string } {
  const p = rest.startsWith('/') ? rest.slice(1) : rest;
  if (p === '') return {};
  const i = p.indexOf('/');
  const bucket = decodeName(i < 0 ? p : p.slice(0, i));
  const keyRaw = i < 0 ? '' : p.slice(i + 1);
  if (keyRaw === '') return { bucket };
  const key = decodeName(keyRaw);
  if (Buffer.byteLength(key) > SWIFT_LIMITS.max_object_name_length) throw new S3Error(400, 'KeyTooLongError', 'Your key is too long.');
  // Swift refuses `.`/`..` segments (clients normalising paths would reach another object): so does this face.
  if (key.split('/').some((s) => s === '.' || s === '..')) throw new S3Error(400, 'InvalidArgument', 'Object keys cannot contain "." or ".." path segments.');
  return { bucket, key };
}

/** The path after the mount and the raw query of a request URL. */
function splitUrl(url: string): { rest: string; rawQuery: string } {
  const qi = url.indexOf('?');
  const path = qi < 0 ? url : url.slice(0, qi);
  return { rest: path.startsWith(S3_MOUNT) ? path.slice(S3_MOUNT.length) : path, rawQuery: qi < 0 ? '' : url.slice(qi + 1) };
}

/** Sends an error as S3 does: the XML document (no body for HEAD), x-amz-request-id. */
function sendS3Error(ctx: AppContext, err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  let e = toS3Error(err);
  if (!e) {
    const fe = err as { statusCode?: number; message?: string };
    if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      e = new S3Error(fe.statusCode, fe.statusCode === 413 ? 'EntityTooLarge' : 'InvalidRequest', fe.message ?? 'Bad request');
    } else {
      ctx.logger.error('unhandled error', { reqId: req.id, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } });
      e = new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.');
    }
  }
  const resource = decodeURIComponentSafe(splitUrl(req.raw.url ?? '').rest || '/');
  reply.code(e.status).header('x-amz-request-id', req.id).header('Content-Type', 'application/xml');
  if (req.method === 'HEAD') return reply.send();
  return reply.send(errorDocument(e, resource, req.id));
}

/** Best-effort decoding for the error's Resource. */
function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The S3 plugin (registered by the object service under `/s3`). */
export default async function s3Routes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.setErrorHandler((err, req, reply) => sendS3Error(ctx, err, req, reply));
  app.setNotFoundHandler((req, reply) => sendS3Error(ctx, new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.'), req, reply));
  const spec = ctx.specs.require('object-store');
  const handlers = { service: serviceHandlers(ctx), bucket: bucketHandlers(ctx), object: objectHandlers(ctx) };

  const dispatch = async (req: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    const { rest, rawQuery } = splitUrl(req.raw.url ?? '');
    const path = parseS3Path(rest);
    const level = path.key !== undefined ? 'object' : path.bucket !== undefined ? 'bucket' : 'service';
    const method = req.method as keyof S3Handlers;
    const opId = S3_OPERATIONS[level][method];
    const handler = handlers[level][method];
    if (!opId || !handler) throw new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    req.operation = spec.operation(opId);
    const caller = await authenticate(ctx, req);
    req.auth = caller.auth;
    const denied = checkRule(ruleFor(opId), caller.auth);
    if (denied) throw new S3Error(403, 'AccessDenied', 'Access Denied');
    reply.header('x-amz-request-id', req.id);
    const query = new Map(queryPairs(rawQuery));
    const raw = (req.body as Readable | undefined) ?? req.raw;
    let body: Readable | null = null;
    return handler({ ...caller, req, reply, ...path, query, body: () => (body ??= decodedBody(raw, caller.signed, caller.signingKey)) });
  };
  // aws-chunked bodies are larger than their data: the data's own limit is checked as it streams.
  for (const method of ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const) {
    app.route({ method, url: '/', bodyLimit: 2 * SWIFT_LIMITS.max_file_size, handler: dispatch });
    app.route({ method, url: '/*', bodyLimit: 2 * SWIFT_LIMITS.max_file_size, handler: dispatch });
  }
}

/**
 * Swift v1 plugin (mounted at /object-store). Object names may hold `/`, and Swift's data path
 * is streams and headers rather than JSON bodies, so one dispatcher per method takes the raw
 * path, decodes and checks the names (src/object/names.ts), picks the spec operation of the
 * addressed level (account, container, object), authorizes it (src/object/access.ts) and runs
 * the handler. Every operation is still a row of the spec and of the policy table.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { methodNotAllowed } from '../errors.js';
import { defineRoute, recordRoutedOperation } from '../route.js';
import type { SpecOperation } from '../spec.js';
import type { AuthContext } from '../auth.js';
import { authorize } from './access.js';
import { BULK_LIMITS, bulkDelete, bulkOperation, extractArchive } from './bulk.js';
import { accountHandlers, containerHandlers } from './containers.js';
import { STORAGE_POLICY, SWIFT_LIMITS } from './limits.js';
import { parseQuery, parseSwiftPath, type SwiftPath } from './names.js';
import { startExpirer } from './expiry.js';
import { DLO_MAX_SEGMENTS, SLO_LIMITS } from './largeobjects.js';
import { objectHandlers } from './objects.js';
import { FORMPOST_INFO, formPost, isFormPost } from './formpost.js';
import s3Routes from './s3/routes.js';
import { QUOTA_INFO } from './quotas.js';
import { withStaticWeb } from './staticweb.js';
import { TEMPURL_INFO } from './tempurl.js';
import { VERSIONED_WRITES_INFO } from './versioning.js';

/** What a handler gets: the decoded path, the account's project, the strict query. */
export interface SwiftRequest {
  req: FastifyRequest;
  reply: FastifyReply;
  path: SwiftPath;
  /** The account's project. */
  projectId: string;
  /** False when only a container ACL let the caller in (src/object/access.ts). */
  owner: boolean;
  auth: AuthContext | null;
  /** True when a temp URL let the caller in. */
  tempUrl: boolean;
  query: Map<string, string>;
  /** The request body stream (uploads). */
  body: Readable;
  method: string;
}

/** A handler of one level, by HTTP method. */
export type SwiftHandlers = Partial<Record<'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE' | 'COPY', (r: SwiftRequest) => Promise<unknown>>>;

/** The spec operation of each level and method (COPY is createObject on the destination). */
const OPERATIONS: Record<'account' | 'container' | 'object', Record<string, string>> = {
  account: { GET: 'listContainers', HEAD: 'showAccountMetadata', POST: 'updateAccountMetadata' },
  container: { GET: 'listObjects', HEAD: 'showContainerMetadata', PUT: 'createContainer', POST: 'updateContainerMetadata', DELETE: 'deleteContainer' },
  object: { GET: 'showObject', HEAD: 'showObjectMetadata', PUT: 'createObject', COPY: 'createObject', POST: 'updateObjectMetadata', DELETE: 'deleteObject' },
};

/**
 * The capabilities document of `GET /info`: only what works (Tempest's discoverable_apis are its keys).
 * Not here: `container_sync`. Swift's container sync replicates a container to another
 * cluster (`X-Container-Sync-To`, a realm's cluster URL, `X-Container-Sync-Key`) from a
 * background daemon; an all-in-one controller has no second cluster or realm configuration to
 * sync to, so those headers are ignored and the feature is not advertised (docs/object-storage.md).
 */
export function capabilities(): Record<string, unknown> {
  return {
    swift: { version: '2.0.0-oscloud', ...SWIFT_LIMITS, strict_cors_mode: true, policies: [{ name: STORAGE_POLICY, default: true }] },
    slo: { ...SLO_LIMITS },
    dlo: { max_segments: DLO_MAX_SEGMENTS },
    versioned_writes: { allowed_flags: [...VERSIONED_WRITES_INFO.allowed_flags] },
    ...QUOTA_INFO,
    crossdomain: {},
    staticweb: {},
    bulk_delete: { ...BULK_LIMITS.bulk_delete },
    bulk_upload: { ...BULK_LIMITS.bulk_upload },
    formpost: { allowed_digests: [...FORMPOST_INFO.allowed_digests] },
    tempurl: { ...TEMPURL_INFO, methods: [...TEMPURL_INFO.methods], allowed_digests: [...TEMPURL_INFO.allowed_digests] },
  };
}

/**
 * Swift's transaction id, `tx<21 hex digits>-<Unix time as 10 hex digits>` (what clients and
 * Tempest expect in X-Trans-Id), made from the request id so both name the same request in logs.
 */
export function transId(requestId: string, now: Date): string {
  const hex = requestId.replace(/^req-/, '').replace(/[^0-9a-f]/gi, '').toLowerCase().padEnd(21, '0').slice(0, 21);
  return `tx${hex}-${Math.floor(now.getTime() / 1000).toString(16).padStart(10, '0')}`;
}

/**
 * Swift's crossdomain middleware: the Flash/Silverlight cross-domain policy at
 * `/crossdomain.xml`. Swift's default allows every domain; oscloud's grants none (browsers use
 * CORS now; the document only tells old plugins that nothing is shared).
 */
export const CROSSDOMAIN_POLICY =
  '<?xml version="1.0"?>\n<!DOCTYPE cross-domain-policy SYSTEM "http://www.adobe.com/xml/dtds/cross-domain-policy.dtd" >\n<cross-domain-policy>\n</cross-domain-policy>';

async function crossdomain(_req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  return reply.code(200).header('Content-Type', 'application/xml; charset=utf-8').send(CROSSDOMAIN_POLICY);
}

/** Swift's healthcheck middleware: `GET /healthcheck` is `200 OK` (text) while the service answers. */
async function healthcheck(_req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  return reply.code(200).header('Content-Type', 'text/plain; charset=utf-8').send('OK');
}

/**
 * Swift's `/info` at the host root too: python-swiftclient (`swift capabilities`) and Tempest
 * derive it from the storage URL's scheme and host, dropping the path.
 */
export async function rootRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  defineRoute(app, ctx, { service: 'object-store', op: 'showObjectStoreInfo' }, async () => capabilities());
}

/** Swift v1 plugin. */
export default async function objectStoreRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // Bodies are object data of any type: streamed to the handler, never parsed or buffered.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

  // Every answer of the object service (errors included) names its transaction as Swift does.
  app.addHook('onRequest', async (req, reply) => {
    reply.header('X-Trans-Id', transId(req.id, ctx.now()));
  });
  defineRoute(app, ctx, { service: 'object-store', op: 'showObjectStoreInfo' }, async () => capabilities());
  defineRoute(app, ctx, { service: 'object-store', op: 'showObjectStoreHealth' }, healthcheck);
  defineRoute(app, ctx, { service: 'object-store', op: 'showCrossDomainPolicy' }, crossdomain);

  const spec = ctx.specs.require('object-store');
  const ops = new Map<string, SpecOperation>();
  for (const level of [...Object.values(OPERATIONS), { bulkDelete: 'bulkDelete', extractArchive: 'extractArchive' }]) {
    for (const id of new Set(Object.values(level))) {
      if (!ops.has(id)) {
        const op = spec.operation(id);
        ops.set(id, op);
        recordRoutedOperation(ctx, op);
      }
    }
  }
  // Static web sites (src/object/staticweb.ts) wrap the container and object reads.
  const web = withStaticWeb(ctx, containerHandlers(ctx), objectHandlers(ctx));
  const handlers = { account: accountHandlers(ctx), container: web.container, object: web.object };
  const bulkHandlers = { bulkDelete: (r: SwiftRequest) => bulkDelete(ctx, r), extractArchive: (r: SwiftRequest) => extractArchive(ctx, r) };
  startExpirer(app, ctx);

  const dispatch = async (req: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    const url = req.raw.url ?? '';
    const qi = url.indexOf('?');
    const pathPart = qi < 0 ? url : url.slice(0, qi);
    const path = parseSwiftPath(pathPart.slice(pathPart.indexOf('/v1/') + 4));
    const level = path.object !== undefined ? 'object' : path.container !== undefined ? 'container' : 'account';
    const method = req.method as keyof SwiftHandlers;
    const query = parseQuery(qi < 0 ? '' : url.slice(qi + 1));
    const body = (req.body as Readable | undefined) ?? req.raw;
    // A form POST (src/object/formpost.ts) is signed by its own fields, not a token: an upload.
    if (isFormPost(req.method, path, req.headers)) {
      req.operation = ops.get('createObject')!;
      return formPost(ctx, req, reply, path, body);
    }
    // Bulk delete and archive extraction (src/object/bulk.ts) are operations of their own.
    const bulk = bulkOperation(level, method, query);
    const opId = bulk ?? OPERATIONS[level][method];
    const handler = bulk ? bulkHandlers[bulk] : handlers[level][method];
    if (!opId || !handler) throw methodNotAllowed('The method is not allowed for this resource.');
    const op = ops.get(opId)!;
    req.operation = op;
    const access = await authorize(ctx, req, op, path, query);
    return handler({ req, reply, path, projectId: access.projectId, owner: access.owner, auth: access.auth, tempUrl: access.tempUrl === true, query, body, method });
  };
  // The S3-compatible face (src/object/s3/): the same containers and objects, SigV4-signed.
  await app.register(async (s3) => s3Routes(s3, ctx), { prefix: '/s3' });
  // Swift's server-side copy method (WebDAV's COPY; Fastify routes only the methods it is told of).
  app.addHttpMethod('COPY');
  for (const method of ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'COPY'] as const) {
    app.route({ method, url: '/v1/*', bodyLimit: SWIFT_LIMITS.max_file_size, handler: dispatch });
  }
}

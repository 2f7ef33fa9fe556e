/** Account and container handlers (Swift api-ref: Accounts, Containers). */
import type { AppContext } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { httpDate, listingTime, storedNow, xTimestamp } from './http.js';
import { STORAGE_POLICY, SWIFT_LIMITS } from './limits.js';
import { listingQuery, renderListing, runListing } from './listing.js';
import { header, mergeMetadata, metadataHeaders, metadataUpdates, type Metadata } from './metadata.js';
import type { SwiftHandlers, SwiftRequest } from './routes.js';
import {
  accountMeta, accountTotals, containerPage, deleteContainerRow, findContainer, objectPage, parseJson, putContainerRow,
  updateAccountMeta, updateContainerMeta, type ContainerRow, type ContainerSettings, type ObjectRow,
} from './service.js';
import { cleanAcl } from './acl.js';
import { ACCOUNT_ACL_HEADER, cleanAccountAcl } from './accountacl.js';
import { checkAccountQuotaUpdates, checkContainerQuotaUpdates } from './quotas.js';
import { TEMP_URL_KEYS } from './tempurl.js';
import { versionHeaders, versionUpdates } from './versioning.js';

/** Sends a bodiless answer (HEAD, 201/202/204 of writes) with Swift's text content type. */
function empty(r: SwiftRequest, status: number, headers: Record<string, string | number> = {}, type = 'text/html; charset=UTF-8'): unknown {
  r.reply.code(status).headers(headers).header('Content-Type', type);
  if (status !== 204) r.reply.header('Content-Length', '0');
  return r.reply.send();
}

/** Account handlers. */
export function accountHandlers(ctx: AppContext): SwiftHandlers {
  /** The account's headers; its ACL and temp URL keys only for an owner (Swift's privileged headers). */
  const accountHeaders = async (projectId: string, owner: boolean): Promise<Record<string, string | number>> => {
    const [{ meta, accessControl, createdAt }, totals] = await Promise.all([accountMeta(ctx.db, projectId), accountTotals(ctx.db, projectId)]);
    return {
      'X-Account-Container-Count': totals.containers,
      'X-Account-Object-Count': totals.objects,
      'X-Account-Bytes-Used': totals.bytes,
      // The usage of the one storage policy (Swift sends these once the account has a container).
      ...(totals.containers > 0
        ? {
            [`X-Account-Storage-Policy-${STORAGE_POLICY}-Container-Count`]: totals.containers,
            [`X-Account-Storage-Policy-${STORAGE_POLICY}-Object-Count`]: totals.objects,
            [`X-Account-Storage-Policy-${STORAGE_POLICY}-Bytes-Used`]: totals.bytes,
          }
        : {}),
      'X-Timestamp': xTimestamp(createdAt ?? storedNow(ctx.now())),
      'Accept-Ranges': 'bytes',
      ...(owner && accessControl ? { [ACCOUNT_ACL_HEADER]: accessControl } : {}),
      ...metadataHeaders(owner ? meta : withoutTempUrlKeys(meta), 'account'),
    };
  };
  return {
    HEAD: async (r) => empty(r, 204, await accountHeaders(r.projectId, r.owner), 'text/plain; charset=utf-8'),
    GET: async (r) => {
      const q = listingQuery(r.query, header(r.req.headers, 'accept'), SWIFT_LIMITS.account_listing_limit);
      const entries = await runListing<ContainerRow>(q, (page) => containerPage(ctx.db, r.projectId, page));
      const out = renderListing(entries, q.format, { element: 'account', name: r.path.account, item: 'container' }, (c) => ({
        name: c.name, count: Number(c.object_count), bytes: Number(c.bytes_used), last_modified: listingTime(c.updated_at),
      }));
      r.reply.code(out.status).headers(await accountHeaders(r.projectId, r.owner)).header('Content-Type', out.contentType);
      // No body at all on a 204 (Fastify would drop the Content-Type of an empty one).
      return r.reply.send(out.status === 204 ? undefined : out.body);
    },
    POST: async (r) => {
      const updates = metadataUpdates(r.req.headers, 'account');
      checkAccountQuotaUpdates(updates, r.auth?.isAdmin === true);
      const aclValue = header(r.req.headers, ACCOUNT_ACL_HEADER.toLowerCase());
      const acl = aclValue === undefined ? undefined : cleanAccountAcl(aclValue);
      await updateAccountMeta(ctx, r.projectId, (m) => mergeMetadata(m, updates, 'account'), storedNow(ctx.now()), acl);
      return empty(r, 204);
    },
  };
}

/** The container or 404. */
async function container(ctx: AppContext, r: SwiftRequest): Promise<ContainerRow> {
  const c = await findContainer(ctx.db, r.projectId, r.path.container!);
  if (!c) throw notFound();
  return c;
}

/**
 * The settings changes a container PUT/POST asks for: ACLs (X-Container-Read/Write,
 * X-Remove-Container-Read/Write) and versioning (src/object/versioning.ts).
 */
function settingUpdates(r: SwiftRequest): ContainerSettings {
  const out: ContainerSettings = {};
  const versions = versionUpdates(r.req.headers);
  if (versions) out.versions = versions;
  // The ACLs are privileged: a read-write account ACL grantee's are ignored, as Swift strips them.
  if (!r.owner) return out;
  for (const kind of ['read', 'write'] as const) {
    if (header(r.req.headers, `x-remove-container-${kind}`) !== undefined) out[kind] = '';
    const v = header(r.req.headers, `x-container-${kind}`);
    if (v !== undefined) out[kind] = cleanAcl(kind, v);
  }
  return out;
}

/** The container metadata changes of a write; a non-owner's temp URL keys (privileged) are ignored. */
function containerUpdates(r: SwiftRequest): Map<string, string> {
  const updates = metadataUpdates(r.req.headers, 'container');
  if (!r.owner) for (const k of TEMP_URL_KEYS) updates.delete(k);
  return updates;
}

/** Metadata without the temp URL keys (never shown to callers an ACL let in). */
function withoutTempUrlKeys(m: Metadata): Metadata {
  return Object.fromEntries(Object.entries(m).filter(([k]) => !TEMP_URL_KEYS.includes(k)));
}

/** Container response headers (the ACLs and temp URL keys only for the owner, as Swift). */
function containerHeaders(c: ContainerRow, owner: boolean): Record<string, string | number> {
  return {
    ...(owner && c.read_acl ? { 'X-Container-Read': c.read_acl } : {}),
    ...(owner && c.write_acl ? { 'X-Container-Write': c.write_acl } : {}),
    'X-Container-Object-Count': Number(c.object_count),
    'X-Container-Bytes-Used': Number(c.bytes_used),
    'X-Timestamp': xTimestamp(c.created_at),
    'X-Put-Timestamp': xTimestamp(c.updated_at),
    'X-Storage-Policy': STORAGE_POLICY,
    'Accept-Ranges': 'bytes',
    'Last-Modified': httpDate(c.updated_at),
    ...versionHeaders(c),
    ...metadataHeaders(owner ? parseJson<Metadata>(c.metadata) : withoutTempUrlKeys(parseJson<Metadata>(c.metadata)), 'container'),
  };
}

/** Container handlers. */
export function containerHandlers(ctx: AppContext): SwiftHandlers {
  return {
    HEAD: async (r) => empty(r, 204, containerHeaders(await container(ctx, r), r.owner), 'text/plain; charset=utf-8'),
    GET: async (r) => {
      const c = await container(ctx, r);
      const q = listingQuery(r.query, header(r.req.headers, 'accept'), SWIFT_LIMITS.container_listing_limit);
      const entries = await runListing<ObjectRow>(q, (page) => objectPage(ctx.db, c.id, page));
      const out = renderListing(entries, q.format, { element: 'container', name: c.name, item: 'object' }, (o) => ({
        name: o.name, hash: o.etag, bytes: Number(o.bytes), content_type: o.content_type, last_modified: listingTime(o.last_modified),
      }));
      r.reply.code(out.status).headers(containerHeaders(c, r.owner)).header('Content-Type', out.contentType);
      // No body at all on a 204 (Fastify would drop the Content-Type of an empty one).
      return r.reply.send(out.status === 204 ? undefined : out.body);
    },
    PUT: async (r) => {
      const updates = containerUpdates(r);
      checkContainerQuotaUpdates(updates);
      const done = await putContainerRow(ctx, r.projectId, r.path.container!, (m) => mergeMetadata(m, updates, 'container'), settingUpdates(r), storedNow(ctx.now()));
      return empty(r, done === 'created' ? 201 : 202);
    },
    POST: async (r) => {
      const updates = containerUpdates(r);
      checkContainerQuotaUpdates(updates);
      await updateContainerMeta(ctx, r.projectId, r.path.container!, (m) => mergeMetadata(m, updates, 'container'), settingUpdates(r));
      return empty(r, 204);
    },
    DELETE: async (r) => {
      const done = await deleteContainerRow(ctx, r.projectId, r.path.container!);
      if (done === 'missing') throw notFound();
      if (done === 'not-empty') throw conflict('There was a conflict when trying to complete your request.');
      return empty(r, 204);
    },
  };
}

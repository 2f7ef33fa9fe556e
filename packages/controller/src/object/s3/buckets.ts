/**
 * S3 service and bucket operations over the project's Swift containers: ListBuckets,
 * CreateBucket, HeadBucket, DeleteBucket (409 BucketNotEmpty), GetBucketLocation,
 * ListObjects (v1) and ListObjectsV2 (prefix, delimiter, continuation-token, max-keys,
 * start-after, encoding-type=url) read by name ranges like Swift's listings, and DeleteObjects.
 */
import type { AppContext } from '../../context.js';
import { storedNow } from '../http.js';
import { runListing, type Entry } from '../listing.js';
import { containerPage, deleteContainerRow, findContainer, objectPage, parseJson, putContainerRow, type ContainerRow, type ObjectMeta, type ObjectRow } from '../service.js';
import { deleteS3Object, readSmallBody, s3Etag, s3Time } from './objects.js';
import { subresources, type S3Handlers, type S3Request } from './routes.js';
import { awsEncode } from './sigv4.js';
import { document, elements, esc, parseDelete, S3Error } from './xml.js';

/** Where a bucket's multipart parts live: a Swift container beside it (as Swift's s3api does). */
export const SEGMENTS_SUFFIX = '+segments';

/** S3's bucket name rules (3-63 characters: lower-case letters, digits, `.`, `-`; alphanumeric at both ends; not an IP address). */
export function validBucketName(name: string): boolean {
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) && !name.includes('..') && !/^\d+\.\d+\.\d+\.\d+$/.test(name);
}

/** The bucket's container or 404 NoSuchBucket. */
export async function bucketRow(ctx: AppContext, r: S3Request): Promise<ContainerRow> {
  const c = await findContainer(ctx.db, r.projectId, r.bucket!);
  if (!c) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
  return c;
}

/** Sends an XML document. */
export function sendXml(r: S3Request, status: number, body: string): unknown {
  return r.reply.code(status).header('Content-Type', 'application/xml').send(body);
}

/** Service-level handlers. */
export function serviceHandlers(ctx: AppContext): S3Handlers {
  return {
    GET: async (r) => {
      const items: string[] = [];
      let lower: { name: string; inclusive: boolean } | undefined;
      for (;;) {
        const page = await containerPage(ctx.db, r.projectId, { ...(lower ? { lower } : {}), reverse: false, limit: 1000 });
        for (const c of page) {
          if (!c.name.endsWith(SEGMENTS_SUFFIX)) items.push(`<Bucket>${elements({ Name: c.name, CreationDate: s3Time(c.created_at) })}</Bucket>`);
        }
        if (page.length < 1000) break;
        lower = { name: page[page.length - 1]!.name, inclusive: false };
      }
      const owner = `<Owner>${elements({ ID: r.projectId, DisplayName: r.auth.projectName ?? r.projectId })}</Owner>`;
      return sendXml(r, 200, document('ListAllMyBucketsResult', `${owner}<Buckets>${items.join('')}</Buckets>`));
    },
  };
}

/** `encoding-type=url`: names percent-encoded in the listing (keys may hold what XML cannot). */
function encoder(r: S3Request): (s: string) => string {
  const t = r.query.get('encoding-type');
  if (t === undefined) return (s) => s;
  if (t !== 'url') throw new S3Error(400, 'InvalidArgument', 'Invalid Encoding Method specified in Request');
  return (s) => awsEncode(s, true);
}

/** The opaque continuation token of a name. */
const token = (name: string): string => Buffer.from(name, 'utf8').toString('base64url');

/** ListObjects (v1) and ListObjectsV2 (`list-type=2`). */
async function listObjects(ctx: AppContext, r: S3Request): Promise<unknown> {
  const c = await bucketRow(ctx, r);
  const v2 = r.query.get('list-type') === '2';
  const enc = encoder(r);
  const maxRaw = r.query.get('max-keys');
  if (maxRaw !== undefined && !/^\d+$/.test(maxRaw)) throw new S3Error(400, 'InvalidArgument', 'Provided max-keys not an integer or within integer range');
  const maxKeys = Math.min(maxRaw === undefined ? 1000 : Number(maxRaw), 1000);
  const prefix = r.query.get('prefix') ?? '';
  const delimiter = r.query.get('delimiter') ?? '';
  let marker: string;
  const ct = r.query.get('continuation-token');
  const startAfter = r.query.get('start-after');
  if (v2) {
    if (ct !== undefined) {
      marker = Buffer.from(ct, 'base64url').toString('utf8');
      if (token(marker) !== ct) throw new S3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect');
    } else marker = startAfter ?? '';
  } else marker = r.query.get('marker') ?? '';
  const entries: Entry<ObjectRow>[] = maxKeys === 0 ? [] : await runListing<ObjectRow>(
    { prefix, delimiter, marker, endMarker: '', limit: maxKeys + 1, reverse: false, format: 'json' },
    (page) => objectPage(ctx.db, c.id, page),
  );
  const truncated = entries.length > maxKeys;
  const shown = entries.slice(0, maxKeys);
  const last = shown.length ? ('subdir' in shown[shown.length - 1]! ? (shown[shown.length - 1] as { subdir: string }).subdir : (shown[shown.length - 1] as { row: ObjectRow }).row.name) : '';
  const contents = shown.filter((e): e is { row: ObjectRow } => 'row' in e).map(({ row }) =>
    `<Contents>${elements({ Key: enc(row.name), LastModified: s3Time(row.last_modified), ETag: `"${s3Etag(row, parseJson<ObjectMeta>(row.metadata))}"`, Size: Number(row.bytes), StorageClass: 'STANDARD' })}</Contents>`,
  ).join('');
  const prefixes = shown.filter((e): e is { subdir: string } => 'subdir' in e).map((e) => `<CommonPrefixes><Prefix>${esc(enc(e.subdir))}</Prefix></CommonPrefixes>`).join('');
  const head = v2
    ? elements({
        Name: c.name, Prefix: enc(prefix), ...(startAfter !== undefined ? { StartAfter: enc(startAfter) } : {}), ...(ct !== undefined ? { ContinuationToken: ct } : {}),
        KeyCount: shown.length, MaxKeys: maxKeys, ...(delimiter ? { Delimiter: enc(delimiter) } : {}), IsTruncated: truncated,
        ...(truncated ? { NextContinuationToken: token(last) } : {}), ...(r.query.has('encoding-type') ? { EncodingType: 'url' } : {}),
      })
    : elements({
        Name: c.name, Prefix: enc(prefix), Marker: enc(marker), MaxKeys: maxKeys, ...(delimiter ? { Delimiter: enc(delimiter) } : {}), IsTruncated: truncated,
        ...(truncated ? { NextMarker: enc(last) } : {}), ...(r.query.has('encoding-type') ? { EncodingType: 'url' } : {}),
      });
  return sendXml(r, 200, document('ListBucketResult', head + contents + prefixes));
}

/** Bucket sub-resources this service answers on GET; any other (`?acl`, `?policy`...) is 501. */
const UNSUPPORTED_GET = ['acl', 'policy', 'cors', 'lifecycle', 'tagging', 'versioning', 'versions', 'uploads', 'website', 'logging', 'notification', 'replication', 'encryption', 'object-lock', 'accelerate', 'requestPayment', 'ownershipControls', 'publicAccessBlock'];

/** Bucket-level handlers. */
export function bucketHandlers(ctx: AppContext): S3Handlers {
  return {
    GET: async (r) => {
      if (r.query.has('location')) {
        await bucketRow(ctx, r);
        // Empty: the default region (us-east-1 for clients); any region name signs requests here.
        return sendXml(r, 200, document('LocationConstraint', ''));
      }
      const sub = UNSUPPORTED_GET.find((s) => r.query.has(s));
      if (sub) throw new S3Error(501, 'NotImplemented', `The bucket subresource ?${sub} is not implemented.`);
      return listObjects(ctx, r);
    },
    HEAD: async (r) => {
      await bucketRow(ctx, r);
      return r.reply.code(200).header('x-amz-bucket-region', 'us-east-1').send();
    },
    PUT: async (r) => {
      if (subresources(r.query).length > 0) throw new S3Error(501, 'NotImplemented', 'Bucket subresources are not implemented.');
      if (!validBucketName(r.bucket!)) throw new S3Error(400, 'InvalidBucketName', 'The specified bucket is not valid.');
      // The body, if any, is a CreateBucketConfiguration (a location constraint): read and ignored.
      await readSmallBody(r, 64 * 1024);
      const done = await putContainerRow(ctx, r.projectId, r.bucket!, (m) => m, {}, storedNow(ctx.now()));
      if (done === 'updated') throw new S3Error(409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.');
      return r.reply.code(200).header('Location', `/${r.bucket}`).send();
    },
    DELETE: async (r) => {
      const done = await deleteContainerRow(ctx, r.projectId, r.bucket!);
      if (done === 'missing') throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
      if (done === 'not-empty') throw new S3Error(409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty');
      // Its parts container goes with it when nothing is left in it (uploads in progress keep it).
      await deleteContainerRow(ctx, r.projectId, r.bucket! + SEGMENTS_SUFFIX);
      return r.reply.code(204).send();
    },
    POST: async (r) => {
      if (!r.query.has('delete')) throw new S3Error(501, 'NotImplemented', 'Only POST ?delete is implemented on buckets.');
      await bucketRow(ctx, r);
      const { keys, quiet } = parseDelete(await readSmallBody(r, 2 * 1024 * 1024));
      if (keys.length > 1000) throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');
      const out: string[] = [];
      for (const key of keys) {
        try {
          await deleteS3Object(ctx, r.projectId, r.bucket!, key);
          if (!quiet) out.push(`<Deleted>${elements({ Key: key })}</Deleted>`);
        } catch (e) {
          if (!(e instanceof S3Error)) throw e;
          out.push(`<Error>${elements({ Key: key, Code: e.code, Message: e.message })}</Error>`);
        }
      }
      return sendXml(r, 200, document('DeleteResult', out.join('')));
    },
  };
}

/**
 * S3 multipart uploads, stored as Swift's s3api stores them so that a completed upload is an
 * ordinary static large object (SLO) Swift reads too. In the container `<bucket>+segments`:
 * the upload's marker object `<key>/<uploadId>` (its content type and metadata) and its parts
 * `<key>/<uploadId>/<part number, 5 digits>`. Complete writes an SLO manifest of the listed
 * parts at `<key>` (S3's ETag `<md5 of the part md5s>-<n>` kept beside Swift's), removes the
 * marker and the parts not listed; Abort removes all of them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext } from '../../context.js';
import { storedNow } from '../http.js';
import { largeObjectEtag, type SloEntry } from '../largeobjects.js';
import { deleteObjectRow, findContainer, findObject, objectPage, parseJson, putContainerRow, type ObjectMeta, type ObjectRow } from '../service.js';
import { bucketRow, SEGMENTS_SUFFIX, sendXml } from './buckets.js';
import { commitObject, readSmallBody, s3Time, writeData } from './objects.js';
import type { S3Request } from './routes.js';
import { document, elements, parseCompleteMultipart, S3Error } from './xml.js';

/** S3's smallest part (all but the last). */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
/** S3's part numbers. */
const MAX_PART_NUMBER = 10_000;

const noSuchUpload = (): S3Error => new S3Error(404, 'NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.');

/** The part's object name. */
const partName = (key: string, uploadId: string, n: number): string => `${key}/${uploadId}/${String(n).padStart(5, '0')}`;

/** The upload's segments container and marker row, or NoSuchUpload. */
async function upload(ctx: AppContext, r: S3Request): Promise<{ containerId: string; marker: ObjectRow; uploadId: string }> {
  await bucketRow(ctx, r);
  const uploadId = r.query.get('uploadId') ?? '';
  if (!/^[0-9a-f]{32}$/.test(uploadId)) throw noSuchUpload();
  const c = await findContainer(ctx.db, r.projectId, r.bucket! + SEGMENTS_SUFFIX);
  const marker = c ? await findObject(ctx.db, c.id, `${r.key}/${uploadId}`) : null;
  if (!c || !marker) throw noSuchUpload();
  return { containerId: c.id, marker, uploadId };
}

/** Every part row of an upload, in part order. */
async function partRows(ctx: AppContext, containerId: string, key: string, uploadId: string): Promise<{ n: number; row: ObjectRow }[]> {
  const prefix = `${key}/${uploadId}/`;
  const out: { n: number; row: ObjectRow }[] = [];
  let lower = { name: prefix, inclusive: true };
  for (;;) {
    const page = await objectPage(ctx.db, containerId, { lower, upper: { name: `${key}/${uploadId}0`, inclusive: false }, reverse: false, limit: 1000 });
    for (const row of page) {
      const rest = row.name.slice(prefix.length);
      if (/^\d{5}$/.test(rest)) out.push({ n: Number(rest), row });
    }
    if (page.length < 1000) return out;
    lower = { name: page[page.length - 1]!.name, inclusive: false };
  }
}

/** CreateMultipartUpload (POST ?uploads). */
export async function createUpload(ctx: AppContext, r: S3Request, meta: ObjectMeta, contentType: string): Promise<unknown> {
  await bucketRow(ctx, r);
  const segments = r.bucket! + SEGMENTS_SUFFIX;
  await putContainerRow(ctx, r.projectId, segments, (m) => m, {}, storedNow(ctx.now()));
  const uploadId = randomUUID().replace(/-/g, '');
  if (Buffer.byteLength(partName(r.key!, uploadId, 1)) > 1024) throw new S3Error(400, 'KeyTooLongError', 'Your key is too long for a multipart upload.');
  const data = await writeData(ctx, Readable.from([]), { length: 0 });
  await commitObject(ctx, r.projectId, segments, `${r.key}/${uploadId}`, { ...data, contentType, meta });
  return sendXml(r, 200, document('InitiateMultipartUploadResult', elements({ Bucket: r.bucket, Key: r.key, UploadId: uploadId })));
}

/** UploadPart (PUT ?partNumber=&uploadId=). */
export async function uploadPart(ctx: AppContext, r: S3Request, length: number, expectedMd5: string | undefined): Promise<unknown> {
  const raw = r.query.get('partNumber') ?? '';
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PART_NUMBER) {
    throw new S3Error(400, 'InvalidArgument', `Part number must be an integer between 1 and ${MAX_PART_NUMBER}, inclusive`);
  }
  const { uploadId } = await upload(ctx, r);
  const data = await writeData(ctx, r.body(), { length, ...(expectedMd5 !== undefined ? { expectedMd5 } : {}) });
  await commitObject(ctx, r.projectId, r.bucket! + SEGMENTS_SUFFIX, partName(r.key!, uploadId, Number(raw)), { ...data, contentType: 'application/octet-stream', meta: { meta: {}, headers: {} } });
  return r.reply.code(200).header('ETag', `"${data.etag}"`).send();
}

/** ListParts (GET ?uploadId=): part-number-marker, max-parts. */
export async function listParts(ctx: AppContext, r: S3Request): Promise<unknown> {
  const { containerId, uploadId } = await upload(ctx, r);
  const markerRaw = r.query.get('part-number-marker') ?? '0';
  const maxRaw = r.query.get('max-parts') ?? '1000';
  if (!/^\d+$/.test(markerRaw) || !/^\d+$/.test(maxRaw)) throw new S3Error(400, 'InvalidArgument', 'part-number-marker and max-parts must be integers');
  const max = Math.min(Number(maxRaw), 1000);
  const all = (await partRows(ctx, containerId, r.key!, uploadId)).filter((p) => p.n > Number(markerRaw));
  const shown = all.slice(0, max);
  const truncated = all.length > shown.length;
  const parts = shown.map(({ n, row }) => `<Part>${elements({ PartNumber: n, LastModified: s3Time(row.last_modified), ETag: `"${row.etag}"`, Size: Number(row.bytes) })}</Part>`).join('');
  const owner = `<Owner>${elements({ ID: r.projectId, DisplayName: r.auth.projectName ?? r.projectId })}</Owner>`;
  return sendXml(r, 200, document('ListPartsResult', elements({
    Bucket: r.bucket, Key: r.key, UploadId: uploadId, PartNumberMarker: Number(markerRaw),
    NextPartNumberMarker: shown.length ? shown[shown.length - 1]!.n : 0, MaxParts: max, IsTruncated: truncated, StorageClass: 'STANDARD',
  }) + owner + owner.replace(/Owner>/g, 'Initiator>') + parts));
}

/** CompleteMultipartUpload (POST ?uploadId=). */
export async function completeUpload(ctx: AppContext, r: S3Request): Promise<unknown> {
  const { containerId, marker, uploadId } = await upload(ctx, r);
  const listed = parseCompleteMultipart(await readSmallBody(r, 4 * 1024 * 1024));
  for (let i = 1; i < listed.length; i++) {
    if (listed[i]!.partNumber <= listed[i - 1]!.partNumber) throw new S3Error(400, 'InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.');
  }
  const stored = new Map((await partRows(ctx, containerId, r.key!, uploadId)).map((p) => [p.n, p.row]));
  const segments = r.bucket! + SEGMENTS_SUFFIX;
  const entries: SloEntry[] = [];
  const md5s: Buffer[] = [];
  listed.forEach((p, i) => {
    const row = stored.get(p.partNumber);
    if (!row || row.etag !== p.etag.toLowerCase()) {
      throw new S3Error(400, 'InvalidPart', 'One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part\'s entity tag.');
    }
    if (i < listed.length - 1 && Number(row.bytes) < MIN_PART_SIZE) throw new S3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.');
    entries.push({ name: `/${segments}/${row.name}`, hash: row.etag, bytes: Number(row.bytes), content_type: row.content_type, last_modified: row.last_modified });
    md5s.push(Buffer.from(row.etag, 'hex'));
  });
  const s3Etag = `${createHash('md5').update(Buffer.concat(md5s)).digest('hex')}-${listed.length}`;
  const markerMeta = parseJson<ObjectMeta>(marker.metadata);
  const manifest = await writeData(ctx, Readable.from([Buffer.from(JSON.stringify(entries))]), {});
  await commitObject(ctx, r.projectId, r.bucket!, r.key!, {
    dataId: manifest.dataId,
    bytes: entries.reduce((n, e) => n + e.bytes, 0),
    etag: largeObjectEtag(entries.map((e) => e.hash)),
    contentType: marker.content_type,
    meta: { meta: markerMeta.meta, headers: markerMeta.headers, slo: true, s3Etag },
  });
  // The upload is done: its marker and the parts it did not use go.
  const now = storedNow(ctx.now());
  const used = new Set(listed.map((p) => p.partNumber));
  for (const [n, row] of stored) if (!used.has(n)) await deleteObjectRow(ctx, r.projectId, segments, row.name, now).catch(() => undefined);
  await deleteObjectRow(ctx, r.projectId, segments, marker.name, now).catch(() => undefined);
  return sendXml(r, 200, document('CompleteMultipartUploadResult', elements({ Location: `/${r.bucket}/${r.key}`, Bucket: r.bucket, Key: r.key, ETag: `"${s3Etag}"` })));
}

/** AbortMultipartUpload (DELETE ?uploadId=). */
export async function abortUpload(ctx: AppContext, r: S3Request): Promise<unknown> {
  const { containerId, marker, uploadId } = await upload(ctx, r);
  const segments = r.bucket! + SEGMENTS_SUFFIX;
  const now = storedNow(ctx.now());
  for (const { row } of await partRows(ctx, containerId, r.key!, uploadId)) await deleteObjectRow(ctx, r.projectId, segments, row.name, now).catch(() => undefined);
  await deleteObjectRow(ctx, r.projectId, segments, marker.name, now).catch(() => undefined);
  return r.reply.code(204).send();
}

/**
 * S3's XML: the error document (`<Error><Code>...`), response documents built from escaped
 * text, and the two small request documents this service reads (CompleteMultipartUpload,
 * Delete), parsed element by element (no DTDs, no entities beyond XML's five and numeric ones).
 */
import { ApiError } from '../../errors.js';
import { xml } from '../listing.js';

/** The S3 namespace of response documents. */
export const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** An error in S3's terms: status, Code, Message. */
export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'S3Error';
  }
}

/** S3 codes for the shared object code's errors (Swift-shaped ApiErrors) by status. */
const CODES: Record<number, string> = {
  400: 'InvalidArgument', 401: 'AccessDenied', 403: 'AccessDenied', 404: 'NoSuchKey', 405: 'MethodNotAllowed', 409: 'OperationAborted',
  411: 'MissingContentLength', 412: 'PreconditionFailed', 413: 'EntityTooLarge', 416: 'InvalidRange', 422: 'BadDigest', 501: 'NotImplemented', 503: 'ServiceUnavailable',
};

/** The S3 form of an error thrown by shared code, or null for an unexpected one (a 500). */
export function toS3Error(e: unknown): S3Error | null {
  if (e instanceof S3Error) return e;
  if (e instanceof ApiError && e.status < 500) return new S3Error(e.status, CODES[e.status] ?? 'InvalidRequest', e.message);
  if (e instanceof ApiError && CODES[e.status]) return new S3Error(e.status, CODES[e.status]!, e.message);
  return null;
}

/** Escapes text (or a number) for XML: the listings' escape. */
export function esc(s: string | number): string {
  return xml(String(s));
}

/** `<name>text</name>` for each defined value. */
export function elements(fields: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `<${k}>${esc(String(v))}</${k}>`).join('');
}

/** A response document: `<?xml ...?><root xmlns=...>inner</root>`. */
export function document(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${S3_NS}">${inner}</${root}>`;
}

/** S3's error document. */
export function errorDocument(e: S3Error, resource: string, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${elements({ Code: e.code, Message: e.message, Resource: resource, RequestId: requestId })}</Error>`;
}

const malformed = (): S3Error => new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');

/** Decodes XML text (the five entities, numeric references); 400 MalformedXML on anything else. */
export function unescapeXml(s: string): string {
  return s.replace(/&([^;&]*)(;?)/g, (_m, e: string, semi: string) => {
    if (semi !== ';') throw malformed();
    const cp = /^#x[0-9a-fA-F]{1,6}$/.test(e) ? parseInt(e.slice(2), 16) : /^#\d{1,7}$/.test(e) ? Number(e.slice(1)) : -1;
    if (cp >= 0) {
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw malformed();
      return String.fromCodePoint(cp);
    }
    const named = ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
    if (named === undefined) throw malformed();
    return named;
  });
}

/** The root element's content of a request document named `root`; 400 MalformedXML otherwise. */
function rootContent(xml: string, root: string): string {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^?]*\?>)?\s*/, '');
  if (/<!/.test(body)) throw malformed();
  const m = new RegExp(`^<${root}(\\s[^>]*)?>([\\s\\S]*)</${root}>\\s*$`).exec(body);
  if (!m) throw malformed();
  return m[2]!;
}

/** The contents of every `<tag>` child directly in `xml` (no nesting of the same tag). */
function children(xml: string, tag: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>|<${tag}(?:\\s[^>]*)?/>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ?? '');
  return out;
}

/** The text of the one `<tag>` child, or undefined. */
function text(xml: string, tag: string): string | undefined {
  const c = children(xml, tag);
  if (c.length > 1) throw malformed();
  return c.length ? unescapeXml(c[0]!) : undefined;
}

/** CompleteMultipartUpload: the parts, as listed. */
export function parseCompleteMultipart(xml: string): { partNumber: number; etag: string }[] {
  const parts = children(rootContent(xml, 'CompleteMultipartUpload'), 'Part').map((p) => {
    const n = text(p, 'PartNumber');
    const etag = text(p, 'ETag');
    if (n === undefined || !/^\d+$/.test(n.trim()) || etag === undefined) throw malformed();
    return { partNumber: Number(n.trim()), etag: etag.trim().replace(/^"(.*)"$/, '$1') };
  });
  if (parts.length === 0) throw malformed();
  return parts;
}

/** Delete (multi-object delete): the keys and the Quiet flag. */
export function parseDelete(xml: string): { keys: string[]; quiet: boolean } {
  const root = rootContent(xml, 'Delete');
  const keys = children(root, 'Object').map((o) => {
    const k = text(o, 'Key');
    if (k === undefined) throw malformed();
    return k;
  });
  if (keys.length === 0) throw malformed();
  return { keys, quiet: (text(root, 'Quiet') ?? 'false').trim().toLowerCase() === 'true' };
}

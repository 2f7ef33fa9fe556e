/**
 * Static web sites from containers (Swift's staticweb middleware). It acts on GET/HEAD of a
 * container or of a "directory" (an object path ending in `/`) for anonymous requests (or any
 * with `X-Web-Mode: true`), when the container has
 *
 * - `X-Container-Meta-Web-Index: <name>`: the object `<path>/<name>` is served instead;
 * - `X-Container-Meta-Web-Listings: true`: otherwise an HTML listing of that level
 *   (`X-Container-Meta-Web-Listings-CSS: <href>` links a style sheet);
 * - `X-Container-Meta-Web-Error: <name>`: a 404 or 401 of a read there answers with the
 *   object `<status><name>` (e.g. `404error.html`, a plain object) as body, keeping the status.
 *
 * Reading still needs the container's read ACL (`.r:*`, and `.rlistings` for the container
 * itself), as in Swift.
 */
import type { AppContext } from '../context.js';
import { ApiError, escapeHtml } from '../errors.js';
import { listingTime } from './http.js';
import { header, type Metadata } from './metadata.js';
import { encodeName } from './names.js';
import type { SwiftHandlers, SwiftRequest } from './routes.js';
import { findContainer, findObject, objectPage, objectService, parseJson, type ContainerRow } from './service.js';

/** The container's staticweb settings, when the request is in web mode and it has any. */
async function webSettings(ctx: AppContext, r: SwiftRequest): Promise<{ c: ContainerRow; meta: Metadata } | null> {
  const webMode = !r.auth || /^(true|yes|on|1)$/i.test(header(r.req.headers, 'x-web-mode') ?? '');
  if (!webMode || r.tempUrl || r.path.container === undefined) return null;
  const c = await findContainer(ctx.db, r.projectId, r.path.container);
  if (!c) return null;
  const meta = parseJson<Metadata>(c.metadata);
  return meta['web-index'] || meta['web-listings'] || meta['web-error'] ? { c, meta } : null;
}

/** True for Swift's truthy header values. */
const truthy = (v: string | undefined): boolean => /^(true|yes|on|1|t|y)$/i.test(v ?? '');

/** Swift's HTML listing of `prefix` in container `c`: subdirectories, then objects. */
async function htmlListing(ctx: AppContext, r: SwiftRequest, c: ContainerRow, prefix: string, css: string | undefined): Promise<string> {
  const rows = await objectPage(ctx.db, c.id, { lower: prefix ? { name: prefix, inclusive: true } : undefined, limit: 10_000, reverse: false });
  const dirs = new Set<string>();
  const files: { name: string; bytes: number; date: string }[] = [];
  for (const o of rows) {
    if (!o.name.startsWith(prefix)) break;
    const rest = o.name.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash >= 0) dirs.add(rest.slice(0, slash + 1));
    else if (rest) files.push({ name: rest, bytes: Number(o.bytes), date: listingTime(o.last_modified).slice(0, 19).replace('T', ' ') });
  }
  const title = `Listing of /v1/${escapeHtml(r.path.account)}/${escapeHtml(c.name)}/${escapeHtml(prefix)}`;
  const link = (name: string) => escapeHtml(encodeName(name));
  return [
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
    '<html>',
    ' <head>',
    `  <title>${title}</title>`,
    css ? `  <link rel="stylesheet" type="text/css" href="${escapeHtml(css)}" />` : '',
    ' </head>',
    ' <body>',
    `  <h1 id="title">${title}</h1>`,
    '  <table id="listing">',
    '   <tr id="heading"><th class="colname">Name</th><th class="colsize">Size</th><th class="coldate">Date</th></tr>',
    prefix ? '   <tr id="parent" class="item"><td class="colname"><a href="../">../</a></td><td class="colsize">&nbsp;</td><td class="coldate">&nbsp;</td></tr>' : '',
    ...[...dirs].map((d) => `   <tr class="item subdir"><td class="colname"><a href="${link(d)}">${escapeHtml(d)}</a></td><td class="colsize">&nbsp;</td><td class="coldate">&nbsp;</td></tr>`),
    ...files.map((f) => `   <tr class="item"><td class="colname"><a href="${link(f.name)}">${escapeHtml(f.name)}</a></td><td class="colsize">${f.bytes}</td><td class="coldate">${f.date}</td></tr>`),
    '  </table>',
    ' </body>',
    '</html>',
    '',
  ].filter((l) => l !== '').join('\n');
}

/**
 * Wraps the container and object GET/HEAD handlers with staticweb: index, listing and error
 * pages as described above; anything else goes to the wrapped handler unchanged.
 */
export function withStaticWeb(ctx: AppContext, container: SwiftHandlers, object: SwiftHandlers): { container: SwiftHandlers; object: SwiftHandlers } {
  const dirRead = (fallback: SwiftHandlers, method: 'GET' | 'HEAD') => async (r: SwiftRequest): Promise<unknown> => {
    const web = await webSettings(ctx, r);
    const prefix = r.path.object ?? '';
    if (!web || (prefix && !prefix.endsWith('/'))) return readWithErrorPage(r, web, method, fallback);
    const index = web.meta['web-index'];
    if (index && (await findObject(ctx.db, web.c.id, `${prefix}${index}`))) {
      return object[method]!({ ...r, path: { ...r.path, object: `${prefix}${index}` } });
    }
    if (truthy(web.meta['web-listings'])) {
      const html = await htmlListing(ctx, r, web.c, prefix, web.meta['web-listings-css']);
      r.reply.code(200).header('Content-Type', 'text/html; charset=UTF-8').header('Content-Length', Buffer.byteLength(html));
      return method === 'HEAD' ? r.reply.send() : r.reply.send(html);
    }
    return readWithErrorPage(r, web, method, fallback);
  };
  /** A read whose 404/401 is answered with the container's error page, when it has one. */
  const readWithErrorPage = async (r: SwiftRequest, web: { c: ContainerRow; meta: Metadata } | null, method: 'GET' | 'HEAD', fallback: SwiftHandlers): Promise<unknown> => {
    try {
      return await fallback[method]!(r);
    } catch (e) {
      const page = web?.meta['web-error'];
      if (!page || !(e instanceof ApiError) || (e.status !== 404 && e.status !== 401)) throw e;
      const o = await findObject(ctx.db, web.c.id, `${e.status}${page}`);
      const data = o ? await objectService(ctx).store.read(o.data_id) : null;
      if (!o || !data) throw e;
      r.reply.code(e.status).header('Content-Type', o.content_type).header('Content-Length', Number(o.bytes));
      if (method === 'HEAD') {
        data.stream.destroy();
        return r.reply.send();
      }
      return r.reply.send(data.stream);
    }
  };
  return {
    container: { ...container, GET: dirRead(container, 'GET'), HEAD: dirRead(container, 'HEAD') },
    object: { ...object, GET: dirRead(object, 'GET'), HEAD: dirRead(object, 'HEAD') },
  };
}

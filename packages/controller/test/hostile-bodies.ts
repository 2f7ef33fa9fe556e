/**
 * Hostile request bodies shared by the stream and event-loop tests: image data the format check
 * refuses (one builder per kind), and a plain HTTP client that sends a prepared Buffer, so the
 * test process spends no time building or serialising bodies while the server is measured.
 */
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

/** A qcow2 v3 header (104 bytes, no extensions) for a 1 MiB disk; `backing` names a backing file. */
export function qcow2Header(backing?: string): Buffer {
  const name = backing ? Buffer.from(backing, 'latin1') : Buffer.alloc(0);
  const h = Buffer.alloc(112 + name.length);
  h.writeUInt32BE(0x514649fb, 0); // magic 'QFI\xfb'
  h.writeUInt32BE(3, 4); // version
  h.writeBigUInt64BE(backing ? 112n : 0n, 8); // backing_file_offset
  h.writeUInt32BE(name.length, 16); // backing_file_size
  h.writeUInt32BE(16, 20); // cluster_bits (64 KiB clusters)
  h.writeBigUInt64BE(1024n * 1024n, 24); // virtual size
  h.writeUInt32BE(1, 36); // l1_size
  h.writeBigUInt64BE(0x30000n, 40); // l1_table_offset
  h.writeBigUInt64BE(0x10000n, 48); // refcount_table_offset
  h.writeUInt32BE(1, 56); // refcount_table_clusters
  h.writeUInt32BE(4, 96); // refcount_order
  h.writeUInt32BE(104, 100); // header_length; bytes 104..111 are the end-of-extensions marker
  name.copy(h, 112);
  return h;
}

/** `header` followed by zeros up to `size` bytes. */
export function padded(header: Buffer, size: number): Buffer {
  const b = Buffer.alloc(Math.max(size, header.length));
  header.copy(b);
  return b;
}

/** One kind of image data the upload must refuse, with the disk_format the image declares. */
export interface RefusedUpload {
  kind: string;
  diskFormat: string;
  data: Buffer;
}

/**
 * The refused uploads of issue 22 finding 2. Sizes straddle the 64 KiB inspection header so the
 * refusal lands both while earlier chunks are still being written and after the last one.
 */
export function refusedUploads(): RefusedUpload[] {
  return [
    // Refused as soon as the header is complete, with later chunks still arriving.
    { kind: 'qcow2 with a backing file', diskFormat: 'qcow2', data: padded(qcow2Header('/etc/passwd'), 256 * 1024) },
    // A text descriptor that may name any host file as an extent.
    {
      kind: 'VMDK descriptor',
      diskFormat: 'vmdk',
      data: padded(
        Buffer.from('# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\ncreateType="monolithicFlat"\n\n# Extent description\nRW 2048 FLAT "/etc/shadow" 0\n', 'latin1'),
        96 * 1024,
      ),
    },
    // Smaller than one qcow2 header: refused once the whole body arrived.
    { kind: 'qcow2 header truncated', diskFormat: 'qcow2', data: qcow2Header().subarray(0, 64) },
    // Declared qcow2, 40 KiB that are not one: refused at the end, after every chunk was written.
    { kind: 'too small for a qcow2', diskFormat: 'qcow2', data: Buffer.alloc(40 * 1024, 0x61) },
  ];
}

/** A response read in full. */
export interface PlainResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * Sends `body` (already a Buffer: nothing is serialised here) and reads the whole response.
 * With `chunkSize`, the body goes out in pieces of that size, each flushed before the next, as
 * over a real network: the server then sees small chunks arrive while it writes earlier ones.
 */
export function send(url: string, method: string, path: string, headers: Record<string, string>, body?: Buffer, chunkSize?: number): Promise<PlainResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: Number(u.port),
        method,
        path,
        headers: { accept: 'application/json', ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
        });
      },
    );
    req.on('error', reject);
    if (!body || !chunkSize) {
      req.end(body);
      return;
    }
    req.setNoDelay(true);
    let off = 0;
    const next = (): void => {
      if (off >= body.length || req.destroyed) {
        req.end();
        return;
      }
      const piece = body.subarray(off, off + chunkSize);
      off += piece.length;
      // The server may answer (and stop reading) before the last piece: that is not an error here.
      req.write(piece, () => setImmediate(next));
    };
    next();
  });
}

/** Null when `body` is Glance's error shape for `status` (`{code: "400 Bad Request", title, message}`), else why not. */
export function glanceErrorProblem(status: number, body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return 'body is not a JSON object';
  const b = body as Record<string, unknown>;
  if (typeof b.code !== 'string' || !b.code.startsWith(`${status} `)) return `code ${String(b.code)} does not start with ${status}`;
  if (typeof b.title !== 'string' || typeof b.message !== 'string') return 'title or message missing';
  return null;
}

#!/usr/bin/env node
// The "raw Node HTTP" baseline of bench/object.mjs: plain node:http with no framework, auth,
// database or hashing, serving files of one directory. `GET /<name>` streams the file
// (fs.createReadStream with --chunk bytes per read, piped to the response); `PUT /<name>`
// writes the body to the file and fsyncs it before answering 201 (the durability the object
// store gives). It prints its port on stdout once listening; stop it with SIGTERM.
// Usage: node bench/lib/raw-file-server.mjs --dir DIR [--chunk 1048576]
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import http from 'node:http';
import { basename, join } from 'node:path';
import process from 'node:process';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' }, chunk: { type: 'string', default: String(1024 * 1024) } } });
const dir = values.dir;
if (!dir) throw new Error('--dir is required');
const chunk = Number(values.chunk);

const server = http.createServer(async (req, res) => {
  // One path segment, no traversal: the bench names its files.
  const file = join(dir, basename(decodeURIComponent(req.url ?? '/')));
  try {
    if (req.method === 'GET') {
      const size = statSync(file).size;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
      await pipeline(createReadStream(file, { highWaterMark: chunk }), res);
    } else if (req.method === 'PUT') {
      await pipeline(req, createWriteStream(file));
      const fh = await open(file, 'r');
      await fh.sync();
      await fh.close();
      res.writeHead(201, { 'content-length': 0 }).end();
    } else {
      res.writeHead(405, { 'content-length': 0 }).end();
    }
  } catch {
    if (!res.headersSent) res.writeHead(500, { 'content-length': 0 }).end();
    else res.destroy();
  }
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)) && server.closeAllConnections());

// The API inside a network namespace: Tempest's scenario tests must run where the floating
// IPs are reachable (the all-in-one's external namespace, `external_netns` in aio.json), but
// the controller listens on 127.0.0.1 of the machine's own namespace, and nothing may add an
// address or route there. Unix sockets cross network namespaces (they live in the file
// system), so: a relay here listens on a unix socket and forwards to the controller; a relay
// started inside the namespace listens on 127.0.0.1:<the controller's port> there and forwards
// to that socket. Tempest inside the namespace then uses the catalog's URLs unchanged.
/* global process, URL */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';

/** Namespaces oscloud creates carry this prefix; the relay enters no other. */
const OWNED = /^osc-[A-Za-z0-9_.-]{1,60}$/;

/** Copies bytes both ways between two sockets; each side's end or error ends the other. */
function pipeBoth(a, b) {
  a.pipe(b);
  b.pipe(a);
  const close = () => {
    a.destroy();
    b.destroy();
  };
  a.on('error', close);
  b.on('error', close);
  a.on('close', close);
  b.on('close', close);
}

/** The inner relay's program (run with `node -e` inside the namespace): PORT SOCKET. */
const INNER = `
const { createServer, connect } = require('node:net');
const [port, sock] = process.argv.slice(1);
${pipeBoth.toString()}
const srv = createServer((c) => pipeBoth(c, connect(sock)));
srv.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\\n'));
process.on('SIGTERM', () => process.exit(0));
`;

/**
 * Starts both relays for the controller at `url` (http://127.0.0.1:PORT) into namespace `ns`;
 * resolves once the inner one listens. `stop()` ends both and removes the socket.
 */
export async function startRelay(ns, url, socketPath) {
  if (!OWNED.test(ns)) throw new Error(`refusing namespace ${JSON.stringify(ns)}: not one oscloud made (osc-...)`);
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(target.hostname)) throw new Error(`the relay forwards to loopback only, not ${target.hostname}`);
  const port = Number(target.port || 80);
  rmSync(socketPath, { force: true });
  const open = new Set();
  const outer = createServer((c) => {
    open.add(c);
    c.on('close', () => open.delete(c));
    pipeBoth(c, connect(port, '127.0.0.1'));
  });
  outer.listen(socketPath);
  await once(outer, 'listening');
  const inner = spawn('ip', ['netns', 'exec', ns, process.execPath, '-e', INNER, String(port), socketPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  inner.stderr.on('data', (d) => (err += d));
  // Not left behind when this process ends without stop() (an error, a signal).
  const killInner = () => inner.kill('SIGTERM');
  process.once('exit', killInner);
  const stop = async () => {
    process.off('exit', killInner);
    inner.kill('SIGTERM');
    const closed = new Promise((r) => outer.close(() => r()));
    for (const c of open) c.destroy();
    await closed;
    rmSync(socketPath, { force: true });
  };
  try {
    await new Promise((res, rej) => {
      inner.stdout.once('data', () => res());
      inner.once('exit', (code) => rej(new Error(`relay in ${ns} exited ${code}: ${err.trim()}`)));
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { stop };
}

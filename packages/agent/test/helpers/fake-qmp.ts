/**
 * A QMP server on a unix socket that behaves like QEMU's where it matters to the driver:
 * greeting, capabilities negotiation, one client at a time (the next one gets its greeting
 * only when the current one disconnects), scripted command answers.
 */
import { createServer, type Server, type Socket } from 'node:net';

/** Answers a command: a `return` value, or throws for a QMP error. */
export type QmpHandler = (args: Record<string, unknown> | undefined) => unknown;

/** What the fake saw and how it answers. */
export class FakeQmp {
  private server: Server | undefined;
  private active: Socket | undefined;
  private readonly queue: Socket[] = [];
  /** Commands received, in order (qmp_capabilities included). */
  readonly commands: string[] = [];
  readonly handlers = new Map<string, QmpHandler>([
    ['qmp_capabilities', () => ({})],
    ['query-status', () => ({ status: 'running', running: true })],
  ]);

  constructor(readonly path: string) {}

  async listen(): Promise<void> {
    const srv = createServer((sock) => {
      sock.on('close', () => this.onClose(sock));
      sock.on('error', () => {});
      if (this.active) this.queue.push(sock);
      else this.serve(sock);
    });
    await new Promise<void>((resolve, reject) => {
      srv.once('error', reject);
      srv.listen(this.path, () => resolve());
    });
    this.server = srv;
  }

  /** Clients connected but not served yet (waiting for their greeting). */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    for (const s of [this.active, ...this.queue]) s?.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private serve(sock: Socket): void {
    this.active = sock;
    sock.write(`${JSON.stringify({ QMP: { version: { qemu: { major: 8, minor: 0, micro: 0 } }, capabilities: [] } })}\n`);
    let buf = '';
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        if (!line) continue;
        const msg = JSON.parse(line) as { execute: string; arguments?: Record<string, unknown>; id?: unknown };
        this.commands.push(msg.execute);
        const h = this.handlers.get(msg.execute);
        let reply: Record<string, unknown>;
        try {
          if (!h) throw new Error(`The command ${msg.execute} has not been found`);
          reply = { return: h(msg.arguments) ?? {}, id: msg.id };
        } catch (e) {
          reply = { error: { class: 'GenericError', desc: (e as Error).message }, id: msg.id };
        }
        sock.write(`${JSON.stringify(reply)}\n`);
      }
    });
  }

  private onClose(sock: Socket): void {
    const i = this.queue.indexOf(sock);
    if (i >= 0) this.queue.splice(i, 1);
    if (this.active !== sock) return;
    this.active = undefined;
    const next = this.queue.shift();
    if (next) this.serve(next);
  }
}

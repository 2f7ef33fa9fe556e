/** A minimal QMP (QEMU Machine Protocol) client over a unix socket. */
import { connect, type Socket } from 'node:net';
import { EventEmitter } from 'node:events';

/** An event QEMU sent asynchronously. */
export interface QmpEvent {
  event: string;
  data?: Record<string, unknown>;
  timestamp?: unknown;
}

/** QEMU answered a command with an error. */
export class QmpError extends Error {
  constructor(
    readonly qmpClass: string,
    message: string,
  ) {
    super(`QMP ${qmpClass}: ${message}`);
    this.name = 'QmpError';
  }
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/** One negotiated QMP session; emits 'event' (QmpEvent) and 'close'. */
export class QmpClient extends EventEmitter {
  private buf = '';
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private greeting: ((v: unknown) => void) | undefined;
  private closed = false;
  /** Events seen so far, so waiters can't miss one that arrived early. */
  readonly events: QmpEvent[] = [];

  private constructor(private readonly sock: Socket) {
    super();
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => this.onData(d));
    sock.on('close', () => this.onClose(new Error('QMP connection closed')));
    sock.on('error', (e) => this.onClose(e));
  }

  /** Connects, reads the greeting and leaves capabilities negotiation mode. */
  static async connect(path: string, timeoutMs = 5000): Promise<QmpClient> {
    const sock = connect(path);
    const client = new QmpClient(sock);
    const timer = setTimeout(() => sock.destroy(new Error(`QMP connect to ${path} timed out`)), timeoutMs);
    try {
      await new Promise<void>((resolve, reject) => {
        client.greeting = () => resolve();
        sock.once('error', reject);
        sock.once('close', () => reject(new Error(`QMP ${path} closed before greeting`)));
      });
      await client.execute('qmp_capabilities');
      return client;
    } catch (e) {
      sock.destroy();
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs one command and resolves with its `return` value. */
  execute<T = unknown>(command: string, args?: Record<string, unknown>, timeoutMs = 10_000): Promise<T> {
    if (this.closed) return Promise.reject(new Error('QMP connection closed'));
    const id = String(this.nextId++);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`QMP ${command} timed out`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.sock.write(`${JSON.stringify({ execute: command, ...(args ? { arguments: args } : {}), id })}\n`);
    });
  }

  /** Resolves when an event matching `pred` arrives (or has arrived), rejects on timeout. */
  waitEvent(pred: (e: QmpEvent) => boolean, timeoutMs: number): Promise<QmpEvent> {
    const seen = this.events.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const onEvent = (e: QmpEvent): void => {
        if (!pred(e)) return;
        cleanup();
        resolve(e);
      };
      const onClose = (): void => {
        cleanup();
        reject(new Error('QMP connection closed while waiting for an event'));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error('timed out waiting for QMP event'));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.off('event', onEvent);
        this.off('close', onClose);
      };
      this.on('event', onEvent);
      this.on('close', onClose);
    });
  }

  /** Closes the session (QEMU keeps running). */
  close(): void {
    this.sock.destroy();
  }

  private onData(d: string): void {
    this.buf += d;
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl).trim();
      this.buf = this.buf.slice(nl + 1);
      if (!line) continue;
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      if ('QMP' in msg) {
        this.greeting?.(msg);
        this.greeting = undefined;
      } else if ('event' in msg) {
        const ev = msg as unknown as QmpEvent;
        this.events.push(ev);
        if (this.events.length > 100) this.events.shift();
        this.emit('event', ev);
      } else if (typeof msg.id === 'string') {
        const p = this.pending.get(msg.id);
        if (!p) continue;
        this.pending.delete(msg.id);
        if ('error' in msg) {
          const e = msg.error as { class?: string; desc?: string };
          p.reject(new QmpError(e.class ?? 'GenericError', e.desc ?? 'unknown error'));
        } else p.resolve(msg.return);
      }
    }
  }

  private onClose(err: Error): void {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.emit('close');
  }
}

/** Opens a session, runs `fn`, always closes. */
export async function withQmp<T>(path: string, fn: (q: QmpClient) => Promise<T>): Promise<T> {
  const q = await QmpClient.connect(path);
  try {
    return await fn(q);
  } finally {
    q.close();
  }
}

/**
 * Receiving a streamed request body (image data now, object data next) through checks into a
 * sink such as a temporary file. This is the one place request bodies are streamed, so that no
 * upload path can leave a stream error without a listener (an uncaught exception that kills
 * the controller) or a half-written file behind.
 */
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The client went away before the whole body arrived. */
export class ClientDisconnected extends Error {
  constructor() {
    super('client disconnected before the whole request body arrived');
    this.name = 'ClientDisconnected';
  }
}

/** Checks applied to a body on its way to the sink; any of them throwing refuses the body. */
export interface BodyChecks {
  /** Largest accepted body in bytes. */
  maxBytes?: number;
  /** The error once `maxBytes` is exceeded (default: a plain Error). */
  tooLarge?: () => Error;
  /** Sees every chunk, in order, before it is written. */
  inspect?: (chunk: Buffer) => void;
  /** Runs after the last chunk and before the sink is ended (e.g. a format verdict on the whole body). */
  finish?: () => void;
}

/** A sink the body is written to; `abort()` undoes it (removes the temporary file). */
export interface BodySink {
  stream: Writable;
  abort(): Promise<void>;
}

/** Bodies that already have our error listener (a body is received once, but never listened twice). */
const GUARDED = new WeakSet<Readable>();

/**
 * Streams `body` through `checks` into `sink.stream` with `stream/promises` pipeline and
 * resolves with the byte count once the sink has finished. On any failure (a check refusing,
 * the client disconnecting, the sink failing) every stream is destroyed with a listener in
 * place, `sink.abort()` has completed, and the first error is thrown. The body itself is never
 * destroyed (that would reset the connection before the refusal is answered): what the client
 * still sends is drained instead.
 */
export async function receiveBody(body: Readable, sink: BodySink, checks: BodyChecks = {}): Promise<number> {
  if (!GUARDED.has(body)) {
    GUARDED.add(body);
    // A body erroring later (the client resets while the rest is drained) must not be uncaught.
    body.on('error', () => undefined);
  }
  let bytes = 0;
  const gate = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        bytes += chunk.length;
        if (checks.maxBytes !== undefined && bytes > checks.maxBytes) throw checks.tooLarge?.() ?? new Error(`request body exceeds ${checks.maxBytes} bytes`);
        checks.inspect?.(chunk);
        done(null, chunk);
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done) {
      try {
        checks.finish?.();
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
  const disconnected = (): void => {
    if (!body.readableEnded) gate.destroy(new ClientDisconnected());
  };
  const bodyError = (): void => disconnected();
  body.once('close', disconnected);
  body.once('error', bodyError);
  try {
    if (!body.readableEnded && (body.destroyed || body.readableAborted)) throw new ClientDisconnected();
    // pipe() (not pipeline) for the body: it is paused and unpiped on failure, never destroyed.
    body.pipe(gate);
    await pipeline(gate, sink.stream);
    return bytes;
  } catch (e) {
    body.unpipe(gate);
    if (!body.destroyed && !body.readableEnded) body.resume();
    // pipeline has destroyed the sink; make sure of it if we failed before it ran.
    if (!sink.stream.destroyed) {
      sink.stream.on('error', () => undefined);
      sink.stream.destroy();
    }
    await sink.abort();
    throw e;
  } finally {
    body.off('close', disconnected);
    body.off('error', bodyError);
  }
}

/**
 * An interactive console session over a websocket (`oscloud console connect`): the terminal in
 * raw mode relays keystrokes to the guest's serial port and its output to stdout, until the
 * escape key (Ctrl-], as telnet) or the far end closes. Without a terminal, stdin is sent as it
 * comes and, once it ends, the session lasts until the guest has been quiet for `lingerMs`.
 */
import { WebSocket } from 'ws';
import { currentStreams } from './io.js';

/** Ctrl-]: ends an interactive session. */
const ESCAPE = 0x1d;

/** How a session ended. */
export interface ConsoleSessionEnd {
  /** The websocket close code (1000: normal, 1011: the cloud could not reach the console). */
  code: number;
  reason: string;
}

/** Options of a console session. */
export interface ConsoleSessionOptions {
  /** Without a terminal: how long the guest must be quiet after stdin ended (default 1000 ms). */
  lingerMs?: number;
  /** Websocket handshake timeout (default 15 s). */
  timeoutMs?: number;
}

/** Connects to a console URL and relays the process's stdin and stdout until the session ends. */
export async function runConsoleSession(url: string, o: ConsoleSessionOptions = {}): Promise<ConsoleSessionEnd> {
  const { stdin, stdout, stderr } = currentStreams();
  const ws = await open(url, o.timeoutMs ?? 15_000);
  const tty = stdin as NodeJS.ReadStream;
  const interactive = Boolean(tty.isTTY && typeof tty.setRawMode === 'function');
  if (interactive) {
    tty.setRawMode(true);
    stderr.write('Connected to the serial console; Ctrl-] leaves it.\r\n');
  }
  let quiet: NodeJS.Timeout | undefined;
  let stdinEnded = false;
  const linger = (): void => {
    if (!stdinEnded) return;
    clearTimeout(quiet);
    quiet = setTimeout(() => ws.close(1000), o.lingerMs ?? 1000);
  };
  const onInput = (chunk: Buffer | string): void => {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (interactive && buf.includes(ESCAPE)) {
      const before = buf.subarray(0, buf.indexOf(ESCAPE));
      if (before.length) ws.send(before, { binary: true });
      ws.close(1000);
      return;
    }
    if (ws.readyState === WebSocket.OPEN) ws.send(buf, { binary: true });
  };
  const onEnd = (): void => {
    stdinEnded = true;
    linger();
  };
  stdin.on('data', onInput);
  stdin.on('end', onEnd);
  ws.on('message', (data: Buffer) => {
    stdout.write(data);
    linger();
  });
  try {
    return await new Promise<ConsoleSessionEnd>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') })));
  } finally {
    clearTimeout(quiet);
    stdin.off('data', onInput);
    stdin.off('end', onEnd);
    if (interactive) tty.setRawMode(false);
    stdin.pause();
  }
}

/** Opens the websocket (subprotocol `binary`, as nova-serialproxy's clients ask). */
function open(url: string, timeoutMs: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ['binary'], { handshakeTimeout: timeoutMs });
    ws.once('open', () => {
      ws.removeAllListeners('error');
      ws.on('error', () => ws.terminate());
      resolve(ws);
    });
    ws.once('unexpected-response', (_req, res) => {
      ws.terminate();
      reject(new ConsoleRefusedError(res.statusCode ?? 0));
    });
    ws.once('error', (e) => reject(e));
  });
}

/** The console proxy refused the connection (401: the URL's token expired or is unknown). */
export class ConsoleRefusedError extends Error {
  override name = 'ConsoleRefusedError';
  constructor(readonly status: number) {
    super(status === 401 ? 'The console URL is not valid any more (its token expired or is unknown)' : `The console proxy refused the connection (HTTP ${status})`);
  }
}

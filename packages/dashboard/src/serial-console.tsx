// A server's serial console in the page: a websocket to the URL Nova's remote-consoles gives
// (a short-lived token in it), what the guest writes shown as text (terminal escape sequences
// removed), a line typed sent with Enter as the guest's keyboard would (CR), and Ctrl-C.
import { useEffect, useRef, useState } from 'preact/hooks';

/** The most text kept on screen: older output scrolls away. */
const KEEP = 64 * 1024;

/** Terminal output as plain text: CSI/OSC escape sequences and other control bytes removed, CRLF as LF. */
export function plainText(s: string): string {
  /* eslint-disable no-control-regex -- matching terminal control bytes is the point here */
  return s
    .replace(/\x1b\][^\x07\x1b]*(\x07|\x1b\\)/g, '')
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[()*+][0-9A-Za-z]/g, '')
    .replace(/\x1b[@-Z\\-_]/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
  /* eslint-enable no-control-regex */
}

/** The console of one server; `url` is the remote console's websocket URL. */
export function SerialConsole({ name, url, onClose }: { name: string; url: string; onClose: () => void }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<'connecting' | 'open' | 'closed'>('connecting');
  const ws = useRef<WebSocket | undefined>(undefined);
  const pre = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const socket = new WebSocket(url, ['binary']);
    socket.binaryType = 'arraybuffer';
    const decoder = new TextDecoder();
    ws.current = socket;
    socket.onopen = () => setState('open');
    socket.onmessage = (ev: MessageEvent<ArrayBuffer | string>) => {
      const chunk = typeof ev.data === 'string' ? ev.data : decoder.decode(ev.data, { stream: true });
      setText((t) => (t + plainText(chunk)).slice(-KEEP));
    };
    socket.onclose = (ev) => {
      setState('closed');
      if (ev.reason) setText((t) => `${t}\n[console closed: ${ev.reason}]`);
    };
    return () => socket.close();
  }, [url]);
  useEffect(() => {
    if (pre.current) pre.current.scrollTop = pre.current.scrollHeight;
  }, [text]);
  const send = (data: string) => {
    if (ws.current?.readyState === WebSocket.OPEN) ws.current.send(new TextEncoder().encode(data));
  };
  return (
    <section aria-label={`Serial console of ${name}`}>
      <h2>
        Serial console of {name} <small>({state})</small>
      </h2>
      <pre class="console" ref={pre} aria-live="polite">
        {text}
      </pre>
      <form
        aria-label="Console input"
        onSubmit={(ev) => {
          ev.preventDefault();
          const input = (ev.currentTarget as HTMLFormElement).elements.namedItem('line') as HTMLInputElement;
          send(`${input.value}\r`);
          input.value = '';
        }}
      >
        <label>
          Type a line (Enter sends it)
          <input name="line" autoComplete="off" disabled={state !== 'open'} />
        </label>
        <button type="button" class="secondary" onClick={() => send('\x03')} disabled={state !== 'open'}>
          Ctrl-C
        </button>{' '}
        <button type="button" class="secondary" onClick={onClose}>
          Close
        </button>
      </form>
    </section>
  );
}

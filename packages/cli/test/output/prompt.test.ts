import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { setStreams } from '../../src/output/io.js';
import { askYesNo, NoTerminalError } from '../../src/output/prompt.js';

function sink(isTTY: boolean) {
  let text = '';
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream: Object.assign(stream, { isTTY, columns: 80 }), text: () => text };
}

describe('prompts', () => {
  let restore: (() => void) | undefined;
  const savedCI = process.env.CI;
  afterEach(() => {
    restore?.();
    if (savedCI === undefined) delete process.env.CI;
    else process.env.CI = savedCI;
  });

  it('asks on stderr and reads the answer from stdin, leaving stdout clean', async () => {
    delete process.env.CI;
    const out = sink(true);
    const err = sink(true);
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    restore = setStreams({ stdout: out.stream, stderr: err.stream, stdin });
    const answer = askYesNo('Delete 2 servers?');
    setTimeout(() => stdin.write('y\r'), 20);
    expect(await answer).toBe(true);
    expect(out.text()).toBe('');
    expect(err.text()).toContain('Delete 2 servers?');
  });

  it('refuses to ask without a terminal', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    restore = setStreams({ stdout: sink(false).stream, stderr: sink(true).stream, stdin });
    await expect(askYesNo('Delete?')).rejects.toBeInstanceOf(NoTerminalError);
  });
});

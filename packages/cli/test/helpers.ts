/** Runs `oscloud` commands in-process with captured output, against nock-mocked clouds. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Errors, run } from '@oclif/core';
import nock from 'nock';
import { afterEach, beforeEach } from 'vitest';
import { setStreams } from '../src/output/io.js';

/** What a command printed and how it exited. */
export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const emptyClouds = join(mkdtempSync(join(tmpdir(), 'oscloud-cli-test-')), 'clouds.yaml');
writeFileSync(emptyClouds, 'clouds: {}\n');

/** A synchronous in-memory stream: output is complete the moment the command returns. */
function sink(isTTY = false): { stream: NodeJS.WritableStream & { isTTY?: boolean }; text: () => string } {
  let text = '';
  const stream = {
    isTTY,
    columns: 80,
    write(chunk: string | Uint8Array) {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      return true;
    },
  } as unknown as NodeJS.WritableStream & { isTTY?: boolean };
  return { stream, text: () => text };
}

/** How runCli's streams look to the command. */
export interface RunOptions {
  /** stdout is a terminal (80 columns). */
  stdoutTTY?: boolean;
  /** What the command reads on stdin (not a terminal). */
  stdin?: NodeJS.ReadableStream;
}

/** Runs `oscloud <argv>` with `env` as the only OS_* environment; never touches the network. */
export async function runCli(argv: string[], env: Record<string, string> = {}, options: RunOptions = {}): Promise<CliResult> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('OS_') || k.startsWith('CLIFF_')) delete process.env[k];
  Object.assign(process.env, { OS_TOKEN_CACHE: 'false', OS_CLIENT_CONFIG_FILE: emptyClouds, ...env });
  const out = sink(options.stdoutTTY);
  const err = sink();
  const restore = setStreams({ stdout: out.stream, stderr: err.stream, ...(options.stdin ? { stdin: options.stdin } : {}) });
  let exitCode = 0;
  try {
    await run(argv, root);
  } catch (e) {
    if (e instanceof Errors.ExitError || (e as { oclif?: { exit?: number } }).oclif?.exit !== undefined) {
      exitCode = (e as { oclif: { exit: number } }).oclif.exit;
    } else {
      throw e;
    }
  } finally {
    restore();
    process.env = saved;
  }
  return { stdout: out.text(), stderr: err.text(), exitCode };
}

/** The OS_* variables of a password cloud at https://cloud.test. */
export const PASSWORD_ENV = {
  OS_AUTH_URL: 'https://cloud.test:5000/v3',
  OS_USERNAME: 'demo',
  OS_PASSWORD: 'secret-password',
  OS_PROJECT_NAME: 'demo',
  OS_USER_DOMAIN_NAME: 'Default',
  OS_PROJECT_DOMAIN_NAME: 'Default',
  OS_REGION_NAME: 'RegionOne',
  OS_RETRIES: '0',
};

/** A Keystone token body with a catalog for every service at https://cloud.test. */
export function tokenBody(): Record<string, unknown> {
  const ep = (type: string, name: string, url: string) => ({
    type,
    name,
    id: `${name}-id`,
    endpoints: [{ id: `${name}-pub`, interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url }],
  });
  return {
    token: {
      methods: ['password'],
      user: { id: 'u1', name: 'demo', domain: { id: 'default', name: 'Default' }, password_expires_at: null },
      project: { id: 'p1', name: 'demo', domain: { id: 'default', name: 'Default' } },
      roles: [{ id: 'r1', name: 'member' }],
      expires_at: '2099-01-01T00:00:00.000000Z',
      issued_at: '2026-11-21T00:00:00.000000Z',
      audit_ids: ['a1'],
      is_domain: false,
      catalog: [
        ep('identity', 'keystone', 'https://cloud.test:5000/v3'),
        ep('compute', 'nova', 'https://cloud.test:8774/v2.1'),
        ep('image', 'glance', 'https://cloud.test:9292'),
        ep('volumev3', 'cinderv3', 'https://cloud.test:8776/v3/p1'),
        ep('network', 'neutron', 'https://cloud.test:9696'),
      ],
    },
  };
}

/** Mocks Keystone's token issue and Nova's version document (microversion negotiation; 2.79 at most unless told). */
export function mockAuth(computeMax = '2.79'): void {
  nock('https://cloud.test:5000').post('/v3/auth/tokens').reply(201, tokenBody(), { 'X-Subject-Token': 'gAAAAtoken' });
  nock('https://cloud.test:8774')
    .get('/')
    .reply(200, { versions: [{ id: 'v2.1', status: 'CURRENT', version: computeMax, min_version: '2.1', links: [] }] });
}

/** Strict HTTP mocking for the enclosing describe: no real connections, mocks cleared after each test. */
export function useNock(): void {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });
}

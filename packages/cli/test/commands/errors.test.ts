import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { mockAuth, PASSWORD_ENV, runCli, useNock } from '../helpers.js';

const NEUTRON = 'https://cloud.test:9696';
const neutronError = (type: string, message: string) => ({ NeutronError: { type, message, detail: '' } });

describe('exit codes by error class (docs/cli.md)', () => {
  useNock();

  const cases: Array<[number, number, string]> = [
    [400, 6, 'Invalid input for operation.'],
    [401, 3, 'Authentication required'],
    [403, 3, 'Policy does not allow this.'],
    [404, 4, 'Network n1 could not be found.'],
    [409, 5, 'Network n1 is in use.'],
    [413, 7, 'Quota exceeded for resources: [network].'],
    [500, 1, 'Request Failed: internal server error while processing your request.'],
  ];
  for (const [status, exitCode, message] of cases) {
    it(`HTTP ${status} from the service exits ${exitCode} with the server's message and request id`, async () => {
      mockAuth();
      // A 401 makes the SDK authenticate again and retry once.
      if (status === 401) mockAuth();
      nock(NEUTRON)
        .get('/v2.0/networks')
        .times(status === 401 ? 2 : 1)
        .reply(status, neutronError('Fault', message), { 'x-openstack-request-id': `req-${status}` });
      const res = await runCli(['network', 'list'], PASSWORD_ENV);
      expect(res.exitCode).toBe(exitCode);
      expect(res.stdout).toBe('');
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toContain(message);
      expect(res.stderr).toContain(`req-${status}`);
    });
  }

  it('an unreachable cloud exits 9', async () => {
    nock.enableNetConnect('127.0.0.1');
    const res = await runCli(['network', 'list'], { ...PASSWORD_ENV, OS_AUTH_URL: 'http://127.0.0.1:9/v3' });
    expect(res.exitCode).toBe(9);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a --wait that ends in ERROR exits 8 with the fault message', async () => {
    mockAuth();
    const server = { id: 's1', name: 'web1', status: 'ERROR', fault: { code: 500, message: 'No valid host was found.' }, 'OS-EXT-STS:task_state': null, links: [] };
    nock('https://cloud.test:8774')
      .get('/v2.1/servers/s1')
      .reply(200, { server: { ...server, status: 'ACTIVE' } })
      .post('/v2.1/servers/s1/action', { 'os-start': null })
      .reply(202)
      .get('/v2.1/servers/s1')
      .reply(200, { server });
    const res = await runCli(['server', 'start', '--wait', 's1'], PASSWORD_ENV);
    expect(res.exitCode).toBe(8);
    expect(res.stderr).toMatch(/^server web1: ERROR\nserver s1 went to .*ERROR.*: No valid host was found\.\n$/);
  });

  it('a bad flag is a usage error (exit 2) before any request', async () => {
    const res = await runCli(['network', 'list', '--no-such-flag'], PASSWORD_ENV);
    expect(res.exitCode).toBe(2);
    expect(res.stderr).toMatch(/^oscloud: error: Nonexistent flag: --no-such-flag/);
  });
});

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
    expect(res.stderr).toBe('oscloud network list: error: unrecognized arguments: --no-such-flag\n');
  });

  it("parse errors are argparse's error line, as python-openstackclient prints it after its usage synopsis (exit 2)", async () => {
    const extra = await runCli(['network', 'show', 'a', 'b'], PASSWORD_ENV);
    expect(extra.stderr).toBe('oscloud network show: error: unrecognized arguments: b\n');
    expect(extra.exitCode).toBe(2);
    const missing = await runCli(['network', 'create'], PASSWORD_ENV);
    expect(missing.stderr).toBe('oscloud network create: error: the following arguments are required: <name>\n');
    expect(missing.exitCode).toBe(2);
    const option = await runCli(['subnet', 'create', 's1', '--subnet-range', '10.0.0.0/24'], PASSWORD_ENV);
    expect(option.stderr).toBe('oscloud subnet create: error: the following arguments are required: --network\n');
    expect(option.exitCode).toBe(2);
  });

  it('an unknown column is the message alone and exit 1, as cliff (the command has run)', async () => {
    mockAuth();
    nock('https://cloud.test:9696').get('/v2.0/networks/n1').reply(200, { network: { id: 'n1', name: 'net' } });
    const res = await runCli(['network', 'show', 'n1', '-c', 'nosuch'], PASSWORD_ENV);
    expect(res.stderr).toMatch(/^No recognized column names in \['nosuch'\]\. Recognized columns are \('admin_state_up', /);
    expect(res.exitCode).toBe(1);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, listClouds, loadCloudConfig } from '../src/index.js';

let root: string;
let cwd: string;
let home: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'oscloud-config-'));
  cwd = join(root, 'work');
  home = join(root, 'home');
  mkdirSync(cwd);
  mkdirSync(join(home, '.config', 'openstack'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}
const env = (extra: Record<string, string> = {}) => ({ HOME: home, ...extra });

const CLOUDS = `
clouds:
  devstack:
    auth:
      auth_url: https://cloud.example.com/identity/v3
      username: demo
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: internal
    identity_api_version: 3
  multi:
    auth:
      auth_url: https://multi.example.com:5000/v3
      username: admin
      password: pw
      project_id: '0123'
    regions:
      - RegionOne
      - name: RegionTwo
        values:
          compute_endpoint_override: https://two.example.com/compute
    compute_api_version: '2.79'
    block_storage_endpoint_override: https://vol.example.com:8776/v3/abc
    insecure: true
`;
const SECURE = `
clouds:
  devstack:
    auth:
      password: from-secure
`;

describe('loadCloudConfig', () => {
  it('reads ~/.config/openstack/clouds.yaml and merges secure.yaml', () => {
    write(join(home, '.config/openstack/clouds.yaml'), CLOUDS);
    write(join(home, '.config/openstack/secure.yaml'), SECURE);
    const c = loadCloudConfig({ cloud: 'devstack', env: env(), cwd });
    expect(c.name).toBe('devstack');
    expect(c.authType).toBe('password');
    expect(c.auth).toMatchObject({ auth_url: 'https://cloud.example.com/identity/v3', username: 'demo', password: 'from-secure' });
    expect(c.regionName).toBe('RegionOne');
    expect(c.interface).toBe('internal');
    expect(c.source.file).toBe(join(home, '.config/openstack/clouds.yaml'));
    expect(c.source.secureFile).toBe(join(home, '.config/openstack/secure.yaml'));
  });

  it('prefers ./clouds.yaml over ~/.config and honours OS_CLOUD', () => {
    write(join(home, '.config/openstack/clouds.yaml'), CLOUDS);
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  local:\n    auth_type: none\n    compute_endpoint_override: http://localhost:8774/compute\n');
    const c = loadCloudConfig({ env: env({ OS_CLOUD: 'local' }), cwd });
    expect(c.name).toBe('local');
    expect(c.endpointOverrides.compute).toBe('http://localhost:8774/compute');
    expect(listClouds({ env: env(), cwd })).toEqual(['local']);
  });

  it('OS_CLIENT_CONFIG_FILE and OS_CLIENT_SECURE_FILE win', () => {
    const f = write(join(root, 'other.yaml'), CLOUDS);
    const s = write(join(root, 'other-secure.yaml'), SECURE);
    write(join(cwd, 'clouds.yaml'), 'clouds: {}\n');
    const c = loadCloudConfig({ cloud: 'devstack', env: env({ OS_CLIENT_CONFIG_FILE: f, OS_CLIENT_SECURE_FILE: s }), cwd });
    expect(c.source.file).toBe(f);
    expect(c.auth.password).toBe('from-secure');
  });

  it('regions, microversion pins, endpoint overrides and insecure', () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    const c = loadCloudConfig({ cloud: 'multi', env: env(), cwd });
    expect(c.regions).toEqual(['RegionOne', 'RegionTwo']);
    expect(c.regionName).toBe('RegionOne');
    expect(c.apiVersions.compute).toBe('2.79');
    expect(c.endpointOverrides.volume).toBe('https://vol.example.com:8776/v3/abc');
    expect(c.verify).toBe(false);
    expect(c.auth.project_id).toBe('0123'); // quoted: kept exactly as written
    expect(c.endpointOverrides.compute).toBeUndefined();
    const two = loadCloudConfig({ cloud: 'multi', env: env({ OS_REGION_NAME: 'RegionTwo' }), cwd });
    expect(two.regionName).toBe('RegionTwo');
    expect(two.endpointOverrides.compute).toBe('https://two.example.com/compute'); // the region's own values
  });

  it('a region the cloud does not list names where it was set', () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    expect(() => loadCloudConfig({ cloud: 'multi', env: env({ OS_REGION_NAME: 'Mars' }), cwd })).toThrow(
      /^OS_REGION_NAME: region 'Mars' is not one of the cloud's regions \(RegionOne, RegionTwo\)$/,
    );
    write(join(cwd, 'clouds.yaml'), CLOUDS.replace('    compute_api_version', '    region_name: Mars\n    compute_api_version'));
    expect(() => loadCloudConfig({ cloud: 'multi', env: env(), cwd })).toThrow(
      /clouds\.yaml: clouds\.multi\.region_name: region 'Mars' is not one of the cloud's regions/,
    );
  });

  it('API versions may be numbers: `volume_api_version: 3`, and `2.10` keeps its zero', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  a:\n    auth_type: none\n    volume_api_version: 3\n    compute_api_version: 2.10\n    identity_api_version: 3\n');
    expect(loadCloudConfig({ cloud: 'a', env: env(), cwd }).apiVersions).toEqual({ volume: '3', compute: '2.10', identity: '3' });
  });

  it('the OS_* variables make a cloud named envvars', () => {
    const c = loadCloudConfig({
      env: env({
        OS_AUTH_URL: 'https://env.example.com:5000/v3',
        OS_USERNAME: 'alice',
        OS_PASSWORD: 'pw',
        OS_PROJECT_NAME: 'proj',
        OS_USER_DOMAIN_NAME: 'Default',
        OS_PROJECT_DOMAIN_ID: 'default',
        OS_REGION_NAME: 'RegionOne',
        OS_INTERFACE: 'public',
        OS_COMPUTE_API_VERSION: '2.60',
        OS_NETWORK_ENDPOINT_OVERRIDE: 'http://net.example.com:9696',
        OS_INSECURE: 'true',
      }),
      cwd,
    });
    expect(c.name).toBe('envvars');
    expect(c.source.env).toBe(true);
    expect(c.auth).toMatchObject({ auth_url: 'https://env.example.com:5000/v3', username: 'alice', password: 'pw', project_name: 'proj' });
    expect(c.regionName).toBe('RegionOne');
    expect(c.apiVersions.compute).toBe('2.60');
    expect(c.endpointOverrides.network).toBe('http://net.example.com:9696');
    expect(c.verify).toBe(false);
    expect(listClouds({ env: env({ OS_AUTH_URL: 'https://x/v3' }), cwd })).toContain('envvars');
  });

  it("test runners', keystone-manage's and the CLI's OS_* variables do not make an envvars cloud", () => {
    const noise = { OS_TEST_TIMEOUT: '180', OS_STDOUT_CAPTURE: '1', OS_STDERR_CAPTURE: '1', OS_LOG_CAPTURE: '1', OS_TOKEN_CACHE: 'false', OS_TIMEOUT: '30', OS_BOOTSTRAP_PASSWORD: 'x' };
    expect(listClouds({ env: env(noise), cwd })).not.toContain('envvars');
    expect(() => loadCloudConfig({ env: env(noise), cwd })).toThrow(/no cloud selected/);
    const c = loadCloudConfig({ env: env({ ...noise, OS_AUTH_URL: 'https://x/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p' }), cwd });
    expect(c.name).toBe('envvars');
  });

  it('infers the auth type: application credential, token', () => {
    const app = loadCloudConfig({
      env: env({ OS_AUTH_URL: 'https://x/v3', OS_APPLICATION_CREDENTIAL_ID: 'ac1', OS_APPLICATION_CREDENTIAL_SECRET: 's' }),
      cwd,
    });
    expect(app.authType).toBe('v3applicationcredential');
    const tok = loadCloudConfig({ env: env({ OS_AUTH_URL: 'https://x/v3', OS_TOKEN: 'tkn', OS_PROJECT_ID: 'p' }), cwd });
    expect(tok.authType).toBe('token');
  });

  it('a profile from clouds-public.yaml fills in the vendor settings', () => {
    write(
      join(cwd, 'clouds-public.yaml'),
      'public-clouds:\n  vendorx:\n    auth:\n      auth_url: https://keystone.vendorx.example/v3\n    regions: [fra1, ams1]\n    interface: public\n',
    );
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  mine:\n    profile: vendorx\n    auth:\n      username: u\n      password: p\n      project_name: x\n    region_name: ams1\n');
    const c = loadCloudConfig({ cloud: 'mine', env: env(), cwd });
    expect(c.auth.auth_url).toBe('https://keystone.vendorx.example/v3');
    expect(c.regionName).toBe('ams1');
    expect(c.regions).toEqual(['fra1', 'ams1']);
  });

  it('overrides (CLI flags) win over files', () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    write(join(cwd, 'secure.yaml'), SECURE);
    const c = loadCloudConfig({ cloud: 'devstack', env: env(), cwd, overrides: { regionName: 'RegionTwo', auth: { password: 'flag' } } });
    expect(c.regionName).toBe('RegionTwo');
    expect(c.auth.password).toBe('flag');
    expect(c.auth.username).toBe('demo');
  });

  it('a CA bundle that does not exist is a ConfigError naming the key', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  c:\n    auth_type: none\n    cacert: /nonexistent/ca.pem\n');
    const err = (() => {
      try {
        loadCloudConfig({ cloud: 'c', env: env(), cwd });
      } catch (e) {
        return e as ConfigError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.file).toBe(join(cwd, 'clouds.yaml'));
    expect(err?.key).toBe('clouds.c.cacert');
  });
});

describe('bad configuration names the file and the key', () => {
  /** The ConfigError a load throws. */
  function configError(opts: Parameters<typeof loadCloudConfig>[0]): ConfigError {
    try {
      loadCloudConfig(opts);
    } catch (e) {
      if (e instanceof ConfigError) return e;
      throw e;
    }
    throw new Error('expected a ConfigError');
  }

  it('an unquoted number for an id or a secret is refused, not turned into other text', () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS.replace("project_id: '0123'", 'project_id: 0123'));
    const err = configError({ cloud: 'multi', env: env(), cwd });
    expect(err.file).toBe(join(cwd, 'clouds.yaml'));
    expect(err.key).toBe('clouds.multi.auth.project_id');
    expect(err.message).toMatch(/must be a string, got a number: put the value in quotes/);
    write(join(cwd, 'secure.yaml'), 'clouds:\n  devstack:\n    auth:\n      password: 12345678\n');
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    const secret = configError({ cloud: 'devstack', env: env(), cwd });
    expect([secret.file, secret.key]).toEqual([join(cwd, 'secure.yaml'), 'clouds.devstack.auth.password']);
    expect(secret.message).not.toContain('12345678'); // the message never shows a secret's value
  });

  it('trust_id with a project scope is refused (a trust token is scoped to the trust)', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  t:\n    auth:\n      auth_url: https://k/v3\n      username: u\n      password: p\n      project_name: demo\n      trust_id: t1\n');
    const err = configError({ cloud: 't', env: env(), cwd });
    expect(err.key).toBe('clouds.t.auth.trust_id');
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  t:\n    auth:\n      auth_url: https://k/v3\n      username: u\n      password: p\n      trust_id: t1\n');
    expect(loadCloudConfig({ cloud: 't', env: env(), cwd }).auth.trust_id).toBe('t1');
  });

  it('a bad value from secure.yaml blames secure.yaml', () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    write(join(cwd, 'secure.yaml'), 'clouds:\n  devstack:\n    auth:\n      password: [not, a, string]\n');
    const err = configError({ cloud: 'devstack', env: env(), cwd });
    expect(err.file).toBe(join(cwd, 'secure.yaml'));
    expect(err.key).toBe('clouds.devstack.auth.password');
  });

  it('a bad value from a clouds-public.yaml profile blames the profile', () => {
    write(join(cwd, 'clouds-public.yaml'), 'public-clouds:\n  vendorx:\n    auth:\n      auth_url: https://keystone.vendorx.example/v3\n    interface: private\n');
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  mine:\n    profile: vendorx\n    auth:\n      username: u\n      password: p\n');
    const err = configError({ cloud: 'mine', env: env(), cwd });
    expect(err.file).toBe(join(cwd, 'clouds-public.yaml'));
    expect(err.key).toBe('public-clouds.vendorx.interface');
    // the cloud's own value wins over the profile's and is blamed on clouds.yaml
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  mine:\n    profile: vendorx\n    interface: outside\n    auth:\n      username: u\n      password: p\n');
    const own = configError({ cloud: 'mine', env: env(), cwd });
    expect([own.file, own.key]).toEqual([join(cwd, 'clouds.yaml'), 'clouds.mine.interface']);
  });

  it("a bad value in a region's own values names that region entry", () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS.replace('compute_endpoint_override: https://two.example.com/compute', 'compute_endpoint_override: two.example.com'));
    const err = configError({ cloud: 'multi', env: env({ OS_REGION_NAME: 'RegionTwo' }), cwd });
    expect([err.file, err.key]).toEqual([join(cwd, 'clouds.yaml'), 'clouds.multi.regions[1].values.compute_endpoint_override']);
  });

  it('OS_CLIENT_SECURE_FILE naming a missing file', () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    expect(() => loadCloudConfig({ cloud: 'devstack', env: env({ OS_CLIENT_SECURE_FILE: '/nonexistent/secure.yaml' }), cwd })).toThrow(
      /\/nonexistent\/secure\.yaml: OS_CLIENT_SECURE_FILE names a file that does not exist/,
    );
  });

  it('unknown cloud lists the known ones', () => {
    write(join(cwd, 'clouds.yaml'), CLOUDS);
    expect(() => loadCloudConfig({ cloud: 'nope', env: env(), cwd })).toThrow(/cloud 'nope' not found in .*clouds\.yaml; known clouds: devstack, multi/);
  });

  it('invalid YAML', () => {
    const f = write(join(cwd, 'clouds.yaml'), 'clouds:\n  a: [unclosed\n');
    const err = (() => {
      try {
        loadCloudConfig({ cloud: 'a', env: env(), cwd });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.file).toBe(f);
    expect(err?.message).toMatch(/invalid YAML/);
  });

  it('missing auth_url', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  a:\n    auth:\n      username: u\n      password: p\n');
    expect(() => loadCloudConfig({ cloud: 'a', env: env(), cwd })).toThrow(/clouds\.yaml: clouds\.a\.auth\.auth_url: auth_url is required/);
  });

  it('missing password for a password cloud', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  a:\n    auth:\n      auth_url: https://x/v3\n      username: u\n');
    expect(() => loadCloudConfig({ cloud: 'a', env: env(), cwd })).toThrow(/clouds\.a\.auth\.password/);
  });

  it('a wrong type', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  a:\n    auth_type: none\n    region_name: [a, b]\n');
    expect(() => loadCloudConfig({ cloud: 'a', env: env(), cwd })).toThrow(/clouds\.a\.region_name: must be a string, got a list/);
  });

  it('an unsupported auth type', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  a:\n    auth_type: v2password\n');
    expect(() => loadCloudConfig({ cloud: 'a', env: env(), cwd })).toThrow(/clouds\.a\.auth_type: unsupported auth_type 'v2password'/);
  });

  it('a bad interface and a bad boolean', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  a:\n    auth_type: none\n    interface: private\n  b:\n    auth_type: none\n    insecure: maybe\n');
    expect(() => loadCloudConfig({ cloud: 'a', env: env(), cwd })).toThrow(/clouds\.a\.interface: must be public, internal or admin/);
    expect(() => loadCloudConfig({ cloud: 'b', env: env(), cwd })).toThrow(/clouds\.b\.insecure: must be a boolean/);
  });

  it('a bad environment variable names the variable', () => {
    expect(() => loadCloudConfig({ env: env({ OS_AUTH_URL: 'keystone:5000', OS_USERNAME: 'u', OS_PASSWORD: 'p' }), cwd })).toThrow(
      /OS_AUTH_URL: auth_url must be an http\(s\) URL/,
    );
  });

  it('OS_CLIENT_CONFIG_FILE naming a missing file', () => {
    expect(() => loadCloudConfig({ env: env({ OS_CLIENT_CONFIG_FILE: '/nonexistent/clouds.yaml' }), cwd })).toThrow(
      /\/nonexistent\/clouds\.yaml: OS_CLIENT_CONFIG_FILE names a file that does not exist/,
    );
  });

  it('nothing selected', () => {
    expect(() => loadCloudConfig({ env: env(), cwd })).toThrow(/no cloud selected/);
  });

  it('multifactor without auth_methods', () => {
    write(join(cwd, 'clouds.yaml'), 'clouds:\n  a:\n    auth_type: v3multifactor\n    auth:\n      auth_url: https://x/v3\n      username: u\n      password: p\n');
    expect(() => loadCloudConfig({ cloud: 'a', env: env(), cwd })).toThrow(/clouds\.a\.auth_methods/);
  });
});

describe('Cloud.connect from clouds.yaml', () => {
  it('resolves the named cloud, authenticates with its credentials and uses its region and pins', async () => {
    const nock = (await import('nock')).default;
    const { Cloud } = await import('../src/index.js');
    const { BASE, PROJECT_ID, tokenBody, volume } = await import('./helpers.js');
    nock.disableNetConnect();
    write(
      join(cwd, 'clouds.yaml'),
      `clouds:\n  dev:\n    auth:\n      auth_url: ${BASE}/identity/v3\n      username: demo\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionOne\n    volume_api_version: '3.44'\n`,
    );
    write(join(cwd, 'secure.yaml'), 'clouds:\n  dev:\n    auth:\n      password: s3cret\n');
    const scope = nock(BASE)
      .post('/identity/v3/auth/tokens', {
        auth: {
          identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: 's3cret' } } },
          scope: { project: { name: 'demo', domain: { name: 'Default' } } },
        },
      })
      .reply(201, tokenBody(), { 'X-Subject-Token': 'tok' })
      .get('/volume/')
      .reply(300, { versions: [{ id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0' }] })
      .get(`/volume/v3/${PROJECT_ID}/volumes/v1`)
      .matchHeader('openstack-api-version', 'volume 3.44')
      .reply(200, { volume: volume({ id: 'v1' }) });
    try {
      const cloud = await Cloud.connect({ cloud: 'dev', env: env(), cwd, retries: 0 });
      expect((await cloud.volume.volumes.get('v1')).status).toBe('available');
      scope.done();
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});

// Cloud configuration resolved the way openstacksdk (os-client-config) does it:
// clouds.yaml + secure.yaml (merged) + clouds-public.yaml profiles, OS_CLOUD, the OS_*
// variables (a cloud named `envvars`), regions, endpoint overrides, interface, TLS.
// @see https://docs.openstack.org/openstacksdk/latest/user/config/configuration.html
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError, type Service } from './errors.js';

/** Keystone auth settings, keys as in clouds.yaml's `auth:` section. */
export interface AuthConfig {
  auth_url?: string;
  username?: string;
  user_id?: string;
  password?: string;
  user_domain_name?: string;
  user_domain_id?: string;
  project_name?: string;
  project_id?: string;
  project_domain_name?: string;
  project_domain_id?: string;
  domain_name?: string;
  domain_id?: string;
  system_scope?: string;
  token?: string;
  application_credential_id?: string;
  application_credential_name?: string;
  application_credential_secret?: string;
  passcode?: string;
  default_domain?: string;
  [key: string]: unknown;
}

/** The endpoint interface picked from the catalog. */
export type Interface = 'public' | 'internal' | 'admin';

/** A fully resolved cloud: what `Cloud.connect()` needs. */
export interface CloudConfig {
  /** The cloud's name (`envvars` for OS_* variables, `defaults` when nothing names one). */
  name: string;
  /** Keystone auth type: password, token, v3applicationcredential, v3totp, v3multifactor, none, ... */
  authType: string;
  /** For v3multifactor: the methods combined (`v3password`, `v3totp`). */
  authMethods?: string[] | undefined;
  auth: AuthConfig;
  regionName?: string | undefined;
  /** All regions the cloud lists (clouds.yaml `regions`). */
  regions: string[];
  interface: Interface;
  /** Verify TLS certificates (false for `insecure: true` / `verify: false`). */
  verify: boolean;
  /** CA bundle file (clouds.yaml `cacert`, OS_CACERT). */
  cacert?: string | undefined;
  /** Client certificate and key files. */
  cert?: string | undefined;
  key?: string | undefined;
  /** `<service>_endpoint_override` values, by SDK service name. */
  endpointOverrides: Partial<Record<Service, string>>;
  /** `<service>_api_version` values (microversions for compute and volume). */
  apiVersions: Partial<Record<Service, string>>;
  /** Where the values came from, for error messages. */
  source: { file?: string | undefined; secureFile?: string | undefined; publicFile?: string | undefined; env: boolean };
}

/** Options of `loadCloudConfig`. */
export interface LoadCloudConfigOptions {
  /** Cloud name; defaults to OS_CLOUD, then `envvars` when OS_* variables are set. */
  cloud?: string | undefined;
  env?: NodeJS.ProcessEnv | undefined;
  /** Directory searched first (default: process.cwd()). */
  cwd?: string | undefined;
  /** Values that win over everything (CLI flags). */
  overrides?: Partial<CloudConfig> | undefined;
}

const YAML_SUFFIXES = ['.yaml', '.yml', '.json'];

/** Service-type names used in config keys, per SDK service (openstacksdk accepts all of them). */
const CONFIG_SERVICE_KEYS: Record<Service, string[]> = {
  identity: ['identity'],
  compute: ['compute'],
  image: ['image'],
  volume: ['block_storage', 'volume', 'block_store', 'volumev3'],
  network: ['network'],
  agent: ['agent'],
};

/** Auth keys taken from OS_* variables into the `auth` section. */
const AUTH_KEYS = new Set([
  'auth_url',
  'username',
  'user_id',
  'password',
  'user_domain_name',
  'user_domain_id',
  'project_name',
  'project_id',
  'project_domain_name',
  'project_domain_id',
  'domain_name',
  'domain_id',
  'system_scope',
  'token',
  'application_credential_id',
  'application_credential_name',
  'application_credential_secret',
  'passcode',
  'default_domain',
  'tenant_name',
  'tenant_id',
]);

interface SearchPaths {
  dirs: string[];
}

function searchDirs(cwd: string, env: NodeJS.ProcessEnv): SearchPaths {
  const home = env.HOME ?? homedir();
  const xdg = env.XDG_CONFIG_HOME ?? join(home, '.config');
  return { dirs: [cwd, join(xdg, 'openstack'), '/etc/openstack'] };
}

function firstExisting(candidates: string[]): string | undefined {
  return candidates.find((p) => existsSync(p));
}

function findFile(base: string, explicit: string | undefined, paths: SearchPaths): string | undefined {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  for (const dir of paths.dirs) for (const s of YAML_SUFFIXES) candidates.push(join(dir, `${base}${s}`));
  return firstExisting(candidates);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read file: ${(err as Error).message}`, { file, cause: err });
  }
  let doc: unknown;
  try {
    doc = file.endsWith('.json') ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown);
  } catch (err) {
    throw new ConfigError(`invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`, {
      file,
      cause: err,
    });
  }
  if (doc === null || doc === undefined) return {};
  if (!isRecord(doc)) throw new ConfigError('the document must be a mapping', { file });
  return doc;
}

/** Deep merge (objects merged, everything else replaced), like openstacksdk's merge_clouds. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isRecord(prev) && isRecord(v) ? merge(prev, v) : v;
  }
  return out;
}

interface LoadedFiles {
  clouds: Record<string, Record<string, unknown>>;
  publicClouds: Record<string, Record<string, unknown>>;
  file: string | undefined;
  secureFile: string | undefined;
  publicFile: string | undefined;
}

function cloudsSection(doc: Record<string, unknown>, file: string, key: string): Record<string, Record<string, unknown>> {
  const section = doc[key];
  if (section === undefined || section === null) return {};
  if (!isRecord(section)) throw new ConfigError('must be a mapping of cloud names to settings', { file, key });
  for (const [name, value] of Object.entries(section)) {
    if (!isRecord(value)) throw new ConfigError('must be a mapping', { file, key: `${key}.${name}` });
  }
  return section as Record<string, Record<string, unknown>>;
}

function loadFiles(env: NodeJS.ProcessEnv, cwd: string): LoadedFiles {
  const paths = searchDirs(cwd, env);
  const explicit = env.OS_CLIENT_CONFIG_FILE;
  if (explicit && !existsSync(explicit)) {
    throw new ConfigError(`OS_CLIENT_CONFIG_FILE names a file that does not exist`, { file: explicit });
  }
  const file = findFile('clouds', explicit, paths);
  const secureFile = findFile('secure', env.OS_CLIENT_SECURE_FILE, paths);
  const publicFile = findFile('clouds-public', undefined, paths);
  let clouds = file ? cloudsSection(readConfigFile(file), file, 'clouds') : {};
  if (secureFile) {
    const secure = cloudsSection(readConfigFile(secureFile), secureFile, 'clouds');
    clouds = merge(clouds, secure) as Record<string, Record<string, unknown>>;
  }
  const publicClouds = publicFile ? cloudsSection(readConfigFile(publicFile), publicFile, 'public-clouds') : {};
  return { clouds, publicClouds, file, secureFile, publicFile };
}

/** The `envvars` cloud from OS_* variables, or undefined when none besides OS_CLOUD/OS_REGION_NAME are set. */
function envCloud(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const cloud: Record<string, unknown> = {};
  const auth: Record<string, unknown> = {};
  let any = false;
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('OS_') || value === undefined || value === '') continue;
    const key = name.slice(3).toLowerCase();
    if (['cloud', 'client_config_file', 'client_secure_file'].includes(key)) continue;
    if (key !== 'region_name') any = true;
    if (AUTH_KEYS.has(key)) auth[key] = value;
    else cloud[key] = value;
  }
  if (!any) return undefined;
  cloud.auth = auth;
  return cloud;
}

function asString(v: unknown, file: string | undefined, key: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new ConfigError(`must be a string, got ${Array.isArray(v) ? 'a list' : typeof v}`, { file, key });
}

function asBool(v: unknown, file: string | undefined, key: string): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(s)) return true;
    if (['0', 'false', 'no', 'off'].includes(s)) return false;
  }
  throw new ConfigError(`must be a boolean (true or false), got ${JSON.stringify(v)}`, { file, key });
}

const KNOWN_AUTH_TYPES = new Set([
  'password',
  'v3password',
  'token',
  'v3token',
  'v3applicationcredential',
  'v3totp',
  'v3multifactor',
  'none',
  'noauth',
  'admin_token',
]);

/** Resolves one cloud's settings from files, the environment and overrides, like openstacksdk. */
export function loadCloudConfig(opts: LoadCloudConfigOptions = {}): CloudConfig {
  const env = opts.env ?? process.env;
  const cwd = resolve(opts.cwd ?? process.cwd());
  const files = loadFiles(env, cwd);
  const fromEnv = envCloud(env);
  const requested = opts.cloud ?? (env.OS_CLOUD || undefined);
  let name: string;
  let raw: Record<string, unknown>;
  let file = files.file;
  let usedEnv = false;
  if (requested && requested !== 'envvars') {
    const found = files.clouds[requested];
    if (!found) {
      const known = Object.keys(files.clouds);
      const where = files.file ? `in ${files.file}` : '(no clouds.yaml found in ./, ~/.config/openstack, /etc/openstack)';
      throw new ConfigError(
        `cloud '${requested}' not found ${where}${known.length ? `; known clouds: ${known.join(', ')}` : ''}`,
        { file: files.file, key: `clouds.${requested}` },
      );
    }
    name = requested;
    raw = found;
  } else if (fromEnv) {
    name = 'envvars';
    raw = fromEnv;
    file = undefined;
    usedEnv = true;
  } else if (requested === 'envvars') {
    throw new ConfigError("cloud 'envvars' requested but no OS_* variables are set", { key: 'OS_CLOUD' });
  } else if (opts.overrides?.auth || opts.overrides?.endpointOverrides) {
    name = 'defaults';
    raw = {};
    file = undefined;
  } else {
    const known = Object.keys(files.clouds);
    throw new ConfigError(
      `no cloud selected: set OS_CLOUD or pass a cloud name${known.length ? ` (known clouds: ${known.join(', ')})` : ''}, or set OS_AUTH_URL and friends`,
      { file: files.file },
    );
  }

  const base = `clouds.${name}`;
  const k = (key: string) => (usedEnv ? `OS_${key.toUpperCase()}` : `${base}.${key}`);
  // vendor profile from clouds-public.yaml
  const profileName = raw.profile ?? raw.cloud;
  if (profileName !== undefined) {
    const pname = asString(profileName, file, k('profile'));
    const profile = pname ? files.publicClouds[pname] : undefined;
    if (!profile) {
      throw new ConfigError(
        `profile '${pname}' not found${files.publicFile ? ` in ${files.publicFile}` : ' (no clouds-public.yaml found)'}`,
        { file, key: k('profile') },
      );
    }
    raw = merge(profile, raw);
  }
  // OS_REGION_NAME applies to a named cloud too (openstacksdk does the same)
  if (!usedEnv && env.OS_REGION_NAME && raw.region_name === undefined) raw = { ...raw, region_name: env.OS_REGION_NAME };

  if (raw.auth !== undefined && !isRecord(raw.auth)) throw new ConfigError('must be a mapping', { file, key: k('auth') });
  const auth: AuthConfig = { ...((raw.auth as Record<string, unknown> | undefined) ?? {}) };
  if (usedEnv) {
    // legacy names
    if (auth.tenant_name !== undefined && auth.project_name === undefined) auth.project_name = auth.tenant_name as string;
    if (auth.tenant_id !== undefined && auth.project_id === undefined) auth.project_id = auth.tenant_id as string;
    delete auth.tenant_name;
    delete auth.tenant_id;
  }
  for (const [key, value] of Object.entries(auth)) {
    if (key === 'auth_methods') continue;
    auth[key] = asString(value, file, usedEnv ? `OS_${key.toUpperCase()}` : `${base}.auth.${key}`);
    if (auth[key] === undefined) delete auth[key];
  }
  if (auth.default_domain) {
    if (!auth.user_domain_id && !auth.user_domain_name) auth.user_domain_id = auth.default_domain;
    if (!auth.project_domain_id && !auth.project_domain_name && (auth.project_name || auth.project_id))
      auth.project_domain_id = auth.default_domain;
  }

  let authType = asString(raw.auth_type, file, k('auth_type'));
  if (!authType) {
    if (auth.application_credential_secret) authType = 'v3applicationcredential';
    else if (auth.token && !auth.password) authType = 'token';
    else authType = 'password';
  }
  if (!KNOWN_AUTH_TYPES.has(authType)) {
    throw new ConfigError(`unsupported auth_type '${authType}' (supported: ${[...KNOWN_AUTH_TYPES].join(', ')})`, {
      file,
      key: k('auth_type'),
    });
  }
  let authMethods: string[] | undefined;
  const rawMethods = raw.auth_methods ?? (raw.auth as Record<string, unknown> | undefined)?.auth_methods;
  if (rawMethods !== undefined) {
    const list = typeof rawMethods === 'string' ? rawMethods.split(',') : rawMethods;
    if (!Array.isArray(list) || !list.every((m) => typeof m === 'string'))
      throw new ConfigError('must be a list of auth method names', { file, key: k('auth_methods') });
    authMethods = list.map((m) => m.trim());
  }
  delete auth.auth_methods;

  // regions
  let regions: string[] = [];
  if (raw.regions !== undefined) {
    if (!Array.isArray(raw.regions)) throw new ConfigError('must be a list', { file, key: k('regions') });
    regions = raw.regions.map((r, i) => {
      if (typeof r === 'string') return r;
      if (isRecord(r) && typeof r.name === 'string') return r.name;
      throw new ConfigError('must be a region name or a mapping with `name`', { file, key: `${k('regions')}[${i}]` });
    });
  }
  let regionName = asString(raw.region_name, file, k('region_name'));
  if (regionName && regions.length && !regions.includes(regionName)) {
    throw new ConfigError(`region '${regionName}' is not one of the cloud's regions (${regions.join(', ')})`, {
      file,
      key: k('region_name'),
    });
  }
  if (!regionName && regions.length) regionName = regions[0];
  // a region may carry its own settings (`regions: [{name, values: {...}}]`), which win
  const regionEntry = Array.isArray(raw.regions)
    ? (raw.regions as unknown[]).find((r) => isRecord(r) && r.name === regionName && isRecord(r.values))
    : undefined;
  if (regionEntry) raw = merge(raw, (regionEntry as { values: Record<string, unknown> }).values);

  const iface = asString(raw.interface ?? raw.endpoint_type, file, k('interface')) ?? 'public';
  const normalized = iface.replace(/URL$/, '');
  if (!['public', 'internal', 'admin'].includes(normalized)) {
    throw new ConfigError(`must be public, internal or admin, got '${iface}'`, { file, key: k('interface') });
  }

  const insecure = asBool(raw.insecure, file, k('insecure'));
  const verifyRaw = raw.verify;
  let verify = true;
  let cacert = asString(raw.cacert, file, k('cacert'));
  if (typeof verifyRaw === 'string' && !['true', 'false', '1', '0', 'yes', 'no'].includes(verifyRaw.toLowerCase())) {
    cacert ??= verifyRaw; // requests-style: verify may name a CA bundle
  } else {
    const v = asBool(verifyRaw, file, k('verify'));
    if (v !== undefined) verify = v;
  }
  if (insecure !== undefined) verify = !insecure;
  if (cacert && !existsSync(cacert)) {
    throw new ConfigError(`CA bundle '${cacert}' does not exist`, { file, key: k('cacert') });
  }

  const endpointOverrides: Partial<Record<Service, string>> = {};
  const apiVersions: Partial<Record<Service, string>> = {};
  for (const [service, names] of Object.entries(CONFIG_SERVICE_KEYS) as [Service, string[]][]) {
    for (const n of names) {
      for (const suffix of ['endpoint_override', 'endpoint']) {
        const v = asString(raw[`${n}_${suffix}`], file, k(`${n}_${suffix}`));
        if (v && !endpointOverrides[service]) {
          if (!/^https?:\/\//.test(v)) throw new ConfigError(`must be an http(s) URL, got '${v}'`, { file, key: k(`${n}_${suffix}`) });
          endpointOverrides[service] = v;
        }
      }
      const av = asString(raw[`${n}_api_version`], file, k(`${n}_api_version`));
      if (av && !apiVersions[service]) apiVersions[service] = av;
    }
  }

  let config: CloudConfig = {
    name,
    authType,
    authMethods,
    auth,
    regionName,
    regions,
    interface: normalized as Interface,
    verify,
    cacert,
    cert: asString(raw.cert, file, k('cert')),
    key: asString(raw.key, file, k('key')),
    endpointOverrides,
    apiVersions,
    source: { file, secureFile: files.secureFile, publicFile: files.publicFile, env: usedEnv },
  };
  if (opts.overrides) config = applyOverrides(config, opts.overrides);
  validate(config, file, k);
  return config;
}

function applyOverrides(config: CloudConfig, o: Partial<CloudConfig>): CloudConfig {
  const out: CloudConfig = { ...config };
  for (const [key, value] of Object.entries(o) as [keyof CloudConfig, unknown][]) {
    if (value === undefined) continue;
    if (key === 'auth' || key === 'endpointOverrides' || key === 'apiVersions') {
      (out as unknown as Record<string, unknown>)[key] = { ...(config[key] as object), ...(value as object) };
    } else {
      (out as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

function validate(config: CloudConfig, file: string | undefined, k: (key: string) => string): void {
  const a = config.auth;
  const key = (name: string) => (config.source.env ? `OS_${name.toUpperCase()}` : k(`auth.${name}`));
  if (config.authType === 'none' || config.authType === 'noauth' || config.authType === 'admin_token') return;
  if (!a.auth_url) throw new ConfigError('auth_url is required', { file, key: key('auth_url') });
  if (!/^https?:\/\//.test(a.auth_url)) {
    throw new ConfigError(`auth_url must be an http(s) URL, got '${a.auth_url}'`, { file, key: key('auth_url') });
  }
  const needsUser = ['password', 'v3password', 'v3totp', 'v3multifactor'].includes(config.authType);
  if (needsUser && !a.username && !a.user_id) {
    throw new ConfigError(`auth_type ${config.authType} needs username or user_id`, { file, key: key('username') });
  }
  if (['password', 'v3password'].includes(config.authType) && a.password === undefined) {
    throw new ConfigError('password is required for auth_type password', { file, key: key('password') });
  }
  if (a.username && !a.user_id && !a.user_domain_id && !a.user_domain_name && needsUser) {
    // keystone would answer 400; openstacksdk's users usually meant the default domain
    a.user_domain_id = 'default';
  }
  if (a.project_name && !a.project_id && !a.project_domain_id && !a.project_domain_name) {
    a.project_domain_id = a.user_domain_id ?? (a.user_domain_name ? undefined : 'default');
    if (a.user_domain_name && !a.project_domain_id) a.project_domain_name = a.user_domain_name;
    if (a.project_domain_id === undefined) delete a.project_domain_id;
  }
  if (['token', 'v3token'].includes(config.authType) && !a.token) {
    throw new ConfigError('token is required for auth_type token', { file, key: key('token') });
  }
  if (config.authType === 'v3applicationcredential') {
    if (!a.application_credential_secret)
      throw new ConfigError('application_credential_secret is required', { file, key: key('application_credential_secret') });
    if (!a.application_credential_id && !a.application_credential_name)
      throw new ConfigError('application_credential_id or application_credential_name is required', {
        file,
        key: key('application_credential_id'),
      });
    if (!a.application_credential_id && !a.user_id && !a.username)
      throw new ConfigError('an application credential given by name needs username or user_id', { file, key: key('username') });
  }
  if (config.authType === 'v3multifactor' && !config.authMethods?.length) {
    throw new ConfigError('auth_type v3multifactor needs auth_methods (e.g. [v3password, v3totp])', {
      file,
      key: k('auth_methods'),
    });
  }
}

/** The cloud names available: clouds.yaml (merged with secure.yaml), plus `envvars` when OS_* variables are set. */
export function listClouds(opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): string[] {
  const env = opts.env ?? process.env;
  const files = loadFiles(env, resolve(opts.cwd ?? process.cwd()));
  const names = Object.keys(files.clouds);
  if (envCloud(env)) names.push('envvars');
  return names;
}

// Cloud configuration resolved the way openstacksdk (os-client-config) does it:
// clouds.yaml + secure.yaml (merged) + clouds-public.yaml profiles, OS_CLOUD, the OS_*
// variables (a cloud named `envvars`), regions, endpoint overrides, interface, TLS.
// @see https://docs.openstack.org/openstacksdk/latest/user/config/configuration.html
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
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
  /** A Keystone trust (OS-TRUST) to scope to, as keystoneauth's `trust_id`: the token acts on the trust's project. */
  trust_id?: string;
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
  /**
   * oscloud extension (clouds.yaml `ssh_netns`): the network namespace from which the cloud's
   * floating IPs are reached; `oscloud server ssh` runs ssh inside it (the all-in-one sets it).
   */
  sshNetns?: string | undefined;
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
  'object-store': ['object_store', 'object-store'],
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
  'trust_id',
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

/** Parses YAML; a `<service>_api_version` written as a number keeps its text (`2.10` is not `2.1`). */
function parseYamlConfig(text: string): unknown {
  const doc = parseDocument(text);
  const first = doc.errors[0];
  if (first) throw first;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && pair.key.value.endsWith('_api_version')) {
        if (isScalar(pair.value) && typeof pair.value.value === 'number' && pair.value.source) pair.value.value = pair.value.source;
      }
    },
  });
  return doc.toJS() as unknown;
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
    doc = file.endsWith('.json') ? (JSON.parse(text) as unknown) : parseYamlConfig(text);
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
  /** clouds.yaml merged with secure.yaml. */
  clouds: Record<string, Record<string, unknown>>;
  /** Each file's own `clouds`, to say which file a value came from. */
  fileClouds: Record<string, Record<string, unknown>>;
  secureClouds: Record<string, Record<string, unknown>>;
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

/** A file named by an environment variable must exist: silently falling back to another one would use the wrong cloud. */
function namedFile(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const named = env[variable];
  if (named && !existsSync(named)) throw new ConfigError(`${variable} names a file that does not exist`, { file: named });
  return named || undefined;
}

function loadFiles(env: NodeJS.ProcessEnv, cwd: string): LoadedFiles {
  const paths = searchDirs(cwd, env);
  const file = findFile('clouds', namedFile(env, 'OS_CLIENT_CONFIG_FILE'), paths);
  const secureFile = findFile('secure', namedFile(env, 'OS_CLIENT_SECURE_FILE'), paths);
  const publicFile = findFile('clouds-public', undefined, paths);
  const fileClouds = file ? cloudsSection(readConfigFile(file), file, 'clouds') : {};
  const secureClouds = secureFile ? cloudsSection(readConfigFile(secureFile), secureFile, 'clouds') : {};
  const clouds = merge(fileClouds, secureClouds) as Record<string, Record<string, unknown>>;
  const publicClouds = publicFile ? cloudsSection(readConfigFile(publicFile), publicFile, 'public-clouds') : {};
  return { clouds, fileClouds, secureClouds, publicClouds, file, secureFile, publicFile };
}

/**
 * OS_* variables that are not cloud settings: test runners' (OS_TEST_TIMEOUT, OS_STDOUT_CAPTURE,
 * OS_LOG_CAPTURE: openstacksdk skips the same prefixes), keystone-manage bootstrap's, the
 * config file selectors, and the oscloud CLI's own options.
 */
const NOT_CLOUD_PREFIX = /^OS_(TEST|STD|LOG|BOOTSTRAP_)/;
const NOT_CLOUD_VARS = new Set(['OS_CLOUD', 'OS_CLIENT_CONFIG_FILE', 'OS_CLIENT_SECURE_FILE', 'OS_TOKEN_CACHE', 'OS_TIMEOUT']);

/** The `envvars` cloud from OS_* variables, or undefined when none besides OS_REGION_NAME (and non-settings) are set. */
function envCloud(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const cloud: Record<string, unknown> = {};
  const auth: Record<string, unknown> = {};
  let any = false;
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('OS_') || value === undefined || value === '') continue;
    if (NOT_CLOUD_PREFIX.test(name) || NOT_CLOUD_VARS.has(name)) continue;
    const key = name.slice(3).toLowerCase();
    if (key !== 'region_name') any = true;
    if (AUTH_KEYS.has(key)) auth[key] = value;
    else cloud[key] = value;
  }
  if (!any) return undefined;
  cloud.auth = auth;
  return cloud;
}

/** Where a value came from: the file and the dotted key in it (or the OS_* variable). */
interface Origin {
  file: string | undefined;
  key: string;
}

/**
 * A string setting. Numbers and booleans are refused rather than turned into text: YAML reads an
 * unquoted id like `0123` or `1e10` as a number and loses how it was written, so the id or
 * secret sent would silently differ from the one in the file.
 */
function asString(v: unknown, at: Origin): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') {
    // the value itself is not shown: it may be a password
    throw new ConfigError(`must be a string, got a ${typeof v}: put the value in quotes so it is read exactly as written (YAML reads 0123 as 123)`, at);
  }
  throw new ConfigError(`must be a string, got ${Array.isArray(v) ? 'a list' : typeof v}`, at);
}

/** An API version: a string, or a number (`volume_api_version: 3`; a YAML file keeps `2.10` as written). */
function asVersion(v: unknown, at: Origin): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return asString(v, at);
}

function asBool(v: unknown, at: Origin): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(s)) return true;
    if (['0', 'false', 'no', 'off'].includes(s)) return false;
  }
  throw new ConfigError(`must be a boolean (true or false), got ${JSON.stringify(v)}`, at);
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

/** One source of a cloud's settings: its values, its file and how a key is named in it. */
interface Layer {
  values: Record<string, unknown> | undefined;
  file: string | undefined;
  key: (path: string) => string;
}

function valueAt(values: Record<string, unknown> | undefined, path: string): unknown {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** Which layer (most specific first) a dotted setting came from; the fallback names keys that are missing everywhere. */
class Origins {
  constructor(
    private readonly layers: Layer[],
    private readonly fallback: Layer,
  ) {}

  addFirst(layer: Layer): void {
    this.layers.unshift(layer);
  }

  addLast(layer: Layer): void {
    this.layers.push(layer);
  }

  of(path: string): Origin {
    const layer = this.layers.find((l) => valueAt(l.values, path) !== undefined) ?? this.fallback;
    return { file: layer.file, key: layer.key(path) };
  }
}

/** Resolves one cloud's settings from files, the environment and overrides, like openstacksdk. */
export function loadCloudConfig(opts: LoadCloudConfigOptions = {}): CloudConfig {
  const env = opts.env ?? process.env;
  const cwd = resolve(opts.cwd ?? process.cwd());
  const files = loadFiles(env, cwd);
  const fromEnv = envCloud(env);
  const requested = opts.cloud ?? (env.OS_CLOUD || undefined);
  let name: string;
  let raw: Record<string, unknown>;
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
    usedEnv = true;
  } else if (requested === 'envvars') {
    throw new ConfigError("cloud 'envvars' requested but no OS_* variables are set", { key: 'OS_CLOUD' });
  } else if (opts.overrides?.auth || opts.overrides?.endpointOverrides) {
    name = 'defaults';
    raw = {};
  } else {
    const known = Object.keys(files.clouds);
    throw new ConfigError(
      `no cloud selected: set OS_CLOUD or pass a cloud name${known.length ? ` (known clouds: ${known.join(', ')})` : ''}, or set OS_AUTH_URL and friends`,
      { file: files.file },
    );
  }

  // errors name the file and key a value really came from: secure.yaml, clouds-public.yaml, ...
  const origins = usedEnv
    ? new Origins([], { values: raw, file: undefined, key: (path) => `OS_${(path.split('.').pop() ?? path).toUpperCase()}` })
    : new Origins(
        [
          { values: files.secureClouds[name], file: files.secureFile, key: (path) => `clouds.${name}.${path}` },
          { values: files.fileClouds[name], file: files.file, key: (path) => `clouds.${name}.${path}` },
        ],
        { values: undefined, file: name === 'defaults' ? undefined : files.file, key: (path) => (name === 'defaults' ? path : `clouds.${name}.${path}`) },
      );
  const at = (path: string) => origins.of(path);
  // vendor profile from clouds-public.yaml
  const profileName = raw.profile ?? raw.cloud;
  if (profileName !== undefined) {
    const profileKey = raw.profile !== undefined ? 'profile' : 'cloud';
    const pname = asString(profileName, at(profileKey));
    const profile = pname ? files.publicClouds[pname] : undefined;
    if (!profile) {
      throw new ConfigError(
        `profile '${pname}' not found${files.publicFile ? ` in ${files.publicFile}` : ' (no clouds-public.yaml found)'}`,
        at(profileKey),
      );
    }
    raw = merge(profile, raw);
    origins.addLast({ values: profile, file: files.publicFile, key: (path) => `public-clouds.${pname}.${path}` });
  }
  // OS_REGION_NAME applies to a named cloud too (openstacksdk does the same)
  if (!usedEnv && env.OS_REGION_NAME && raw.region_name === undefined) {
    raw = { ...raw, region_name: env.OS_REGION_NAME };
    origins.addFirst({ values: { region_name: env.OS_REGION_NAME }, file: undefined, key: () => 'OS_REGION_NAME' });
  }

  if (raw.auth !== undefined && !isRecord(raw.auth)) throw new ConfigError('must be a mapping', at('auth'));
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
    auth[key] = asString(value, at(`auth.${key}`));
    if (auth[key] === undefined) delete auth[key];
  }
  if (auth.default_domain) {
    if (!auth.user_domain_id && !auth.user_domain_name) auth.user_domain_id = auth.default_domain;
    if (!auth.project_domain_id && !auth.project_domain_name && (auth.project_name || auth.project_id))
      auth.project_domain_id = auth.default_domain;
  }

  let authType = asString(raw.auth_type, at('auth_type'));
  if (!authType) {
    if (auth.application_credential_secret) authType = 'v3applicationcredential';
    else if (auth.token && !auth.password) authType = 'token';
    else authType = 'password';
  }
  if (!KNOWN_AUTH_TYPES.has(authType)) {
    throw new ConfigError(`unsupported auth_type '${authType}' (supported: ${[...KNOWN_AUTH_TYPES].join(', ')})`, at('auth_type'));
  }
  let authMethods: string[] | undefined;
  const rawMethods = raw.auth_methods ?? (raw.auth as Record<string, unknown> | undefined)?.auth_methods;
  if (rawMethods !== undefined) {
    const list = typeof rawMethods === 'string' ? rawMethods.split(',') : rawMethods;
    if (!Array.isArray(list) || !list.every((m) => typeof m === 'string'))
      throw new ConfigError('must be a list of auth method names', at(raw.auth_methods !== undefined ? 'auth_methods' : 'auth.auth_methods'));
    authMethods = list.map((m) => m.trim());
  }
  delete auth.auth_methods;

  // regions
  let regions: string[] = [];
  if (raw.regions !== undefined) {
    if (!Array.isArray(raw.regions)) throw new ConfigError('must be a list', at('regions'));
    regions = raw.regions.map((r, i) => {
      if (typeof r === 'string') return r;
      if (isRecord(r) && typeof r.name === 'string') return r.name;
      throw new ConfigError('must be a region name or a mapping with `name`', { file: at('regions').file, key: `${at('regions').key}[${i}]` });
    });
  }
  let regionName = asString(raw.region_name, at('region_name'));
  if (regionName && regions.length && !regions.includes(regionName)) {
    throw new ConfigError(`region '${regionName}' is not one of the cloud's regions (${regions.join(', ')})`, at('region_name'));
  }
  if (!regionName && regions.length) regionName = regions[0];
  // a region may carry its own settings (`regions: [{name, values: {...}}]`), which win
  const regionIndex = Array.isArray(raw.regions)
    ? (raw.regions as unknown[]).findIndex((r) => isRecord(r) && r.name === regionName && isRecord(r.values))
    : -1;
  if (regionIndex >= 0) {
    const values = ((raw.regions as unknown[])[regionIndex] as { values: Record<string, unknown> }).values;
    const regionsAt = at('regions');
    raw = merge(raw, values);
    origins.addFirst({ values, file: regionsAt.file, key: (path) => `${regionsAt.key}[${regionIndex}].values.${path}` });
  }

  const ifaceKey = raw.interface === undefined && raw.endpoint_type !== undefined ? 'endpoint_type' : 'interface';
  const iface = asString(raw[ifaceKey], at(ifaceKey)) ?? 'public';
  const normalized = iface.replace(/URL$/, '');
  if (!['public', 'internal', 'admin'].includes(normalized)) {
    throw new ConfigError(`must be public, internal or admin, got '${iface}'`, at(ifaceKey));
  }

  const insecure = asBool(raw.insecure, at('insecure'));
  const verifyRaw = raw.verify;
  let verify = true;
  let cacert = asString(raw.cacert, at('cacert'));
  if (typeof verifyRaw === 'string' && !['true', 'false', '1', '0', 'yes', 'no'].includes(verifyRaw.toLowerCase())) {
    cacert ??= verifyRaw; // requests-style: verify may name a CA bundle
  } else {
    const v = asBool(verifyRaw, at('verify'));
    if (v !== undefined) verify = v;
  }
  if (insecure !== undefined) verify = !insecure;
  if (cacert && !existsSync(cacert)) {
    throw new ConfigError(`CA bundle '${cacert}' does not exist`, at('cacert'));
  }

  const endpointOverrides: Partial<Record<Service, string>> = {};
  const apiVersions: Partial<Record<Service, string>> = {};
  for (const [service, names] of Object.entries(CONFIG_SERVICE_KEYS) as [Service, string[]][]) {
    for (const n of names) {
      for (const suffix of ['endpoint_override', 'endpoint']) {
        const v = asString(raw[`${n}_${suffix}`], at(`${n}_${suffix}`));
        if (v && !endpointOverrides[service]) {
          if (!/^https?:\/\//.test(v)) throw new ConfigError(`must be an http(s) URL, got '${v}'`, at(`${n}_${suffix}`));
          endpointOverrides[service] = v;
        }
      }
      const av = asVersion(raw[`${n}_api_version`], at(`${n}_api_version`));
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
    cert: asString(raw.cert, at('cert')),
    key: asString(raw.key, at('key')),
    endpointOverrides,
    apiVersions,
    sshNetns: asString(raw.ssh_netns, at('ssh_netns')),
    source: {
      file: usedEnv || name === 'defaults' ? undefined : files.file,
      secureFile: files.secureFile,
      publicFile: files.publicFile,
      env: usedEnv,
    },
  };
  if (opts.overrides) {
    config = applyOverrides(config, opts.overrides);
    origins.addFirst({ values: { auth: opts.overrides.auth }, file: undefined, key: (path) => `overrides.${path}` });
  }
  validate(config, at);
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

function validate(config: CloudConfig, at: (path: string) => Origin): void {
  const a = config.auth;
  const key = (name: string) => at(`auth.${name}`);
  if (config.authType === 'none' || config.authType === 'noauth' || config.authType === 'admin_token') return;
  if (!a.auth_url) throw new ConfigError('auth_url is required', key('auth_url'));
  if (!/^https?:\/\//.test(a.auth_url)) {
    throw new ConfigError(`auth_url must be an http(s) URL, got '${a.auth_url}'`, key('auth_url'));
  }
  const needsUser = ['password', 'v3password', 'v3totp', 'v3multifactor'].includes(config.authType);
  if (needsUser && !a.username && !a.user_id) {
    throw new ConfigError(`auth_type ${config.authType} needs username or user_id`, key('username'));
  }
  if (['password', 'v3password'].includes(config.authType) && a.password === undefined) {
    throw new ConfigError('password is required for auth_type password', key('password'));
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
    throw new ConfigError('token is required for auth_type token', key('token'));
  }
  if (config.authType === 'v3applicationcredential') {
    if (!a.application_credential_secret)
      throw new ConfigError('application_credential_secret is required', key('application_credential_secret'));
    if (!a.application_credential_id && !a.application_credential_name)
      throw new ConfigError('application_credential_id or application_credential_name is required', key('application_credential_id'));
    if (!a.application_credential_id && !a.user_id && !a.username)
      throw new ConfigError('an application credential given by name needs username or user_id', key('username'));
  }
  if (a.trust_id && (a.project_id || a.project_name || a.domain_id || a.domain_name || a.system_scope)) {
    throw new ConfigError('trust_id scopes the token to the trust: it cannot be combined with a project, domain or system scope', key('trust_id'));
  }
  if (config.authType === 'v3multifactor' && !config.authMethods?.length) {
    throw new ConfigError('auth_type v3multifactor needs auth_methods (e.g. [v3password, v3totp])', at('auth_methods'));
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

/**
 * The metadata service at 169.254.169.254, Neutron's way: DHCP hands every guest a route to
 * 169.254.169.254 through its network's DHCP port, whose namespace holds that address and runs a
 * tiny proxy. The proxy knows only which network it serves; for each request it strips whatever
 * identity headers the guest sent, adds the guest's source address and its network, and passes
 * it over a unix socket to the agent. The agent finds the instance whose port on that network has
 * that address (anti-spoofing stops a guest from borrowing another's) and answers OpenStack's
 * /openstack/... tree and the EC2-style /latest/meta-data/ paths cloud-init reads. One instance can
 * never read another's data.
 *
 * The data is the controller's current view (metadata set later, interfaces attached later, the
 * password the guest posted), pulled on request rather than pushed: the agent asks only for
 * instances whose guests ask, a short cache makes one round trip serve a boot's ~20 requests,
 * and a controller that is slow or away costs a guest at most one short wait per retry interval,
 * answered from the last known data (fetched before, or the config drive's of the spawn).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { rm } from 'node:fs/promises';
import { configDriveData, type ConfigDriveData } from '../configdrive.js';
import { nullLogger, type Logger } from '../logger.js';
import type { InstanceMetadata, NetworkInfo } from '../protocol.js';

/** The address guests ask. */
export const METADATA_IP = '169.254.169.254';
/** Headers the proxy sets (and strips from guests' requests). */
export const FORWARDED_FOR = 'x-oscloud-guest-ip';
export const FORWARDED_NETWORK = 'x-oscloud-guest-network';

/** The port a router's proxy listens on (169.254.169.254:80 is redirected to it, as Neutron's). */
export const ROUTER_PROXY_PORT = 9697;

/**
 * The proxy, run with `node --input-type=module -e` inside a DHCP or router namespace (argv:
 * listen address, port, the agent's unix socket, and a JSON file of [cidr, network id] pairs
 * read per request, so interfaces can change under a running proxy). The guest's network is
 * the one whose subnet holds its source address (a router's subnets never overlap); an address
 * in none is answered 404. Plain JavaScript so it runs from the sources too.
 */
export const PROXY_SOURCE = `
import { createServer, request } from 'node:http';
import { readFileSync } from 'node:fs';
const [host, port, socketPath, mapFile] = process.argv.slice(1);
const num = (ip) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const networkOf = (ip) => {
  if (!/^\\d+\\.\\d+\\.\\d+\\.\\d+$/.test(ip)) return undefined;
  let pairs = [];
  try { pairs = JSON.parse(readFileSync(mapFile, 'utf8')); } catch {}
  for (const [cidr, net] of pairs) {
    const [base, len] = cidr.split('/');
    const size = 2 ** (32 - Number(len));
    if (Math.floor(num(ip) / size) === Math.floor(num(base) / size)) return net;
  }
  return undefined;
};
const server = createServer((req, res) => {
  const headers = { ...req.headers };
  for (const h of Object.keys(headers)) if (h.startsWith('x-oscloud-') || h === 'x-forwarded-for') delete headers[h];
  // Hop-by-hop headers are this connection's, not the agent's.
  for (const h of ['connection', 'keep-alive', 'transfer-encoding', 'upgrade']) delete headers[h];
  const ip = String(req.socket.remoteAddress || '').replace(/^::ffff:/, '');
  const network = networkOf(ip);
  if (!network) { res.writeHead(404); res.end('Not Found\\n'); return; }
  headers['${FORWARDED_FOR}'] = ip;
  headers['${FORWARDED_NETWORK}'] = network;
  // The body (a password post at most) is read whole, then sent with the headers in one write on
  // a connection of its own (agent: false): streamed, the agent could answer and close before
  // the last write, which then failed (EPIPE) and lost the answer (502).
  const chunks = [];
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
    if (size > 65536) { if (!res.headersSent) { res.writeHead(413); res.end(); } req.destroy(); return; }
    chunks.push(c);
  });
  req.on('end', () => {
    if (res.headersSent) return;
    const body = Buffer.concat(chunks);
    headers['content-length'] = String(body.length);
    const up = request({ socketPath, method: req.method, path: req.url, headers, timeout: 10000, agent: false }, (r) => {
      res.writeHead(r.statusCode || 502, r.headers);
      r.pipe(res);
    });
    up.on('timeout', () => up.destroy(new Error('timeout')));
    up.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    up.end(body);
  });
});
server.headersTimeout = 10000;
server.requestTimeout = 15000;
server.listen(Number(port), host);
`;

/** What a guest address belongs to: its instance and that instance's ports as plugged here (in NIC order). */
export interface MetadataTarget {
  instanceUuid: string;
  ports: NetworkInfo[];
}

/** Finds the instance behind a guest address on a network (the driver's plugged ports). */
export type InstanceLookup = (networkId: string, ip: string) => MetadataTarget | undefined;

/** What one instance is served: its config drive's data plus the password it posted. */
export interface ServedMetadata extends ConfigDriveData {
  /** The password the guest posted (empty when none); absent in data recorded at spawn. */
  password?: string;
  /** The instance's first floating IP (EC2 `public-ipv4`); absent in data recorded at spawn. */
  publicIpv4?: string;
}

/** Where the current data comes from: the controller (controller-client.ts implements it). */
export interface MetadataSource {
  /** The instance's current document; undefined when the controller says it is not on this host. */
  instanceMetadata(instanceId: string, signal?: AbortSignal): Promise<InstanceMetadata | undefined>;
  /** Records a posted password (set once). */
  postInstancePassword(instanceId: string, password: string, signal?: AbortSignal): Promise<'set' | 'conflict' | 'not_found'>;
}

/** Where the last known data of each instance is kept across restarts (the driver's state directory). */
export interface MetadataStore {
  /** The data recorded last (at spawn, or fetched later); undefined when there is none. */
  read(instanceUuid: string): Promise<ServedMetadata | undefined>;
  write(instanceUuid: string, data: ServedMetadata): Promise<void>;
}

/** Settings of the metadata service. */
export interface MetadataServiceOptions {
  socketPath: string;
  lookup: InstanceLookup;
  store: MetadataStore;
  /** Without one, the service answers from the store only (and refuses password posts). */
  source?: MetadataSource;
  /**
   * How long fetched data is served before the controller is asked again (default 10 s, Nova's
   * metadata cache is 15 s): a guest's boot makes ~20 requests, one round trip serves them all.
   */
  ttlMs?: number;
  /** How long a request waits for the controller before the last known data is served (default 2 s). */
  fetchTimeoutMs?: number;
  /** After a failed fetch, how long the last known data is served without asking again (default 5 s). */
  retryMs?: number;
  /** This host's availability zone (for an instance that has none yet). */
  availabilityZone?: string;
  logger?: Logger;
  /** Clock (ms), injectable for tests. */
  now?: () => number;
}

/** The oldest metadata version with the password path (Nova's PASSWORD_VERSION). */
const PASSWORD_VERSION = '2013-04-04';
/** Most bytes a guest may post as its password (Nova: 4 chunks of 255). */
export const MAX_PASSWORD_BYTES = 4 * 255;

/** The EC2-style view of the same data (what cloud-init's Ec2 datasource reads). */
function ec2Tree(data: ServedMetadata, ip: string): Record<string, string | Record<string, string>> {
  const md = data.metaData as { uuid: string; hostname?: string; name?: string; availability_zone?: string; public_keys?: Record<string, string>; launch_index?: number };
  const keys = Object.entries(md.public_keys ?? {});
  const tree: Record<string, string | Record<string, string>> = {
    'ami-launch-index': String(md.launch_index ?? 0),
    hostname: md.hostname ?? '',
    'instance-id': md.uuid,
    'local-hostname': md.hostname ?? '',
    'local-ipv4': ip,
    'placement/availability-zone': md.availability_zone ?? '',
    'public-hostname': md.hostname ?? '',
    // Nova: the first floating IP, '' without one (Tempest's test_server_basic_ops reads it).
    'public-ipv4': data.publicIpv4 ?? '',
  };
  if (keys.length) {
    tree['public-keys'] = Object.fromEntries(keys.map(([name], i) => [String(i), name]));
    keys.forEach(([, key], i) => (tree[`public-keys/${i}/openssh-key`] = key));
  }
  return tree;
}

const VERSIONS = ['2012-08-10', '2013-04-04', '2013-10-17', '2015-10-15', '2016-06-30', '2016-10-06', '2017-02-22', '2018-08-27', 'latest'];

/** The OpenStack version a path names when it is the password path of a version that has one. */
export function isPasswordPath(path: string): boolean {
  const m = /^\/openstack\/([^/]+)\/password\/?$/.exec(path.split('?')[0]!.replace(/\/+/g, '/'));
  return !!m && VERSIONS.includes(m[1]!) && (m[1] === 'latest' || m[1]! >= PASSWORD_VERSION);
}

/** The body for a metadata path, or undefined (404). */
export function metadataResponse(data: ServedMetadata, ip: string, path: string): { type: string; body: string } | undefined {
  const p = path.split('?')[0]!.replace(/\/+/g, '/');
  const text = (body: string) => ({ type: 'text/plain; charset=utf-8', body });
  const json = (v: unknown) => ({ type: 'application/json', body: JSON.stringify(v) });
  if (p === '/' || p === '') return text('latest\nopenstack\n');
  if (p === '/openstack' || p === '/openstack/') return text(`${VERSIONS.join('\n')}\n`);
  const os = /^\/openstack\/([^/]+)\/?(.*)$/.exec(p);
  if (os && VERSIONS.includes(os[1]!)) {
    const file = os[2];
    const withPassword = os[1] === 'latest' || os[1]! >= PASSWORD_VERSION;
    if (file === '') return text(`meta_data.json\nnetwork_data.json\nvendor_data.json\nvendor_data2.json${withPassword ? '\npassword' : ''}${data.userData !== undefined ? '\nuser_data' : ''}\n`);
    if (file === 'meta_data.json') return json(data.metaData);
    if (file === 'network_data.json') return json(data.networkData);
    if (file === 'vendor_data.json' || file === 'vendor_data2.json') return json({});
    if (file === 'user_data' && data.userData !== undefined) return text(data.userData);
    if ((file === 'password' || file === 'password/') && withPassword) return text(data.password ?? '');
    return undefined;
  }
  if (p === '/latest' || p === '/latest/') return text(`meta-data/\n${data.userData !== undefined ? 'user-data\n' : ''}`);
  if (p === '/latest/user-data') return data.userData !== undefined ? text(data.userData) : undefined;
  const ec2 = /^\/latest\/meta-data\/?(.*)$/.exec(p);
  if (ec2) {
    const tree = ec2Tree(data, ip);
    const key = ec2[1]!.replace(/\/$/, '');
    if (key === '') {
      const top = new Set(Object.keys(tree).map((k) => (k.includes('/') ? `${k.split('/')[0]}/` : k)));
      return text(`${[...top].sort().join('\n')}\n`);
    }
    const v = tree[key];
    if (typeof v === 'string') return text(v);
    if (v) return text(`${Object.entries(v).map(([i, name]) => `${i}=${name}`).join('\n')}\n`);
    const children = Object.keys(tree).filter((k) => k.startsWith(`${key}/`)).map((k) => k.slice(key.length + 1).split('/')[0]!);
    if (children.length) return text(`${[...new Set(children)].join('\n')}\n`);
  }
  return undefined;
}

/**
 * The served data from the controller's document: built as the config drive is (one builder),
 * with the ports in the order the guest has its NICs (as plugged here; ports the host has not
 * plugged yet follow in the controller's order).
 */
export function servedFromDocument(doc: InstanceMetadata, plugged: readonly NetworkInfo[], availabilityZone?: string): ServedMetadata {
  const order = new Map(plugged.map((p, i) => [p.port_id, i]));
  const rank = (p: NetworkInfo, i: number): number => order.get(p.port_id) ?? plugged.length + i;
  const ports = doc.network_info.map((p, i) => ({ p, r: rank(p, i) })).sort((a, b) => a.r - b.r).map((x) => x.p);
  return { ...configDriveData(doc.instance, ports, { availabilityZone }), password: doc.password, publicIpv4: doc.floating_ips[0]?.floating_ip_address ?? '' };
}

/** The last known data of one instance. */
interface CacheEntry {
  data: ServedMetadata;
  /** Until when (ms) it is served without asking the controller; 0: ask first (the store's data). */
  freshUntil: number;
}

/**
 * The agent's end: an HTTP server on a unix socket that the namespaces' proxies call. Answers
 * from the controller's current data (cached for `ttlMs`, one fetch per instance at a time); when
 * the controller is slow or away, from the last known data (fetched before, or the spawn's).
 */
export class MetadataService {
  private server: Server | undefined;
  private readonly cache = new Map<string, CacheEntry>();
  /** Fetches in flight, shared by the requests that come meanwhile. */
  private readonly inflight = new Map<string, Promise<ServedMetadata | undefined>>();
  private readonly log: Logger;
  private readonly now: () => number;

  constructor(private readonly o: MetadataServiceOptions) {
    this.log = o.logger ?? nullLogger;
    this.now = o.now ?? Date.now;
  }

  async start(): Promise<void> {
    await rm(this.o.socketPath, { force: true });
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.o.socketPath, () => resolve());
    });
  }

  /** Drops what is cached for an instance (new spawn data, or the instance left this host). */
  forget(instanceUuid: string): void {
    this.cache.delete(instanceUuid);
  }

  /** The data to answer an instance with, or undefined when it has none (404). */
  async current(target: MetadataTarget): Promise<ServedMetadata | undefined> {
    const uuid = target.instanceUuid;
    if (!this.cache.has(uuid)) {
      const stored = await this.o.store.read(uuid);
      // A request racing this one may have filled the cache meanwhile: the newer entry stays.
      if (stored && !this.cache.has(uuid)) this.cache.set(uuid, { data: stored, freshUntil: 0 });
    }
    const entry = this.cache.get(uuid);
    if (!this.o.source || (entry && this.now() < entry.freshUntil)) return entry?.data;
    let fetching = this.inflight.get(uuid);
    if (!fetching) {
      fetching = this.refresh(uuid, target.ports).finally(() => this.inflight.delete(uuid));
      this.inflight.set(uuid, fetching);
    }
    // Waits for the controller at most fetchTimeoutMs; the fetch goes on and fills the cache.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.o.fetchTimeoutMs ?? 2000)));
    try {
      const got = await Promise.race([fetching, timeout]);
      return got === 'timeout' ? this.cache.get(uuid)?.data : got;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Fetches the instance's document, caches and stores it; on failure keeps serving what there is. */
  private async refresh(uuid: string, ports: NetworkInfo[]): Promise<ServedMetadata | undefined> {
    const started = this.now();
    try {
      const doc = await this.o.source!.instanceMetadata(uuid, AbortSignal.timeout(10_000));
      if (!doc) {
        // The controller says the instance is not (or no longer) this host's: nothing to serve.
        this.cache.delete(uuid);
        return undefined;
      }
      const data = servedFromDocument(doc, ports, this.o.availabilityZone);
      const previous = this.cache.get(uuid)?.data;
      this.cache.set(uuid, { data, freshUntil: started + (this.o.ttlMs ?? 10_000) });
      if (!previous || !sameData(previous, data)) {
        await this.o.store.write(uuid, data).catch((e: unknown) => this.log.warn('metadata: could not store the fetched data', { instance: uuid, error: e }));
      }
      return data;
    } catch (e) {
      this.log.warn('metadata: controller unavailable, serving the last known data', { instance: uuid, error: e });
      // Not asked again for retryMs: a boot's ~20 requests must not each wait for a dead controller.
      const last = this.cache.get(uuid);
      if (last) last.freshUntil = this.now() + (this.o.retryMs ?? 5000);
      return last?.data;
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    try {
      const post = req.method === 'POST';
      if (req.method !== 'GET' && req.method !== 'HEAD' && !post) return send(405, 'Method Not Allowed\n');
      const ip = String(req.headers[FORWARDED_FOR] ?? '');
      const network = String(req.headers[FORWARDED_NETWORK] ?? '');
      const target = this.o.lookup(network, ip);
      // Neutron answers 404 for an address it cannot place on an instance.
      if (!target) return send(404, 'Not Found\n');
      if (post) return await this.postPassword(req, target, send);
      const data = await this.current(target);
      if (!data) return send(404, 'Not Found\n');
      const out = metadataResponse(data, ip, req.url ?? '/');
      if (!out) return send(404, 'Not Found\n');
      send(200, out.body, out.type);
    } catch (e) {
      this.log.warn('metadata: request failed', { error: e });
      send(500, 'Internal Server Error\n');
    }
  }

  /**
   * A guest's POST to /openstack/<version>/password (Nova's metadata password.py): at most
   * 1020 bytes (else 400), set once (409 when the instance has one). The password is never logged.
   */
  private async postPassword(req: IncomingMessage, target: MetadataTarget, send: (status: number, body: string) => void): Promise<void> {
    if (!isPasswordPath(req.url ?? '/')) return send(400, 'GET only, except the password path\n');
    if (!this.o.source) return send(503, 'Service Unavailable\n');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_PASSWORD_BYTES) return send(400, 'Request is too large.\n');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_PASSWORD_BYTES) return send(400, 'Request is too large.\n');
      chunks.push(c as Buffer);
    }
    const password = Buffer.concat(chunks).toString('utf8');
    // Nova stores what it got; an empty post sets nothing (the controller needs one character).
    if (password === '') return send(200, '');
    let outcome: 'set' | 'conflict' | 'not_found';
    try {
      outcome = await this.o.source.postInstancePassword(target.instanceUuid, password, AbortSignal.timeout(10_000));
    } catch (e) {
      this.log.warn('metadata: could not record a posted password', { instance: target.instanceUuid, error: e });
      return send(503, 'Service Unavailable\n');
    }
    if (outcome === 'conflict') return send(409, 'Conflict\n');
    if (outcome === 'not_found') return send(404, 'Not Found\n');
    // Served at once: the cached data gets the password too.
    const entry = this.cache.get(target.instanceUuid);
    if (entry) entry.data = { ...entry.data, password };
    send(200, '');
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

/** Equal data apart from random_seed (which each build draws anew). */
function sameData(a: ServedMetadata, b: ServedMetadata): boolean {
  const strip = (d: ServedMetadata): string => JSON.stringify({ ...d, metaData: { ...d.metaData, random_seed: undefined } });
  return strip(a) === strip(b);
}

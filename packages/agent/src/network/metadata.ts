/**
 * The metadata service at 169.254.169.254, Neutron's way: DHCP hands every guest a route to
 * 169.254.169.254 through its network's DHCP port, whose namespace holds that address and runs a
 * tiny proxy. The proxy knows only which network it serves; for each request it strips whatever
 * identity headers the guest sent, adds the guest's source address and its network, and passes
 * it over a unix socket to the agent. The agent finds the instance whose port on that network has
 * that address (anti-spoofing stops a guest from borrowing another's) and answers from the data
 * the instance's config drive was built from: OpenStack's /openstack/... tree and the EC2-style
 * /latest/meta-data/ paths cloud-init reads. One instance can never read another's data.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import type { ConfigDriveData } from '../configdrive.js';

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
  const ip = String(req.socket.remoteAddress || '').replace(/^::ffff:/, '');
  const network = networkOf(ip);
  if (!network) { res.writeHead(404); res.end('Not Found\\n'); return; }
  headers['${FORWARDED_FOR}'] = ip;
  headers['${FORWARDED_NETWORK}'] = network;
  const up = request({ socketPath, method: req.method, path: req.url, headers, timeout: 10000 }, (r) => {
    res.writeHead(r.statusCode || 502, r.headers);
    r.pipe(res);
  });
  up.on('timeout', () => up.destroy(new Error('timeout')));
  up.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
  req.pipe(up);
});
server.headersTimeout = 10000;
server.requestTimeout = 15000;
server.listen(Number(port), host);
`;

/** Finds the instance behind a guest address on a network (the driver's plugged ports). */
export type InstanceLookup = (networkId: string, ip: string) => { instanceUuid: string; metadataFile: string } | undefined;

/** The EC2-style view of the same data (what cloud-init's Ec2 datasource reads). */
function ec2Tree(data: ConfigDriveData, ip: string): Record<string, string | Record<string, string>> {
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
  };
  if (keys.length) {
    tree['public-keys'] = Object.fromEntries(keys.map(([name], i) => [String(i), name]));
    keys.forEach(([, key], i) => (tree[`public-keys/${i}/openssh-key`] = key));
  }
  return tree;
}

/** The body for a metadata path, or undefined (404). */
export function metadataResponse(data: ConfigDriveData, ip: string, path: string): { type: string; body: string } | undefined {
  const p = path.split('?')[0]!.replace(/\/+/g, '/');
  const text = (body: string) => ({ type: 'text/plain; charset=utf-8', body });
  const json = (v: unknown) => ({ type: 'application/json', body: JSON.stringify(v) });
  const versions = ['2012-08-10', '2013-04-04', '2013-10-17', '2015-10-15', '2016-06-30', '2016-10-06', '2017-02-22', '2018-08-27', 'latest'];
  if (p === '/' || p === '') return text('latest\nopenstack\n');
  if (p === '/openstack' || p === '/openstack/') return text(`${versions.join('\n')}\n`);
  const os = /^\/openstack\/([^/]+)\/?(.*)$/.exec(p);
  if (os && versions.includes(os[1]!)) {
    const file = os[2];
    if (file === '') return text(`meta_data.json\nnetwork_data.json\nvendor_data.json\nvendor_data2.json${data.userData !== undefined ? '\nuser_data' : ''}\n`);
    if (file === 'meta_data.json') return json(data.metaData);
    if (file === 'network_data.json') return json(data.networkData);
    if (file === 'vendor_data.json' || file === 'vendor_data2.json') return json({});
    if (file === 'user_data' && data.userData !== undefined) return text(data.userData);
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

/** The agent's end: an HTTP server on a unix socket that the namespaces' proxies call. */
export class MetadataService {
  private server: Server | undefined;

  constructor(
    readonly socketPath: string,
    private readonly lookup: InstanceLookup,
  ) {}

  async start(): Promise<void> {
    await rm(this.socketPath, { force: true });
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.socketPath, () => resolve());
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed\n');
      const ip = String(req.headers[FORWARDED_FOR] ?? '');
      const network = String(req.headers[FORWARDED_NETWORK] ?? '');
      const found = this.lookup(network, ip);
      // Neutron answers 404 for an address it cannot place on an instance.
      if (!found) return send(404, 'Not Found\n');
      const data = JSON.parse(await readFile(found.metadataFile, 'utf8')) as ConfigDriveData;
      const out = metadataResponse(data, ip, req.url ?? '/');
      if (!out) return send(404, 'Not Found\n');
      send(200, out.body, out.type);
    } catch {
      send(500, 'Internal Server Error\n');
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

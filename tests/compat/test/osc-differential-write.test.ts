/**
 * Differential suite, commands that change things: python-openstackclient (Debian
 * python3-openstackclient) and oscloud's CLI on one all-in-one (fake driver). Each resource is
 * created twice, once by each client, with different names and the same options, and the two
 * `-f json` outputs compared (osc-diff.ts: the same keys and value types); then both are deleted
 * in one command (several names at once, no terminal: exit 0 and nothing printed, as upstream),
 * by python-openstackclient for one half of the resources and by oscloud for the other.
 * Bad input (unknown flags and columns, missing arguments, ambiguous names, a name that is
 * another resource's ID, missing resources) is compared by exit code and error line.
 * Deliberate differences are listed, with their reasons, in osc-differences.json.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aio, repo, startAio } from './aio.js';
import { type Json, allowed, compare, pool } from './osc-diff.js';
import { OscBatch } from './osc-batch.js';

const bin = join(repo, 'packages', 'cli', 'bin', 'run.js');
const hasOpenstack = await new Promise<boolean>((res) => execFile('sh', ['-c', 'command -v openstack'], (err) => res(!err)));

let aio: Aio;
const work = mkdtempSync(join(tmpdir(), 'oscloud-diffw-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
function exec(file: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((res) =>
    // stdin closed: `image create` without --file reads its data from a stdin that is not a terminal
    execFile(file, args, { env: { ...process.env, OS_CLIENT_CONFIG_FILE: aio.clouds, OS_CLOUD: '', ...env }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      res({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ).stdin?.end(),
  );
}
/** oscloud pinned to python-openstackclient's default microversions, as in osc-differential.test.ts. */
const PINNED = ['--os-compute-api-version', '2.1', '--os-volume-api-version', '3.0'];
type Client = 'osc' | 'ours';
/** python-openstackclient's commands, run in long-lived workers (osc-batch.ts: Python's start-up once, not per command). */
let batch: OscBatch;
const cli = (client: Client, cloud: string, args: string[], pinned = true): Promise<Run> =>
  client === 'osc'
    ? batch.run(['--os-cloud', cloud, ...args])
    : exec(process.execPath, [bin, '--os-cloud', cloud, ...(pinned ? PINNED : []), ...args], { XDG_CACHE_HOME: join(work, 'cache'), CI: '1' });
async function json(client: Client, cloud: string, args: string[], pinned = true): Promise<Json> {
  const r = await cli(client, cloud, [...args, '-f', 'json'], pinned);
  if (r.code !== 0) throw new Error(`${client} ${args.join(' ')} exited ${r.code}: ${r.stderr.trim().split('\n').pop()}`);
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`${client} ${args.join(' ')} printed no JSON: ${r.stdout.slice(0, 200)}`);
  }
}
/** Splits a command line on blanks, keeping 'quoted words' together. */
const argv = (line: string) => (line.match(/'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^'(.*)'$/, '$1'));

/**
 * A create command, run by both clients: `{name}` becomes each client's own name, `{f:key}` a
 * fixture's value. `del` deletes (names or IDs appended; `single`: one per command, as the
 * command takes only one); `ref` is the output key naming what was made (default: name when
 * `{name}` is given, else id); `pinned: false` for python-openstackclient's commands built on
 * openstacksdk, which negotiate their own microversion (oscloud runs unpinned there).
 */
interface Case {
  cloud: 'aio-demo' | 'aio-admin';
  create: string;
  del?: string;
  single?: boolean;
  ref?: string;
  pinned?: boolean;
}
const cases: Case[] = [
  // compute
  { cloud: 'aio-admin', create: 'flavor create --ram 128 --disk 1 --vcpus 1 --property hw:a=b {name}', del: 'flavor delete' },
  { cloud: 'aio-demo', create: 'keypair create --public-key {f:pubkey} {name}', del: 'keypair delete', pinned: false },
  { cloud: 'aio-demo', create: 'server group create --policy anti-affinity {name}', del: 'server group delete', pinned: false },
  { cloud: 'aio-admin', create: 'aggregate create --zone wz --property a=b {name}', del: 'aggregate delete' },
  { cloud: 'aio-demo', create: 'server create --image tiny --flavor m1.tiny --network wf-net --property a=b {name}', del: 'server delete' },
  { cloud: 'aio-demo', create: 'server image create --name {name} wf-vm', del: 'image delete' },
  // image
  { cloud: 'aio-demo', create: 'image create --disk-format raw --container-format bare --property a=b --tag t {name}', del: 'image delete' },
  // volume
  { cloud: 'aio-demo', create: 'volume create --size 1 --property a=b --description d {name}', del: 'volume delete' },
  { cloud: 'aio-demo', create: 'volume snapshot create --volume wf-vol --force {name}', del: 'volume snapshot delete' },
  { cloud: 'aio-demo', create: 'volume backup create --name {name} --force wf-vol', del: 'volume backup delete' },
  { cloud: 'aio-admin', create: 'volume type create --property a=b --private {name}', del: 'volume type delete' },
  { cloud: 'aio-admin', create: 'volume qos create --property read_iops_sec=100 {name}', del: 'volume qos delete' },
  { cloud: 'aio-demo', create: 'volume transfer request create --name {name} wf-xfer-{client}', del: 'volume transfer request delete' },
  // network
  { cloud: 'aio-demo', create: 'network create --description d --extra-property type=bool,name=port_security_enabled,value=false {name}', del: 'network delete' },
  { cloud: 'aio-demo', create: 'subnet create --network wf-net --subnet-range 10.78.{n}.0/24 --dns-nameserver 10.0.0.53 {name}', del: 'subnet delete' },
  { cloud: 'aio-demo', create: 'port create --network wf-net --description d {name}', del: 'port delete' },
  { cloud: 'aio-demo', create: 'router create --description d {name}', del: 'router delete' },
  { cloud: 'aio-demo', create: 'security group create --description d {name}', del: 'security group delete' },
  { cloud: 'aio-demo', create: 'security group rule create --protocol tcp --dst-port 22 --remote-ip 10.9.{n}.0/24 wf-sg', del: 'security group rule delete' },
  { cloud: 'aio-demo', create: 'floating ip create --description d public', del: 'floating ip delete' },
  { cloud: 'aio-demo', create: 'address scope create --ip-version 4 {name}', del: 'address scope delete' },
  { cloud: 'aio-demo', create: 'subnet pool create --pool-prefix 10.{n}.0.0/16 --default-prefix-length 24 {name}', del: 'subnet pool delete' },
  // identity
  { cloud: 'aio-admin', create: 'project create --description d {name}', del: 'project delete' },
  { cloud: 'aio-admin', create: 'user create --password p --email e@example.org {name}', del: 'user delete' },
  { cloud: 'aio-admin', create: 'domain create --disable --description d {name}', ref: 'id', del: 'domain delete' },
  { cloud: 'aio-admin', create: 'role create {name}', del: 'role delete' },
  { cloud: 'aio-admin', create: 'group create --description d {name}', del: 'group delete' },
  { cloud: 'aio-admin', create: 'region create --description d {name}', ref: 'region', del: 'region delete' },
  { cloud: 'aio-admin', create: 'service create --name {name} --description d wtype', ref: 'id', del: 'service delete' },
  { cloud: 'aio-admin', create: 'endpoint create --region RegionOne keystone internal http://{name}.example', ref: 'id', del: 'endpoint delete' },
  { cloud: 'aio-admin', create: 'credential create --type cert admin {name}', ref: 'id', del: 'credential delete' },
  { cloud: 'aio-demo', create: 'ec2 credentials create', ref: 'access', del: 'ec2 credentials delete' },
  { cloud: 'aio-demo', create: 'application credential create --description d {name}', del: 'application credential delete' },
  { cloud: 'aio-admin', create: 'endpoint group create --description d {name} {f:filters}', del: 'endpoint group delete' },
  { cloud: 'aio-admin', create: 'policy create --type application/json {f:policy}', del: 'policy delete' },
  { cloud: 'aio-admin', create: 'trust create --project admin --role admin admin demo', del: 'trust delete' },
  { cloud: 'aio-admin', create: 'token issue' },
];

describe.skipIf(!hasOpenstack)('python-openstackclient and oscloud create, delete and fail alike', () => {
  const fixture: Record<string, string> = {};
  beforeAll(async () => {
    aio = await startAio({ driver: 'fake' });
    batch = new OscBatch(2, { ...process.env, OS_CLIENT_CONFIG_FILE: aio.clouds, OS_CLOUD: '', PYTHONWARNINGS: 'ignore' });
    // The fixture, made with oscloud: what the commands under test refer to.
    const mk = (cloud: string, line: string) => json('ours', cloud, argv(line));
    const key = join(work, 'wf-key');
    await new Promise<void>((res, rej) => execFile('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'wf', '-f', key], (err) => (err ? rej(err) : res())));
    await Promise.all([
      mk('aio-demo', 'network create wf-net').then(() =>
        Promise.all([
          mk('aio-demo', 'subnet create --network wf-net --subnet-range 10.77.0.0/24 wf-subnet'),
        ]),
      ),
      mk('aio-demo', 'volume create --size 1 wf-vol'),
      mk('aio-demo', 'volume create --size 1 wf-xfer-osc'),
      mk('aio-demo', 'volume create --size 1 wf-xfer-ours'),
      mk('aio-demo', 'security group create wf-sg'),
    ]);
    await mk('aio-demo', 'server create --image tiny --flavor m1.tiny --network wf-net --wait wf-vm');
    // bad input: two servers and two networks named alike, a network named as another's ID
    const net = await mk('aio-demo', 'network show wf-net');
    fixture.netId = net.id;
    fixture.impostorId = (await mk('aio-demo', `network create ${net.id}`)).id;
    await Promise.all([
      mk('aio-demo', 'server create --image tiny --flavor m1.tiny --network wf-net wf-dup'),
      mk('aio-demo', 'server create --image tiny --flavor m1.tiny --network wf-net wf-dup'),
      mk('aio-demo', 'network create wf-dupnet'),
      mk('aio-demo', 'network create wf-dupnet'),
    ]);
    fixture.pubkey = `${key}.pub`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(work, 'policy.json'), '{"a": "rule:b"}');
    writeFileSync(join(work, 'filters.json'), '{"interface": "public"}');
    fixture.policy = join(work, 'policy.json');
    fixture.filters = join(work, 'filters.json');
  }, 300_000);
  afterAll(async () => {
    await batch?.close();
    await aio?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  const entries = (commands: string[]) => allowed.filter((a) => commands.includes(a.command));
  const accepted = (command: string, d: string) => allowed.some((a) => a.command === command && (a.key === '*' ? d.startsWith('*:') : d.startsWith(`${a.key}:`)));

  it(`${cases.length} create commands print the same JSON (same keys and value types); deleting several at once prints nothing and exits 0`, async () => {
    const fill = (c: Case, i: number, client: Client) =>
      c.create
        .replaceAll('{name}', `w${client === 'osc' ? 'o' : 'u'}-${i}`)
        .replaceAll('{client}', client)
        .replaceAll('{n}', String(client === 'osc' ? 2 * i : 2 * i + 1))
        .replace(/\{f:(\w+)\}/g, (_, k: string) => fixture[k] ?? `(no fixture ${k})`);
    const command = (c: Case) => c.create.split(' ').filter((w) => !w.startsWith('-') && !w.includes('{')).slice(0, 4).join(' ').replace(/ (create|issue).*$/, ' $1');
    const results = await pool(
      3,
      cases.map((c, i) => async () => {
        const name = command(c);
        try {
          const [expected, actual] = await Promise.all([json('osc', c.cloud, argv(fill(c, i, 'osc'))), json('ours', c.cloud, argv(fill(c, i, 'ours')), c.pinned)]);
          const diffs = compare(expected, actual);
          if (!c.del) return { command: name, diffs };
          // both deleted by one client: osc for the even cases, oscloud for the odd ones
          const ref = c.ref ?? (c.create.includes('{name}') ? 'name' : 'id');
          const refs = [String(expected[ref]), String(actual[ref])];
          const deleter: Client = i % 2 ? 'ours' : 'osc';
          const del = argv(c.del);
          const runs = c.single ? await Promise.all(refs.map((r) => cli(deleter, c.cloud, [...del, r]))) : [await cli(deleter, c.cloud, [...del, ...refs])];
          for (const r of runs) if (r.code !== 0 || r.stdout !== '') diffs.push(`*: ${deleter} ${c.del} exited ${r.code}, printed ${JSON.stringify(r.stdout.slice(0, 100))}: ${r.stderr.trim().split('\n').pop()}`);
          return { command: name, diffs };
        } catch (err) {
          return { command: name, diffs: [`*: ${(err as Error).message.split('\n')[0]}`] };
        }
      }),
    );
    const unexpected = results.flatMap(({ command, diffs }) => diffs.filter((d) => !accepted(command, d)).map((d) => `${command}: ${d}`));
    const unused = entries(results.map((r) => r.command)).filter((a) => !results.some((r) => r.command === a.command && r.diffs.some((d) => d.startsWith(`${a.key}:`))));
    expect(unexpected).toEqual([]);
    expect(unused).toEqual([]);
    expect(allowed.length).toBeLessThan(10);
  }, 600_000);

  /** python-openstackclient's error line: stderr's first line after argparse's usage synopsis, its program name as oscloud's. */
  const errorLine = (stderr: string) => {
    const lines = stderr.split('\n');
    let i = 0;
    if (lines[0]?.startsWith('usage:')) for (i = 1; i < lines.length && /^\s/.test(lines[i] ?? ''); i++);
    return (lines[i] ?? '').replace(/^openstack /, 'oscloud ');
  };
  /** The same exit code, or python-openstackclient's 1 and one of oscloud's finer failure codes (docs/cli.md). */
  const sameExit = (osc: number, ours: number) => osc === ours || (osc === 1 && ours >= 3 && ours <= 9);

  // [command, args]: bad input run by both clients (nothing of it changes anything, but `-c`,
  // which fails after the network is made, as upstream's does)
  const bad: [command: string, args: string][] = [
    ['unknown flag', 'network create --nosuch wb-x'],
    ['missing argument', 'network create'],
    ['missing required option', 'server create --image tiny wb-x'],
    ['unknown column', 'network create -f json -c nosuch wb-col-{client}'],
    ['name lookup', 'network delete wb-nosuch1 wb-nosuch2'],
    ['name lookup', 'volume delete wb-nosuch'],
    ['name lookup', 'server delete wf-dup'],
    ['name lookup', 'network set --description x wf-dupnet'],
    ['unknown extra property type', 'network set --extra-property type=float,name=mtu,value=1 wf-net'],
  ];

  it(`${bad.length} kinds of bad input end with the same exit code and error line; a name that is another network's ID names that network`, async () => {
    const results = await pool(
      3,
      bad.map(([command, args]) => async () => {
        const [osc, ours] = await Promise.all((['osc', 'ours'] as const).map((client) => cli(client, 'aio-demo', argv(args.replaceAll('{client}', client)))));
        const diffs: string[] = [];
        if (!osc || !ours) return { command, diffs: ['*: not run'] };
        if (!sameExit(osc.code, ours.code)) diffs.push(`exit: ${ours.code} instead of ${osc.code}`);
        if (errorLine(osc.stderr) !== errorLine(ours.stderr)) diffs.push(`stderr: ${JSON.stringify(errorLine(ours.stderr))} instead of ${JSON.stringify(errorLine(osc.stderr))}`);
        return { command, diffs };
      }),
    );
    // the networks `-c nosuch` made (both clients make it before the column fails)
    await cli('ours', 'aio-demo', ['network', 'delete', 'wb-col-osc', 'wb-col-ours']);
    // `network set <ID>` changes the network with that ID, not the one named so (both clients)
    const named: Record<string, string> = {};
    for (const client of ['osc', 'ours'] as const) {
      const r = await cli(client, 'aio-demo', ['network', 'set', '--description', `by-${client}`, fixture.netId ?? '']);
      const [net, impostor] = await Promise.all([json('ours', 'aio-demo', ['network', 'show', fixture.netId ?? '']), json('ours', 'aio-demo', ['network', 'show', fixture.impostorId ?? ''])]);
      named[client] = `exit ${r.code}, ${net.description === `by-${client}` ? 'the network with that ID' : impostor.description === `by-${client}` ? 'the network named so' : 'neither'}`;
    }
    const unexpected = results.flatMap(({ command, diffs }) => diffs.filter((d) => !accepted(command, d)).map((d) => `${command}: ${d}`));
    const unused = entries(bad.map(([command]) => command)).filter((a) => !results.some((r) => r.command === a.command && r.diffs.some((d) => d.startsWith(`${a.key}:`))));
    expect(unexpected).toEqual([]);
    expect(unused).toEqual([]);
    expect(named.ours).toBe(named.osc);
    expect(named.osc).toBe('exit 0, the network with that ID');
  }, 600_000);
  /**
   * set/unset/add/remove, one scenario: each case makes twin resources with oscloud (`{name}`:
   * `ws<i>o` for python-openstackclient's, `ws<i>u` for oscloud's; `make`'s lines run in order,
   * the last one is the resource, `{r}` its `ref` key, `{id}` its id), then each step runs with
   * each client on its own twin and is compared by exit code and output; after the last step both
   * twins are shown (`show {r}`, by oscloud: the read suite compares show itself) and compared
   * value for value, the twin's names and IDs read as the other's and `ignore`'s keys (and
   * timestamps, revision numbers) left out. `{f:key}` is a fixture's value.
   */
  interface SetCase {
    cloud: 'aio-demo' | 'aio-admin';
    make: string[];
    show: string;
    steps: string[];
    ref?: string;
    ignore?: string[];
    pinned?: boolean;
  }
  const setCases: SetCase[] = [
    // compute
    { cloud: 'aio-admin', make: ['flavor create --ram 128 --disk 1 --vcpus 1 {name}'], show: 'flavor show {r}', steps: ['flavor set --property a=b --property c=d {r}', 'flavor unset --property a {r}'] },
    { cloud: 'aio-admin', make: ['flavor create --ram 128 --disk 1 --vcpus 1 --private {name}'], show: 'flavor show {r}', steps: ['flavor set --project demo {r}', 'flavor unset --project demo {r}'] },
    {
      cloud: 'aio-admin',
      make: ['aggregate create --zone z1 {name}'],
      show: 'aggregate show {r}',
      steps: ['aggregate set --zone z2 --property a=b --property c=d {r}', 'aggregate unset --property a {r}', 'aggregate add host {r} {f:host}', 'aggregate remove host {r} {f:host}'],
      ignore: ['uuid'],
    },
    {
      cloud: 'aio-demo',
      make: ['server create --image tiny --flavor m1.tiny --network wf-net --wait {name}'],
      show: 'server show {r}',
      steps: [
        'server set --property a=b --property c=d {r}',
        'server unset --property a {r}',
        'server add security group {r} wf-sg',
        'server remove security group {r} wf-sg',
      ],
      ignore: ['addresses', 'hostId', 'OS-EXT-SRV-ATTR:host', 'OS-EXT-SRV-ATTR:instance_name', 'OS-EXT-SRV-ATTR:hypervisor_hostname', 'OS-SRV-USG:launched_at'],
    },
    // image
    {
      cloud: 'aio-demo',
      make: ['image create --disk-format raw --container-format bare {name}'],
      show: 'image show {r}',
      steps: ['image set --property a=b --property c=d --tag t1 --tag t2 --min-disk 2 --min-ram 64 {r}', 'image unset --property a --tag t1 {r}', 'image set --shared {r}', 'image add project {r} admin', 'image remove project {r} admin'],
      ignore: ['file', 'schema'],
    },
    // volume
    {
      cloud: 'aio-demo',
      make: ['volume create --size 1 {name}'],
      show: 'volume show {r}',
      steps: ['volume set --property a=b --property c=d --description d2 {r}', 'volume unset --property a {r}', 'volume set --image-property x=y --bootable {r}', 'volume set --read-only {r}', 'volume set --read-write --non-bootable {r}'],
    },
    { cloud: 'aio-demo', make: ['volume snapshot create --volume wf-vol --force {name}'], show: 'volume snapshot show {r}', steps: ['volume snapshot set --property a=b --property c=d --description d2 {r}', 'volume snapshot unset --property a {r}'], ignore: ['volume_id'] },
    { cloud: 'aio-admin', make: ['volume type create {name}'], show: 'volume type show {r}', steps: ['volume type set --property a=b --property c=d --description d2 {r}', 'volume type unset --property a {r}'] },
    { cloud: 'aio-admin', make: ['volume type create --private {name}'], show: 'volume type show {r}', steps: ['volume type set --project demo {r}', 'volume type unset --project demo {r}'] },
    { cloud: 'aio-admin', make: ['volume qos create --property read_iops_sec=100 {name}'], show: 'volume qos show {r}', steps: ['volume qos set --property write_iops_sec=5 --property a=b {r}', 'volume qos unset --property a {r}'] },
    // network
    {
      cloud: 'aio-demo',
      make: ['network create {name}'],
      show: 'network show {r}',
      steps: ['network set --description d2 --mtu 1400 --tag t1 --tag t2 --disable-port-security {r}', 'network unset --tag t1 {r}', 'network set --no-tag --enable-port-security --disable {r}'],
      ignore: ['provider:segmentation_id'],
    },
    {
      cloud: 'aio-demo',
      make: ['subnet create --network wf-net --subnet-range 10.79.{n}.0/24 {name}'],
      show: 'subnet show {r}',
      steps: [
        'subnet set --description d2 --dns-nameserver 10.0.0.53 --dns-nameserver 10.0.0.54 --tag t1 --host-route destination=10.80.0.0/24,gateway=10.79.{n}.1 {r}',
        'subnet unset --dns-nameserver 10.0.0.53 --tag t1 --host-route destination=10.80.0.0/24,gateway=10.79.{n}.1 {r}',
        'subnet set --no-dhcp --gateway none {r}',
      ],
      ignore: ['cidr', 'allocation_pools', 'gateway_ip'],
    },
    {
      cloud: 'aio-demo',
      make: ['port create --network wf-net {name}'],
      show: 'port show {r}',
      steps: ['port set --description d2 --tag t1 --no-security-group --disable {r}', 'port set --security-group wf-sg --enable {r}', 'port unset --tag t1 --security-group wf-sg {r}', 'port set --disable-port-security --no-security-group {r}'],
      ignore: ['mac_address', 'fixed_ips', 'dns_assignment'],
    },
    {
      cloud: 'aio-demo',
      make: ['subnet create --network wf-net --subnet-range 10.81.{n}.0/24 {name}-s', 'router create {name}'],
      show: 'router show {r}',
      steps: [
        'router set --description d2 --tag t1 {r}',
        'router add subnet {r} {name}-s',
        'router set --route destination=10.83.0.0/24,gateway=10.81.{n}.6 {r}',
        'router unset --route destination=10.83.0.0/24,gateway=10.81.{n}.6 --tag t1 {r}',
        'router remove subnet {r} {name}-s',
        'router set --external-gateway public {r}',
        'router unset --external-gateway {r}',
      ],
      ignore: ['interfaces_info', 'external_gateway_info', 'routes'],
    },
    { cloud: 'aio-demo', make: ['security group create {name}'], show: 'security group show {r}', steps: ['security group set --description d2 --tag t1 {r}', 'security group unset --tag t1 {r}'], ignore: ['rules'] },
    {
      cloud: 'aio-demo',
      make: ['port create --network wf-net {name}-p', 'floating ip create --description {name} public'],
      ref: 'id',
      show: 'floating ip show {r}',
      steps: ['floating ip set --description d2 --tag t1 {r}', 'floating ip set --port {name}-p {r}', 'floating ip unset --port --tag t1 {r}'],
      ignore: ['floating_ip_address', 'name', 'fixed_ip_address'],
    },
    { cloud: 'aio-demo', make: ['subnet pool create --pool-prefix 10.{n}.0.0/16 --default-prefix-length 24 {name}'], show: 'subnet pool show {r}', steps: ['subnet pool set --description d2 --default-prefix-length 26 --tag t1 {r}', 'subnet pool unset --tag t1 {r}'], ignore: ['prefixes'] },
    { cloud: 'aio-demo', make: ['address scope create --ip-version 4 {name}'], show: 'address scope show {r}', steps: ['address scope set --no-share {r}'] },
    // identity
    { cloud: 'aio-admin', make: ['project create {name}'], show: 'project show {r}', steps: ['project set --description d2 --property k=v --tag t1 {r}', 'project set --disable --remove-tag t1 {r}'] },
    { cloud: 'aio-admin', make: ['user create --password p {name}'], show: 'user show {r}', steps: ['user set --email e@example.org --description d2 --disable {r}', 'user set --project demo --enable {r}'] },
    { cloud: 'aio-admin', make: ['user create --password p {name}-u', 'group create {name}'], show: 'group show {r}', steps: ['group set --description d2 {r}', 'group add user {r} {name}-u', 'group remove user {r} {name}-u'] },
    { cloud: 'aio-admin', make: ['domain create {name}'], ref: 'id', show: 'domain show {r}', steps: ['domain set --description d2 --disable {r}'] },
    { cloud: 'aio-admin', make: ['role create {name}'], show: 'role show {r}', steps: ['role set --description d2 {r}'] },
    { cloud: 'aio-admin', make: ['region create {name}'], ref: 'region', show: 'region show {r}', steps: ['region set --description d2 {r}'] },
    { cloud: 'aio-admin', make: ['service create --name {name} wstype'], ref: 'id', show: 'service show {r}', steps: ['service set --description d2 --disable {r}'] },
    { cloud: 'aio-admin', make: ['endpoint create --region RegionOne keystone internal http://{name}.example'], ref: 'id', show: 'endpoint show {r}', steps: ['endpoint set --url http://{name}.example/2 --disable {r}', 'endpoint add project {r} demo', 'endpoint remove project {r} demo'] },
    { cloud: 'aio-admin', make: ['credential create --type cert admin {name}'], ref: 'id', show: 'credential show {r}', steps: ['credential set --user admin --type ec2 --data {name}-2 {r}'] },
    { cloud: 'aio-admin', make: ['endpoint group create {name} {f:filters}'], show: 'endpoint group show {r}', steps: ['endpoint group set --description d2 {r}', 'endpoint group add project {r} demo', 'endpoint group remove project {r} demo'] },
    { cloud: 'aio-admin', make: ['policy create --type application/json {f:policy}'], ref: 'id', show: 'policy show {r}', steps: ['policy set --type text/plain {r}'] },
  ];

  /** The keys that differ between two shows (after the twin's names and IDs are read as the other's). */
  const differing = (expected: Json, actual: Json, ignore: Set<string>): string[] => {
    const keys = new Set([...Object.keys(expected ?? {}), ...Object.keys(actual ?? {})]);
    const skip = (k: string) => ignore.has(k) || /(_at|^id|^ID|revision_number|Updated|Created|^created|^updated)$/.test(k);
    return [...keys].filter((k) => !skip(k) && JSON.stringify(expected?.[k]) !== JSON.stringify(actual?.[k])).map((k) => `${k}: ${JSON.stringify(actual?.[k])} instead of ${JSON.stringify(expected?.[k])}`);
  };

  it(`${setCases.length} resources changed by ${setCases.reduce((n, c) => n + c.steps.length, 0)} set/unset/add/remove commands end alike: same exit code and output, same resource afterwards`, async () => {
    const hosts = await json('ours', 'aio-admin', ['compute', 'service', 'list', '--service', 'nova-compute'], false);
    fixture.host = String(hosts[0]?.Host);
    const results = await pool(
      3,
      setCases.map((c, i) => async () => {
        const fill = (line: string, client: Client, vars: Record<string, string> = {}) =>
          line
            .replaceAll('{name}', `ws${i}${client === 'osc' ? 'o' : 'u'}`)
            .replaceAll('{n}', String(client === 'osc' ? 2 * i : 2 * i + 1))
            .replace(/\{f:(\w+)\}/g, (_, k: string) => fixture[k] ?? `(no fixture ${k})`)
            .replace(/\{(r|id)\}/g, (_, k: string) => vars[k] ?? `(no ${k})`);
        const command = c.steps[0]?.split(' ').filter((w) => !w.startsWith('-') && !w.includes('{')).slice(0, 2).join(' ') ?? '';
        const diffs: string[] = [];
        try {
          // the twins, made by oscloud; their names and IDs, read as python-openstackclient's in oscloud's output
          const vars: Record<Client, Record<string, string>> = { osc: {}, ours: {} };
          const made: Record<Client, string[]> = { osc: [], ours: [] };
          await Promise.all(
            (['osc', 'ours'] as const).map(async (client) => {
              for (const line of c.make) {
                const out = await json('ours', c.cloud, argv(fill(line, client)), false);
                vars[client] = { r: String(out[c.ref ?? 'name']), id: String(out.id) };
                made[client].push(String(out.id), vars[client].r ?? '');
              }
            }),
          );
          // (not a short ID such as an aggregate's 3: replaced everywhere, it would change other values)
          const alias: [string, string][] = [[`ws${i}u`, `ws${i}o`], ...made.ours.map((v, k): [string, string] => [v, made.osc[k] ?? v]).filter(([v]) => v.length >= 8)];
          const read = (text: string) => alias.reduce((t, [from, to]) => (from ? t.replaceAll(from, to) : t), text);
          for (const step of c.steps) {
            const [osc, ours] = await Promise.all((['osc', 'ours'] as const).map((client) => cli(client, c.cloud, argv(fill(step, client, vars[client])), c.pinned ?? true)));
            if (!osc || !ours) throw new Error('not run');
            const at = ` (after ${step.replace(/ \{.*$/, '')})`;
            if (!sameExit(osc.code, ours.code)) diffs.push(`exit: ${ours.code} instead of ${osc.code}${at}: ${JSON.stringify(errorLine(ours.code ? ours.stderr : osc.stderr))}`);
            // a table (add host, add project print the resource): its field names (the widths follow the twins' values)
            const fields = (text: string) => (text.startsWith('+') ? text.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.split('|')[1]?.trim()).join(',') : text);
            if (fields(read(ours.stdout)) !== fields(osc.stdout)) diffs.push(`stdout: ${JSON.stringify(read(ours.stdout).slice(0, 200))} instead of ${JSON.stringify(osc.stdout.slice(0, 200))}${at}`);
          }
          const [expected, actual] = await Promise.all((['osc', 'ours'] as const).map((client) => json('ours', c.cloud, argv(fill(c.show, client, vars[client])), false)));
          diffs.push(...differing(expected, JSON.parse(read(JSON.stringify(actual))), new Set(c.ignore)));
        } catch (err) {
          diffs.push(`*: ${(err as Error).message.split('\n')[0]}`);
        }
        return { command, diffs };
      }),
    );
    const unexpected = results.flatMap(({ command, diffs }) => diffs.filter((d) => !accepted(command, d)).map((d) => `${command}: ${d}`));
    expect(unexpected).toEqual([]);
  }, 900_000);
});

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
});

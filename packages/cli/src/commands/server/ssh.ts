import { spawn } from 'node:child_process';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Server } from '@oscloud/sdk';
import { OsCommand } from '../../base.js';
import { ExitSignal, UsageError } from '../../exit-codes.js';
import type { CommandResult } from '../../output/format.js';

type Address = { addr?: string; version?: number; 'OS-EXT-IPS:type'?: string };

/**
 * The address to reach, as python-openstackclient picks it: a network named `type` first, then
 * any address of that kind (`public` = floating, `private` = fixed) in the wanted IP versions.
 */
export function pickAddress(server: Pick<Server, 'addresses'>, type: string, versions: number[]): string {
  const addresses = (server.addresses ?? {}) as Record<string, Address[]>;
  for (const a of addresses[type] ?? []) if (a.addr && versions.includes(a.version ?? 4)) return a.addr;
  const kind = type === 'public' ? 'floating' : type === 'private' ? 'fixed' : type;
  for (const list of Object.values(addresses)) for (const a of list) if (a.addr && a['OS-EXT-IPS:type'] === kind && versions.includes(a.version ?? 4)) return a.addr;
  throw new UsageError(`No ${type} IP address found`);
}

/**
 * `oscloud server ssh`: ssh to a server on its floating (or --private fixed) address. Where the
 * cloud's clouds.yaml names `ssh_netns` (the all-in-one does), ssh runs inside that network
 * namespace, from which the floating IPs are reached. Arguments after `--` go to ssh.
 */
export default class ServerSsh extends OsCommand<typeof ServerSsh> {
  static override description = 'SSH to server';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    login: Flags.string({ char: 'l', description: 'Login name (ssh -l option)' }),
    port: Flags.integer({ char: 'p', description: 'Destination port (ssh -p option)' }),
    identity: Flags.string({ char: 'i', description: 'Private key file (ssh -i option)' }),
    option: Flags.string({ char: 'o', description: 'Options in ssh_config(5) format (ssh -o option); repeat for more', multiple: true, multipleNonGreedy: true }),
    ipv4: Flags.boolean({ description: 'Use only IPv4 addresses (python-openstackclient: -4)', exclusive: ['ipv6'] }),
    ipv6: Flags.boolean({ description: 'Use only IPv6 addresses (python-openstackclient: -6)' }),
    public: Flags.boolean({ description: 'Use public (floating) IP address', exclusive: ['private', 'address-type'] }),
    private: Flags.boolean({ description: 'Use private (fixed) IP address', exclusive: ['address-type'] }),
    'address-type': Flags.string({ description: 'Use other IP address (public, private, etc)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    // argv: SERVER [-- SSH-ARGS...]; what follows `--` goes to ssh untouched.
    const dash = this.argv.indexOf('--');
    const extra = dash >= 0 ? this.argv.slice(dash + 1) : [];
    const ref = this.positionals.find((p) => !extra.includes(p)) ?? this.args.server;
    const server = await cloud.compute.servers.find(ref);
    const f = this.flags;
    const type = f.private ? 'private' : (f['address-type'] ?? 'public');
    const versions = f.ipv4 ? [4] : f.ipv6 ? [6] : [4, 6];
    const addr = pickAddress(server, type, versions);
    const args: string[] = [];
    if (f.ipv4) args.push('-4');
    if (f.ipv6) args.push('-6');
    if (f.port !== undefined) args.push('-p', String(f.port));
    if (f.identity) args.push('-i', f.identity);
    for (const o of f.option ?? []) args.push('-o', o);
    if (f.login) args.push('-l', f.login);
    args.push(addr, ...extra);
    const netns = cloud.config?.sshNetns;
    const [cmd, argv] = netns ? ['ip', ['netns', 'exec', netns, 'ssh', ...args]] : ['ssh', args];
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(cmd, argv, { stdio: 'inherit' });
      child.once('error', reject);
      child.once('exit', (c, sig) => resolve(c ?? (sig ? 255 : 0)));
    });
    if (code !== 0) throw new ExitSignal(code);
    return { kind: 'none' };
  }
}

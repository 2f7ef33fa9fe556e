// Component tests (happy-dom) of the pages' forms: what each sends to the API, and the topology.
import { HttpError, type Token } from '@oscloud/sdk';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FloatingIps from '../src/pages/floating-ips.js';
import { formatOf } from '../src/pages/images.js';
import { base64Utf8, launchBody } from '../src/pages/instances.js';
import KeyPairs from '../src/pages/key-pairs.js';
import SecurityGroups, { describeRule, ruleBody } from '../src/pages/security-groups.js';
import { plainText } from '../src/serial-console.js';
import type { Session } from '../src/session.js';
import { devicesOf } from '../src/topology.js';

afterEach(cleanup);

/** An async iterator over `items` (what the SDK's list() returns). */
function listOf<T>(items: T[]) {
  return () =>
    (async function* () {
      yield* items;
    })();
}

function sessionWith(cloud: unknown): Session {
  const token: Token = { id: 'tok', expiresAt: new Date(Date.now() + 3600_000), body: { expires_at: '', project: { id: 'p1', name: 'demo' }, roles: [{ id: 'r', name: 'member' }] } };
  return { cloud: cloud as never, token, rootTokenId: 'tok', projects: [{ id: 'p1', name: 'demo' }], isAdmin: false, userName: 'demo', projectName: 'demo' };
}

const form = (entries: Record<string, string>) => (name: string) => entries[name] ?? '';

describe('launch form body', () => {
  it('boots from the image, or from a new volume of the given size, with groups, key and base64 user data', () => {
    expect(launchBody(form({ name: 'a', image: 'img', flavor: 'f', network: 'n' }), [])).toEqual({ name: 'a', flavorRef: 'f', networks: [{ uuid: 'n' }], imageRef: 'img' });
    expect(launchBody(form({ name: 'b', image: 'img', flavor: 'f', volume_size: '3', keypair: 'k', user_data: '#!/bin/sh\necho é' }), ['default', 'web'])).toEqual({
      name: 'b',
      flavorRef: 'f',
      networks: 'auto',
      block_device_mapping_v2: [{ boot_index: 0, uuid: 'img', source_type: 'image', destination_type: 'volume', volume_size: 3, delete_on_termination: true }],
      key_name: 'k',
      security_groups: [{ name: 'default' }, { name: 'web' }],
      user_data: base64Utf8('#!/bin/sh\necho é'),
    });
    expect(Buffer.from(base64Utf8('#!/bin/sh\necho é'), 'base64').toString('utf8')).toBe('#!/bin/sh\necho é');
  });
});

describe('security group rules', () => {
  const rule = { id: 'r1', security_group_id: 'g1', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 8000, port_range_max: 8080, remote_ip_prefix: '10.0.0.0/8', remote_group_id: null, description: '' } as never;
  it('describes and builds rules as Neutron has them', () => {
    expect(describeRule(rule, (id) => id)).toBe('ingress IPv4 tcp 8000-8080 from 10.0.0.0/8');
    expect(ruleBody('g1', form({ direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', ports: '22', remote_ip_prefix: '0.0.0.0/0' }))).toEqual({
      security_group_id: 'g1',
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      port_range_min: '22',
      port_range_max: '22',
      remote_ip_prefix: '0.0.0.0/0',
    });
    expect(ruleBody('g1', form({ direction: 'egress', protocol: 'any', remote_group: 'g2', remote_ip_prefix: '1.2.3.4/32' }))).toEqual({ security_group_id: 'g1', direction: 'egress', ethertype: 'IPv4', remote_group_id: 'g2' });
  });

  it('adds a rule to the chosen group and deletes one, refreshing the list', async () => {
    const groups = [
      { id: 'g1', name: 'default', description: 'Default', security_group_rules: [] },
      { id: 'g2', name: 'web', description: '', security_group_rules: [rule] },
    ];
    const create = vi.fn(async () => ({}));
    const del = vi.fn(async () => undefined);
    const list = vi.fn(listOf(groups));
    render(<SecurityGroups session={sessionWith({ network: { securityGroups: { list, create: vi.fn(), delete: vi.fn() }, securityGroupRules: { create, delete: del } } })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit rules of web' }));
    const rules = await screen.findByRole('region', { name: 'Rules of web' });
    expect(rules.textContent).toContain('ingress IPv4 tcp 8000-8080 from 10.0.0.0/8');
    fireEvent.input(screen.getByLabelText('Ports (22 or 8000-8080; ICMP: type)'), { target: { value: '443' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Add rule' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ security_group_id: 'g2', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: '443', port_range_max: '443' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete rule ingress IPv4 tcp 8000-8080 from 10.0.0.0/8' }));
    await waitFor(() => expect(del).toHaveBeenCalledWith('r1'));
    await waitFor(() => expect(list.mock.calls.length).toBeGreaterThanOrEqual(3));
  });
});

describe('form errors', () => {
  it("shows the API's message and request id inside the form that failed, and keeps what was typed", async () => {
    const err = new HttpError({ status: 409, message: 'Security group rule already exists. Rule id is r1.', requestId: 'req-77', service: 'network', method: 'POST', url: '/network/v2.0/security-group-rules' });
    const groups = [{ id: 'g1', name: 'default', description: '', security_group_rules: [] }];
    render(<SecurityGroups session={sessionWith({ network: { securityGroups: { list: listOf(groups), create: vi.fn(), delete: vi.fn() }, securityGroupRules: { create: vi.fn(async () => Promise.reject(err)), delete: vi.fn() } } })} />);
    const ports = (await screen.findByLabelText('Ports (22 or 8000-8080; ICMP: type)')) as HTMLInputElement;
    fireEvent.input(ports, { target: { value: '22' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Add rule' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Security group rule already exists. Rule id is r1. (request id req-77)');
    expect(screen.getByRole('form', { name: 'Add rule' }).contains(alert)).toBe(true);
    expect(screen.getByRole('form', { name: 'Create security group' }).querySelector('[role="alert"]')).toBeNull();
    expect(ports.value).toBe('22');
  });
});

describe('key pairs', () => {
  it("shows a generated key pair's private key once, and imports a public key without showing one", async () => {
    const create = vi.fn(async (body: { public_key?: string }) => (body.public_key ? { name: 'imp' } : { name: 'gen', private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nxyz' }));
    render(<KeyPairs session={sessionWith({ compute: { keypairs: { list: listOf([]), create, delete: vi.fn() } } })} />);
    fireEvent.input(await screen.findByLabelText('Name'), { target: { value: 'gen' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Create key pair' }));
    expect((await screen.findByRole('region', { name: 'Private key of gen' })).textContent).toContain('BEGIN OPENSSH PRIVATE KEY');
    expect(create).toHaveBeenCalledWith({ name: 'gen' });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'imp' } });
    fireEvent.input(screen.getByLabelText('Public key (empty: generate a new key pair)'), { target: { value: 'ssh-ed25519 AAAA' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Create key pair' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ name: 'imp', public_key: 'ssh-ed25519 AAAA' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Private key/ })).toBeNull());
  });
});

describe('floating IPs', () => {
  it('associates a free floating IP with a server port and names the server', async () => {
    const update = vi.fn(async () => ({}));
    const cloud = {
      network: {
        floatingIps: { list: listOf([{ id: 'f1', floating_ip_address: '172.24.4.10', status: 'DOWN', port_id: null, fixed_ip_address: null }]), update, delete: vi.fn(), create: vi.fn() },
        networks: { list: listOf([{ id: 'ext', name: 'public' }]) },
        ports: { list: listOf([{ id: 'p1', device_id: 's1', device_owner: 'compute:nova', fixed_ips: [{ ip_address: '10.0.0.5' }] }, { id: 'p2', device_id: 'r1', device_owner: 'network:router_interface', fixed_ips: [] }]) },
      },
      compute: { servers: { list: listOf([{ id: 's1', name: 'web1' }]) } },
    };
    render(<FloatingIps session={sessionWith(cloud)} />);
    const port = await screen.findByLabelText('Server port');
    await waitFor(() => expect([...(port as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['web1: 10.0.0.5']));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Associate' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.change(port, { target: { value: 'p1' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Associate floating IP' }));
    await waitFor(() => expect(update).toHaveBeenCalledWith('f1', { port_id: 'p1' }));
  });
});

describe('serial console', () => {
  it('shows terminal output as text: escape sequences and control bytes removed, CRLF as LF', () => {
    expect(plainText('\x1b[2J\x1b[1;32mok\x1b[0m\r\nlogin: \x07\x1b]0;title\x07done\x1b(B')).toBe('ok\nlogin: done');
  });
});

describe('image upload', () => {
  it('takes the disk format from the file name', () => {
    expect(['a.qcow2', 'b.ISO', 'c.img', 'd.raw', 'e.bin', 'noext'].map(formatOf)).toEqual(['qcow2', 'iso', 'raw', 'raw', 'qcow2', 'qcow2']);
  });
});

describe('topology', () => {
  it('finds routers and servers from ports, once each, with every network they are on', () => {
    const ports = [
      { device_id: 'r1', device_owner: 'network:router_gateway', network_id: 'public' },
      { device_id: 'r1', device_owner: 'network:router_interface', network_id: 'private' },
      { device_id: 's1', device_owner: 'compute:nova', network_id: 'private' },
      { device_id: 's1', device_owner: 'compute:nova', network_id: 'private' },
      { device_id: 'd1', device_owner: 'network:dhcp', network_id: 'private' },
    ] as never[];
    expect(devicesOf(ports, new Map([['r1', 'router1'], ['s1', 'web1']]))).toEqual([
      { id: 'r1', name: 'router1', kind: 'router', networkIds: ['public', 'private'] },
      { id: 's1', name: 'web1', kind: 'server', networkIds: ['private'] },
    ]);
    // a member sees no gateway port: the router's external_gateway_info gives that link
    expect(devicesOf(ports.slice(1), new Map([['r1', 'router1']]), new Map([['r1', 'public']]))[0]).toEqual({ id: 'r1', name: 'router1', kind: 'router', networkIds: ['public', 'private'] });
  });
});

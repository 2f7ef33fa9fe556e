/** Pure compute logic: status derivation, guards, microversions, key pairs, quota math. */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, generateEd25519KeyPair, generateRsaKeyPair, parsePublicKey, publicKeyMatches, validKeypairName } from '../../src/compute/keypairs.js';
import { negotiate } from '../../src/compute/microversion.js';
import { DEFAULT_QUOTAS, effectiveLimits, instancesThatFit, overages, quotaError } from '../../src/compute/quotas.js';
import { sanitizeHostname } from '../../src/compute/servers.js';
import { SERVER_ACTIONS } from '../../src/compute/actions/table.js';
import type { ActionStart, HostAction } from '../../src/compute/actions/types.js';
import { deriveStatus, guardViolation, invalidStateMessage, statesForStatus, vmStateForPower } from '../../src/compute/states.js';
import { isApiError } from '../../src/errors.js';

describe('status derivation', () => {
  it('maps vm_state/task_state like Nova', () => {
    expect(deriveStatus('building', 'scheduling')).toBe('BUILD');
    expect(deriveStatus('active', null)).toBe('ACTIVE');
    expect(deriveStatus('active', 'rebooting')).toBe('REBOOT');
    expect(deriveStatus('active', 'reboot_started_hard')).toBe('HARD_REBOOT');
    expect(deriveStatus('active', 'powering-off')).toBe('ACTIVE');
    expect(deriveStatus('active', 'deleting')).toBe('ACTIVE');
    expect(deriveStatus('stopped', 'powering-on')).toBe('SHUTOFF');
    expect(deriveStatus('error', null)).toBe('ERROR');
    expect(deriveStatus('deleted', null)).toBe('DELETED');
    expect(deriveStatus('weird', null)).toBe('UNKNOWN');
    expect(statesForStatus('shutoff')).toEqual({ vmStates: ['stopped'] });
    expect(statesForStatus('HARD_REBOOT')?.taskStates).toContain('rebooting_hard');
    expect(statesForStatus('NOPE')).toBeNull();
  });

  it('guards transitions and words the 409 as Nova', () => {
    const stop = (SERVER_ACTIONS['os-stop'] as HostAction<'os-stop'>).start as ActionStart;
    const reboot = (type: 'SOFT' | 'HARD') => ((SERVER_ACTIONS.reboot as HostAction<'reboot'>).start as (b: { type: string }) => ActionStart)({ type }).guard;
    expect(guardViolation(stop.guard, 'active', null)).toBeNull();
    expect(guardViolation(stop.guard, 'stopped', null)).toEqual({ attr: 'vm_state', state: 'stopped' });
    expect(guardViolation(stop.guard, 'active', 'powering-off')).toEqual({ attr: 'task_state', state: 'powering-off' });
    expect(guardViolation(reboot('HARD'), 'active', 'rebooting')).toBeNull();
    expect(guardViolation(reboot('SOFT'), 'stopped', null)).not.toBeNull();
    expect(invalidStateMessage('os-stop', 'abc', { attr: 'task_state', state: 'powering-off' })).toBe("Cannot 'os-stop' instance abc while it is in task_state powering-off");
    expect(vmStateForPower('active', 4)).toBe('stopped');
    expect(vmStateForPower('active', 1)).toBeNull();
    expect(vmStateForPower('stopped', 1)).toBeNull();
  });
});

describe('microversions', () => {
  it('negotiates from either header', () => {
    expect(negotiate({})).toEqual({ major: 2, minor: 1 });
    expect(negotiate({ 'openstack-api-version': 'compute 2.53' })).toEqual({ major: 2, minor: 53 });
    expect(negotiate({ 'openstack-api-version': 'volume 3.5, compute 2.10' })).toEqual({ major: 2, minor: 10 });
    expect(negotiate({ 'x-openstack-nova-api-version': '2.20' })).toEqual({ major: 2, minor: 20 });
    expect(negotiate({ 'openstack-api-version': 'compute 2.30', 'x-openstack-nova-api-version': '2.20' })).toEqual({ major: 2, minor: 30 });
    expect(negotiate({ 'openstack-api-version': 'compute latest' })).toEqual({ major: 2, minor: 79 });
  });
  it('rejects unsupported (406) and malformed (400) versions', () => {
    const err = (h: Record<string, string>): number => {
      try {
        negotiate(h);
        return 0;
      } catch (e) {
        return isApiError(e) ? e.status : -1;
      }
    };
    expect(err({ 'openstack-api-version': 'compute 2.80' })).toBe(406);
    expect(err({ 'openstack-api-version': 'compute 3.0' })).toBe(406);
    expect(err({ 'openstack-api-version': 'compute 2.0' })).toBe(406);
    expect(err({ 'x-openstack-nova-api-version': 'two' })).toBe(400);
  });
});

describe('key pairs', () => {
  it('generates RSA pairs whose public key matches the private key', () => {
    const k = generateRsaKeyPair();
    expect(k.publicKey).toMatch(/^ssh-rsa AAAA[^ ]+ Generated-by-Nova$/);
    expect(k.privateKey).toContain('BEGIN RSA PRIVATE KEY');
    expect(publicKeyMatches(k.publicKey, createPublicKey(createPrivateKey(k.privateKey)))).toBe(true);
    expect(k.fingerprint).toBe(fingerprint(k.publicKey));
  });
  it('generates ed25519 pairs in the OpenSSH format', () => {
    const k = generateEd25519KeyPair('me@host');
    expect(k.privateKey).toContain('BEGIN OPENSSH PRIVATE KEY');
    const body = Buffer.from(k.privateKey.split('\n').slice(1, -2).join(''), 'base64');
    expect(body.subarray(0, 15).toString('latin1')).toBe('openssh-key-v1\0');
    expect(parsePublicKey(k.publicKey).type).toBe('ssh-ed25519');
  });
  it('computes the MD5 fingerprint Nova shows', () => {
    // Blob "\0\0\0\x0bssh-ed25519" + 32-byte key of zeros: fixed input, fixed digest.
    const blob = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), Buffer.alloc(32)]);
    const fp = fingerprint(`ssh-ed25519 ${blob.toString('base64')}`);
    expect(fp).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(fp).toBe(fingerprint(`ssh-ed25519 ${blob.toString('base64')} comment here`));
  });
  it('rejects malformed public keys and names', () => {
    expect(() => parsePublicKey('ssh-rsa')).toThrow();
    expect(() => parsePublicKey('ssh-rsa !!!')).toThrow();
    expect(() => parsePublicKey(`ssh-rsa ${Buffer.from('\0\0\0\x07ssh-dss').toString('base64')}`)).toThrow();
    expect(validKeypairName('good key_1.2@x')).toBe(true);
    expect(validKeypairName(' lead')).toBe(false);
    expect(validKeypairName('bad/name')).toBe(false);
  });
});

describe('quota math', () => {
  it('finds overages and the count of instances that fit', () => {
    const limits = effectiveLimits({ instances: 5, cores: 8 });
    expect(limits.ram).toBe(DEFAULT_QUOTAS.ram);
    expect(overages(limits, { instances: 4, cores: 2 }, { instances: 1, cores: 2 })).toEqual([]);
    expect(overages(limits, { instances: 5 }, { instances: 1 })).toEqual([{ resource: 'instances', requested: 1, used: 5, limit: 5 }]);
    expect(overages({ cores: -1 }, { cores: 1000 }, { cores: 1000 })).toEqual([]);
    expect(instancesThatFit(limits, { instances: 0, cores: 0, ram: 0 }, { cores: 2, ram: 512 }, 1, 10)).toEqual({ count: 4 });
    const r = instancesThatFit(limits, { instances: 0, cores: 8, ram: 0 }, { cores: 2, ram: 512 }, 1, 3);
    expect('over' in r && quotaError(r.over).message).toBe('Quota exceeded for cores: Requested 2, but already used 8 of 8 cores');
  });
  it('sanitizes hostnames', () => {
    expect(sanitizeHostname('Web Server_1')).toBe('web-server-1');
    expect(sanitizeHostname('..--')).toBe('server');
    expect(sanitizeHostname('a'.repeat(80))).toHaveLength(63);
  });
});

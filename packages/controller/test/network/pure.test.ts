import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/errors.js';
import { applyFilters, checkRevision, listResponse, ownerFor } from '../../src/network/common.js';
import { defaultGroupRules, newGroupRules, normalizeRule, sameRule } from '../../src/network/secgroups.js';

const typeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as ApiError).options.type ?? 'untyped';
  }
  return 'none';
};

describe('security group rules', () => {
  it('default group: egress any and ingress from itself, IPv4 and IPv6', () => {
    const rules = defaultGroupRules('g1');
    expect(rules.map((r) => `${r.direction}/${r.ethertype}/${r.remote_group_id}`)).toEqual(['egress/IPv4/null', 'egress/IPv6/null', 'ingress/IPv4/g1', 'ingress/IPv6/g1']);
    expect(newGroupRules().every((r) => r.direction === 'egress' && r.protocol === null)).toBe(true);
  });
  it('normalises protocols, ports and prefixes', () => {
    expect(normalizeRule({ direction: 'ingress', protocol: 'TCP', port_range_min: '80', port_range_max: '80', remote_ip_prefix: '10.1.2.3/8' })).toMatchObject({
      protocol: 'tcp', port_range_min: 80, port_range_max: 80, remote_ip_prefix: '10.0.0.0/8', ethertype: 'IPv4',
    });
    expect(normalizeRule({ direction: 'egress', protocol: 6 }).protocol).toBe('6');
    expect(normalizeRule({ direction: 'egress', protocol: 'any' }).protocol).toBeNull();
    expect(normalizeRule({ direction: 'ingress', protocol: 'icmp', port_range_min: 8, port_range_max: 0 })).toMatchObject({ port_range_min: 8, port_range_max: 0 });
    expect(normalizeRule({ direction: 'ingress', ethertype: 'IPv6', remote_ip_prefix: '2001:db8::1' }).remote_ip_prefix).toBe('2001:db8::1/128');
  });
  it('rejects invalid rules with Neutron types', () => {
    expect(typeOf(() => normalizeRule({ direction: 'ingress', protocol: 'nope' }))).toBe('SecurityGroupRuleInvalidProtocol');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', protocol: '256' }))).toBe('SecurityGroupRuleInvalidProtocol');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', port_range_min: 22 }))).toBe('SecurityGroupProtocolRequiredWithPorts');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', protocol: 'tcp', port_range_min: 0, port_range_max: 10 }))).toBe('SecurityGroupInvalidPortValue');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', protocol: 'udp', port_range_min: 10, port_range_max: 9 }))).toBe('SecurityGroupInvalidPortRange');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', protocol: 'icmp', port_range_max: 3 }))).toBe('SecurityGroupMissingIcmpType');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', protocol: 'icmp', port_range_min: 300 }))).toBe('SecurityGroupInvalidIcmpValue');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', remote_ip_prefix: '10.0.0.0/8', remote_group_id: 'g' }))).toBe('SecurityGroupRemoteGroupAndRemoteIpPrefix');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', ethertype: 'IPv6', remote_ip_prefix: '10.0.0.0/8' }))).toBe('SecurityGroupRuleParameterConflict');
    expect(typeOf(() => normalizeRule({ direction: 'ingress', remote_ip_prefix: 'bogus' }))).toBe('InvalidInput');
  });
  it('detects duplicates regardless of description', () => {
    const a = normalizeRule({ direction: 'ingress', protocol: 'tcp', port_range_min: 22, description: 'x' });
    const b = normalizeRule({ direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 });
    expect(sameRule(a, b)).toBe(true);
  });
});

describe('list processing', () => {
  const items = [
    { id: 'a', name: 'x', shared: true, tags: ['t1'], fixed_ips: [{ subnet_id: 's1', ip_address: '10.0.0.5' }], n: 3 },
    { id: 'b', name: 'y', shared: false, tags: ['t1', 't2'], fixed_ips: [], n: 1 },
    { id: 'c', name: 'x', shared: false, tags: [], fixed_ips: [{ subnet_id: 's2', ip_address: '10.0.1.5' }], n: 2 },
  ];
  const url = 'http://h/network/v2.0/things';
  it('filters by any field (repeated values: any), booleans case-insensitively, fixed_ips and tags', () => {
    expect(applyFilters(items, { name: 'x' }).map((i) => i.id)).toEqual(['a', 'c']);
    expect(applyFilters(items, { id: ['a', 'b'] }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(applyFilters(items, { shared: 'True' }).map((i) => i.id)).toEqual(['a']);
    expect(applyFilters(items, { fixed_ips: 'subnet_id=s2' }).map((i) => i.id)).toEqual(['c']);
    expect(applyFilters(items, { fixed_ips: 'ip_address_substr=0.0.5' }).map((i) => i.id)).toEqual(['a']);
    expect(applyFilters(items, { tags: 't1,t2' }).map((i) => i.id)).toEqual(['b']);
    expect(applyFilters(items, { 'tags-any': 't2,t1' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(applyFilters(items, { 'not-tags-any': 't2' }).map((i) => i.id)).toEqual(['a', 'c']);
    expect(applyFilters(items, { unknown_attr: 'zzz' })).toHaveLength(3);
  });
  it('sorts, paginates with links and selects fields', () => {
    const r = listResponse(items, { sort_key: 'n', limit: 2 }, { collection: 'things', url });
    expect((r.things as { id: string }[]).map((i) => i.id)).toEqual(['b', 'c']);
    expect(r.things_links).toEqual([{ rel: 'next', href: 'http://h/network/v2.0/things?sort_key=n&limit=2&marker=c' }]);
    const p2 = listResponse(items, { sort_key: 'n', limit: 2, marker: 'c' }, { collection: 'things', url });
    expect((p2.things as { id: string }[]).map((i) => i.id)).toEqual(['a']);
    expect((p2.things_links as { rel: string }[]).map((l) => l.rel)).toEqual(['previous']);
    const back = listResponse(items, { sort_key: 'n', limit: 1, marker: 'a', page_reverse: 'True' }, { collection: 'things', url });
    expect((back.things as { id: string }[]).map((i) => i.id)).toEqual(['c']);
    const f = listResponse(items, { fields: ['id', 'name'], sort_key: ['name', 'id'], sort_dir: ['desc', 'asc'] }, { collection: 'things', url });
    expect(f.things).toEqual([{ id: 'b', name: 'y' }, { id: 'a', name: 'x' }, { id: 'c', name: 'x' }]);
    expect(typeOf(() => listResponse(items, { sort_key: 'nope' }, { collection: 'things', url }))).toBe('HTTPBadRequest');
    expect(typeOf(() => listResponse(items, { marker: 'zz' }, { collection: 'things', url }))).toBe('HTTPNotFound');
  });
  it('checks revisions and owners', () => {
    expect(typeOf(() => checkRevision('revision_number=2', 3))).toBe('RevisionNumberConstraintFailed');
    expect(typeOf(() => checkRevision('revision_number=3', 3))).toBe('none');
    expect(ownerFor({ projectId: 'p', isAdmin: false }, { project_id: 'p' })).toBe('p');
    expect(typeOf(() => ownerFor({ projectId: 'p', isAdmin: false }, { project_id: 'q' }))).toBe('HTTPBadRequest');
    expect(ownerFor({ projectId: 'p', isAdmin: true }, { tenant_id: 'q' })).toBe('q');
    expect(typeOf(() => ownerFor({ projectId: 'p', isAdmin: true }, { tenant_id: 'q', project_id: 'r' }))).toBe('InvalidInput');
  });
});

/** `network qos rule create|set|show|delete|list` (python-openstackclient's network_qos_rule.py): rule types and their options. */
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { type Cloud, type NeutronItem, QOS_RULE_TYPES, type QosRuleType } from '@oscloud/sdk';
import { neutronShowData } from './neutron-show.js';

const MANDATORY: Record<QosRuleType, string[]> = {
  'minimum-bandwidth': ['min_kbps', 'direction'],
  'minimum-packet-rate': ['min_kpps', 'direction'],
  'dscp-marking': ['dscp_mark'],
  'bandwidth-limit': ['max_kbps'],
};
const OPTIONAL: Record<QosRuleType, string[]> = {
  'minimum-bandwidth': [],
  'minimum-packet-rate': [],
  'dscp-marking': [],
  'bandwidth-limit': ['direction', 'max_burst_kbps'],
};

/** `<qos-policy> <id>`: the arguments of rule show, set and delete. */
export const qosRuleArgs = {
  'qos-policy': Args.string({ required: true, description: 'QoS policy that contains the rule (name or ID)' }),
  id: Args.string({ required: true, description: 'Network QoS rule to delete (ID)' }),
};

/** The rule options (type-specific, checked against the type). */
export const qosRuleFlags = {
  'max-kbps': Flags.integer({ description: 'Maximum bandwidth in kbps' }),
  'max-burst-kbits': Flags.integer({
    description: 'Maximum burst in kilobits, 0 or not specified means automatic, which is 80% of the bandwidth limit, which works for typical TCP traffic. For details check the QoS user workflow.',
  }),
  'dscp-mark': Flags.integer({ description: 'DSCP mark: value can be 0, even numbers from 8-56, excluding 42, 44, 50, 52, and 54' }),
  'min-kbps': Flags.integer({ description: 'Minimum guaranteed bandwidth in kbps' }),
  'min-kpps': Flags.integer({ description: 'Minimum guaranteed packet rate in kpps' }),
  ingress: Flags.boolean({ description: 'Ingress traffic direction from the project point of view', exclusive: ['egress', 'any'] }),
  egress: Flags.boolean({ description: 'Egress traffic direction from the project point of view', exclusive: ['ingress', 'any'] }),
  any: Flags.boolean({ description: 'Any traffic direction from the project point of view. Can be used only with minimum packet rate rule.', exclusive: ['ingress', 'egress'] }),
};

type RuleFlags = { [K in keyof typeof qosRuleFlags]?: number | boolean | undefined };

/** The rule's attributes from the options, checked against the type as upstream's _check_type_parameters. */
export function qosRuleAttrs(f: RuleFlags, type: QosRuleType, create: boolean): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  if (f['max-kbps'] !== undefined) attrs.max_kbps = f['max-kbps'];
  if (f['max-burst-kbits'] !== undefined) attrs.max_burst_kbps = f['max-burst-kbits'];
  if (f['dscp-mark'] !== undefined) attrs.dscp_mark = f['dscp-mark'];
  if (f['min-kbps'] !== undefined) attrs.min_kbps = f['min-kbps'];
  if (f['min-kpps'] !== undefined) attrs.min_kpps = f['min-kpps'];
  if (f.ingress) attrs.direction = 'ingress';
  if (f.egress) attrs.direction = 'egress';
  if (f.any) {
    if (type !== 'minimum-packet-rate') throw new Error('Direction "any" can only be used with minimum-packet-rate rule type');
    attrs.direction = 'any';
  }
  const required = MANDATORY[type];
  const allowed = new Set([...required, ...OPTIONAL[type]]);
  const others = new Set(Object.entries(MANDATORY).flatMap(([t, params]) => (t === type ? [] : params)).filter((p) => !allowed.has(p)));
  if (create && required.some((p) => attrs[p] === undefined)) {
    throw new Error(`"Create" rule command for type "${type}" requires arguments: ${[...required].sort().join(', ')}`);
  }
  if (Object.keys(attrs).some((k) => others.has(k))) throw new Error(`Rule type "${type}" only requires arguments: ${[...allowed].sort().join(', ')}`);
  return attrs;
}

/** A policy's rule's type (`bandwidth-limit`...) from the policy's `rules`, or undefined. */
export function ruleType(policy: { rules?: unknown }, ruleId: string): QosRuleType | undefined {
  const rule = ((policy.rules as Array<Record<string, unknown>> | undefined) ?? []).find((r) => r.id === ruleId);
  const type = typeof rule?.type === 'string' ? rule.type.replaceAll('_', '-') : undefined;
  return (QOS_RULE_TYPES as readonly string[]).includes(type ?? '') ? (type as QosRuleType) : undefined;
}

/** The policy (by name or ID) and the type of its rule `ruleId`; fails with `Rule not found` otherwise. */
export async function policyRule(cloud: Cloud, policyRef: string, ruleId: string, notFound = 'Rule not found'): Promise<{ policyId: string; type: QosRuleType }> {
  const policy = await cloud.network.qosPolicies.find(policyRef);
  const type = ruleType(policy, ruleId);
  if (!type) throw new Error(notFound);
  return { policyId: policy.id, type };
}

/** A rule as python-openstackclient shows it (the policy id from the URL when the body has none). */
export function qosRuleData(type: QosRuleType, policyId: string, raw: NeutronItem): Record<string, unknown> {
  return neutronShowData(`qos:${type}`, { qos_policy_id: policyId, ...raw });
}

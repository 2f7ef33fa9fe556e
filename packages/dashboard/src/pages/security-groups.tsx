// Security groups: the project's groups, a group's rules, the rule editor (add, delete) and
// create/delete of groups.
import { collect, type SecurityGroup, type SecurityGroupRule } from '@oscloud/sdk';
import { useState } from 'preact/hooks';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, Choice, useActions } from '../forms.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

type RuleCreate = Parameters<PageProps['session']['cloud']['network']['securityGroupRules']['create']>[0];

/** A rule as one line: `ingress IPv4 tcp 22 from 0.0.0.0/0`. */
export function describeRule(r: SecurityGroupRule, groupName: (id: string) => string): string {
  const ports = r.port_range_min === null ? '' : r.port_range_max === null || r.port_range_max === r.port_range_min ? ` ${r.port_range_min}` : ` ${r.port_range_min}-${r.port_range_max}`;
  const remote = r.remote_group_id ? ` ${r.direction === 'ingress' ? 'from' : 'to'} group ${groupName(r.remote_group_id)}` : r.remote_ip_prefix ? ` ${r.direction === 'ingress' ? 'from' : 'to'} ${r.remote_ip_prefix}` : '';
  return `${r.direction} ${r.ethertype} ${r.protocol ?? 'any'}${ports}${remote}`;
}

/** The new rule the editor's form describes (ports "22" or "8000-8080"; remote a CIDR or a group). */
export function ruleBody(groupId: string, v: (name: string) => string): RuleCreate {
  const body: Record<string, unknown> = { security_group_id: groupId, direction: v('direction') || 'ingress', ethertype: v('ethertype') || 'IPv4' };
  if (v('protocol') && v('protocol') !== 'any') body.protocol = v('protocol');
  const ports = v('ports');
  if (ports) {
    const [min, max] = ports.split('-').map((p) => p.trim());
    body.port_range_min = min;
    body.port_range_max = max ?? min;
  }
  if (v('remote_group')) body.remote_group_id = v('remote_group');
  else if (v('remote_ip_prefix')) body.remote_ip_prefix = v('remote_ip_prefix');
  return body as RuleCreate;
}

/** The security groups page. */
export default function SecurityGroups({ session }: PageProps) {
  const c = session.cloud;
  const groups = useLoad(() => collect(c.network.securityGroups.list({ project_id: session.token.body.project?.id })), [session.cloud]);
  const { error, run } = useActions(groups.reload);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const list = groups.data ?? [];
  const group = list.find((g) => g.id === selected) ?? list[0];
  const nameOf = (id: string) => list.find((g) => g.id === id)?.name ?? id;
  const groupColumns: Column<SecurityGroup>[] = [
    { title: 'Name', cell: (g) => g.name },
    { title: 'Description', cell: (g) => g.description },
    { title: 'Rules', cell: (g) => String(g.security_group_rules.length) },
    {
      title: 'Actions',
      cell: (g) => (
        <span class="actions">
          <button type="button" class="secondary" aria-label={`Edit rules of ${g.name}`} aria-pressed={g.id === group?.id} onClick={() => setSelected(g.id)}>
            Rules
          </button>
          <button type="button" class="danger" aria-label={`Delete group ${g.name}`} onClick={() => void run(() => c.network.securityGroups.delete(g.id))}>
            Delete
          </button>
        </span>
      ),
    },
  ];
  const ruleColumns: Column<SecurityGroupRule>[] = [
    { title: 'Rule', cell: (r) => describeRule(r, nameOf) },
    { title: 'Description', cell: (r) => r.description },
    {
      title: 'Actions',
      cell: (r) => (
        <button type="button" class="danger" aria-label={`Delete rule ${describeRule(r, nameOf)}`} onClick={() => void run(() => c.network.securityGroupRules.delete(r.id))}>
          Delete
        </button>
      ),
    },
  ];
  return (
    <>
      <ErrorMessage error={groups.error ?? error} />
      {groups.data ? <Table label="Security groups" rows={list} rowKey={(g) => g.id} columns={groupColumns} /> : <p aria-busy="true">Loading…</p>}
      {group ? (
        <section aria-label={`Rules of ${group.name}`}>
          <h2>Rules of {group.name}</h2>
          <Table label={`Rules of ${group.name}`} rows={group.security_group_rules} rowKey={(r) => r.id} columns={ruleColumns} />
          <ActionForm label="Add rule" legend={<>Add rule to {group.name}</>} submitLabel="Add rule" submit={(v) => c.network.securityGroupRules.create(ruleBody(group.id, v))} after={groups.reload}>
            <Choice label="Direction" name="direction" options={[{ value: 'ingress', label: 'ingress' }, { value: 'egress', label: 'egress' }]} />
            <Choice label="Ether type" name="ethertype" options={[{ value: 'IPv4', label: 'IPv4' }, { value: 'IPv6', label: 'IPv6' }]} />
            <Choice label="Protocol" name="protocol" options={['tcp', 'udp', 'icmp', 'any'].map((p) => ({ value: p, label: p }))} />
            <label>
              Ports (22 or 8000-8080; ICMP: type)
              <input name="ports" pattern="\d+(-\d+)?" />
            </label>
            <label>
              Remote CIDR
              <input name="remote_ip_prefix" placeholder="0.0.0.0/0" />
            </label>
            <Choice label="Remote group (instead of a CIDR)" name="remote_group" options={[{ value: '', label: '(none)' }, ...list.map((g) => ({ value: g.id, label: g.name }))]} />
          </ActionForm>
        </section>
      ) : null}
      <ActionForm label="Create security group" legend="Create security group" submitLabel="Create" submit={(v) => c.network.securityGroups.create({ name: v('name'), description: v('description') })} after={groups.reload}>
        <label>
          Name
          <input name="name" required maxLength={255} />
        </label>
        <label>
          Description
          <input name="description" maxLength={255} />
        </label>
      </ActionForm>
    </>
  );
}

// Roles (admin): who has which role on which project (Keystone's role assignments, with names),
// grant a role to a user on a project, revoke one.
import { collect, type RoleAssignment } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, Choice, useActions } from '../forms.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

const key = (a: RoleAssignment) => `${a.user?.id ?? a.group?.id}:${a.role.id}:${a.scope.project?.id ?? a.scope.domain?.id ?? 'system'}`;

/** The admin roles page. */
export default function Roles({ session }: PageProps) {
  const c = session.cloud.identity;
  const data = useLoad(async () => {
    const [assignments, roles, users, projects] = await Promise.all([
      collect(c.roleAssignments.list({ include_names: true })),
      collect(c.roles.list()),
      collect(c.users.list()),
      collect(c.projects.list()),
    ]);
    return { assignments: assignments.filter((a) => a.user && a.scope.project), roles, users, projects };
  }, [session.cloud]);
  const { error, run } = useActions(data.reload);
  const columns: Column<RoleAssignment>[] = [
    { title: 'User', cell: (a) => a.user?.name ?? a.user?.id ?? '' },
    { title: 'Role', cell: (a) => a.role.name ?? a.role.id },
    { title: 'Project', cell: (a) => a.scope.project?.name ?? a.scope.project?.id ?? '' },
    {
      title: 'Actions',
      cell: (a) => (
        <button
          type="button"
          class="danger"
          aria-label={`Revoke ${a.role.name} of ${a.user?.name} on ${a.scope.project?.name}`}
          onClick={() => void run(() => c.roleAssignments.revoke(a.scope.project?.id as string, a.user?.id as string, a.role.id))}
        >
          Revoke
        </button>
      ),
    },
  ];
  const d = data.data;
  return (
    <>
      <ErrorMessage error={data.error ?? error} />
      {d ? <Table label="Role assignments" rows={d.assignments} rowKey={key} columns={columns} /> : <p aria-busy="true">Loading…</p>}
      <ActionForm label="Grant role" legend="Grant a role on a project" submitLabel="Grant" submit={(v) => c.roleAssignments.grant(v('project'), v('user'), v('role'))} after={data.reload} disabled={!d}>
        <Choice label="User" name="user" required options={d?.users.map((u) => ({ value: u.id, label: u.name }))} />
        <Choice label="Role" name="role" required options={d?.roles.map((r) => ({ value: r.id, label: r.name }))} />
        <Choice label="Project" name="project" required options={d?.projects.map((p) => ({ value: p.id, label: p.name }))} />
      </ActionForm>
    </>
  );
}

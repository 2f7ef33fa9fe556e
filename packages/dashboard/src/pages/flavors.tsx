// Flavors (admin): every flavor, create one, delete one.
import { collect, type Flavor } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, useActions } from '../forms.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** The admin flavors page. */
export default function Flavors({ session }: PageProps) {
  const c = session.cloud;
  const flavors = useLoad(() => collect(c.compute.flavors.list({ is_public: 'None' })), [session.cloud]);
  const { error, run } = useActions(flavors.reload);
  const columns: Column<Flavor>[] = [
    { title: 'Name', cell: (f) => f.name },
    { title: 'vCPUs', cell: (f) => String(f.vcpus) },
    { title: 'RAM', cell: (f) => `${f.ram} MiB` },
    { title: 'Disk', cell: (f) => `${f.disk} GiB` },
    { title: 'Public', cell: (f) => (f['os-flavor-access:is_public'] ? 'yes' : 'no') },
    {
      title: 'Actions',
      cell: (f) => (
        <button type="button" class="danger" aria-label={`Delete flavor ${f.name}`} onClick={() => void run(() => c.compute.flavors.delete(f.id))}>
          Delete
        </button>
      ),
    },
  ];
  const create = (v: (name: string) => string) =>
    c.compute.flavors.create({ name: v('name'), vcpus: Number(v('vcpus')), ram: Number(v('ram')), disk: Number(v('disk')), 'os-flavor-access:is_public': v('public') === 'on' });
  return (
    <>
      <ErrorMessage error={flavors.error ?? error} />
      {flavors.data ? <Table label="Flavors" rows={flavors.data} rowKey={(f) => f.id} columns={columns} /> : <p aria-busy="true">Loading…</p>}
      <ActionForm label="Create flavor" legend="Create flavor" submitLabel="Create" submit={create} after={flavors.reload}>
        <label>
          Name
          <input name="name" required maxLength={255} />
        </label>
        <label>
          vCPUs
          <input name="vcpus" type="number" min={1} required defaultValue="1" />
        </label>
        <label>
          RAM in MiB
          <input name="ram" type="number" min={1} required defaultValue="512" />
        </label>
        <label>
          Root disk in GiB
          <input name="disk" type="number" min={0} required defaultValue="1" />
        </label>
        <label class="inline">
          <input name="public" type="checkbox" defaultChecked /> Public
        </label>
      </ActionForm>
    </>
  );
}

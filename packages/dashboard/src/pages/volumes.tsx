// Volumes: the live list with where each is attached (server names), create, attach to a server,
// detach, snapshot, delete; and the project's snapshots.
import { collect, type Server, type Snapshot, type Volume } from '@oscloud/sdk';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, Choice, useActions } from '../forms.js';
import { useLive } from '../live.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** Cinder's transient states: keep polling fast while one is shown. */
const TRANSIENT = /ing$/;

/** The volumes page. */
export default function Volumes({ session }: PageProps) {
  const c = session.cloud;
  const volumes = useLive(
    () => collect(c.volume.volumes.list()),
    (v) => `${v.id}:${v.status}`,
    (v) => TRANSIENT.test(v.status),
    [session.cloud],
  );
  const snapshots = useLive(
    () => collect(c.volume.snapshots.list()),
    (s) => `${s.id}:${s.status}`,
    (s) => TRANSIENT.test(s.status),
    [session.cloud],
  );
  const servers = useLoad(() => collect(c.compute.servers.list()), [session.cloud]);
  const refresh = () => {
    volumes.refresh();
    snapshots.refresh();
  };
  const { error, run } = useActions(refresh);
  const serverName = (id: string | null) => servers.data?.find((s: Server) => s.id === id)?.name ?? id ?? '';
  const label = (v: Volume) => v.name || v.id;
  const columns: Column<Volume>[] = [
    { title: 'Name', cell: label },
    { title: 'Status', cell: (v) => <span data-status={v.status}>{v.status}</span> },
    { title: 'Size', cell: (v) => `${v.size} GiB` },
    { title: 'Attached to', cell: (v) => (v.attachments ?? []).map((a) => `${serverName(a.server_id)} on ${a.device ?? '?'}`).join(', ') },
    {
      title: 'Actions',
      cell: (v) => (
        <span class="actions">
          {(v.attachments ?? []).map((a) => (
            a.server_id && <button type="button" class="secondary" key={a.server_id} aria-label={`Detach ${label(v)} from ${serverName(a.server_id)}`} onClick={() => void run(() => c.compute.volumeAttachments.delete(a.server_id as string, v.id))}>
              Detach
            </button>
          ))}
          <button type="button" class="secondary" aria-label={`Snapshot ${label(v)}`} onClick={() => void run(() => c.volume.snapshots.create({ volume_id: v.id, name: `${label(v)}-snapshot`, force: true }))}>
            Snapshot
          </button>
          <button type="button" class="danger" aria-label={`Delete ${label(v)}`} onClick={() => void run(() => c.volume.volumes.delete(v.id))}>
            Delete
          </button>
        </span>
      ),
    },
  ];
  const snapshotColumns: Column<Snapshot>[] = [
    { title: 'Name', cell: (s) => s.name ?? s.id },
    { title: 'Status', cell: (s) => s.status },
    { title: 'Size', cell: (s) => `${s.size} GiB` },
    { title: 'Volume', cell: (s) => label(volumes.rows?.find((v) => v.id === s.volume_id) ?? ({ id: s.volume_id } as Volume)) },
    {
      title: 'Actions',
      cell: (s) => (
        <button type="button" class="danger" aria-label={`Delete snapshot ${s.name ?? s.id}`} onClick={() => void run(() => c.volume.snapshots.delete(s.id))}>
          Delete
        </button>
      ),
    },
  ];
  const available = (volumes.rows ?? []).filter((v) => v.status === 'available');
  return (
    <>
      <ErrorMessage error={volumes.error ?? error} />
      {volumes.rows ? <Table label="Volumes" rows={volumes.rows} rowKey={(v) => v.id} columns={columns} /> : <p aria-busy="true">Loading…</p>}
      <div class="forms">
        <ActionForm label="Create volume" legend="Create volume" submitLabel="Create" submit={(v) => c.volume.volumes.create({ name: v('name'), size: Number(v('size')) })} after={refresh}>
          <label>
            Name
            <input name="name" maxLength={255} />
          </label>
          <label>
            Size in GiB
            <input name="size" type="number" min={1} required defaultValue="1" />
          </label>
        </ActionForm>
        <ActionForm label="Attach volume" legend="Attach volume" submitLabel="Attach" submit={(v) => c.compute.volumeAttachments.create(v('server'), { volumeId: v('volume') })} after={refresh} disabled={available.length === 0 || !servers.data?.length}>
          <ErrorMessage error={servers.error} />
          <Choice label="Volume" name="volume" required options={available.map((v) => ({ value: v.id, label: label(v) }))} />
          <Choice label="Server" name="server" required options={servers.data?.map((s) => ({ value: s.id, label: s.name }))} />
        </ActionForm>
      </div>
      <h2>Snapshots</h2>
      <ErrorMessage error={snapshots.error} />
      {snapshots.rows ? <Table label="Snapshots" rows={snapshots.rows} rowKey={(s) => s.id} columns={snapshotColumns} /> : <p aria-busy="true">Loading…</p>}
    </>
  );
}

// Images: the project's and the public images; upload a file as a new image with a progress bar
// (create, then PUT the data: the SDK reports bytes sent), rename, change visibility, delete.
import { collect, type Image, type ImageCreate } from '@oscloud/sdk';
import { useState } from 'preact/hooks';
import { ErrorMessage } from '../error-message.js';
import { Choice, useActions } from '../forms.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

const DISK_FORMATS = ['qcow2', 'raw', 'iso', 'vmdk', 'vdi', 'vhd', 'vhdx', 'ami', 'ari', 'aki'];

/** The disk format a file name suggests (Horizon does the same). */
export function formatOf(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return DISK_FORMATS.includes(ext) ? ext : ext === 'img' ? 'raw' : 'qcow2';
}

/** The images page. */
export default function Images({ session }: PageProps) {
  const c = session.cloud;
  const images = useLoad(() => collect(c.image.images.list()), [session.cloud]);
  const { error, busy, run } = useActions(images.reload);
  const [progress, setProgress] = useState<{ name: string; sent: number; total: number } | undefined>(undefined);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const mine = (i: Image) => i.owner === session.token.body.project?.id || session.isAdmin;
  const columns: Column<Image>[] = [
    { title: 'Name', cell: (i) => i.name ?? '' },
    { title: 'Status', cell: (i) => <span data-status={i.status}>{i.status}</span> },
    { title: 'Visibility', cell: (i) => i.visibility ?? '' },
    { title: 'Disk format', cell: (i) => i.disk_format ?? '' },
    { title: 'Size', cell: (i) => (typeof i.size === 'number' ? `${(i.size / 1048576).toFixed(1)} MiB` : '') },
    {
      title: 'Actions',
      cell: (i) =>
        mine(i) ? (
          <span class="actions">
            <button type="button" class="secondary" aria-label={`Edit image ${i.name ?? i.id}`} onClick={() => setEditing(i.id)}>
              Edit
            </button>
            <button type="button" class="danger" aria-label={`Delete image ${i.name ?? i.id}`} onClick={() => void run(() => c.image.images.delete(i.id))}>
              Delete
            </button>
          </span>
        ) : null,
    },
  ];
  const upload = async (ev: Event) => {
    ev.preventDefault();
    const formEl = ev.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const file = form.get('file') as File | null;
    if (!file || !file.size) return;
    const name = String(form.get('name') ?? '').trim() || file.name;
    const ok = await run(async () => {
      setProgress({ name, sent: 0, total: file.size });
      const image = await c.image.images.create({ name, disk_format: String(form.get('disk_format') || formatOf(file.name)), container_format: 'bare', visibility: 'private' } as ImageCreate);
      try {
        await c.image.images.upload(image.id, file, { onProgress: (sent) => setProgress({ name, sent, total: file.size }) });
      } catch (err) {
        // nothing half-done: the image without its data goes away again
        await c.image.images.delete(image.id).catch(() => undefined);
        throw err;
      }
    });
    if (ok) formEl.reset();
  };
  const edited = images.data?.find((i) => i.id === editing);
  return (
    <>
      <ErrorMessage error={images.error ?? error} />
      {images.data ? <Table label="Images" rows={images.data} rowKey={(i) => i.id} columns={columns} /> : <p aria-busy="true">Loading…</p>}
      <div class="forms">
        <form aria-label="Upload image" onSubmit={upload}>
          <fieldset>
            <legend>Upload image</legend>
            <label>
              File
              <input name="file" type="file" required />
            </label>
            <label>
              Name (default: the file's)
              <input name="name" maxLength={255} />
            </label>
            <Choice label="Disk format" name="disk_format" options={[{ value: '', label: '(from the file name)' }, ...DISK_FORMATS.map((f) => ({ value: f, label: f }))]} />
            {progress ? (
              <div class="meter">
                <div>
                  {progress.sent < progress.total ? 'Uploading' : 'Uploaded'} {progress.name}: {Math.round((100 * progress.sent) / Math.max(progress.total, 1))}%
                </div>
                <progress aria-label={`Upload of ${progress.name}`} max={progress.total} value={progress.sent} />
              </div>
            ) : null}
            <button type="submit" disabled={busy}>
              Upload
            </button>
          </fieldset>
        </form>
        {edited ? (
          <form
            aria-label="Edit image"
            onSubmit={(ev) => {
              ev.preventDefault();
              const form = new FormData(ev.currentTarget as HTMLFormElement);
              void run(async () => {
                await c.image.images.update(edited.id, { name: String(form.get('name') ?? ''), visibility: String(form.get('visibility') ?? 'private') });
                setEditing(undefined);
              });
            }}
          >
            <fieldset>
              <legend>Edit {edited.name ?? edited.id}</legend>
              <label>
                Name
                <input name="name" defaultValue={edited.name ?? ''} maxLength={255} />
              </label>
              <label>
                Visibility
                <select name="visibility" defaultValue={edited.visibility ?? 'private'}>
                  {['private', 'shared', 'community', ...(session.isAdmin ? ['public'] : [])].map((v) => (
                    <option value={v} key={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" disabled={busy}>
                Save
              </button>
              <button type="button" class="secondary" onClick={() => setEditing(undefined)}>
                Cancel
              </button>
            </fieldset>
          </form>
        ) : null}
      </div>
    </>
  );
}

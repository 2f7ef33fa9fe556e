// Instances: the live list (polled, backing off while nothing moves, paused in a hidden tab), the
// launch form (image, flavor, network, key pair), start/stop/reboot/delete, and the console log.
import { collect, type Server } from '@oscloud/sdk';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { startPolling } from '../poll.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** A server still on its way somewhere: keep polling fast. */
function moving(s: Server): boolean {
  return s.status === 'BUILD' || !!(s as { 'OS-EXT-STS:task_state'?: string | null })['OS-EXT-STS:task_state'];
}

function fingerprint(list: Server[]): string {
  return list.map((s) => `${s.id}:${s.status}:${(s as { 'OS-EXT-STS:task_state'?: string | null })['OS-EXT-STS:task_state'] ?? ''}`).join(',');
}

/** A labelled select of `options` (value and text). */
function Choice({ label, name, options, required }: { label: string; name: string; options: Array<{ value: string; label: string }> | undefined; required?: boolean }) {
  return (
    <label>
      {label}
      <select name={name} required={required}>
        {options?.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function LaunchForm({ session, onLaunched }: PageProps & { onLaunched: () => void }) {
  const c = session.cloud;
  const choices = useLoad(async () => {
    const [images, flavors, networks, keypairs] = await Promise.all([
      collect(c.image.images.list()),
      collect(c.compute.flavors.list()),
      collect(c.network.networks.list()),
      collect(c.compute.keypairs.list()),
    ]);
    return { images, flavors, networks, keypairs };
  });
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (ev: Event) => {
    ev.preventDefault();
    const formEl = ev.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const v = (k: string) => String(form.get(k) ?? '');
    setBusy(true);
    setError(undefined);
    try {
      await c.compute.servers.create({
        name: v('name'),
        imageRef: v('image'),
        flavorRef: v('flavor'),
        networks: v('network') ? [{ uuid: v('network') }] : 'auto',
        ...(v('keypair') ? { key_name: v('keypair') } : {}),
      } as Parameters<typeof c.compute.servers.create>[0]);
      formEl.reset();
      onLaunched();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const d = choices.data;
  return (
    <form onSubmit={submit} aria-label="Launch instance">
      <fieldset>
        <legend>Launch instance</legend>
        <ErrorMessage error={choices.error} />
        <label>
          Name
          <input name="name" required maxLength={255} />
        </label>
        <Choice label="Image" name="image" required options={d?.images.map((i) => ({ value: i.id, label: i.name ?? i.id }))} />
        <Choice label="Flavor" name="flavor" required options={d?.flavors.map((f) => ({ value: f.id, label: f.name }))} />
        <Choice label="Network" name="network" options={d?.networks.map((n) => ({ value: n.id, label: n.name || n.id }))} />
        <Choice label="Key pair" name="keypair" options={[{ value: '', label: '(none)' }, ...(d?.keypairs.map((k) => ({ value: k.name, label: k.name })) ?? [])]} />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy || !d}>
          Launch
        </button>
      </fieldset>
    </form>
  );
}

/** The instances page. */
export default function Instances({ session }: PageProps) {
  const c = session.cloud;
  const [servers, setServers] = useState<Server[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [consoleOf, setConsoleOf] = useState<{ name: string; text: string } | undefined>(undefined);
  const last = useRef('');
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      startPolling(async () => {
        try {
          const list = await collect(c.compute.servers.list());
          setError(undefined);
          const fp = fingerprint(list);
          const changed = fp !== last.current;
          last.current = fp;
          setServers(list);
          return changed || list.some(moving);
        } catch (err) {
          setError(err);
          throw err;
        }
      }),
    [generation],
  );
  const refresh = () => setGeneration((g) => g + 1);
  const act = (run: () => Promise<unknown>) => async () => {
    setError(undefined);
    try {
      await run();
      refresh();
    } catch (err) {
      setError(err);
    }
  };
  const showConsole = (s: Server) => async () => {
    try {
      setConsoleOf({ name: s.name, text: await c.compute.servers.consoleOutput(s.id, 200) });
    } catch (err) {
      setError(err);
    }
  };
  const columns: Column<Server>[] = [
    { title: 'Name', cell: (s) => s.name },
    { title: 'Status', cell: (s) => <span data-status={s.status}>{s.status}</span> },
    {
      title: 'Addresses',
      cell: (s) =>
        Object.values(s.addresses ?? {})
          .flat()
          .map((a) => (a as { addr: string }).addr)
          .join(', '),
    },
    {
      title: 'Actions',
      cell: (s) => (
        <span class="actions">
          <button type="button" class="secondary" aria-label={`Start ${s.name}`} onClick={act(() => c.compute.servers.start(s.id))}>
            Start
          </button>
          <button type="button" class="secondary" aria-label={`Stop ${s.name}`} onClick={act(() => c.compute.servers.stop(s.id))}>
            Stop
          </button>
          <button type="button" class="secondary" aria-label={`Reboot ${s.name}`} onClick={act(() => c.compute.servers.reboot(s.id))}>
            Reboot
          </button>
          <button type="button" class="secondary" aria-label={`Console log of ${s.name}`} onClick={showConsole(s)}>
            Console
          </button>
          <button type="button" class="danger" aria-label={`Delete ${s.name}`} onClick={act(() => c.compute.servers.delete(s.id))}>
            Delete
          </button>
        </span>
      ),
    },
  ];
  return (
    <>
      <ErrorMessage error={error} />
      {servers ? <Table label="Instances" rows={servers} columns={columns} rowKey={(s) => s.id} /> : <p aria-busy="true">Loading…</p>}
      {consoleOf ? (
        <section aria-label={`Console log of ${consoleOf.name}`}>
          <h2>Console log of {consoleOf.name}</h2>
          <pre class="console">{consoleOf.text || '(empty)'}</pre>
          <button type="button" class="secondary" onClick={() => setConsoleOf(undefined)}>
            Close
          </button>
        </section>
      ) : null}
      <LaunchForm session={session} onLaunched={refresh} />
    </>
  );
}

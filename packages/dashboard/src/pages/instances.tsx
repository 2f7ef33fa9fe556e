// Instances: the live list (polled, backing off while nothing moves, paused in a hidden tab), the
// launch form (image, flavor, network, key pair, security groups, user data, boot volume), the
// actions start/stop/reboot/pause/resume/snapshot/delete, the console log and the serial console.
import { collect, type Server } from '@oscloud/sdk';
import { useState } from 'preact/hooks';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, Choice, useActions } from '../forms.js';
import { useLive } from '../live.js';
import type { PageProps } from '../pages.js';
import { SerialConsole } from '../serial-console.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

type ServerCreate = Parameters<PageProps['session']['cloud']['compute']['servers']['create']>[0];

const taskState = (s: Server) => (s as { 'OS-EXT-STS:task_state'?: string | null })['OS-EXT-STS:task_state'] ?? '';

/** A server still on its way somewhere: keep polling fast. */
function moving(s: Server): boolean {
  return s.status === 'BUILD' || !!taskState(s);
}

/** UTF-8 text as base64 (Nova wants user_data base64-encoded). */
export function base64Utf8(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * The create body the launch form describes: with a boot volume size, the image is copied to a
 * new volume the server boots from (deleted with the server), as Horizon's "Create New Volume".
 */
export function launchBody(v: (name: string) => string, securityGroups: string[]): ServerCreate {
  const volumeGb = Number(v('volume_size') || 0);
  const body: Record<string, unknown> = {
    name: v('name'),
    flavorRef: v('flavor'),
    networks: v('network') ? [{ uuid: v('network') }] : 'auto',
  };
  if (volumeGb > 0) {
    body.block_device_mapping_v2 = [{ boot_index: 0, uuid: v('image'), source_type: 'image', destination_type: 'volume', volume_size: volumeGb, delete_on_termination: true }];
  } else {
    body.imageRef = v('image');
  }
  if (v('keypair')) body.key_name = v('keypair');
  if (securityGroups.length) body.security_groups = securityGroups.map((name) => ({ name }));
  if (v('user_data')) body.user_data = base64Utf8(v('user_data'));
  return body as ServerCreate;
}

function LaunchForm({ session, onLaunched }: PageProps & { onLaunched: () => void }) {
  const c = session.cloud;
  const choices = useLoad(async () => {
    const [images, flavors, networks, keypairs, groups] = await Promise.all([
      collect(c.image.images.list()),
      collect(c.compute.flavors.list()),
      collect(c.network.networks.list()),
      collect(c.compute.keypairs.list()),
      collect(c.network.securityGroups.list()),
    ]);
    return { images, flavors, networks, keypairs, groups };
  }, [session.cloud]);
  const d = choices.data;
  const submit = (v: (name: string) => string, form: HTMLFormElement) => {
    const select = form.elements.namedItem('security_groups') as HTMLSelectElement | null;
    const groups = select ? [...select.selectedOptions].map((o) => o.value) : [];
    return c.compute.servers.create(launchBody(v, groups));
  };
  return (
    <ActionForm label="Launch instance" legend="Launch instance" submitLabel="Launch" submit={submit} after={onLaunched} disabled={!d}>
      <ErrorMessage error={choices.error} />
      <label>
        Name
        <input name="name" required maxLength={255} />
      </label>
      <Choice label="Image" name="image" required options={d?.images.map((i) => ({ value: i.id, label: i.name ?? i.id }))} />
      <Choice label="Flavor" name="flavor" required options={d?.flavors.map((f) => ({ value: f.id, label: f.name }))} />
      <Choice label="Network" name="network" options={d?.networks.map((n) => ({ value: n.id, label: n.name || n.id }))} />
      <Choice label="Key pair" name="keypair" options={[{ value: '', label: '(none)' }, ...(d?.keypairs.map((k) => ({ value: k.name, label: k.name })) ?? [])]} />
      <label>
        Security groups
        <select name="security_groups" multiple size={3}>
          {d?.groups.map((g) => (
            <option value={g.name} key={g.id} selected={g.name === 'default'}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Boot volume size in GiB (empty: boot from the image)
        <input name="volume_size" type="number" min={1} max={1024} />
      </label>
      <label>
        User data
        <textarea name="user_data" rows={3} />
      </label>
    </ActionForm>
  );
}

/** The instances page. */
export default function Instances({ session }: PageProps) {
  const c = session.cloud;
  const live = useLive(() => collect(c.compute.servers.list()), (s) => `${s.id}:${s.status}:${taskState(s)}`, moving, [session.cloud]);
  const { error, run, fail } = useActions(live.refresh);
  const [consoleOf, setConsoleOf] = useState<{ name: string; text: string } | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [serial, setSerial] = useState<{ name: string; url: string } | undefined>(undefined);
  const [vnc, setVnc] = useState<{ name: string; url: string } | undefined>(undefined);
  // noVNC's page (served by the controller, as nova-novncproxy serves it) in a tab of its own
  const openVnc = (s: Server) => () =>
    void run(async () => {
      const rc = await c.compute.servers.remoteConsole(s.id, 'vnc');
      setVnc({ name: s.name, url: rc.url });
    });
  const openSerial = (s: Server) => () =>
    void run(async () => {
      const rc = await c.compute.servers.remoteConsole(s.id, 'serial');
      setSerial({ name: s.name, url: rc.url });
    });
  const act = (call: () => Promise<unknown>) => () => void run(call);
  const showConsole = (s: Server) => async () => {
    try {
      setConsoleOf({ name: s.name, text: await c.compute.servers.consoleOutput(s.id, 200) });
    } catch (err) {
      fail(err);
    }
  };
  const snapshot = (s: Server) => () =>
    void run(async () => {
      const name = `${s.name}-snapshot`;
      await c.compute.servers.createImage(s.id, name);
      setNotice(`Snapshot ${name} is being saved (Images page).`);
    });
  const button = (label: string, s: Server, onClick: () => void, kind = 'secondary') => (
    <button type="button" class={kind} aria-label={`${label} ${s.name}`} onClick={onClick}>
      {label}
    </button>
  );
  const columns: Column<Server>[] = [
    { title: 'Name', cell: (s) => s.name },
    { title: 'Status', cell: (s) => <span data-status={s.status}>{s.status}</span> },
    { title: 'Task', cell: (s) => taskState(s) },
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
          {s.status === 'SHUTOFF' ? button('Start', s, act(() => c.compute.servers.start(s.id))) : null}
          {s.status === 'ACTIVE' ? button('Stop', s, act(() => c.compute.servers.stop(s.id))) : null}
          {s.status === 'ACTIVE' ? button('Reboot', s, act(() => c.compute.servers.reboot(s.id))) : null}
          {s.status === 'ACTIVE' ? button('Pause', s, act(() => c.compute.servers.pause(s.id))) : null}
          {s.status === 'PAUSED' ? button('Unpause', s, act(() => c.compute.servers.unpause(s.id))) : null}
          {s.status === 'ACTIVE' || s.status === 'SHUTOFF' ? button('Snapshot', s, snapshot(s)) : null}
          <button type="button" class="secondary" aria-label={`Console log of ${s.name}`} onClick={showConsole(s)}>
            Console
          </button>
          {s.status === 'ACTIVE' ? button('Serial console', s, openSerial(s)) : null}
          {s.status === 'ACTIVE' ? button('VNC console', s, openVnc(s)) : null}
          {button('Delete', s, act(() => c.compute.servers.delete(s.id)), 'danger')}
        </span>
      ),
    },
  ];
  return (
    <>
      <ErrorMessage error={live.error ?? error} />
      {notice ? <p role="status">{notice}</p> : null}
      {live.rows ? <Table label="Instances" rows={live.rows} columns={columns} rowKey={(s) => s.id} /> : <p aria-busy="true">Loading…</p>}
      {consoleOf ? (
        <section aria-label={`Console log of ${consoleOf.name}`}>
          <h2>Console log of {consoleOf.name}</h2>
          <pre class="console">{consoleOf.text || '(empty)'}</pre>
          <button type="button" class="secondary" onClick={() => setConsoleOf(undefined)}>
            Close
          </button>
        </section>
      ) : null}
      {vnc ? (
        <p role="status">
          <a href={vnc.url} target="_blank" rel="noopener noreferrer">
            Open the VNC console of {vnc.name}
          </a>{' '}
          (a new tab; the link works once and expires in minutes)
        </p>
      ) : null}
      {serial ? <SerialConsole key={serial.url} name={serial.name} url={serial.url} onClose={() => setSerial(undefined)} /> : null}
      <LaunchForm session={session} onLaunched={live.refresh} />
    </>
  );
}

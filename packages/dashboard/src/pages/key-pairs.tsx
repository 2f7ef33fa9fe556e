// Key pairs: the user's key pairs; import a public key or generate one (its private key shown once,
// as Nova returns it only in the create response); delete.
import { collect, type Keypair } from '@oscloud/sdk';
import { useState } from 'preact/hooks';
import { ErrorMessage } from '../error-message.js';
import { ActionForm, useActions } from '../forms.js';
import type { PageProps } from '../pages.js';
import { type Column, Table } from '../table.js';
import { useLoad } from '../use-load.js';

/** The key pairs page. */
export default function KeyPairs({ session }: PageProps) {
  const c = session.cloud;
  const keys = useLoad(() => collect(c.compute.keypairs.list()), [session.cloud]);
  const { error, run } = useActions(keys.reload);
  const [generated, setGenerated] = useState<{ name: string; privateKey: string } | undefined>(undefined);
  const columns: Column<Keypair>[] = [
    { title: 'Name', cell: (k) => k.name },
    { title: 'Type', cell: (k) => (k as { type?: string }).type ?? 'ssh' },
    { title: 'Fingerprint', cell: (k) => k.fingerprint },
    {
      title: 'Actions',
      cell: (k) => (
        <button type="button" class="danger" aria-label={`Delete key pair ${k.name}`} onClick={() => void run(() => c.compute.keypairs.delete(k.name))}>
          Delete
        </button>
      ),
    },
  ];
  const create = async (v: (name: string) => string) => {
    setGenerated(undefined);
    const publicKey = v('public_key');
    const created = await c.compute.keypairs.create({ name: v('name'), ...(publicKey ? { public_key: publicKey } : {}) });
    const privateKey = (created as { private_key?: string }).private_key;
    if (privateKey) setGenerated({ name: v('name'), privateKey });
  };
  return (
    <>
      <ErrorMessage error={keys.error ?? error} />
      {keys.data ? <Table label="Key pairs" rows={keys.data} rowKey={(k) => k.name} columns={columns} /> : <p aria-busy="true">Loading…</p>}
      {generated ? (
        <section aria-label={`Private key of ${generated.name}`}>
          <h2>Private key of {generated.name}</h2>
          <p>Save it now: it is not stored and cannot be shown again.</p>
          <pre class="console">{generated.privateKey}</pre>
          <button type="button" class="secondary" onClick={() => setGenerated(undefined)}>
            I saved it
          </button>
        </section>
      ) : null}
      <ActionForm label="Create key pair" legend="Create or import a key pair" submitLabel="Create" submit={create} after={keys.reload}>
        <label>
          Name
          <input name="name" required maxLength={255} pattern="[A-Za-z0-9 _.@\-]+" />
        </label>
        <label>
          Public key (empty: generate a new key pair)
          <textarea name="public_key" rows={3} />
        </label>
      </ActionForm>
    </>
  );
}

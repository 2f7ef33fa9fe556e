// The login form: Keystone domain, user name, password and an optional project; or an
// application credential's id and secret.
import { useState } from 'preact/hooks';
import { ErrorMessage } from './error-message.js';
import type { Credentials, Session } from './session.js';

/** Signs in with `login`; shows the API's error (wrong password: Keystone's 401 message). */
export function Login({ login, onSession, notice }: { login: (c: Credentials) => Promise<Session>; onSession: (s: Session) => void; notice?: string | undefined }) {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [method, setMethod] = useState<'password' | 'appcred'>('password');
  const submit = async (ev: Event) => {
    ev.preventDefault();
    const form = new FormData(ev.currentTarget as HTMLFormElement);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    setBusy(true);
    setError(undefined);
    try {
      const creds: Credentials =
        method === 'appcred'
          ? { applicationCredentialId: value('appcred_id'), secret: String(form.get('appcred_secret') ?? '') }
          : { domain: value('domain') || 'Default', username: value('username'), password: String(form.get('password') ?? ''), project: value('project') || undefined };
      onSession(await login(creds));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <h1>oscloud</h1>
      <form onSubmit={submit} aria-label="Log in">
        {notice ? <p role="status">{notice}</p> : null}
        <fieldset class="method">
          <legend>Log in with</legend>
          <label class="inline">
            <input type="radio" name="method" value="password" checked={method === 'password'} onChange={() => setMethod('password')} /> Keystone user
          </label>
          <label class="inline">
            <input type="radio" name="method" value="appcred" checked={method === 'appcred'} onChange={() => setMethod('appcred')} /> Application credential
          </label>
        </fieldset>
        {method === 'password' ? (
          <>
            <label>
              Domain
              <input name="domain" defaultValue="Default" autoComplete="organization" required />
            </label>
            <label>
              User name
              <input name="username" autoComplete="username" required />
            </label>
            <label>
              Password
              <input name="password" type="password" autoComplete="current-password" required />
            </label>
            <label>
              Project (optional)
              <input name="project" />
            </label>
          </>
        ) : (
          <>
            <label>
              Application credential ID
              <input name="appcred_id" autoComplete="username" required />
            </label>
            <label>
              Secret
              <input name="appcred_secret" type="password" autoComplete="current-password" required />
            </label>
          </>
        )}
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}

// The login form: Keystone domain, user name, password and an optional project.
import { useState } from 'preact/hooks';
import { ErrorMessage } from './error-message.js';
import type { Credentials, Session } from './session.js';

/** Signs in with `login`; shows the API's error (wrong password: Keystone's 401 message). */
export function Login({ login, onSession, notice }: { login: (c: Credentials) => Promise<Session>; onSession: (s: Session) => void; notice?: string | undefined }) {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (ev: Event) => {
    ev.preventDefault();
    const form = new FormData(ev.currentTarget as HTMLFormElement);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    setBusy(true);
    setError(undefined);
    try {
      onSession(await login({ domain: value('domain') || 'Default', username: value('username'), password: String(form.get('password') ?? ''), project: value('project') || undefined }));
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
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}

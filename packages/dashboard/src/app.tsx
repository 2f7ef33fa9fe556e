// The shell: login (or the session this tab kept), role-aware navigation, the project switcher,
// logout, and the current page loaded on demand from the hash route.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from './error-message.js';
import { ExpiryContext } from './expiry.js';
import { Login } from './login.js';
import { type PageProps, pageFor, visiblePages } from './pages.js';
import * as auth from './session.js';
import type { Session } from './session.js';

/** The session functions the shell uses (tests pass fakes). */
export type SessionApi = Pick<typeof auth, 'login' | 'logout' | 'resume' | 'switchProject'>;

function useHash(): string {
  const [hash, setHash] = useState(globalThis.location?.hash ?? '');
  useEffect(() => {
    const on = () => setHash(globalThis.location.hash);
    globalThis.addEventListener('hashchange', on);
    return () => globalThis.removeEventListener('hashchange', on);
  }, []);
  return hash;
}

/** The signed-in frame around a page; `onExpired` when a request finds the session gone (401). */
export function Shell({ session, api, onSession, onLogout, onExpired }: { session: Session; api: SessionApi; onSession: (s: Session) => void; onLogout: (notice?: string) => void; onExpired: () => void }) {
  const hash = useHash();
  const page = pageFor(hash, session.isAdmin);
  const [loaded, setLoaded] = useState<{ id: string; Page: ComponentType<PageProps> } | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    page.load().then(
      (m) => live && setLoaded({ id: page.id, Page: m.default }),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [page.id]);
  const switchTo = async (projectId: string) => {
    try {
      onSession(await api.switchProject(session, projectId));
    } catch (err) {
      setError(err);
    }
  };
  const logout = async () => {
    try {
      await api.logout(session);
      onLogout('You are logged out.');
    } catch (err) {
      onLogout(`Logged out here, but the token could not be revoked: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const Page = loaded?.id === page.id ? loaded.Page : undefined;
  return (
    <ExpiryContext.Provider value={onExpired}>
      <div class="shell">
        <header>
          <strong>oscloud</strong>
          <label>
            Project{' '}
            <select aria-label="Project" value={session.token.body.project?.id} onChange={(e) => void switchTo((e.currentTarget as HTMLSelectElement).value)}>
              {session.projects.map((p) => (
                <option value={p.id} key={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <span class="user">{session.userName}</span>
          <button type="button" onClick={() => void logout()}>
            Log out
          </button>
        </header>
        <nav aria-label="Pages">
          <ul>
            {visiblePages(session.isAdmin).map((p) => (
              <li key={p.id}>
                <a href={`#/${p.id}`} aria-current={p.id === page.id ? 'page' : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          <h1>{page.title}</h1>
          <ErrorMessage error={error} />
          {Page ? <Page session={session} key={`${page.id}:${session.token.body.project?.id ?? ''}`} /> : <p aria-busy="true">Loading…</p>}
        </main>
      </div>
    </ExpiryContext.Provider>
  );
}

/** The whole app. */
export function App({ api = auth }: { api?: SessionApi }) {
  const [session, setSession] = useState<Session | undefined>(undefined);
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    void api.resume().then((s) => {
      setSession(s);
      setChecked(true);
    });
  }, []);
  if (!checked) return <p aria-busy="true">Loading…</p>;
  if (!session) return <Login login={api.login} onSession={setSession} notice={notice} />;
  return (
    <>
      <Shell
        session={session}
        api={api}
        onSession={setSession}
        onLogout={(n) => {
          setNotice(n);
          setExpired(false);
          setSession(undefined);
        }}
        onExpired={() => setExpired(true)}
      />
      {expired ? (
        // the page stays mounted under the dialog: its forms keep what was typed
        <div class="overlay" role="dialog" aria-modal="true" aria-label="Session expired">
          <Login
            login={api.login}
            notice="Your session has ended (the token expired or was revoked). Log in again: this page and its forms stay as they are."
            onSession={(s) => {
              setSession(s);
              setExpired(false);
            }}
          />
        </div>
      ) : null}
    </>
  );
}

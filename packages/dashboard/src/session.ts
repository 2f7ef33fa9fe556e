// A signed-in user: a Cloud from @oscloud/sdk (its fetch transport) on this page's own origin,
// with a project-scoped Keystone token. The token lives in memory and in sessionStorage (so a
// reload keeps the session in this tab only); never in a cookie. Logging out revokes it.
import { Cloud, type CloudConfig, type Token } from '@oscloud/sdk';

/** What sessionStorage keeps between reloads of the tab. */
const STORAGE_KEY = 'oscloud.session';

/** A project the user may switch to. */
export interface ProjectRef {
  id: string;
  name: string;
}

/** A signed-in session. */
export interface Session {
  cloud: Cloud;
  /** The project-scoped token requests carry. */
  token: Token;
  /** The token the login got (from the password), from which each project's token is made. */
  rootTokenId: string;
  /** The user's projects (for the switcher). */
  projects: ProjectRef[];
  /** The token carries the admin role: admin pages are shown. */
  isAdmin: boolean;
  userName: string;
  projectName: string;
}

/** What the login form sends: a password ... */
export interface PasswordCredentials {
  domain: string;
  username: string;
  password: string;
  /** Optional: the project to scope to (default: the first project the user has a role on). */
  project?: string | undefined;
}

/** ... or an application credential (its token is scoped to the credential's project). */
export interface ApplicationCredentials {
  applicationCredentialId: string;
  secret: string;
}

export type Credentials = PasswordCredentials | ApplicationCredentials;

/**
 * The services' roots on this origin: the controller serves the dashboard and every API on one
 * port, so the page never needs CORS and the CSP can allow `connect-src 'self'` only.
 */
export function sameOriginEndpoints(origin: string): CloudConfig['endpointOverrides'] {
  return {
    identity: `${origin}/identity`,
    compute: `${origin}/compute`,
    image: `${origin}/image`,
    volume: `${origin}/volume`,
    network: `${origin}/network`,
  };
}

function config(origin: string, authType: string, auth: CloudConfig['auth']): CloudConfig {
  return {
    name: 'dashboard',
    authType,
    auth: { auth_url: `${origin}/identity/v3`, ...auth },
    regions: [],
    interface: 'public',
    verify: true,
    endpointOverrides: sameOriginEndpoints(origin),
    apiVersions: {},
    source: { env: false },
  };
}

/** The browser's storage, or none (tests, private modes that refuse it). */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

async function listProjects(cloud: Cloud): Promise<ProjectRef[]> {
  const body = (await cloud.call('identity', 'GET /v3/auth/projects')) as { projects?: Array<{ id: string; name: string }> };
  return (body.projects ?? []).map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));
}

function sessionOf(cloud: Cloud, token: Token, rootTokenId: string, projects: ProjectRef[], keep = true): Session {
  if (keep) storage()?.setItem(STORAGE_KEY, JSON.stringify({ root: rootTokenId, token: token.id, project: token.body.project?.id }));
  return {
    cloud,
    token,
    rootTokenId,
    projects,
    isAdmin: (token.body.roles ?? []).some((r) => r.name === 'admin'),
    userName: token.body.user?.name ?? '',
    projectName: token.body.project?.name ?? '',
  };
}

/**
 * A session scoped to `projectId`: a token made from the login's token (Keystone's token
 * method). The project token it replaces (`previous`) is revoked, so a switch or a reload leaves
 * one project token valid; the login's token is revoked at logout.
 */
async function rescoped(origin: string, rootTokenId: string, projectId: string, previous: string | undefined, projects?: ProjectRef[]): Promise<Session> {
  const cloud = new Cloud({ config: config(origin, 'token', { token: rootTokenId, project_id: projectId }), retries: 1 });
  const token = await cloud.authenticate();
  const list = projects ?? (await listProjects(cloud));
  if (previous && previous !== rootTokenId && previous !== token.id) await cloud.identity.tokens.revoke(previous).catch(() => undefined);
  return sessionOf(cloud, token, rootTokenId, list);
}

/**
 * Logs in with Keystone credentials and scopes to the given (or the user's default, else first)
 * project. An application credential's token cannot be rescoped (Keystone refuses), so that
 * session has its one project and lives in memory only: a reload asks for the secret again.
 */
export async function login(creds: Credentials, origin = globalThis.location.origin): Promise<Session> {
  if ('applicationCredentialId' in creds) {
    const cloud = new Cloud({
      config: config(origin, 'v3applicationcredential', { application_credential_id: creds.applicationCredentialId, application_credential_secret: creds.secret }),
      retries: 1,
    });
    const token = await cloud.authenticate();
    const project = token.body.project;
    return sessionOf(cloud, token, token.id, project ? [{ id: project.id, name: project.name ?? project.id }] : [], false);
  }
  const auth = { username: creds.username, password: creds.password, user_domain_name: creds.domain };
  const scope = creds.project ? { project_name: creds.project, project_domain_name: creds.domain } : {};
  const first = new Cloud({ config: config(origin, 'password', { ...auth, ...scope }), retries: 1 });
  const token = await first.authenticate();
  const projects = await listProjects(first);
  if (token.body.project) return sessionOf(first, token, token.id, projects);
  const projectId = projects[0]?.id;
  if (!projectId) throw new Error(`${creds.username} has no role on any project`);
  return rescoped(origin, token.id, projectId, undefined, projects);
}

/** Switches the session to another of the user's projects (a new token for it, the old one revoked). */
export async function switchProject(session: Session, projectId: string, origin = globalThis.location.origin): Promise<Session> {
  return rescoped(origin, session.rootTokenId, projectId, session.token.id, session.projects);
}

/**
 * A session from the server-rendered login form (a client that posted it before the app ran):
 * the controller hands its token to this origin only (GET /dashboard/auth/session; the cookie
 * itself is HttpOnly). Undefined when there is none.
 */
async function adopt(origin: string): Promise<Session | undefined> {
  const res = await fetch(`${origin}/dashboard/auth/session`, { credentials: 'same-origin' }).catch(() => undefined);
  if (!res?.ok) return undefined;
  const { token } = (await res.json()) as { token: string };
  const check = await fetch(`${origin}/identity/v3/auth/tokens`, { headers: { 'x-auth-token': token, 'x-subject-token': token }, credentials: 'omit' });
  if (!check.ok) return undefined;
  const projectId = ((await check.json()) as { token: { project?: { id: string } } }).token.project?.id;
  return projectId ? rescoped(origin, token, projectId, undefined) : undefined;
}

/** The session saved in this tab (if its login token still works), else a form login's. */
export async function resume(origin = globalThis.location.origin): Promise<Session | undefined> {
  const saved = storage()?.getItem(STORAGE_KEY);
  if (!saved) return adopt(origin).catch(() => undefined);
  try {
    const { root, token, project } = JSON.parse(saved) as { root: string; token: string; project: string };
    return await rescoped(origin, root, project, token);
  } catch {
    storage()?.removeItem(STORAGE_KEY);
    return undefined;
  }
}

/**
 * Revokes the project token and the login's token (DELETE /v3/auth/tokens) and forgets them,
 * and clears a form login's cookie (POST /dashboard/auth/logout with the app's header).
 */
export async function logout(session: Session, origin = globalThis.location.origin): Promise<void> {
  storage()?.removeItem(STORAGE_KEY);
  if (session.token.id !== session.rootTokenId) await session.cloud.identity.tokens.revoke(session.token.id);
  await session.cloud.identity.tokens.revoke(session.rootTokenId);
  await fetch(`${origin}/dashboard/auth/logout`, { method: 'POST', headers: { 'x-oscloud-dashboard': '1' }, credentials: 'same-origin' }).catch(() => undefined);
}

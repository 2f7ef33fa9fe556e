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
  token: Token;
  /** The user's projects (for the switcher). */
  projects: ProjectRef[];
  /** The token carries the admin role: admin pages are shown. */
  isAdmin: boolean;
  userName: string;
  projectName: string;
}

/** What the login form sends. */
export interface Credentials {
  domain: string;
  username: string;
  password: string;
  /** Optional: the project to scope to (default: the first project the user has a role on). */
  project?: string | undefined;
}

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

/** A session scoped to `projectId`, made from an existing token (Keystone's token method). */
async function scoped(origin: string, tokenId: string, projectId: string, projects?: ProjectRef[]): Promise<Session> {
  const cloud = new Cloud({ config: config(origin, 'token', { token: tokenId, project_id: projectId }), retries: 1 });
  const token = await cloud.authenticate();
  const session: Session = {
    cloud,
    token,
    projects: projects ?? (await listProjects(cloud)),
    isAdmin: (token.body.roles ?? []).some((r) => r.name === 'admin'),
    userName: token.body.user?.name ?? '',
    projectName: token.body.project?.name ?? '',
  };
  storage()?.setItem(STORAGE_KEY, JSON.stringify({ token: token.id, project: projectId }));
  return session;
}

/** Logs in with Keystone credentials and scopes to the given (or the first) project. */
export async function login(creds: Credentials, origin = globalThis.location.origin): Promise<Session> {
  const auth = { username: creds.username, password: creds.password, user_domain_name: creds.domain };
  const scope = creds.project ? { project_name: creds.project, project_domain_name: creds.domain } : {};
  const first = new Cloud({ config: config(origin, 'password', { ...auth, ...scope }), retries: 1 });
  const token = await first.authenticate();
  const projects = await listProjects(first);
  const projectId = token.body.project?.id ?? projects[0]?.id;
  if (!projectId) throw new Error(`${creds.username} has no role on any project`);
  return scoped(origin, token.id, projectId, projects);
}

/** Switches the session to another of the user's projects (a new token for it). */
export async function switchProject(session: Session, projectId: string, origin = globalThis.location.origin): Promise<Session> {
  return scoped(origin, session.token.id, projectId, session.projects);
}

/** The session saved in this tab, if its token still works. */
export async function resume(origin = globalThis.location.origin): Promise<Session | undefined> {
  const saved = storage()?.getItem(STORAGE_KEY);
  if (!saved) return undefined;
  try {
    const { token, project } = JSON.parse(saved) as { token: string; project: string };
    return await scoped(origin, token, project);
  } catch {
    storage()?.removeItem(STORAGE_KEY);
    return undefined;
  }
}

/** Revokes the token (DELETE /v3/auth/tokens) and forgets it; a failure to revoke is reported after forgetting. */
export async function logout(session: Session): Promise<void> {
  storage()?.removeItem(STORAGE_KEY);
  await session.cloud.identity.tokens.revoke(session.token.id);
}

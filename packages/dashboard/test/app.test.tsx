// Component tests (happy-dom): the login form, errors with the API's message and request id,
// role-aware navigation, logout, the overview's quota meters, and the virtualized table.
import { HttpError, type Token } from '@oscloud/sdk';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type SessionApi } from '../src/app.js';
import { ErrorMessage } from '../src/error-message.js';
import { pageFor } from '../src/pages.js';
import type { Session } from '../src/session.js';
import { Table } from '../src/table.js';

afterEach(() => {
  cleanup();
  globalThis.location.hash = '';
});

const unauthorized = () =>
  new HttpError({ status: 401, message: 'The request you have made requires authentication.', requestId: 'req-42', service: 'identity', method: 'POST', url: '/identity/v3/auth/tokens' });

function session(isAdmin: boolean): Session {
  const token: Token = { id: 'tok', expiresAt: new Date(Date.now() + 3600_000), body: { expires_at: '', project: { id: 'p1', name: 'demo' }, roles: [{ id: 'r', name: isAdmin ? 'admin' : 'member' }] } };
  const usage = {
    total_hours: 30,
    total_vcpus_usage: 50,
    total_memory_mb_usage: 10240,
    total_local_gb_usage: 20,
    server_usages: [
      { name: 'small', hours: 10, vcpus: 1 },
      { name: 'big', hours: 20, vcpus: 2 },
    ],
  };
  const cloud = { compute: { limits: { get: async () => ({ absolute: { totalInstancesUsed: 3, maxTotalInstances: 10, totalCoresUsed: 2, maxTotalCores: -1 } }) }, usage: { get: async () => usage } } };
  return { cloud: cloud as never, token, rootTokenId: 'tok', projects: [{ id: 'p1', name: 'demo' }, { id: 'p2', name: 'other' }], isAdmin, userName: 'demo', projectName: 'demo' };
}

function api(over: Partial<SessionApi> = {}): SessionApi {
  return { login: vi.fn(), logout: vi.fn(async () => undefined), resume: vi.fn(async () => undefined), switchProject: vi.fn(), ...over };
}

describe('login', () => {
  it("sends the form's domain, user, password and project, and shows Keystone's message and request id on failure", async () => {
    const login = vi.fn(async () => Promise.reject(unauthorized()));
    render(<App api={api({ login })} />);
    fireEvent.input(await screen.findByLabelText('User name'), { target: { value: 'demo' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.input(screen.getByLabelText('Project (optional)'), { target: { value: 'demo' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Log in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The request you have made requires authentication. (request id req-42)');
    expect(login).toHaveBeenCalledWith({ domain: 'Default', username: 'demo', password: 'nope', project: 'demo' });
  });
});

describe('navigation', () => {
  it('shows a member no admin page, even when the URL names one', async () => {
    globalThis.location.hash = '#/projects';
    render(<App api={api({ resume: async () => session(false) })} />);
    const nav = await screen.findByRole('navigation', { name: 'Pages' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Overview', 'Instances', 'Images', 'Volumes', 'Networks', 'Floating IPs', 'Security groups', 'Key pairs']);
    expect(pageFor('#/projects', false).id).toBe('overview');
    // the overview's meters, from Nova's absolute limits (-1: unlimited)
    expect(await screen.findByText('Instances: 3 of 10')).toBeTruthy();
    expect(screen.getByText('vCPUs: 2 of unlimited')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Instances used' }).getAttribute('value')).toBe('3');
    // usage over 30 days: totals, and vCPU-hours per server largest first
    expect((await screen.findByRole('region', { name: 'Usage' })).textContent).toContain('50.0 vCPU-hours, 10.0 GiB-hours of RAM, 20.0 GiB-hours of disk over 30.0 server-hours');
    expect([...screen.getByRole('table', { name: 'vCPU-hours per server' }).querySelectorAll('tr')].map((r) => r.textContent)).toEqual(['big40.0 vCPU-h', 'small10.0 vCPU-h']);
  });

  it('shows an admin the admin pages', async () => {
    render(<App api={api({ resume: async () => session(true) })} />);
    const nav = await screen.findByRole('navigation', { name: 'Pages' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toContain('Projects (admin)');
    expect(pageFor('#/projects', true).id).toBe('projects');
  });

  it('logs out through the API (token revocation) and comes back to the login form', async () => {
    const a = api({ resume: async () => session(false) });
    render(<App api={a} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    await screen.findByRole('form', { name: 'Log in' });
    expect(a.logout).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('You are logged out.');
  });

  it('switches project through the API with the chosen project id', async () => {
    const s = session(false);
    const switchProject = vi.fn(async () => s);
    render(<App api={api({ resume: async () => s, switchProject })} />);
    fireEvent.change(await screen.findByLabelText('Project'), { target: { value: 'p2' } });
    await waitFor(() => expect(switchProject).toHaveBeenCalledWith(s, 'p2'));
  });
});

describe('ErrorMessage', () => {
  it('shows a plain error without a request id', () => {
    render(<ErrorMessage error={new Error('offline')} />);
    expect(screen.getByRole('alert').textContent).toBe('offline');
  });
});

describe('Table', () => {
  it('keeps only the rows in view in the DOM for a long list', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, name: `server-${i}` }));
    render(<Table label="Instances" rows={rows} rowKey={(r) => r.id} columns={[{ title: 'Name', cell: (r) => r.name }]} />);
    const table = screen.getByRole('table', { name: 'Instances' });
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    expect(table.querySelectorAll('tbody tr[aria-rowindex]').length).toBeLessThan(100);
  });

  it('renders every row of a short list', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, name: `server-${i}` }));
    render(<Table label="Instances" rows={rows} rowKey={(r) => r.id} columns={[{ title: 'Name', cell: (r) => r.name }]} />);
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });
});

describe('session expiry', () => {
  it('asks for the login again in a dialog over the page when the API answers 401, keeping what the form holds', async () => {
    globalThis.location.hash = '#/key-pairs';
    const expiredErr = new HttpError({ status: 401, message: 'The request you have made requires authentication.', requestId: 'req-9', service: 'compute', method: 'POST', url: '/compute/v2.1/os-keypairs' });
    const create = vi.fn(async () => Promise.reject(expiredErr));
    const s = session(false);
    (s.cloud as unknown as Record<string, unknown>).compute = {
      keypairs: {
        list: () =>
          (async function* () {
            yield* [];
          })(),
        create,
      },
    };
    const fresh = { ...session(false), token: { ...s.token, id: 'tok2' } };
    const login = vi.fn(async () => fresh);
    render(<App api={api({ resume: async () => s, login })} />);
    const name = (await screen.findByLabelText('Name')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'kept-key' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Create key pair' }));
    const dialog = await screen.findByRole('dialog', { name: 'Session expired' });
    expect(dialog.textContent).toContain('Your session has ended');
    fireEvent.input(screen.getByLabelText('User name'), { target: { value: 'demo' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'pw' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Log in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(login).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('kept-key');
  });
});

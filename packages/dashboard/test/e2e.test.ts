// @vitest-environment node
// End to end in headless Chromium (Debian's `chromium`, driven by playwright-core) against an
// all-in-one on the fake virt driver serving the built dashboard: log in as the member `demo`,
// see no admin page, launch a server from the form, watch it turn ACTIVE without reloading, read
// its console log, delete it, log out (the token is revoked); as admin, open the admin page. A screenshot of every page lands in
// .cache/test-results/dashboard/. Skipped, saying why, where chromium is not installed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aio, repo, startAio } from '../../../tests/compat/test/aio.js';

/** Debian's chromium (scripts/setup.sh installs it); OSCLOUD_CHROMIUM names another binary. */
const CHROMIUM = [process.env.OSCLOUD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
const SHOTS = join(repo, '.cache', 'test-results', 'dashboard');
const DIST = join(repo, 'packages', 'dashboard', 'dist', 'index.html');

/** A user's password from the all-in-one's clouds.yaml (cloud `aio-demo` or `aio-admin`). */
function password(aio: Aio, cloud: 'aio-demo' | 'aio-admin'): string {
  const text = readFileSync(aio.clouds, 'utf8');
  const m = /password: ("(?:[^"\\]|\\.)*")/.exec(text.slice(text.indexOf(`${cloud}:`)));
  if (!m?.[1]) throw new Error(`no ${cloud} password in ${aio.clouds}`);
  return JSON.parse(m[1]) as string;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

describe('dashboard in headless Chromium', () => {
  if (!CHROMIUM) {
    it.skip("skipped: chromium is not installed (scripts/setup.sh installs Debian's chromium; OSCLOUD_CHROMIUM names another)", () => {});
    return;
  }
  let aio: Aio;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build first`);
    mkdirSync(SHOTS, { recursive: true });
    [aio, browser] = await Promise.all([startAio({ driver: 'fake' }), chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })]);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await aio?.stop();
  });

  it('member: log in, launch a server and see it ACTIVE, console log, delete it, log out', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    const validate = (t: string) => fetch(`${aio.url}/identity/v3/auth/tokens`, { headers: { 'x-auth-token': t, 'x-subject-token': t } });
    await page.goto(`${aio.url}/dashboard`);
    await page.getByLabel('User name').fill('demo');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/request id req-/);
    await shot(page, 'login-error');
    await page.getByLabel('Password').fill(password(aio, 'aio-demo'));
    await page.getByRole('button', { name: 'Log in' }).click();

    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Overview', 'Instances', 'Images', 'Volumes', 'Networks', 'Floating IPs', 'Security groups', 'Key pairs']);
    await page.getByText(/^Instances: \d+ of/).waitFor();
    await shot(page, 'overview');
    // the token is in this tab's sessionStorage, never in a cookie
    const token = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('oscloud.session') ?? '{}') as { token?: string }).token);
    expect(token).toBeTruthy();
    // (the one cookie is the server-rendered form's CSRF value, HttpOnly)
    expect((await page.context().cookies()).map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([['oscloud_dashboard_csrf', true, 'Strict']]);
    // a reload keeps the session (this tab's sessionStorage) and lands on the same page
    await page.reload();
    await page.getByText(/^Instances: \d+ of/).waitFor();
    const token2 = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('oscloud.session') ?? '{}') as { token?: string }).token);

    for (const [name, table] of [
      ['images', 'Images'],
      ['volumes', 'Volumes'],
      ['networks', 'Networks'],
    ] as const) {
      await nav.getByRole('link', { name: table }).click();
      await page.getByRole('table', { name: table }).waitFor();
      await shot(page, name);
    }
    await expect.poll(() => page.getByRole('table', { name: 'Networks' }).textContent()).toContain('private');

    // images: upload a 3 MiB file with a progress bar, rename it, delete it
    await nav.getByRole('link', { name: 'Images' }).click();
    const up = page.getByRole('form', { name: 'Upload image' });
    await up.getByLabel('File', { exact: true }).setInputFiles({ name: 'e2e-disk.raw', mimeType: 'application/octet-stream', buffer: Buffer.alloc(3 * 1024 * 1024, 7) });
    await up.getByRole('button', { name: 'Upload' }).click();
    const imgRow = page.getByRole('table', { name: 'Images' }).getByRole('row').filter({ hasText: 'e2e-disk.raw' });
    await imgRow.locator('[data-status="active"]').waitFor({ timeout: 30_000 });
    expect(await imgRow.textContent()).toContain('raw');
    expect(await page.getByRole('progressbar', { name: 'Upload of e2e-disk.raw' }).getAttribute('value')).toBe(String(3 * 1024 * 1024));
    await shot(page, 'image-uploaded');
    await page.getByRole('button', { name: 'Edit image e2e-disk.raw' }).click();
    const edit = page.getByRole('form', { name: 'Edit image' });
    await edit.getByLabel('Name').fill('e2e-renamed');
    await edit.getByRole('button', { name: 'Save' }).click();
    const renamed = page.getByRole('table', { name: 'Images' }).getByRole('row').filter({ hasText: 'e2e-renamed' });
    await renamed.waitFor();
    await page.getByRole('button', { name: 'Delete image e2e-renamed' }).click();
    await renamed.waitFor({ state: 'detached' });

    await nav.getByRole('link', { name: 'Instances' }).click();
    const form = page.getByRole('form', { name: 'Launch instance' });
    await form.getByLabel('Name').fill('e2e-web');
    await form.getByLabel('Network').selectOption({ label: 'private' });
    await expect.poll(() => form.getByRole('button', { name: 'Launch' }).isEnabled()).toBe(true);
    await form.getByRole('button', { name: 'Launch' }).click();
    const row = page.getByRole('row').filter({ hasText: 'e2e-web' });
    await row.locator('[data-status="ACTIVE"]').waitFor({ timeout: 30_000 });
    await shot(page, 'instances');
    await page.getByRole('button', { name: 'Console log of e2e-web' }).click();
    await page.getByRole('region', { name: 'Console log of e2e-web' }).waitFor();
    await shot(page, 'console-log');
    // the serial console over its websocket (the fake driver's serial port echoes)
    await page.getByRole('button', { name: 'Serial console e2e-web' }).click();
    const serial = page.getByRole('region', { name: 'Serial console of e2e-web' });
    await serial.getByText('(open)').waitFor({ timeout: 30_000 });
    await serial.getByLabel('Type a line').fill('hello-serial');
    await serial.getByLabel('Type a line').press('Enter');
    await expect.poll(() => serial.locator('pre').textContent(), { timeout: 10_000 }).toContain('hello-serial');
    await shot(page, 'serial-console');
    await serial.getByRole('button', { name: 'Close' }).click();
    // the VNC console: a link to noVNC's page with a one-time token; the page connects (the fake
    // driver answers RFB's handshake)
    await page.getByRole('button', { name: 'VNC console e2e-web' }).click();
    const vncLink = page.getByRole('link', { name: 'Open the VNC console of e2e-web' });
    expect(await vncLink.getAttribute('href')).toMatch(new RegExp(`^${aio.url}/novnc/vnc_lite\\.html\\?path=`));
    const [vncPage] = await Promise.all([page.context().waitForEvent('page'), vncLink.click()]);
    await vncPage.waitForLoadState();
    await expect.poll(() => vncPage.locator('#status').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    await vncPage.close();

    // volumes: create one, attach it to the server (named in "Attached to"), detach it
    await nav.getByRole('link', { name: 'Volumes' }).click();
    const volForm = page.getByRole('form', { name: 'Create volume' });
    await volForm.getByLabel('Name').fill('e2e-vol');
    await volForm.getByRole('button', { name: 'Create' }).click();
    const volRow = page.getByRole('table', { name: 'Volumes' }).getByRole('row').filter({ hasText: 'e2e-vol' });
    await volRow.locator('[data-status="available"]').waitFor({ timeout: 30_000 });
    const attach = page.getByRole('form', { name: 'Attach volume' });
    await attach.getByLabel('Volume').selectOption({ label: 'e2e-vol' });
    await attach.getByLabel('Server').selectOption({ label: 'e2e-web' });
    await attach.getByRole('button', { name: 'Attach' }).click();
    await volRow.locator('[data-status="in-use"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => volRow.textContent()).toContain('e2e-web on /dev/');
    await shot(page, 'volume-attached');
    await page.getByRole('button', { name: 'Detach e2e-vol from e2e-web' }).click();
    await volRow.locator('[data-status="available"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Delete e2e-vol' }).click();
    await volRow.waitFor({ state: 'detached', timeout: 30_000 });

    // security groups: add a rule to default, see it in the group's rules
    await nav.getByRole('link', { name: 'Security groups' }).click();
    await page.getByRole('button', { name: 'Edit rules of default' }).click();
    const addRule = page.getByRole('form', { name: 'Add rule' });
    await addRule.getByLabel('Ports').fill('8022');
    await addRule.getByLabel('Remote CIDR').fill('192.0.2.0/24');
    await addRule.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Rules of default' }).textContent()).toContain('ingress IPv4 tcp 8022 from 192.0.2.0/24');
    await shot(page, 'security-groups');

    // key pairs: a generated key's private key is shown once
    await nav.getByRole('link', { name: 'Key pairs' }).click();
    const keyForm = page.getByRole('form', { name: 'Create key pair' });
    await keyForm.getByLabel('Name').fill('e2e-key');
    await keyForm.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Private key of e2e-key' }).textContent()).toContain('PRIVATE KEY');
    await expect.poll(() => page.getByRole('table', { name: 'Key pairs' }).textContent()).toContain('e2e-key');
    await page.getByRole('button', { name: 'Delete key pair e2e-key' }).click();

    // floating IPs: allocate one from public, associate it with the server's port
    await nav.getByRole('link', { name: 'Floating IPs' }).click();
    await page.getByRole('form', { name: 'Allocate floating IP' }).getByRole('button', { name: 'Allocate' }).click();
    const fipRow = page.getByRole('table', { name: 'Floating IPs' }).getByRole('row').nth(1);
    await fipRow.waitFor();
    const assoc = page.getByRole('form', { name: 'Associate floating IP' });
    await expect.poll(async () => (await assoc.getByLabel('Server port').locator('option').allTextContents()).find((o) => o.startsWith('e2e-web: '))).toBeTruthy();
    const portLabel = (await assoc.getByLabel('Server port').locator('option').allTextContents()).find((o) => o.startsWith('e2e-web: ')) as string;
    await assoc.getByLabel('Server port').selectOption({ label: portLabel });
    await assoc.getByRole('button', { name: 'Associate' }).click();
    await expect.poll(() => fipRow.textContent()).toContain('e2e-web');
    await shot(page, 'floating-ips');
    await fipRow.getByRole('button', { name: /^Release / }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Floating IPs' }).getByRole('row').count()).toBe(1);

    // the topology: the router and the server on their networks
    await nav.getByRole('link', { name: 'Networks' }).click();
    const topo = page.getByRole('img', { name: 'Network topology' });
    await topo.waitFor();
    await expect.poll(() => page.locator('figure.topology figcaption').textContent()).toMatch(/server e2e-web on private/);
    expect(await page.locator('figure.topology [data-device="router"]').count()).toBeGreaterThan(0);
    // create a network with a subnet and a router between it and public; see them; delete both
    const netForm = page.getByRole('form', { name: 'Create network' });
    await netForm.getByLabel('Name').fill('e2e-net');
    await netForm.getByLabel('Subnet CIDR').fill('192.168.77.0/24');
    await netForm.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Networks' }).textContent()).toContain('192.168.77.0/24');
    const routerForm = page.getByRole('form', { name: 'Create router' });
    await routerForm.getByLabel('Name').fill('e2e-router');
    await routerForm.getByLabel('External gateway').selectOption({ label: 'public' });
    await routerForm.getByLabel('Interface on subnet').selectOption({ label: 'e2e-net: 192.168.77.0/24' });
    await routerForm.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.locator('figure.topology figcaption').textContent()).toMatch(/router e2e-router on public, e2e-net/);
    await shot(page, 'topology');
    await page.getByRole('button', { name: 'Delete router e2e-router' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Routers' }).textContent()).not.toContain('e2e-router');
    await page.getByRole('button', { name: 'Delete network e2e-net' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Networks' }).textContent()).not.toContain('e2e-net');

    await nav.getByRole('link', { name: 'Instances' }).click();
    await page.getByRole('button', { name: 'Delete e2e-web' }).click();
    await row.waitFor({ state: 'detached', timeout: 30_000 });

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await page.getByText('You are logged out.').waitFor();
    await shot(page, 'logged-out');
    expect(await page.evaluate(() => sessionStorage.getItem('oscloud.session'))).toBeNull();
    // logout revoked the project token and the login's token
    expect((await validate(token as string)).status).toBe(401);
    expect((await validate(token2 as string)).status).toBe(401);
    // the CSP let every script and request through (a violation is a console error)
    expect(violations.filter((v) => /Content Security Policy/i.test(v))).toEqual([]);
  }, 120_000);

  it('application credential: logs in with its id and secret, scoped to its project', async () => {
    const auth = await fetch(`${aio.url}/identity/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'demo', domain: { id: 'default' }, password: password(aio, 'aio-demo') } } }, scope: { project: { name: 'demo', domain: { id: 'default' } } } } }),
    });
    const tokenId = auth.headers.get('x-subject-token') as string;
    const userId = ((await auth.json()) as { token: { user: { id: string } } }).token.user.id;
    const made = await fetch(`${aio.url}/identity/v3/users/${userId}/application_credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': tokenId },
      body: JSON.stringify({ application_credential: { name: 'e2e-dashboard' } }),
    });
    expect(made.status).toBe(201);
    const cred = ((await made.json()) as { application_credential: { id: string; secret: string } }).application_credential;
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${aio.url}/dashboard`);
    await page.getByLabel('Application credential', { exact: true }).check();
    await page.getByLabel('Application credential ID').fill(cred.id);
    await page.getByLabel('Secret').fill(cred.secret);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText(/^Instances: \d+ of/).waitFor();
    expect(await page.getByLabel('Project').locator('option').allTextContents()).toEqual(['demo']);
    // kept in memory only: Keystone does not rescope an application credential's token
    expect(await page.evaluate(() => sessionStorage.getItem('oscloud.session'))).toBeNull();
    await shot(page, 'appcred-overview');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
  }, 30_000);

  it('without JavaScript: the server-rendered form logs in to an Overview; the app adopts that session', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${aio.url}/dashboard/`);
    await page.locator('#id_username').fill('demo');
    await page.locator('#id_password').fill(password(aio, 'aio-demo'));
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.textContent('main')).toMatch(/Instances: \d+ of/);
    await shot(page, 'nojs-overview');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.locator('#id_username').waitFor();
    await noJs.close();

    // with JavaScript: a form login made before the app ran (here through the context's request
    // API, which shares its cookies) is picked up by the app, and its logout clears the cookie
    const ctx = await browser.newContext();
    const form = await (await ctx.request.get(`${aio.url}/dashboard/`)).text();
    const csrf = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(form)?.[1] as string;
    const posted = await ctx.request.post(`${aio.url}/dashboard/auth/login`, { form: { username: 'demo', password: password(aio, 'aio-demo'), domain: 'Default', region: 'RegionOne', csrfmiddlewaretoken: csrf }, maxRedirects: 0 });
    expect(posted.status()).toBe(303);
    const app = await ctx.newPage();
    await app.goto(`${aio.url}/dashboard/`);
    await app.getByRole('navigation', { name: 'Pages' }).waitFor();
    await app.getByText(/^Instances: \d+ of/).waitFor();
    await app.getByRole('button', { name: 'Log out' }).click();
    await app.getByRole('button', { name: 'Log in' }).waitFor();
    expect((await ctx.request.get(`${aio.url}/dashboard/auth/session`)).status()).toBe(404);
    await ctx.close();
  }, 30_000);

  it('admin: sees and opens the admin pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${aio.url}/dashboard`);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(password(aio, 'aio-admin'));
    await page.getByRole('button', { name: 'Log in' }).click();
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.getByRole('link', { name: 'Projects (admin)' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Projects' }).textContent()).toContain('demo');
    await shot(page, 'admin-projects');
    await nav.getByRole('link', { name: 'Users (admin)' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Users' }).textContent()).toContain('demo');
    await nav.getByRole('link', { name: 'Roles (admin)' }).click();
    const grant = page.getByRole('form', { name: 'Grant role' });
    await expect.poll(async () => (await grant.getByLabel('Role').locator('option').allTextContents()).includes('reader')).toBe(true);
    await grant.getByLabel('User').selectOption({ label: 'demo' });
    await grant.getByLabel('Role').selectOption({ label: 'reader' });
    await grant.getByLabel('Project').selectOption({ label: 'admin' });
    await grant.getByRole('button', { name: 'Grant' }).click();
    const revoke = page.getByRole('button', { name: 'Revoke reader of demo on admin' });
    await revoke.waitFor();
    await shot(page, 'admin-roles');
    await revoke.click();
    await revoke.waitFor({ state: 'detached' });
    await nav.getByRole('link', { name: 'Hypervisors (admin)' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Hypervisors' }).textContent()).toMatch(/up, enabled/);
    await shot(page, 'admin-hypervisors');
    await nav.getByRole('link', { name: 'Flavors (admin)' }).click();
    const flavorForm = page.getByRole('form', { name: 'Create flavor' });
    await flavorForm.getByLabel('Name').fill('e2e-flavor');
    await flavorForm.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Flavors' }).textContent()).toContain('e2e-flavor');
    await page.getByRole('button', { name: 'Delete flavor e2e-flavor' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Flavors' }).textContent()).not.toContain('e2e-flavor');
    await shot(page, 'admin-flavors');
    // the login's token revoked elsewhere (and with it the project token made from it): the next
    // request brings the login dialog over the page
    const adminToken = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('oscloud.session') ?? '{}') as { root?: string }).root);
    const revoked = await fetch(`${aio.url}/identity/v3/auth/tokens`, { method: 'DELETE', headers: { 'x-auth-token': adminToken as string, 'x-subject-token': adminToken as string } });
    expect(revoked.status).toBe(204);
    await flavorForm.getByLabel('Name').fill('e2e-kept');
    await flavorForm.getByRole('button', { name: 'Create' }).click();
    const dialog = page.getByRole('dialog', { name: 'Session expired' });
    await dialog.waitFor();
    await shot(page, 'session-expired');
    await dialog.getByLabel('User name').fill('admin');
    await dialog.getByLabel('Password').fill(password(aio, 'aio-admin'));
    await dialog.getByRole('button', { name: 'Log in' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await flavorForm.getByLabel('Name').inputValue()).toBe('e2e-kept');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
  }, 60_000);
});

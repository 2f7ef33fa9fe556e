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
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Overview', 'Instances', 'Images', 'Volumes', 'Networks']);
    await page.getByText(/^Instances: \d+ of/).waitFor();
    await shot(page, 'overview');
    // the token is in this tab's sessionStorage, never in a cookie
    const token = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('oscloud.session') ?? '{}') as { token?: string }).token);
    expect(token).toBeTruthy();
    expect(await page.context().cookies()).toEqual([]);
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
  }, 60_000);

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
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
  }, 30_000);
});

// @vitest-environment node
// The built dashboard (turbo builds before `test`): the entry chunk index.html loads stays within
// its 250 KiB gzipped budget, every page is a chunk of its own, and index.html has no inline
// script (the controller's CSP forbids it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/pages.js';

const dist = join(import.meta.dirname, '..', 'dist');

describe('dashboard bundle', () => {
  it('keeps the entry chunk under 250 KiB gzipped, splits one chunk per page, inlines no script', () => {
    expect(existsSync(join(dist, 'index.html')), 'run npm run build first').toBe(true);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script[^>]*src="\/dashboard\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(entries).toHaveLength(1);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const entry = readFileSync(join(dist, entries[0] as string));
    expect(gzipSync(entry, { level: 9 }).length).toBeLessThanOrEqual(250 * 1024);
    const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    for (const page of PAGES) expect(chunks.some((f) => f.startsWith(`${page.id}-`)), page.id).toBe(true);
    for (const f of chunks) expect(readFileSync(join(dist, 'assets', f), 'utf8')).not.toMatch(/from\s*["']node:|require\(["']node:/);
  });
});

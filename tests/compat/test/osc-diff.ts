/**
 * The differential suites' comparison (osc-differential*.test.ts): python-openstackclient's output
 * against oscloud's, and the committed list of deliberate differences (osc-differences.json).
 */
import { readFileSync } from 'node:fs';

// Both clients print whatever JSON the command produces; the comparison walks it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** One deliberate difference: a command, the key (or `*` for the whole output) and why. */
export interface Allowed {
  command: string;
  key: string;
  reason: string;
}
export const allowed = JSON.parse(readFileSync(new URL('./osc-differences.json', import.meta.url), 'utf8')) as Allowed[];

/** The first line where two texts differ, as `line N: ours instead of theirs` (nothing when they are the same). */
export function compareText(expected: string, actual: string): string[] {
  if (expected === actual) return [];
  const [a, b] = [expected.split('\n'), actual.split('\n')];
  const i = a.findIndex((line, n) => line !== b[n]);
  const n = i < 0 ? a.length : i;
  return [`*: line ${n + 1}: ${JSON.stringify(b[n] ?? '(end)')} instead of ${JSON.stringify(a[n] ?? '(end)')}`];
}

/** At most `n` promises of `tasks` at a time (2 cores shared: python's start-up is the cost). */
export async function pool<T>(n: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

/** A JSON value's type as Python would name the difference: null, bool, number, string, list, dict. */
function kind(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'dict' : typeof v;
}

/** The differences between OSC's and oscloud's output of one command, as `key: what` lines. */
export function compare(expected: Json, actual: Json): string[] {
  const diffs: string[] = [];
  const record = (where: string, a: Json, b: Json) => {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    for (const k of ka) if (!(k in b)) diffs.push(`${k}: missing${where}`);
    for (const k of kb) if (!(k in a)) diffs.push(`${k}: extra${where}`);
    for (const k of ka) {
      if (!(k in b)) continue;
      // null is any type's "not set": a difference only when both are set
      const [ta, tb] = [kind(a[k]), kind(b[k])];
      if (ta !== tb && ta !== 'null' && tb !== 'null') diffs.push(`${k}: ${tb} instead of ${ta}${where}`);
    }
  };
  if (Array.isArray(expected) !== Array.isArray(actual)) return [`*: ${kind(actual)} instead of ${kind(expected)}`];
  if (!Array.isArray(expected)) {
    record('', expected, actual);
    return [...new Set(diffs)];
  }
  if (expected.length !== actual.length) diffs.push(`*: ${actual.length} rows instead of ${expected.length}`);
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) record('', expected[i], actual[i]);
  // a row is named by its ID, its Name or else its first column (not the whole row: a usage's hours or a service's last update move between the two calls)
  const id = (r: Json) => JSON.stringify(r.ID ?? r.Name ?? Object.values(r)[0] ?? r);
  if (expected.map(id).join() !== actual.map(id).join()) diffs.push(`*: rows in another order (${actual.map(id).join(' ')} instead of ${expected.map(id).join(' ')})`);
  return [...new Set(diffs)];
}

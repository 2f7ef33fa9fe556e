/**
 * Queries built and compiled once, run many times.
 *
 * Kysely builds an immutable tree for every query (each `.where()` copies and freezes nodes) and
 * compiles it to SQL on every run. On the hottest paths that costs more CPU than the database
 * round trip: the query behind a password login (user, project and role assignments, four
 * joins) was about a sixth of the controller's CPU per token. A template builds such a query
 * once per database kind and shape with placeholder values, keeps the SQL and where each
 * parameter goes, and afterwards only fills in the values. The SQL text is the same every time,
 * so the prepared-statement caches (pg-statements.ts, sqlite-statements.ts) hit as before.
 *
 * The builder must pass every parameter as a plain value (`where(col, '=', p.x)`), never
 * branch on it, inline it (`sql.raw`, `sql.lit`) or spread it into an `in` list of varying
 * length: branches go into the shape, which is part of the cache key. A parameter that does not
 * reach the compiled parameters unchanged is refused when the template is first compiled.
 */
import type { Compilable, CompiledQuery } from 'kysely';
import type { Db, Trx } from './index.js';

// Placeholder values (private-use characters, which no constant in a builder holds; the values
// filled in later are passed to the driver as they are and never inspected).
const MARK = '\uE000oscloud-template-param:';
const END = '\uE001';
const PLACEHOLDER = /^\uE000oscloud-template-param:([^\uE001]+)\uE001$/;

interface Compiled {
  sql: string;
  query: CompiledQuery['query'];
  /** Per compiled parameter: the name of the caller's value, or a constant of the builder. */
  slots: ({ param: string } | { value: unknown })[];
}

/**
 * A query template. `build(db, shape, p)` returns the query for one shape; `p` holds
 * placeholders for the parameters. The returned function runs it on `db` (a handle or a
 * transaction) with `params` and resolves the rows.
 */
export function queryTemplate<S extends string, P extends Record<string, unknown>, R>(
  name: string,
  build: (db: Db | Trx, shape: S, p: P) => Compilable<R>,
): (db: Db | Trx, shape: S, params: P) => Promise<R[]> {
  // Per adapter (one per database handle, shared by its transactions): SQL differs by dialect.
  const byAdapter = new WeakMap<object, Map<S, Compiled>>();
  const placeholders = new Proxy({} as P, { get: (_t, key) => (typeof key === 'string' ? `${MARK}${key}${END}` : undefined) });

  const compile = (db: Db | Trx, shape: S): Compiled => {
    const c = build(db, shape, placeholders).compile();
    if (c.sql.includes(MARK)) throw new Error(`query template ${name}: a parameter was written into the SQL text; pass it as a value`);
    const slots = c.parameters.map((v) => {
      if (typeof v !== 'string' || !v.includes(MARK)) return { value: v };
      const m = PLACEHOLDER.exec(v);
      return m ? { param: m[1]! } : null;
    });
    if (slots.includes(null)) throw new Error(`query template ${name}: a parameter was changed before it reached the query; pass it as a value`);
    return { sql: c.sql, query: c.query, slots: slots as Compiled['slots'] };
  };

  return async (db, shape, params) => {
    const adapter = db.getExecutor().adapter;
    let shapes = byAdapter.get(adapter);
    if (!shapes) byAdapter.set(adapter, (shapes = new Map()));
    let c = shapes.get(shape);
    if (!c) shapes.set(shape, (c = compile(db, shape)));
    const parameters = c.slots.map((s) => {
      if (!('param' in s)) return s.value;
      const v = params[s.param];
      if (v === undefined) throw new Error(`query template ${name}: no value for parameter ${s.param}`);
      return v;
    });
    const res = await db.executeQuery<R>({ sql: c.sql, query: c.query, parameters, queryId: { queryId: '' } } as CompiledQuery<R>);
    return res.rows;
  };
}

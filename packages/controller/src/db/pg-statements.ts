/**
 * Prepared statements for PostgreSQL: a pg Client that sends each distinct parameterised SQL
 * text as a named statement, parsed once per connection, like pgx's statement cache or JDBC's
 * prepareThreshold.
 *
 * Kysely's PostgreSQL driver runs every query as an unnamed statement, which PostgreSQL parses,
 * analyses and plans every time. The controller's queries are short OLTP lookups from a few
 * hundred query-builder call sites, for which that is most of the server's work: a named
 * statement skips the parse and, once PostgreSQL settles on a generic plan, the planning
 * (2-2.7x the queries per second for a three-table lookup here). Each connection keeps an LRU
 * of `max` statements; an evicted one is deallocated. Statements without parameters (BEGIN,
 * COMMIT, DDL, multi-statement scripts) are sent as they are.
 *
 * A schema change made while statements are prepared (another controller migrating the shared
 * database) can make PostgreSQL refuse a prepared `SELECT *` whose result type changed
 * ("cached plan must not change result type"): the statement is then forgotten and the query
 * retried once as a new statement; inside a transaction that retry cannot run (the transaction
 * is aborted) and the original error, which withTransaction retries, is thrown.
 */
import pg from 'pg';

type QueryResult = pg.QueryResult<Record<string, unknown>>;

/** The parts of pg's Connection this uses (not in pg's type declarations). */
interface ConnectionInternals {
  parsedStatements: Record<string, string>;
}

/** True for PostgreSQL's refusal of a prepared statement whose result type changed. */
export function isStalePlanError(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  return err?.code === '0A000' && /cached plan must not change result type/.test(err.message ?? '');
}

/** A pg Client class whose instances prepare statements (LRU of `max` per connection). */
export function statementCachingClient(max = 256): typeof pg.Client {
  return class StatementCachingClient extends pg.Client {
    private readonly statements = new Map<string, string>();
    /** Numbers this connection's statement names (prepared statements are per connection). */
    private sequence = 0;

    override query(...args: unknown[]): never {
      const [text, values] = args;
      if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values) || values.length === 0) {
        return (super.query as (...a: unknown[]) => never)(...args);
      }
      return this.prepared(text, values) as never;
    }

    /** Statements to deallocate before the next query (a client runs one query at a time). */
    private readonly evicted: string[] = [];

    private async prepared(text: string, values: unknown[]): Promise<QueryResult> {
      const run = async (name: string): Promise<QueryResult> => {
        for (const old of this.evicted.splice(0)) await super.query(`DEALLOCATE ${old}`).catch(() => undefined);
        return super.query({ name, text, values });
      };
      try {
        return await run(this.nameFor(text));
      } catch (e) {
        if (!isStalePlanError(e)) throw e;
        this.forget(text);
        try {
          return await run(this.nameFor(text));
        } catch {
          throw e;
        }
      }
    }

    private nameFor(text: string): string {
      const known = this.statements.get(text);
      if (known) {
        // Most recently used last: Map iteration order is insertion order.
        this.statements.delete(text);
        this.statements.set(text, known);
        return known;
      }
      const name = `oscloud_${++this.sequence}`;
      this.statements.set(text, name);
      if (this.statements.size > max) this.forget(this.statements.keys().next().value as string);
      return name;
    }

    /** Drops `text`'s statement: deallocated on the server if it was prepared there. */
    private forget(text: string): void {
      const name = this.statements.get(text);
      if (!name) return;
      this.statements.delete(text);
      const conn = (this as unknown as { connection: ConnectionInternals }).connection;
      // Only a statement the server confirmed exists is deallocated: DEALLOCATE of an unknown name
      // is an error, which would abort the transaction the connection may be in.
      if (conn.parsedStatements[name] === undefined) return;
      delete conn.parsedStatements[name];
      this.evicted.push(name);
    }
  };
}

// A page that lists one kind of resource: loaded once, errors shown with their request id.
import { ErrorMessage } from './error-message.js';
import { type Column, Table } from './table.js';
import { useLoad } from './use-load.js';

/** Loads `load()` and shows it as a table named `label`. */
export function ListPage<T>({ load, label, columns, rowKey, deps = [] }: { load: () => Promise<T[]>; label: string; columns: Column<T>[]; rowKey: (row: T) => string; deps?: unknown[] }) {
  const { data, error } = useLoad(load, deps);
  return (
    <>
      <ErrorMessage error={error} />
      {data ? <Table<T> label={label} rows={data} rowKey={rowKey} columns={columns} /> : <p aria-busy="true">Loading…</p>}
    </>
  );
}

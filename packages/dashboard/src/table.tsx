// A table of resources. Long lists (more than VIRTUALIZE_FROM rows) render only the rows in view
// (@tanstack/virtual-core), so 1,000 servers scroll as smoothly as 10.
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

/** From this many rows on, only the visible ones are in the DOM. */
export const VIRTUALIZE_FROM = 100;
const ROW_PX = 34;

/** One column: its header and how a row renders in it. */
export interface Column<T> {
  title: string;
  cell: (row: T) => ComponentChildren;
}

/** A table of `rows` keyed by `rowKey`; `label` names it for screen readers. */
export function Table<T>({ rows, columns, rowKey, label }: { rows: T[]; columns: Column<T>[]; rowKey: (row: T) => string; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const virtual = rows.length >= VIRTUALIZE_FROM;
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLTableRowElement>({
        count: rows.length,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => ROW_PX,
        overscan: 10,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        onChange: () => rerender(undefined),
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count: rows.length });
  useEffect(() => (virtual ? virtualizer._didMount() : undefined), [virtual]);
  useLayoutEffect(() => {
    if (virtual) virtualizer._willUpdate();
  });
  const items = virtual ? virtualizer.getVirtualItems() : rows.map((_, index) => ({ index, start: index * ROW_PX }));
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? virtualizer.getTotalSize() - (items.length ? (items[items.length - 1]?.start ?? 0) + ROW_PX : 0) : 0;
  return (
    <div class="scroll" ref={scrollRef}>
      <table aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.title}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 ? <tr aria-hidden="true" style={{ height: `${before}px` }} /> : null}
          {items.map(({ index }) => {
            const row = rows[index] as T;
            return (
              <tr key={rowKey(row)} aria-rowindex={index + 2}>
                {columns.map((c) => (
                  <td key={c.title}>{c.cell(row)}</td>
                ))}
              </tr>
            );
          })}
          {after > 0 ? <tr aria-hidden="true" style={{ height: `${after}px` }} /> : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p>None.</p> : null}
    </div>
  );
}

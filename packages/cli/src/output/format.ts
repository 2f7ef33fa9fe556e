/**
 * Renders command results the way cliff (python-openstackclient's output library) does:
 * `-f table|json|yaml|value|csv|shell`, `-c` column selection, sorting, `--noindent`,
 * `--max-width` / `--fit-width`. Pure functions: they return text, the caller writes it.
 */
import Table from 'cli-table3';
import { stringify as toYaml } from 'yaml';

/** A single resource shown as Field | Value pairs (`server show`). */
export interface ShowResult {
  kind: 'show';
  data: Record<string, unknown>;
}

/** A list of resources shown as a table with a header row (`server list`). */
export interface ListResult {
  kind: 'list';
  columns: string[];
  rows: unknown[][];
}

/** Nothing to print (deletes, actions): cliff prints nothing for these either. */
export interface NoneResult {
  kind: 'none';
}

/** What a command's run() returns; the output layer renders it. */
export type CommandResult = ShowResult | ListResult | NoneResult;

/** The output formats cliff offers for show and list commands. */
export const FORMATS = ['table', 'json', 'yaml', 'value', 'csv', 'shell'] as const;
/** One of FORMATS. */
export type Format = (typeof FORMATS)[number];

/** Formatting options, named after cliff's flags. */
export interface FormatOptions {
  format: Format;
  columns?: string[];
  sortColumns?: string[];
  sortDirection?: 'asc' | 'desc';
  noindent?: boolean;
  maxWidth?: number;
  fitWidth?: boolean;
  terminalWidth?: number;
  prefix?: string;
  quote?: 'all' | 'minimal' | 'none' | 'nonnumeric';
}

/** Error raised for a bad -c / --sort-column name; the CLI shows it as a usage error. */
export class FormatError extends Error {
  override name = 'FormatError';
}

/** Builds a show result from an object, keeping key order. */
export function show(data: Record<string, unknown>): ShowResult {
  return { kind: 'show', data };
}

/** Builds a list result from objects, taking `columns` as [header, key-or-getter] pairs. */
export function list<T>(items: Iterable<T>, columns: Array<[string, keyof T | ((item: T) => unknown)]>): ListResult {
  const rows: unknown[][] = [];
  for (const item of items) {
    rows.push(columns.map(([, get]) => (typeof get === 'function' ? get(item) : item[get])));
  }
  return { kind: 'list', columns: columns.map(([header]) => header), rows };
}

/** Renders a result to the text cliff would print (ends with a newline unless empty). */
export function render(result: CommandResult, options: FormatOptions): string {
  if (result.kind === 'none') return '';
  return result.kind === 'show' ? renderShow(result, options) : renderList(result, options);
}

function selectColumns(available: string[], wanted: string[] | undefined): number[] {
  if (!wanted || wanted.length === 0) return available.map((_, i) => i);
  const lower = available.map((c) => c.toLowerCase());
  return wanted.map((name) => {
    let index = available.indexOf(name);
    if (index < 0) index = lower.indexOf(name.toLowerCase());
    if (index < 0) {
      throw new FormatError(`No recognized column names in ['${name}']. Recognized columns are ${available.map((c) => `'${c}'`).join(', ')}.`);
    }
    return index;
  });
}

function renderShow(result: ShowResult, options: FormatOptions): string {
  const keys = Object.keys(result.data).sort((a, b) => a.localeCompare(b));
  const picked = selectColumns(keys, options.columns).map((i) => keys[i] as string);
  const entries = picked.map((k) => [k, result.data[k]] as const);
  switch (options.format) {
    case 'json':
      return json(Object.fromEntries(entries), options.noindent);
    case 'yaml':
      return toYaml(Object.fromEntries(entries));
    case 'value':
      return entries.map(([, v]) => cell(v)).join('\n') + (entries.length ? '\n' : '');
    case 'shell':
      return entries.map(([k, v]) => `${options.prefix ?? ''}${shellName(k)}=${shellQuote(cell(v))}`).join('\n') + (entries.length ? '\n' : '');
    case 'csv':
      return csvLine(['Field', 'Value'], options) + entries.map(([k, v]) => csvLine([k, cell(v)], options)).join('');
    case 'table':
      return table(['Field', 'Value'], entries.map(([k, v]) => [k, cell(v)]), options);
  }
}

function renderList(result: ListResult, options: FormatOptions): string {
  let rows = result.rows;
  if (options.sortColumns?.length) {
    const sortIdx = selectColumns(result.columns, options.sortColumns);
    const dir = options.sortDirection === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      for (const i of sortIdx) {
        const c = compare(a[i], b[i]);
        if (c !== 0) return c * dir;
      }
      return 0;
    });
  }
  const idx = selectColumns(result.columns, options.columns);
  const headers = idx.map((i) => result.columns[i] as string);
  const picked = rows.map((r) => idx.map((i) => r[i]));
  switch (options.format) {
    case 'json':
      return json(picked.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]]))), options.noindent);
    case 'yaml':
      return picked.length ? toYaml(picked.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]])))) : '[]\n';
    case 'value':
      return picked.map((r) => r.map(cell).join(' ')).join('\n') + (picked.length ? '\n' : '');
    case 'csv':
      return csvLine(headers, options) + picked.map((r) => csvLine(r, options)).join('');
    case 'shell':
      throw new FormatError('the shell format is only for single-resource (show) output');
    case 'table':
      return picked.length || headers.length ? table(headers, picked.map((r) => r.map(cell)), options) : '';
  }
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function json(value: unknown, noindent?: boolean): string {
  return `${JSON.stringify(value, null, noindent ? undefined : 2)}\n`;
}

/**
 * Formats one value for table/value/csv/shell output as python-openstackclient does:
 * dicts as `key='value', ...`, lists comma-joined, null as empty (json/yaml keep structure).
 */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? cell(v) : String(v))).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}='${typeof v === 'object' && v !== null ? cell(v) : String(v ?? '')}'`)
      .join(', ');
  }
  return String(value);
}

function csvLine(values: unknown[], options: FormatOptions): string {
  const mode = options.quote ?? 'nonnumeric';
  return (
    values
      .map((v) => {
        const s = typeof v === 'string' ? v : cell(v);
        const numeric = typeof v === 'number';
        const needs = /[",\n\r]/.test(s);
        const quote = mode === 'all' || (mode === 'nonnumeric' && !numeric) || (mode === 'minimal' && needs);
        return quote ? `"${s.replace(/"/g, '""')}"` : s;
      })
      .join(',') + '\n'
  );
}

function shellName(key: string): string {
  return key.replace(/[^A-Za-z0-9_]/g, '_');
}

function shellQuote(s: string): string {
  return `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

function table(headers: string[], rows: string[][], options: FormatOptions): string {
  const widths = columnWidths(headers, rows, options);
  const t = new Table({
    head: headers,
    chars: ASCII_TABLE,
    style: { head: [], border: [], compact: true },
    ...(widths ? { colWidths: widths, wordWrap: true, wrapOnWordBoundary: false } : {}),
  });
  for (const r of rows) t.push(r);
  return `${t.toString()}\n`;
}

/**
 * Column widths under --max-width (a cap per column) or --fit-width (shrink the widest
 * columns until the table fits the terminal), as cliff does; undefined = natural widths.
 */
/** prettytable's ASCII borders (what python-openstackclient prints), no rules between rows. */
const ASCII_TABLE = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

function columnWidths(headers: string[], rows: string[][], options: FormatOptions): number[] | undefined {
  const natural = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => longestLine(r[i] ?? ''))) + 2);
  if (options.maxWidth && options.maxWidth > 0) {
    return natural.map((w) => Math.min(w, Math.max(options.maxWidth as number, 4) + 2));
  }
  if (options.fitWidth && options.terminalWidth) {
    const budget = options.terminalWidth - (headers.length + 1);
    const widths = [...natural];
    while (widths.reduce((a, b) => a + b, 0) > budget) {
      const widest = widths.indexOf(Math.max(...widths));
      if ((widths[widest] as number) <= 6) break;
      widths[widest] = (widths[widest] as number) - 1;
    }
    return widths;
  }
  return undefined;
}

function longestLine(s: string): number {
  return Math.max(0, ...s.split('\n').map((l) => l.length));
}

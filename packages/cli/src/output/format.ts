/**
 * Renders command results the way cliff (python-openstackclient's output library) does:
 * `-f table|json|yaml|value|csv|shell`, `-c` column selection, sorting, `--noindent`,
 * `--max-width` / `--fit-width`. Pure functions: they return text, the caller writes it.
 */

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

/** The output formats cliff offers (shell for show commands, csv for lists). */
export type Format = 'table' | 'json' | 'yaml' | 'value' | 'csv' | 'shell';

/** Formatting options, named after cliff's flags. */
export interface FormatOptions {
  format: Format;
  columns?: string[];
  sortColumns?: string[];
  sortDirection?: 'asc' | 'desc';
  noindent?: boolean;
  /** Width of the whole table (cliff's --max-width); 0 or undefined: none. */
  maxWidth?: number;
  /** Fit the table to `terminalWidth` (cliff's --fit-width). */
  fitWidth?: boolean;
  terminalWidth?: number;
  /** Print an empty list as a header-only table (cliff's --print-empty). */
  printEmpty?: boolean;
  prefix?: string;
  quote?: 'all' | 'minimal' | 'none' | 'nonnumeric';
}

/** Error raised for a bad -c / --sort-column name; the CLI shows it as a usage error. */
export class FormatError extends Error {
  override name = 'FormatError';
}

/**
 * A value printed two ways, as cliff's FormattableColumn: `human` in tables, `machine` (the
 * data) in json and yaml, and as Python's str() of it in value, csv and shell output
 * (`addresses`: `private=10.0.0.7` in a table, `{"private": ["10.0.0.7"]}` in json).
 */
export class Column {
  constructor(
    readonly human: string,
    readonly machine: unknown,
  ) {}

  /** JSON.stringify writes the data. */
  toJSON(): unknown {
    return this.machine;
  }
}

/** The text JSON.stringify writes for a PyFloat, replaced by the bare number afterwards. */
const FLOAT_MARK = '\u0000pyfloat:';

/**
 * A number Python holds as a float (novaclient's `rxtx_factor`): `1.0`, not `1`, in every
 * format, as Python prints it; JavaScript's numbers do not keep the difference.
 */
export class PyFloat extends Column {
  constructor(readonly value: number) {
    super(Number.isInteger(value) ? value.toFixed(1) : String(value), value);
  }

  override toJSON(): unknown {
    return `${FLOAT_MARK}${this.human}`;
  }
}

/** A value shown as `human` in tables and as `machine` elsewhere (see Column). */
export function column(human: string, machine: unknown): Column {
  return new Column(human, machine);
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

/** Renders a result to the text cliff would print (ends with a newline unless empty); yaml loads only for -f yaml. */
export async function render(result: CommandResult, options: FormatOptions): Promise<string> {
  if (result.kind === 'none') return '';
  return result.kind === 'show' ? renderShow(result, options) : renderList(result, options);
}

/** Python's repr of a string, for messages worded as cliff's. */
function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Index of a column by exact name, else case-insensitively (cliff is exact; -c status still works). */
function columnIndex(available: string[], name: string): number {
  const exact = available.indexOf(name);
  return exact >= 0 ? exact : available.findIndex((c) => c.toLowerCase() === name.toLowerCase());
}

/**
 * The columns `-c` keeps, in the command's order as cliff does; names that match nothing are
 * ignored unless none matches (then the same error as cliff).
 */
function selectColumns(available: string[], wanted: string[] | undefined): number[] {
  if (!wanted || wanted.length === 0) return available.map((_, i) => i);
  const picked = new Set(wanted.map((name) => columnIndex(available, name)).filter((i) => i >= 0));
  if (picked.size === 0) {
    throw new FormatError(`No recognized column names in [${wanted.map(pyRepr).join(', ')}]. Recognized columns are (${available.map(pyRepr).join(', ')}).`);
  }
  return available.map((_, i) => i).filter((i) => picked.has(i));
}

async function renderShow(result: ShowResult, options: FormatOptions): Promise<string> {
  // python-openstackclient sorts fields with Python's sorted(): by code point, capitals first.
  const keys = Object.keys(result.data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const picked = selectColumns(keys, options.columns).map((i) => keys[i] as string);
  const entries = picked.map((k) => [k, result.data[k]] as const);
  switch (options.format) {
    case 'json':
      return json(Object.fromEntries(entries), options.noindent);
    case 'yaml':
      return yaml(Object.fromEntries(entries.map(([k, v]) => [k, machine(v)])));
    case 'value':
      return entries.map(([, v]) => valueCell(v)).join('\n') + (entries.length ? '\n' : '');
    case 'shell':
      return entries.map(([k, v]) => `${options.prefix ?? ''}${shellName(k)}=${shellQuote(valueCell(v))}`).join('\n') + (entries.length ? '\n' : '');
    case 'csv':
      return csvLine(['Field', 'Value'], options) + entries.map(([k, v]) => csvLine([k, v], options)).join('');
    case 'table':
      return entries.length ? table(['Field', 'Value'], entries.map(([k, v]) => [k, tableCell(v)]), options, SHOW_MIN_WIDTH, false) : '';
  }
}

/**
 * Sorts rows as cliff does: by each --sort-column that names a column (others are ignored),
 * the first given first; missing values after the others (before them with --sort-descending).
 */
function sortRows(result: ListResult, options: FormatOptions): unknown[][] {
  const idx = (options.sortColumns ?? []).map((name) => columnIndex(result.columns, name)).filter((i) => i >= 0);
  if (!idx.length) return result.rows;
  const dir = options.sortDirection === 'desc' ? -1 : 1;
  return [...result.rows].sort((a, b) => {
    for (const i of idx) {
      const c = compare(a[i], b[i]);
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}

async function renderList(result: ListResult, options: FormatOptions): Promise<string> {
  const rows = sortRows(result, options);
  const idx = selectColumns(result.columns, options.columns);
  const headers = idx.map((i) => result.columns[i] as string);
  const picked = rows.map((r) => idx.map((i) => r[i]));
  switch (options.format) {
    case 'json':
      return json(picked.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] === undefined ? '' : r[i]]))), options.noindent);
    case 'yaml':
      return picked.length ? yaml(picked.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] === undefined ? '' : machine(r[i])])))) : '[]\n';
    case 'value':
      return picked.map((r) => r.map(valueCell).join(' ')).join('\n') + (picked.length ? '\n' : '');
    case 'csv':
      return csvLine(headers, options) + picked.map((r) => csvLine(r, options)).join('');
    case 'shell':
      throw new FormatError('the shell format is only for single-resource (show) output');
    case 'table': {
      // cliff prints an empty list as nothing, or as a header-only table with --print-empty.
      if (!picked.length && !options.printEmpty) return '';
      // Numbers are right-aligned, judged by the first row (cliff's table formatter).
      const right = picked.length ? (picked[0] as unknown[]).map((v) => typeof v === 'number') : headers.map(() => false);
      return table(headers, picked.map((r) => r.map(tableCell)), options, LIST_MIN_WIDTH, right);
    }
  }
}

/** Python's ordering of `(value is None, value)`: missing values last, strings by code point. */
function compare(a: unknown, b: unknown): number {
  const aNone = a === null || a === undefined;
  const bNone = b === null || b === undefined;
  if (aNone || bNone) return aNone === bNone ? 0 : aNone ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = typeof a === 'string' ? a : tableCell(a);
  const y = typeof b === 'string' ? b : tableCell(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * YAML via the yaml package, loaded only for -f yaml, laid out as cliff's PyYAML safe_dump:
 * keys sorted, sequences not indented under their key, and YAML 1.1's resolution, so strings
 * PyYAML would read back as something else (timestamps, `yes`, `on`) are quoted, in single quotes.
 */
async function yaml(value: unknown): Promise<string> {
  const { Scalar, stringify } = await import('yaml');
  // a PyFloat as a number with its `.0`
  const floats = (v: unknown): unknown => {
    if (v instanceof PyFloat) return Object.assign(new Scalar(v.value), { minFractionDigits: 1 });
    if (Array.isArray(v)) return v.map(floats);
    if (v && typeof v === 'object' && !(v instanceof Column)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, floats(x)]));
    return v;
  };
  return stringify(floats(value), { version: '1.1', singleQuote: true, indentSeq: false, sortMapEntries: true });
}

function json(value: unknown, noindent?: boolean): string {
  const text = JSON.stringify(value, null, noindent ? undefined : 2);
  return `${text.includes('\\u0000pyfloat:') ? text.replace(/"\\u0000pyfloat:([^"]*)"/g, '$1') : text}\n`;
}

/** The data of a value for json and yaml: a Column's machine form (a PyFloat stays one), anything else as it is. */
function machine(value: unknown): unknown {
  return value instanceof Column && !(value instanceof PyFloat) ? value.machine : value;
}

/**
 * A table cell as cliff prints it: a Column's human form, null as `None`, booleans as
 * `True`/`False`; a field the resource does not have (undefined) is empty, as osc-lib reads it.
 */
export function tableCell(value: unknown): string {
  if (value instanceof Column) return value.human;
  if (value === null) return 'None';
  return cell(value);
}

/**
 * A value, shell or csv cell as cliff prints it: Python's str() of a Column's data, and of a
 * list or object (which python-openstackclient shows through a ListColumn or DictColumn, whose
 * data that is); otherwise as in tables.
 */
function valueCell(value: unknown): string {
  if (value instanceof PyFloat) return value.human;
  if (value instanceof Column) return pyStr(value.machine);
  if (typeof value === 'object' && value !== null) return pyLiteral(value);
  return tableCell(value);
}

/** Python's str() of JSON data (cliff's value, csv and shell output of a FormattableColumn). */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyLiteral(value);
}

/** Python's repr() of JSON data: `{'private': ['10.0.0.7']}`, `None`, `True`. */
function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return pyRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${pyRepr(k)}: ${pyLiteral(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

/**
 * Formats a plain value for table/value/csv/shell output as python-openstackclient's views do:
 * dicts as `key='value', ...`, lists comma-joined, booleans as Python writes them, null as
 * empty (json/yaml keep structure).
 */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
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
        // cliff's csv: Python's str() of a Column's data (or a list's); None as empty
        const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : valueCell(v);
        // Python's csv counts bools as numbers (bool is an int)
        const numeric = typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat;
        const needs = /[",\n\r]/.test(s);
        const quote = mode === 'all' || (mode === 'nonnumeric' && !numeric) || (mode === 'minimal' && needs);
        return quote ? `"${s.replace(/"/g, '""')}"` : s;
      })
      .join(',') + '\n'
  );
}

/** cliff's shell variable name: lower-cased (`OS-EXT-STS:vm_state` -> `os_ext_sts_vm_state`). */
function shellName(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

function shellQuote(s: string): string {
  return `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The narrowest a column is shrunk to: cliff's min_width for lists and for show tables. */
const LIST_MIN_WIDTH = 8;
const SHOW_MIN_WIDTH = 16;

/**
 * A prettytable as python-openstackclient prints it: ASCII rules, one space of padding, no
 * rules between rows, multi-line cells, columns aligned left or (numbers) right, headers
 * included. An empty body closes with two rules, as prettytable's print_empty does.
 */
function table(headers: string[], rows: string[][], options: FormatOptions, minWidth: number, right: boolean[] | false): string {
  const limits = columnLimits(headers, rows, options, minWidth);
  const body = limits ? rows.map((r) => r.map((c, i) => wrapText(c, limits[i] as number))) : rows;
  const widths = headers.map((h, i) => Math.max(textWidth(h), ...body.map((r) => longestLine(r[i] ?? ''))));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const lines = (cells: string[]): string[] => {
    const split = cells.map((c) => c.split('\n'));
    const height = Math.max(1, ...split.map((l) => l.length));
    return Array.from({ length: height }, (_, k) => {
      const padded = split.map((l, i) => {
        const text = l[k] ?? '';
        const gap = ' '.repeat((widths[i] as number) - textWidth(text));
        return right && right[i] ? gap + text : text + gap;
      });
      return `| ${padded.join(' | ')} |`;
    });
  };
  return `${[rule, ...lines(headers), rule, ...body.flatMap(lines), rule].join('\n')}\n`;
}

/**
 * Columns a string takes on a terminal: wide East Asian characters and most emoji take two,
 * combining marks none (what prettytable measures with wcwidth).
 */
export function textWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1f64f) ||
      (c >= 0x1f900 && c <= 0x1f9ff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * cliff's column limits: `--max-width N` (or `--fit-width` on a terminal: its width) is the
 * width of the whole table. A table that fits is left alone; otherwise the columns wider
 * than an equal share are shrunk to share what the others leave, never below `minWidth`.
 * Undefined: no limits. Headers are never wrapped.
 */
export function columnLimits(headers: string[], rows: string[][], options: FormatOptions, minWidth: number): number[] | undefined {
  let termWidth: number | undefined;
  if (options.maxWidth && options.maxWidth > 0) termWidth = options.maxWidth;
  else if (options.fitWidth) termWidth = options.terminalWidth;
  if (!termWidth || headers.length === 0) return undefined;
  const widths = headers.map((h, i) => Math.max(longestLine(h), ...rows.map((r) => longestLine(r[i] ?? ''))));
  const tableWidth = widths.reduce((a, w) => a + w + 3, 1);
  if (tableWidth <= termWidth) return undefined;
  const usable = Math.max(0, termWidth - 1 - 3 * headers.length);
  const optimal = Math.floor(usable / headers.length);
  const shrink: number[] = [];
  let remaining = usable;
  widths.forEach((w, i) => {
    if (w <= optimal) remaining -= w;
    else shrink.push(i);
  });
  const limits = [...widths];
  const share = Math.floor(remaining / shrink.length);
  shrink.forEach((i, n) => {
    const last = n === shrink.length - 1;
    limits[i] = Math.max(minWidth, last ? remaining : share);
    if (!last) remaining -= share;
  });
  return limits;
}

/**
 * Wraps text to `width` columns like Python's textwrap (which prettytable uses): breaks at
 * spaces and inside hyphenated words, splits a word longer than a line after its last
 * hyphen that fits, else anywhere.
 */
export function wrapText(text: string, width: number): string {
  if (width < 1) return text;
  return text
    .split('\n')
    .map((line) => (line.length <= width ? line : wrapLine(line, width)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const chunks = line
    .split(/(\s+)/)
    .filter(Boolean)
    .flatMap((w) => (/^\s/.test(w) ? [w] : w.split(/(?<=[A-Za-z]{2}-|[A-Za-z]-[A-Za-z]-)(?=[A-Za-z]-?[A-Za-z])/)))
    .reverse();
  const top = () => chunks[chunks.length - 1] as string;
  const lines: string[] = [];
  while (chunks.length) {
    if (lines.length && /^\s+$/.test(top())) chunks.pop();
    let cur = '';
    while (chunks.length && cur.length + top().length <= width) cur += chunks.pop() as string;
    const room = width - cur.length;
    if (chunks.length && top().length > width && room > 0) {
      const word = chunks.pop() as string;
      const hyphen = word.lastIndexOf('-', room - 1);
      const end = hyphen > 0 && /[^-]/.test(word.slice(0, hyphen)) ? hyphen + 1 : room;
      cur += word.slice(0, end);
      chunks.push(word.slice(end));
    }
    lines.push(cur.replace(/\s+$/, ''));
  }
  return lines.join('\n');
}

function longestLine(s: string): number {
  return Math.max(0, ...s.split('\n').map(textWidth));
}

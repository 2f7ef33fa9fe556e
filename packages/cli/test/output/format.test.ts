import { describe, expect, it } from 'vitest';
import { column, list, PyFloat, render, show } from '../../src/output/format.js';

const servers = list(
  [
    { id: 'b2', name: 'web2', status: 'ACTIVE', addresses: { private: ['10.0.0.5'] }, vcpus: 2 },
    { id: 'a1', name: 'web1', status: 'SHUTOFF', addresses: { private: ['10.0.0.4'] }, vcpus: 1 },
  ],
  [
    ['ID', 'id'],
    ['Name', 'name'],
    ['Status', 'status'],
    ['Networks', (s) => s.addresses],
    ['VCPUs', 'vcpus'],
  ],
);

describe('list output', () => {
  it('renders a prettytable-style ASCII table with a header row', async () => {
    const out = await render(servers, { format: 'table' });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\+-+\+/);
    expect(lines[1]).toMatch(/^\| ID +\| Name +\| Status +\| Networks +\| VCPUs \|$/);
    expect(out).toContain("| private='10.0.0.5' |");
    expect(lines).toHaveLength(6);
  });

  it('renders json as objects keyed by column names, indented unless --noindent', async () => {
    const parsed = JSON.parse(await render(servers, { format: 'json' }));
    expect(parsed[0]).toEqual({ ID: 'b2', Name: 'web2', Status: 'ACTIVE', Networks: { private: ['10.0.0.5'] }, VCPUs: 2 });
    expect(await render(servers, { format: 'json', noindent: true })).not.toContain('\n  ');
  });

  it('renders value and csv as cliff does (csv quotes non-numeric values)', async () => {
    expect(await render(servers, { format: 'value', columns: ['Name', 'Status'] })).toBe('web2 ACTIVE\nweb1 SHUTOFF\n');
    expect(await render(servers, { format: 'csv', columns: ['Name', 'VCPUs'] })).toBe('"Name","VCPUs"\n"web2",2\n"web1",1\n');
  });

  it('keeps the command\'s column order for -c, as cliff does, matching names case-insensitively', async () => {
    expect(await render(servers, { format: 'value', columns: ['status', 'id'] })).toBe('b2 ACTIVE\na1 SHUTOFF\n');
  });

  it('ignores -c names that match nothing unless none matches, then fails with cliff\'s message', async () => {
    expect(await render(servers, { format: 'value', columns: ['Name', 'Flavor'] })).toBe('web2\nweb1\n');
    await expect(render(servers, { format: 'value', columns: ['Flavor', 'Nope'] })).rejects.toThrow(
      "No recognized column names in ['Flavor', 'Nope']. Recognized columns are ('ID', 'Name', 'Status', 'Networks', 'VCPUs').",
    );
  });

  it('sorts by --sort-column ascending or descending', async () => {
    expect(await render(servers, { format: 'value', columns: ['Name'], sortColumns: ['Name'] })).toBe('web1\nweb2\n');
    expect(await render(servers, { format: 'value', columns: ['Name'], sortColumns: ['VCPUs'], sortDirection: 'desc' })).toBe('web2\nweb1\n');
  });

  it('yaml renders a list of mappings', async () => {
    expect(await render(servers, { format: 'yaml', columns: ['Name'] })).toBe('- Name: web2\n- Name: web1\n');
  });

  it('sorts missing values last (first when descending) and ignores unknown sort columns', async () => {
    const rows = list([{ n: 'b', v: 2 }, { n: 'a', v: null }, { n: 'c', v: 1 }], [['N', 'n'], ['V', 'v']]);
    expect(await render(rows, { format: 'value', columns: ['N'], sortColumns: ['V'] })).toBe('c\nb\na\n');
    expect(await render(rows, { format: 'value', columns: ['N'], sortColumns: ['V'], sortDirection: 'desc' })).toBe('a\nb\nc\n');
    expect(await render(rows, { format: 'value', columns: ['N'], sortColumns: ['Nope'] })).toBe('b\na\nc\n');
  });

  it('--max-width is the width of the whole table: wide columns share what the narrow ones leave', async () => {
    const wide = list([{ id: '0121e468-a1f1-49f1-ae11-fffafddb8166', name: 'm1.medium', ram: 4096 }], [['ID', 'id'], ['Name', 'name'], ['RAM', 'ram']]);
    const natural = (await render(wide, { format: 'table' })).split('\n');
    expect(natural[1]).toBe('| ID                                   | Name      |  RAM |');
    const lines = (await render(wide, { format: 'table', maxWidth: 30 })).trimEnd().split('\n');
    // usable 30-1-3*3 = 20, an equal share 6: RAM (4) stays, ID and Name share the other 16.
    // The same table python-openstackclient prints for `flavor list --max-width 30`.
    expect(lines).toEqual([
      '+----------+----------+------+',
      '| ID       | Name     |  RAM |',
      '+----------+----------+------+',
      '| 0121e468 | m1.mediu | 4096 |',
      '| -a1f1-   | m        |      |',
      '| 49f1-    |          |      |',
      '| ae11-    |          |      |',
      '| fffafddb |          |      |',
      '| 8166     |          |      |',
      '+----------+----------+------+',
    ]);
    expect(await render(wide, { format: 'table', maxWidth: 200 })).toBe(natural.join('\n'));
  });

  it('wraps as Python textwrap does: inside hyphenated words, long words after their last hyphen', async () => {
    const { wrapText } = await import('../../src/output/format.js');
    expect(wrapText('b918fe58-c33c-4102-90de-b4d041e0ed03', 8).split('\n')).toEqual(['b918fe58', '-c33c-', '4102-', '90de-', 'b4d041e0', 'ed03']);
    expect(wrapText('OS-FLV-EXT-DATA:ephemeral', 16).split('\n')).toEqual(['OS-FLV-EXT-', 'DATA:ephemeral']);
    expect(wrapText('ab well-known', 10).split('\n')).toEqual(['ab well-', 'known']);
    expect(wrapText('word '.repeat(10).trim(), 12).split('\n')).toEqual(['word word', 'word word', 'word word', 'word word', 'word word']);
  });

  it('--fit-width fits the terminal width, and does nothing without a terminal', async () => {
    const wide = list([{ d: 'word '.repeat(30).trim() }], [['Description', 'd']]);
    for (const line of (await render(wide, { format: 'table', fitWidth: true, terminalWidth: 40 })).trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect((await render(wide, { format: 'table', fitWidth: true })).split('\n')[1]?.length).toBe(4 + 149);
  });

  it('an empty list prints nothing in table format, a header-only table with --print-empty', async () => {
    const empty = list([], [['ID', 'id'], ['Name', 'name']]);
    expect(await render(empty, { format: 'table' })).toBe('');
    expect(await render(empty, { format: 'table', printEmpty: true })).toBe('+----+------+\n| ID | Name |\n+----+------+\n+----+------+\n');
    expect(await render(empty, { format: 'csv' })).toBe('"ID","Name"\n');
  });
});

describe('show output', () => {
  const server = show({ status: 'ACTIVE', name: 'web1', id: 'a1', properties: { a: 'b' }, volumes: [] });

  it('renders a Field | Value table sorted by field', async () => {
    const lines = (await render(server, { format: 'table' })).trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\| Field +\| Value +\|$/);
    expect(lines.slice(3, 8).map((l) => l.split('|')[1]?.trim())).toEqual(['id', 'name', 'properties', 'status', 'volumes']);
    expect(lines.find((l) => l.includes('properties'))).toContain("a='b'");
  });

  it('renders shell variables with a prefix, quoting shell metacharacters', async () => {
    const out = await render(show({ name: 'we"b$1', 'os-ext:attr': 1 }), { format: 'shell', prefix: 'srv_' });
    expect(out).toBe('srv_name="we\\"b\\$1"\nsrv_os_ext_attr="1"\n');
  });

  it('renders -f value -c for one field (what scripts use)', async () => {
    expect(await render(server, { format: 'value', columns: ['id'] })).toBe('a1\n');
  });

  it('keeps structure in json', async () => {
    expect(JSON.parse(await render(server, { format: 'json' })).properties).toEqual({ a: 'b' });
  });
});

describe("cliff's formattable columns, None and booleans", () => {
  // a Column is cliff's FormattableColumn: human_readable() in tables, machine_readable() elsewhere
  const server = show({
    addresses: column('private=10.0.0.7', { private: ['10.0.0.7'] }),
    'OS-EXT-STS:power_state': column('Running', 1),
    'OS-EXT-STS:task_state': null,
    locked: false,
    name: 'web1',
  });

  it('tables print the human form, None and True/False', async () => {
    const out = await render(server, { format: 'table' });
    expect(out).toContain('| addresses              | private=10.0.0.7 |');
    expect(out).toContain('| OS-EXT-STS:power_state | Running          |');
    expect(out).toContain('| OS-EXT-STS:task_state  | None             |');
    expect(out).toContain('| locked                 | False            |');
  });

  it('json and yaml carry the data: objects, numbers, null, true/false', async () => {
    expect(JSON.parse(await render(server, { format: 'json' }))).toEqual({
      'OS-EXT-STS:power_state': 1,
      'OS-EXT-STS:task_state': null,
      addresses: { private: ['10.0.0.7'] },
      locked: false,
      name: 'web1',
    });
    // PyYAML's safe_dump layout: keys sorted, sequences flush with their key
    expect(await render(server, { format: 'yaml' })).toBe(
      "OS-EXT-STS:power_state: 1\nOS-EXT-STS:task_state: null\naddresses:\n  private:\n  - 10.0.0.7\nlocked: false\nname: web1\n",
    );
  });

  it("value, shell and csv print Python's str() of the data", async () => {
    expect(await render(server, { format: 'value' })).toBe("1\nNone\n{'private': ['10.0.0.7']}\nFalse\nweb1\n");
    expect(await render(server, { format: 'shell', columns: ['OS-EXT-STS:power_state', 'addresses'] })).toBe(
      'os_ext_sts_power_state="1"\naddresses="{\'private\': [\'10.0.0.7\']}"\n',
    );
    const rows = list([{ ip: column('private=10.0.0.7', { private: ['10.0.0.7'] }), up: true, task: null }], [
      ['Networks', 'ip'],
      ['Up', 'up'],
      ['Task', 'task'],
    ]);
    expect(await render(rows, { format: 'csv' })).toBe('"Networks","Up","Task"\n"{\'private\': [\'10.0.0.7\']}",True,""\n');
  });

  it('yaml quotes the strings PyYAML would read back as something else', async () => {
    expect(await render(show({ created: '2026-12-07T02:23:07Z', empty: '', word: 'yes' }), { format: 'yaml' })).toBe(
      "created: '2026-12-07T02:23:07Z'\nempty: ''\nword: 'yes'\n",
    );
  });
});

describe('missing fields and plain lists, as osc-lib reads and cliff prints them', () => {
  const users = list([{ id: 'u1', email: null, tags: ['b', 'a'], options: {} }], [
    ['ID', (u) => u.id],
    ['Email', (u) => u.email],
    ['Description', () => undefined],
    ['Tags', (u) => u.tags],
    ['Options', (u) => u.options],
  ]);

  it('a field the resource lacks is empty (json too); null is None', async () => {
    expect(await render(users, { format: 'value', columns: ['ID', 'Email', 'Description'] })).toBe('u1 None \n');
    expect(JSON.parse(await render(users, { format: 'json' }))[0]).toMatchObject({ Email: null, Description: '' });
    expect(await render(users, { format: 'csv', columns: ['Email', 'Description'] })).toBe('"Email","Description"\n"",""\n');
  });

  it("lists and objects are joined in a table, Python's str() in value and csv output", async () => {
    expect(await render(users, { format: 'table', columns: ['Tags'] })).toContain('| b, a |');
    expect(await render(users, { format: 'value', columns: ['Tags', 'Options'] })).toBe("['b', 'a'] {}\n");
    expect(await render(users, { format: 'csv', columns: ['Tags'] })).toBe('"Tags"\n"[\'b\', \'a\']"\n');
  });
});

describe('PyFloat (a number Python holds as a float, such as rxtx_factor)', () => {
  it('prints 1.0, not 1, in every format, as python-openstackclient does', async () => {
    const data = show({ name: 'm1.tiny', rxtx_factor: new PyFloat(1), ratio: new PyFloat(1.5) });
    expect(await render(data, { format: 'json' })).toBe('{\n  "name": "m1.tiny",\n  "ratio": 1.5,\n  "rxtx_factor": 1.0\n}\n');
    expect(await render(data, { format: 'yaml' })).toBe('name: m1.tiny\nratio: 1.5\nrxtx_factor: 1.0\n');
    expect(await render(data, { format: 'value' })).toBe('m1.tiny\n1.5\n1.0\n');
    expect(await render(list([{ f: new PyFloat(2) }], [['RXTX Factor', (r) => r.f]]), { format: 'csv' })).toBe('"RXTX Factor"\n2.0\n');
  });
});

import { describe, expect, it } from 'vitest';
import { FormatError, list, render, show } from '../../src/output/format.js';

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
  it('renders a cli-table3 table with a header row', () => {
    const out = render(servers, { format: 'table' });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\+-+\+/);
    expect(lines[1]).toMatch(/^\| ID +\| Name +\| Status +\| Networks +\| VCPUs \|$/);
    expect(out).toContain("| private='10.0.0.5' |");
    expect(lines).toHaveLength(6);
  });

  it('renders json as objects keyed by column names, indented unless --noindent', () => {
    const parsed = JSON.parse(render(servers, { format: 'json' }));
    expect(parsed[0]).toEqual({ ID: 'b2', Name: 'web2', Status: 'ACTIVE', Networks: { private: ['10.0.0.5'] }, VCPUs: 2 });
    expect(render(servers, { format: 'json', noindent: true })).not.toContain('\n  ');
  });

  it('renders value and csv as cliff does (csv quotes non-numeric values)', () => {
    expect(render(servers, { format: 'value', columns: ['Name', 'Status'] })).toBe('web2 ACTIVE\nweb1 SHUTOFF\n');
    expect(render(servers, { format: 'csv', columns: ['Name', 'VCPUs'] })).toBe('"Name","VCPUs"\n"web2",2\n"web1",1\n');
  });

  it('selects columns case-insensitively in the order given and rejects unknown ones', () => {
    expect(render(servers, { format: 'value', columns: ['status', 'id'] })).toBe('ACTIVE b2\nSHUTOFF a1\n');
    expect(() => render(servers, { format: 'value', columns: ['Flavor'] })).toThrow(FormatError);
  });

  it('sorts by --sort-column ascending or descending', () => {
    expect(render(servers, { format: 'value', columns: ['Name'], sortColumns: ['Name'] })).toBe('web1\nweb2\n');
    expect(render(servers, { format: 'value', columns: ['Name'], sortColumns: ['VCPUs'], sortDirection: 'desc' })).toBe('web2\nweb1\n');
  });

  it('yaml renders a list of mappings', () => {
    expect(render(servers, { format: 'yaml', columns: ['Name'] })).toBe('- Name: web2\n- Name: web1\n');
  });

  it('caps column widths with --max-width', () => {
    const long = list([{ d: 'x'.repeat(50) }], [['Description', 'd']]);
    const out = render(long, { format: 'table', maxWidth: 20 });
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(24);
  });
});

describe('show output', () => {
  const server = show({ status: 'ACTIVE', name: 'web1', id: 'a1', properties: { a: 'b' }, volumes: [] });

  it('renders a Field | Value table sorted by field', () => {
    const lines = render(server, { format: 'table' }).trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\| Field +\| Value +\|$/);
    expect(lines.slice(3, 8).map((l) => l.split('|')[1]?.trim())).toEqual(['id', 'name', 'properties', 'status', 'volumes']);
    expect(lines.find((l) => l.includes('properties'))).toContain("a='b'");
  });

  it('renders shell variables with a prefix, quoting shell metacharacters', () => {
    const out = render(show({ name: 'we"b$1', 'os-ext:attr': 1 }), { format: 'shell', prefix: 'srv_' });
    expect(out).toBe('srv_name="we\\"b\\$1"\nsrv_os_ext_attr="1"\n');
  });

  it('renders -f value -c for one field (what scripts use)', () => {
    expect(render(server, { format: 'value', columns: ['id'] })).toBe('a1\n');
  });

  it('keeps structure in json', () => {
    expect(JSON.parse(render(server, { format: 'json' })).properties).toEqual({ a: 'b' });
  });
});

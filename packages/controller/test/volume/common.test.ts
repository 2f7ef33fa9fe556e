import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/errors.js';
import { cinderTime, paginate, parseMicroversion } from '../../src/volume/common.js';

const status = (fn: () => unknown): number => {
  try {
    fn();
  } catch (e) {
    return (e as ApiError).status;
  }
  return 0;
};

describe('Cinder microversions', () => {
  it('parses the OpenStack-API-Version header', () => {
    expect(parseMicroversion(undefined)).toBe(0);
    expect(parseMicroversion('volume 3.27')).toBe(27);
    expect(parseMicroversion('compute 2.90, volume 3.44')).toBe(44);
    expect(parseMicroversion('volume latest')).toBe(64);
    expect(parseMicroversion('compute 2.1')).toBe(0);
    expect(status(() => parseMicroversion('volume 3.65'))).toBe(406);
    expect(status(() => parseMicroversion('volume 2.0'))).toBe(406);
    expect(status(() => parseMicroversion('volume banana'))).toBe(400);
  });
});

describe('Cinder list helpers', () => {
  const rows = [
    { id: 'a', name: 'x', size: 3, created_at: '2026-01-01T00:00:00.000Z' },
    { id: 'b', name: 'y', size: 1, created_at: '2026-01-02T00:00:00.000Z' },
    { id: 'c', name: 'z', size: 2, created_at: '2026-01-03T00:00:00.000Z' },
  ];
  const keys = new Set(['name', 'size', 'created_at', 'id']);
  it('sorts, pages and follows markers', () => {
    expect(paginate([...rows], {}, keys).page.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(paginate([...rows], { sort: 'size:asc' }, keys).page.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    const p1 = paginate([...rows], { sort_key: 'name', sort_dir: 'asc', limit: 2 }, keys);
    expect(p1).toEqual({ page: [rows[0], rows[1]], more: true });
    expect(paginate([...rows], { sort_key: 'name', sort_dir: 'asc', marker: 'b' }, keys).page.map((r) => r.id)).toEqual(['c']);
    expect(status(() => paginate([...rows], { sort: 'evil' }, keys))).toBe(400);
    expect(status(() => paginate([...rows], { marker: 'zz' }, keys))).toBe(404);
  });
  it('formats timestamps like Cinder', () => {
    expect(cinderTime('2026-11-22T01:02:03.456Z')).toBe('2026-11-22T01:02:03.456000');
    expect(cinderTime(null)).toBeNull();
  });
});

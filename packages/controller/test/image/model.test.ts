import { describe, expect, it } from 'vitest';
import { applyPatch, patchTarget, type ImageAttrs } from '../../src/image/model.js';
import { parseSort } from '../../src/image/list.js';
import { parseRange } from '../../src/image/store.js';
import { ApiError } from '../../src/errors.js';

const base = (): ImageAttrs => ({
  name: 'a', visibility: 'private', protected: false, os_hidden: false, disk_format: 'raw', container_format: 'bare',
  min_disk: 0, min_ram: 0, owner: 'p1', tags: [], properties: { foo: 'bar' },
});
const status = (fn: () => unknown): number => {
  try {
    fn();
  } catch (e) {
    return (e as ApiError).status;
  }
  return 0;
};
const user = { isAdmin: false, status: 'queued' };

describe('Glance JSON patch', () => {
  it('adds, replaces and removes', () => {
    const r = applyPatch(base(), [
      { op: 'replace', path: '/name', value: 'b' },
      { op: 'add', path: '/hw_disk_bus', value: 'virtio' },
      { op: 'add', path: '/foo', value: 'baz' },
      { op: 'remove', path: '/foo' },
      { op: 'replace', path: '/tags', value: ['x', 'x', 'y'] },
      { op: 'add', path: '/min_ram', value: 512 },
    ], user);
    expect(r).toMatchObject({ name: 'b', min_ram: 512, tags: ['x', 'y'], properties: { hw_disk_bus: 'virtio' } });
  });

  it('follows Glance status codes', () => {
    expect(status(() => applyPatch(base(), [{ op: 'replace', path: '/status', value: 'active' }], user))).toBe(403);
    expect(status(() => applyPatch(base(), [{ op: 'replace', path: '/deleted', value: 'x' }], user))).toBe(403);
    expect(status(() => applyPatch(base(), [{ op: 'remove', path: '/name' }], user))).toBe(403);
    expect(status(() => applyPatch(base(), [{ op: 'replace', path: '/nope', value: 'x' }], user))).toBe(409);
    expect(status(() => applyPatch(base(), [{ op: 'remove', path: '/nope' }], user))).toBe(409);
    expect(status(() => applyPatch(base(), [{ op: 'replace', path: '/visibility', value: 'public' }], user))).toBe(403);
    expect(status(() => applyPatch(base(), [{ op: 'replace', path: '/visibility', value: 'public' }], { isAdmin: true, status: 'active' }))).toBe(0);
    expect(status(() => applyPatch(base(), [{ op: 'replace', path: '/min_ram', value: -1 }], user))).toBe(400);
    expect(status(() => applyPatch(base(), [{ op: 'add', path: '/x', value: 1 }], user))).toBe(400);
    expect(status(() => applyPatch(base(), [{ op: 'replace', path: '/disk_format', value: 'qcow2' }], { isAdmin: false, status: 'active' }))).toBe(403);
    expect(status(() => applyPatch(base(), [{ op: 'add', path: '/a/b', value: 'x' }], user))).toBe(400);
    expect(status(() => applyPatch(base(), [{ op: 'add', path: '/a' } as never], user))).toBe(400);
  });

  it('decodes JSON pointers', () => {
    expect(patchTarget('/a~1b~0c')).toBe('a/b~c');
    expect(() => patchTarget('name')).toThrow();
  });
});

describe('list sorting and ranges', () => {
  it('parses sort parameters', () => {
    expect(parseSort({ sort: 'name:asc,size' }).map((s) => `${s.key}:${s.dir}`)).toEqual(['name:asc', 'size:desc', 'created_at:desc', 'id:desc']);
    expect(parseSort({ sort_key: ['name'], sort_dir: ['asc'] })[0]).toEqual({ key: 'name', dir: 'asc' });
    expect(() => parseSort({ sort_key: ['bogus'] })).toThrow(ApiError);
    expect(() => parseSort({ sort: 'name', sort_key: ['name'] })).toThrow(ApiError);
  });
  it('parses Range headers, ignoring what it cannot honour (RFC 9110)', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90 });
    expect(parseRange('bytes=-500', 100)).toEqual({ start: 0 });
    expect(parseRange('bytes=-0', 100)).toEqual({ start: 100 }); // unsatisfiable: the reader's 416
    expect(parseRange('bytes=-10')).toBeNull(); // a suffix needs the size
    expect(parseRange('bytes=50-500', 100)).toEqual({ start: 50, end: 500 });
    expect(parseRange(['bytes=1-2', 'bytes=3-4'], 100)).toEqual({ start: 1, end: 2 });
    for (const ignored of [undefined, '', 'bytes=0-1,5-6', 'bytes=5-2', 'bytes=-', 'items=0-1', 'bytes=x-1', 'bytes 0-1']) expect(parseRange(ignored, 100), String(ignored)).toBeNull();
  });
});

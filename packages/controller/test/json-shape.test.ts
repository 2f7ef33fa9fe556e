/**
 * jsonShapeProblem (src/json-shape.ts): the scan of a JSON body's text must agree with the shape
 * of the value it parses to, whatever the strings hold (quotes, backslashes, brackets, commas).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSON_SHAPE_LIMITS, jsonShapeProblem, type JsonShapeLimits } from '../src/json-shape.js';

/** The shape of a parsed value, measured the way the limits are defined. */
function shape(root: unknown): { depth: number; members: number; values: number } {
  let depth = 0;
  let members = 0;
  let values = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const children = Array.isArray(v) ? v : Object.values(v);
    depth = Math.max(depth, d + 1);
    members = Math.max(members, children.length);
    values += Math.max(1, children.length);
    for (const c of children) stack.push([c, d + 1]);
  }
  return { depth, members, values };
}

const within = (v: unknown, l: JsonShapeLimits): boolean => {
  const s = shape(v);
  return s.depth <= l.maxDepth && s.members <= l.maxMembers && s.values <= l.maxValues;
};

describe('jsonShapeProblem', () => {
  it('agrees with the parsed value on random JSON, compact or indented', () => {
    const limits: JsonShapeLimits = { maxDepth: 3, maxMembers: 4, maxValues: 12 };
    // Strings full of the characters the scan must not take for structure.
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', 'a', 'é', '\u0000', '\n') });
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(tricky, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
        fc.array(tie('v'), { maxLength: 6 }),
        fc.dictionary(tricky, tie('v'), { maxKeys: 6 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, fc.boolean(), (v, indent) => {
        const text = JSON.stringify(v, null, indent ? 2 : undefined);
        const parsed: unknown = JSON.parse(text);
        expect(jsonShapeProblem(text, limits) === null, text).toBe(within(parsed, limits));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a body at every bound and refuses one past it', () => {
    const { maxDepth, maxMembers, maxValues } = JSON_SHAPE_LIMITS;
    const obj = (n: number): string => `{${Array.from({ length: n }, (_, i) => `"k${i}":"v"`).join(',')}}`;
    const arr = (n: number): string => `[${Array.from({ length: n }, () => '1').join(',')}]`;
    expect(jsonShapeProblem(obj(maxMembers))).toBeNull();
    expect(jsonShapeProblem(obj(maxMembers + 1))).toMatch(/object of more than 1000 members/);
    expect(jsonShapeProblem(arr(maxMembers))).toBeNull();
    expect(jsonShapeProblem(arr(maxMembers + 1))).toMatch(/array of more than 1000 items/);
    expect(jsonShapeProblem('['.repeat(maxDepth) + ']'.repeat(maxDepth))).toBeNull();
    expect(jsonShapeProblem('{"a":'.repeat(maxDepth + 1) + '1' + '}'.repeat(maxDepth + 1))).toMatch(/deeper than 32 levels/);
    // 20 objects of 999 members in an array of 20: 20 * 999 + 20 = 20,000 values; one more is over.
    const atBound = `[${Array.from({ length: 20 }, () => obj(999)).join(',')}]`;
    const overBound = `[${[...Array.from({ length: 19 }, () => obj(999)), obj(1000)].join(',')}]`;
    expect([shape(JSON.parse(atBound)).values, shape(JSON.parse(overBound)).values]).toEqual([maxValues, maxValues + 1]);
    expect(jsonShapeProblem(atBound)).toBeNull();
    expect(jsonShapeProblem(overBound)).toMatch(/more than 20000 values/);
  });

  it('reads the structure outside strings only', () => {
    const limits: JsonShapeLimits = { maxDepth: 2, maxMembers: 2, maxValues: 100 };
    expect(jsonShapeProblem(JSON.stringify({ a: '[[[[,,,,{{{{', b: '\\"[[[', c: 1 }), limits)).toMatch(/object of more than 2/);
    expect(jsonShapeProblem(JSON.stringify({ a: '[[[[,,,,{{{{', b: '\\\\"[[[' }), limits)).toBeNull();
    expect(jsonShapeProblem(JSON.stringify(['\\', [[1]]]), limits)).toMatch(/deeper than 2/);
    expect(jsonShapeProblem('"unterminated [[[[', limits)).toBeNull();
  });

  it('scans a body of the whole default body limit in linear time', () => {
    const bodies = [
      `{"server":{"name":"${'a'.repeat(1024 * 1024)}"}}`,
      `{"server":{"name":"${'\\"'.repeat(512 * 1024)}"}}`,
      `{"m":${' '.repeat(1024 * 1024)}1}`,
    ];
    for (const b of bodies) jsonShapeProblem(b); // warm up the JIT
    for (const b of bodies) {
      const t0 = performance.now();
      expect(jsonShapeProblem(b)).toBeNull();
      // A few ms idle; the bound is generous for a loaded machine, while a quadratic scan of 1 MiB takes minutes.
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { drift } from '../scripts/generate.mjs';

describe('generated types', () => {
  it('match a fresh generation from schemas/ (run `npm run generate` after changing a schema)', async () => {
    expect(await drift()).toEqual([]);
  }, 60_000);
});

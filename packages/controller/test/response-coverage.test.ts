/**
 * Runs after every other test file of the package (vitest.config.ts: its own project with a
 * later groupOrder) and fails when an operation of a spec never had a success response
 * validated by checkResponse during the run. Run the whole package for it to mean anything:
 * `npx vitest run` (alone it finds no records and says so).
 */
import { describe, expect, it } from 'vitest';
import { readRecords, unvalidatedOperations } from './response-coverage.js';

/**
 * Operations that by design never succeed on this cloud, each with the error it answers. They
 * stay in the spec because clients call them and must get exactly that answer.
 */
const NEVER_SUCCEEDS: Record<string, { status: number; why: string }> = {
  'compute rebootComputeHost': { status: 501, why: "os-hosts power actions: Nova's libvirt driver does not implement them" },
  'compute shutdownComputeHost': { status: 501, why: "os-hosts power actions: Nova's libvirt driver does not implement them" },
  'compute startupComputeHost': { status: 501, why: "os-hosts power actions: Nova's libvirt driver does not implement them" },
};

describe('response validation coverage', () => {
  it('validated a success response of every operation of every spec', () => {
    const records = readRecords();
    expect(records.length, 'no responses were recorded: run the whole suite (npx vitest run), not this file alone').toBeGreaterThan(0);
    expect(unvalidatedOperations(records).filter((op) => !(op in NEVER_SUCCEEDS))).toEqual([]);
  });

  it('validated the documented error of the operations that never succeed', () => {
    const seen = new Set(readRecords().map((r) => `${r.service} ${r.operationId} ${r.status}`));
    for (const [op, { status }] of Object.entries(NEVER_SUCCEEDS)) expect(seen.has(`${op} ${status}`), op).toBe(true);
  });
});

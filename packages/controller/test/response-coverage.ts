/**
 * Which (operation, status) pairs the tests validated against the spec. Every test validates
 * responses through helpers' checkResponse, which records each pair it accepted here; test
 * files run in several workers, so each process appends to its own file under RECORD_DIR.
 * test/response-coverage.test.ts (run after every other file: see vitest.config.ts) fails when
 * an operation of a spec never had a success response validated.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { SPEC_FILES, sharedSpecs, type ServiceName } from '../src/spec.js';

/** Where the records of the current run go (under the repository's ignored .cache/). */
export const RECORD_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.cache', 'response-coverage');

/** One validated response. */
export interface ValidatedResponse {
  service: ServiceName;
  operationId: string;
  status: number;
}

const seen = new Set<string>();

/** Records that `operation` (operationId or "METHOD /path") of `service` answered `status` as the spec says. */
export function recordValidated(service: ServiceName, operation: string, status: number): void {
  const operationId = sharedSpecs().require(service).operation(operation).operationId;
  const key = `${service} ${operationId} ${status}`;
  if (seen.has(key)) return;
  seen.add(key);
  mkdirSync(RECORD_DIR, { recursive: true });
  const line: ValidatedResponse = { service, operationId, status };
  appendFileSync(join(RECORD_DIR, `${process.pid}-${threadId}.jsonl`), `${JSON.stringify(line)}\n`);
}

/** Forgets the records of an earlier run (the suite's global setup). */
export function clearRecords(): void {
  rmSync(RECORD_DIR, { recursive: true, force: true });
}

/** Every record of this run. */
export function readRecords(): ValidatedResponse[] {
  let files: string[];
  try {
    files = readdirSync(RECORD_DIR).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((f) =>
    readFileSync(join(RECORD_DIR, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ValidatedResponse),
  );
}

/** Operations of every spec whose success responses (2xx/3xx) were never validated, as `service operationId`. */
export function unvalidatedOperations(records: ValidatedResponse[]): string[] {
  const ok = new Set(records.filter((r) => r.status < 400).map((r) => `${r.service} ${r.operationId}`));
  const missing: string[] = [];
  for (const service of Object.keys(SPEC_FILES) as ServiceName[]) {
    for (const op of sharedSpecs().require(service).operations()) {
      if (!ok.has(`${service} ${op.operationId}`)) missing.push(`${service} ${op.operationId}`);
    }
  }
  return missing;
}

/**
 * Matching requests against application credential access rules (see access-rules.ts); apart
 * from the routes so that route.ts can use it.
 */
import type { AccessRulesTable } from '../db/tables/identity.js';

/**
 * Whether a request is allowed by access rules (keystonemiddleware's matching): same service
 * type and method, and the path matches the rule's, where `*` stands for one path segment and
 * `**` for any number of them (at least one).
 */
export function accessRuleAllows(rules: Pick<AccessRulesTable, 'service' | 'path' | 'method'>[], service: string, method: string, path: string): boolean {
  const segs = path.split('/').filter(Boolean);
  const match = (pat: string[], i: number, j: number): boolean => {
    if (i === pat.length) return j === segs.length;
    if (pat[i] === '**') {
      for (let k = j + 1; k <= segs.length; k++) if (match(pat, i + 1, k)) return true;
      return false;
    }
    return j < segs.length && (pat[i] === '*' || pat[i] === segs[j]) && match(pat, i + 1, j + 1);
  };
  return rules.some((r) => r.service === service && r.method === method && match(r.path.split('/').filter(Boolean), 0, 0));
}

/** The catalog types a service of this controller answers as (access rules name a type). */
const SERVICE_TYPES: Record<string, string[]> = {
  identity: ['identity'], compute: ['compute'], image: ['image'], volume: ['block-storage', 'volumev3', 'volume'], network: ['network'], 'object-store': ['object-store'],
};

/** accessRuleAllows for a request to one of this controller's services (`path` below the service's prefix). */
export function requestAllowed(rules: Pick<AccessRulesTable, 'service' | 'path' | 'method'>[], service: string, method: string, path: string): boolean {
  return (SERVICE_TYPES[service] ?? []).some((type) => accessRuleAllows(rules, type, method, path));
}

/**
 * A minimal request body that the spec accepts, for tests that must get past body validation
 * (the policy walk's exact-404 checks: Nova and Neutron validate a body before looking the
 * resource up, so an invalid one is a legitimate 400). Built from the schema (required
 * properties, the first of a oneOf, null where allowed), else taken from OVERRIDES; the result
 * is checked with the controller's own request validator.
 */
import type { ServiceSpec, SpecOperation } from '../src/spec.js';

type Json = unknown;
type Schema = Record<string, unknown>;

/** Bodies the generator cannot derive (patterns, cross-field rules), by operationId. */
const OVERRIDES: Record<string, Json> = {
  serverAction: { 'os-stop': null },
  volumeAction: { 'os-extend': { new_size: 2 } },
  attachmentAction: { 'os-complete': null },
  createServerMetadata: { metadata: { k: 'v' } },
  replaceServerMetadata: { metadata: { k: 'v' } },
  updateServerMetadataItem: { meta: { k: 'v' } },
  updateComputeImageMetadataItem: { meta: { k: 'v' } },
  createVolumeMetadata: { metadata: { k: 'v' } },
  updateVolumeMetadata: { metadata: { k: 'v' } },
  updateImage: [{ op: 'replace', path: '/name', value: 'x' }],
  addRouterInterface: { subnet_id: '00000000-0000-4000-8000-000000000000' },
  removeRouterInterface: { subnet_id: '00000000-0000-4000-8000-000000000000' },
  replaceNetworkTags: { tags: ['t'] },
};

function deref(doc: Schema, s: unknown, depth = 0): Schema {
  const o = (s ?? {}) as Schema;
  if (typeof o.$ref !== 'string' || depth > 16) return o;
  let cur: unknown = doc;
  for (const k of o.$ref.replace(/^#\//, '').split('/')) cur = (cur as Schema | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(doc, cur, depth + 1);
}

const FORMATS: Record<string, string> = {
  uuid: '00000000-0000-4000-8000-000000000000',
  ipv4: '10.0.0.1',
  ipv6: '::1',
  'date-time': '2030-01-01T00:00:00Z',
  uri: 'http://example.invalid/x',
  email: 'x@example.invalid',
};

/** The smallest instance of `schema` the generator knows how to make. */
function instance(doc: Schema, raw: unknown, depth = 0): Json {
  const s = deref(doc, raw);
  if (depth > 12) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (Array.isArray(s.allOf)) return Object.assign({}, ...s.allOf.map((x) => instance(doc, x, depth + 1) as object), s.properties ? instance(doc, { ...s, allOf: undefined }, depth + 1) : {});
  for (const k of ['oneOf', 'anyOf'] as const) if (Array.isArray(s[k])) return instance(doc, (s[k] as unknown[])[0], depth + 1);
  const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : s.properties ? ['object'] : [];
  if (types.includes('null')) return null;
  switch (types[0]) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, unknown>;
      const out: Record<string, Json> = {};
      for (const name of (s.required as string[] | undefined) ?? []) out[name] = instance(doc, props[name], depth + 1);
      for (const name of Object.keys(props)) {
        if (Object.keys(out).length >= Number(s.minProperties ?? 0)) break;
        out[name] ??= instance(doc, props[name], depth + 1);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: Number(s.minItems ?? 0) }, () => instance(doc, s.items, depth + 1));
    case 'string':
      return FORMATS[s.format as string] ?? 'x'.repeat(Math.max(1, Number(s.minLength ?? 1)));
    case 'integer':
    case 'number':
      return Math.max(1, Number(s.minimum ?? 1));
    case 'boolean':
      return false;
    default:
      return {};
  }
}

/** A body of `op` its validator accepts: `{contentType, text}`; null when the operation takes none; throws if none could be made. */
export function validBody(spec: ServiceSpec, op: SpecOperation): { contentType: string; text: string } | null {
  const v = spec.requestValidators(op);
  if (v.body.size === 0) return null;
  const [contentType, validate] = [...v.body.entries()][0]!;
  if (!contentType.includes('json')) return { contentType, text: 'data' }; // raw uploads
  let rb = (op.op.requestBody ?? {}) as Schema;
  rb = deref(spec.doc, rb);
  const schema = ((rb.content as Record<string, Schema> | undefined)?.[contentType] ?? {}).schema;
  const candidates = op.operationId in OVERRIDES ? [OVERRIDES[op.operationId]] : [instance(spec.doc, schema)];
  for (const body of candidates) if (!validate || validate(body)) return { contentType, text: JSON.stringify(body) };
  throw new Error(`no valid body for ${op.operationId}: ${JSON.stringify(candidates[0])} -> ${JSON.stringify(validate?.errors?.slice(0, 2))}`);
}

/**
 * The OpenAPI specs in schemas/ loaded once per process: operation lookup, request validators
 * and response validators are compiled from them (one source of truth).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import jsYaml from 'js-yaml';

/** The services mounted on the controller, by their URL prefix name. */
export type ServiceName = 'identity' | 'compute' | 'image' | 'volume' | 'network' | 'agent' | 'object-store';

/** The spec file of each service. */
export const SPEC_FILES: Record<ServiceName, string> = {
  identity: 'identity.yaml',
  compute: 'compute.yaml',
  image: 'image.yaml',
  volume: 'block-storage.yaml',
  network: 'network.yaml',
  agent: 'agent.yaml',
  'object-store': 'object-store.yaml',
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** One operation of a spec, as found under `paths`. */
export interface SpecOperation {
  service: ServiceName;
  method: string; // upper case
  path: string; // spec path, e.g. /v2.1/servers/{server_id}
  operationId: string;
  /** JSON pointer (without '#') of the operation object in the document. */
  pointer: string;
  op: Record<string, unknown>;
  /** Path-level + operation-level parameters, $refs resolved, each with the pointer of its schema. */
  parameters: { name: string; in: string; required: boolean; schemaPointer: string | null }[];
}

/** Locates the schemas/ directory: $OSCLOUD_SCHEMAS_DIR, else the repository's schemas/ next to this package. */
export function schemasDir(): string {
  const env = process.env.OSCLOUD_SCHEMAS_DIR;
  if (env) return resolve(env);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'schemas');
    if (existsSync(join(candidate))) {
      if (existsSync(join(candidate, 'identity.yaml')) || existsSync(join(candidate, 'network.yaml'))) return candidate;
    }
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../schemas');
}

const escapePtr = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

function getPointer(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A formatted validation failure. */
export interface ValidationFailure {
  /** Where: `body`, `query`, `path`. */
  location: string;
  message: string;
  errors: ErrorObject[];
}

/**
 * The error to report. Without allErrors there is one, except under oneOf/anyOf, where every
 * branch adds its own: the deepest one is from the branch the input meant (`{"reboot": {"type":
 * "x"}}` is about reboot.type, not about the `os-start` another branch requires).
 */
function pickError(errors: ErrorObject[] | null | undefined): ErrorObject | undefined {
  const depth = (e: ErrorObject): number => (e.instancePath ? e.instancePath.split('/').length : 0);
  let best: ErrorObject | undefined;
  for (const e of errors ?? []) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
    if (!best || depth(e) > depth(best)) best = e;
  }
  return best ?? errors?.[0];
}

/** Describes ajv errors in one line, Nova-like: "Invalid input for field/attribute x. ..." */
export function describeErrors(location: string, errors: ErrorObject[] | null | undefined): string {
  const e = pickError(errors);
  if (!e) return `Invalid input in ${location}`;
  let field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (e.keyword === 'required') field = [field, (e.params as { missingProperty: string }).missingProperty].filter(Boolean).join('.');
  if (e.keyword === 'additionalProperties') {
    return `Additional properties are not allowed ('${(e.params as { additionalProperty: string }).additionalProperty}' was unexpected)`;
  }
  const where = field ? `field/attribute ${field}` : location;
  return `Invalid input for ${where}. ${e.keyword === 'required' ? `'${field.split('.').pop()}' is a required property` : e.message ?? ''}`.trim();
}

/** The compiled validators of one operation. */
export interface OperationValidators {
  params: ValidateFunction | null;
  query: ValidateFunction | null;
  /** By media type (application/json, application/octet-stream, ...). */
  body: Map<string, ValidateFunction | null>;
  bodyRequired: boolean;
}

/**
 * Marks the schemas that accept an integer also as a string (`type: [integer, string]`, as Nova,
 * Neutron and Cinder do) and bound it: JSON Schema applies `minimum`/`maximum` to numbers only,
 * so `"100000000000000000000"` would slip past `maximum`. Nova bounds those strings in code
 * (`utils.validate_integer`); here the marker makes the validator apply the same bounds.
 */
export const NUMERIC_STRING_BOUNDS = 'x-oscloud-numeric-string-bounds';

/** Calls `visit` once on every object (not array) of a parsed spec, a parent before its children. */
function eachObject(node: unknown, visit: (o: Record<string, unknown>) => void, seen = new Set<object>()): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  if (!Array.isArray(node)) visit(node as Record<string, unknown>);
  for (const v of Object.values(node)) eachObject(v, visit, seen);
}

function markNumericString(o: Record<string, unknown>): void {
  const types = Array.isArray(o.type) ? o.type : [o.type];
  if (types.includes('string') && (types.includes('integer') || types.includes('number')) && (o.minimum !== undefined || o.maximum !== undefined)) {
    o[NUMERIC_STRING_BOUNDS] = true;
  }
}

/** Applies the sibling `minimum`/`maximum` to a numeric string (see {@link NUMERIC_STRING_BOUNDS}). */
function numericStringBounds(_on: boolean, data: unknown, parent?: { minimum?: number; maximum?: number }): boolean {
  const self = numericStringBounds as typeof numericStringBounds & { errors?: Partial<ErrorObject>[] };
  self.errors = [];
  if (typeof data !== 'string' || !/^\s*[-+]?[0-9]+(\.[0-9]+)?\s*$/.test(data)) return true;
  const n = Number(data);
  if (parent?.maximum !== undefined && n > parent.maximum) {
    self.errors = [{ keyword: 'maximum', message: `must be <= ${parent.maximum}`, params: { comparison: '<=', limit: parent.maximum } }];
    return false;
  }
  if (parent?.minimum !== undefined && n < parent.minimum) {
    self.errors = [{ keyword: 'minimum', message: `must be >= ${parent.minimum}`, params: { comparison: '>=', limit: parent.minimum } }];
    return false;
  }
  return true;
}

/**
 * Neutron's `convert_to: convert_to_int` (neutron-lib's attribute maps: a network's `mtu` and
 * `provider:segmentation_id`, a subnet's `ip_version` and `prefixlen`, a subnet pool's prefix
 * lengths and `default_quota`, quota limits): the attribute is accepted as an integer or as a
 * string of one (`"1400"`, what python-openstackclient 6 sends for `network create --mtu`) and
 * converted before it is validated. A request schema's property says so with
 * `x-oscloud-convert-to: int`; {@link markConversions} lists those properties on their object
 * as {@link CONVERT_TO_INT}, whose keyword converts them in the body before `properties` checks
 * their type (so handlers see numbers). Any other string still fails the type check.
 */
export const CONVERT_TO = 'x-oscloud-convert-to';
export const CONVERT_TO_INT = 'x-oscloud-convert-to-int';

function markConversions(doc: Record<string, unknown>, o: Record<string, unknown>): void {
  if (typeof o.properties === 'object' && o.properties !== null) {
    const names = Object.entries(o.properties as Record<string, Record<string, unknown>>)
      .filter(([, p]) => {
        const target = typeof p?.$ref === 'string' && p.$ref.startsWith('#') ? (getPointer(doc, p.$ref.slice(1)) as Record<string, unknown> | undefined) : p;
        return target?.[CONVERT_TO] === 'int';
      })
      .map(([name]) => name);
    if (names.length) o[CONVERT_TO_INT] = names;
  }
}

/** Python's `int(s)` of a string: optional blanks and sign around decimal digits. */
const INT_STRING = /^\s*[-+]?[0-9]+\s*$/;

/** Converts the listed properties of `data` that are integer strings to numbers (see {@link CONVERT_TO_INT}). */
function convertToInt(names: string[], data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return true;
  const o = data as Record<string, unknown>;
  for (const name of names) {
    const v = o[name];
    if (typeof v === 'string' && INT_STRING.test(v) && Number.isSafeInteger(Number(v))) o[name] = Number(v);
  }
  return true;
}

function makeAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    validateSchema: false,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
    discriminator: false,
    validateFormats: true,
  });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  // OpenAPI-only keywords that ajv does not know.
  for (const k of ['example', 'xml', 'externalDocs', 'x-openstack', 'discriminator']) if (!ajv.getKeyword(k)) ajv.addKeyword(k);
  // `format: ip`: an IPv4 or an IPv6 address (Neutron's `type:ip_address`).
  ajv.addFormat('ip', (s: string) => isIP(s) !== 0);
  ajv.addKeyword({ keyword: NUMERIC_STRING_BOUNDS, type: 'string', schemaType: 'boolean', errors: true, validate: numericStringBounds });
  ajv.addKeyword({ keyword: CONVERT_TO, schemaType: 'string' });
  ajv.addKeyword({ keyword: CONVERT_TO_INT, type: 'object', schemaType: 'array', modifying: true, before: 'properties', errors: false, validate: convertToInt });
  return ajv;
}

/** One loaded spec file with its lazily compiled validators. */
export class ServiceSpec {
  readonly doc: Record<string, unknown>;
  readonly id: string;
  private readonly ops = new Map<string, SpecOperation>();
  private readonly byId = new Map<string, SpecOperation>();
  private readonly validators = new Map<string, OperationValidators>();
  private readonly responseValidators = new Map<string, ValidateFunction | null>();
  private readonly componentValidators = new Map<string, ValidateFunction>();

  constructor(
    readonly service: ServiceName,
    doc: Record<string, unknown>,
    private readonly coercing: Ajv2020,
    private readonly strictAjv: Ajv2020,
  ) {
    this.doc = doc;
    this.id = `https://oscloud.invalid/schemas/${SPEC_FILES[service]}`;
    coercing.addSchema({ ...doc, $id: this.id });
    strictAjv.addSchema({ ...doc, $id: this.id });
    const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
    for (const [p, item] of Object.entries(paths)) {
      const pathParams = (item.parameters as unknown[] | undefined) ?? [];
      for (const m of METHODS) {
        const op = item[m] as Record<string, unknown> | undefined;
        if (!op) continue;
        const pointer = `/paths/${escapePtr(p)}/${m}`;
        const params = new Map<string, SpecOperation['parameters'][number]>();
        const collect = (list: unknown[], base: string): void => {
          list.forEach((raw, i) => {
            let prm = raw as Record<string, unknown>;
            let ptr = `${base}/${i}`;
            if (typeof prm.$ref === 'string') {
              ptr = prm.$ref.replace(/^#/, '');
              prm = getPointer(doc, ptr) as Record<string, unknown>;
            }
            if (!prm) return;
            params.set(`${prm.in}:${prm.name}`, {
              name: String(prm.name),
              in: String(prm.in),
              required: prm.required === true,
              schemaPointer: prm.schema ? `${ptr}/schema` : null,
            });
          });
        };
        collect(pathParams, `/paths/${escapePtr(p)}/parameters`);
        collect((op.parameters as unknown[] | undefined) ?? [], `${pointer}/parameters`);
        const so: SpecOperation = {
          service,
          method: m.toUpperCase(),
          path: p,
          operationId: String(op.operationId ?? `${m.toUpperCase()} ${p}`),
          pointer,
          op,
          parameters: [...params.values()],
        };
        this.ops.set(`${so.method} ${p}`, so);
        this.byId.set(so.operationId, so);
      }
    }
  }

  /** All operations of this spec. */
  operations(): SpecOperation[] {
    return [...this.ops.values()];
  }

  /** The operation `"METHOD /path"` (spec path) or by operationId; throws if absent. */
  operation(key: string): SpecOperation {
    const op = this.ops.get(key) ?? this.byId.get(key);
    if (!op) throw new Error(`operation ${key} is not in schemas/${SPEC_FILES[this.service]}`);
    return op;
  }

  private ref(pointer: string): { $ref: string } {
    return { $ref: `${this.id}#${pointer}` };
  }

  /** Request validators for an operation (compiled once). */
  requestValidators(op: SpecOperation): OperationValidators {
    const key = `${op.method} ${op.path}`;
    const cached = this.validators.get(key);
    if (cached) return cached;
    const group = (where: string): ValidateFunction | null => {
      const ps = op.parameters.filter((p) => p.in === where);
      if (ps.length === 0) return null;
      const properties: Record<string, unknown> = {};
      for (const p of ps) properties[p.name] = p.schemaPointer ? this.ref(p.schemaPointer) : {};
      return this.coercing.compile({
        type: 'object',
        properties,
        required: ps.filter((p) => p.required).map((p) => p.name),
      });
    };
    const body = new Map<string, ValidateFunction | null>();
    let rb = op.op.requestBody as Record<string, unknown> | undefined;
    let rbPtr = `${op.pointer}/requestBody`;
    if (rb && typeof rb.$ref === 'string') {
      rbPtr = rb.$ref.replace(/^#/, '');
      rb = getPointer(this.doc, rbPtr) as Record<string, unknown>;
    }
    const content = (rb?.content ?? {}) as Record<string, Record<string, unknown>>;
    for (const [mt, media] of Object.entries(content)) {
      body.set(mt, media.schema ? this.strictAjv.compile(this.ref(`${rbPtr}/content/${escapePtr(mt)}/schema`)) : null);
    }
    const v: OperationValidators = { params: group('path'), query: group('query'), body, bodyRequired: rb?.required === true };
    this.validators.set(key, v);
    return v;
  }

  /** The response validator for `status` (exact code, then `4XX`-style range, then `default`); null if the spec has no JSON schema. */
  responseValidator(op: SpecOperation, status: number): ValidateFunction | null {
    const key = `${op.method} ${op.path} ${status}`;
    if (this.responseValidators.has(key)) return this.responseValidators.get(key) ?? null;
    const responses = (op.op.responses ?? {}) as Record<string, Record<string, unknown>>;
    const code = [String(status), `${String(status)[0]}XX`, 'default'].find((c) => responses[c]);
    let v: ValidateFunction | null = null;
    if (code) {
      let ptr = `${op.pointer}/responses/${code}`;
      let r = responses[code] as Record<string, unknown>;
      if (typeof r.$ref === 'string') {
        ptr = r.$ref.replace(/^#/, '');
        r = getPointer(this.doc, ptr) as Record<string, unknown>;
      }
      const content = (r?.content ?? {}) as Record<string, Record<string, unknown>>;
      const mt = Object.keys(content).find((t) => t.includes('json'));
      if (mt && content[mt]?.schema) v = this.strictAjv.compile(this.ref(`${ptr}/content/${escapePtr(mt)}/schema`));
    }
    this.responseValidators.set(key, v);
    return v;
  }

  /** A strict validator for `#/components/schemas/<name>` (payloads that are no HTTP body, e.g. agent task payloads). */
  componentValidator(name: string): ValidateFunction {
    const ptr = `/components/schemas/${escapePtr(name)}`;
    let v = this.componentValidators.get(ptr);
    if (!v) {
      if (!getPointer(this.doc, ptr)) throw new Error(`schema ${name} is not in schemas/${SPEC_FILES[this.service]}`);
      v = this.strictAjv.compile(this.ref(ptr));
      this.componentValidators.set(ptr, v);
    }
    return v;
  }

  /** True if the spec declares `status` for this operation (exactly or by range/default). */
  declaresStatus(op: SpecOperation, status: number): boolean {
    const responses = (op.op.responses ?? {}) as Record<string, unknown>;
    return [String(status), `${String(status)[0]}XX`, 'default'].some((c) => c in responses);
  }
}

/** All specs of one process, loaded lazily from a directory. */
export class SpecRegistry {
  private readonly specs = new Map<ServiceName, ServiceSpec | null>();
  private readonly coercing = makeAjv(true);
  private readonly strictAjv = makeAjv(false);

  constructor(readonly dir: string = schemasDir()) {}

  /** True if schemas/<file> for the service exists. */
  has(service: ServiceName): boolean {
    return this.get(service) !== null;
  }

  /** The spec of a service, or null when its file does not exist (yet). */
  get(service: ServiceName): ServiceSpec | null {
    if (!this.specs.has(service)) {
      const file = join(this.dir, SPEC_FILES[service]);
      let spec: ServiceSpec | null = null;
      if (existsSync(file)) {
        // js-yaml: ~8x faster than `yaml` on these files (start-up of every test file pays it).
        const doc = jsYaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;
        // one walk over the spec marks both (start-up of every test file pays it)
        eachObject(doc, (o) => {
          markNumericString(o);
          markConversions(doc, o);
        });
        spec = new ServiceSpec(service, doc, this.coercing, this.strictAjv);
      }
      this.specs.set(service, spec);
    }
    return this.specs.get(service) ?? null;
  }

  /** The spec of a service; throws if missing. */
  require(service: ServiceName): ServiceSpec {
    const s = this.get(service);
    if (!s) throw new Error(`schemas/${SPEC_FILES[service]} not found in ${this.dir}`);
    return s;
  }
}

let shared: SpecRegistry | null = null;
/** The process-wide registry (specs parsed and validators compiled once). */
export function sharedSpecs(): SpecRegistry {
  shared ??= new SpecRegistry();
  return shared;
}

/**
 * Validates a response body against the spec for (service, operation, status). Returns null when
 * valid, else a message. Throws if the spec does not declare the status at all.
 */
export function checkResponse(service: ServiceName, operation: string, status: number, body: unknown, registry = sharedSpecs()): string | null {
  const spec = registry.require(service);
  const op = spec.operation(operation);
  if (!spec.declaresStatus(op, status)) return `${op.operationId}: status ${status} is not declared in the spec`;
  const v = spec.responseValidator(op, status);
  if (!v) return null;
  if (v(body)) return null;
  return `${op.operationId} ${status}: ${JSON.stringify(v.errors?.slice(0, 3))}`;
}

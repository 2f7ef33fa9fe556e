/**
 * The shape bounds of every JSON request body, checked on the raw text before it is parsed.
 *
 * Why before parsing: measured on a 1 MiB body (the default body limit) holding one object of
 * ~80,000 members, V8's JSON.parse alone blocks the event loop 60-80 ms (the object falls into
 * dictionary mode), and every later walk of it (Object.keys, ajv, a handler copying metadata)
 * adds tens to hundreds of ms more. A linear scan of the text costs a few ms for the whole
 * megabyte and refuses such a body before any of that work happens.
 */
import { badRequest, type ApiError } from './errors.js';

/** The bounds a JSON request body must stay within. */
export interface JsonShapeLimits {
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Most members of one object, or items of one array. */
  maxMembers: number;
  /** Most members of all objects and arrays together, an empty one counting as one. */
  maxValues: number;
}

/**
 * The bounds of every service. Real OpenStack bodies stay far below them:
 * - depth 32: Keystone's password auth, the deepest body of the APIs, nests 6 levels;
 * - 1000 members: Nova's metadata_items and Glance's image_property_quota are 128 by default, Neutron's
 *   allowed_address_pairs 10, Keystone's project tags 80; 1000 leaves an operator room to raise
 *   those quotas and a host agent room for a heartbeat of 1000 instances;
 * - 20,000 values: a heartbeat of 1000 instances and 1000 volumes, or a Glance patch of 1000
 *   operations. Bounding the total bounds the work of ajv and of any handler over the body.
 */
export const JSON_SHAPE_LIMITS: Readonly<JsonShapeLimits> = Object.freeze({ maxDepth: 32, maxMembers: 1000, maxValues: 20_000 });

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const tooMany = (limits: Readonly<JsonShapeLimits>): string => `The request body holds more than ${limits.maxValues} values.`;

/**
 * The index of the quote closing the string opened at `open`, or -1. Skips with the native
 * indexOf (strings make up most of a large body: a scan char by char cost 15-20 ms per MiB
 * before the JIT warmed up); a quote preceded by an odd run of backslashes is escaped. Each
 * backslash is looked at once at most: the runs before successive quotes do not overlap.
 */
function stringEnd(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (b > open && text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
  return -1;
}

/**
 * Why `text` exceeds `limits`, or null. One pass (strings skipped whole), no recursion, memory
 * bounded by `maxDepth`: it counts containers and commas outside strings. It does not check the
 * syntax (the JSON parser does, after it): on malformed text the counts are approximate, which
 * can only refuse early what the parser would refuse anyway.
 */
export function jsonShapeProblem(text: string, limits: Readonly<JsonShapeLimits> = JSON_SHAPE_LIMITS): string | null {
  // Commas seen in each open container (members = commas + 1), and whether it is an array.
  const commas = new Int32Array(limits.maxDepth + 1);
  const isArray = new Uint8Array(limits.maxDepth + 1);
  let depth = 0;
  // Each container counts once when it opens (its first member, or itself when empty), each
  // further member at the comma before it.
  let values = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      if (i < 0) return null; // unterminated: the parser refuses it
    } else if (c === COMMA) {
      if (depth === 0) continue;
      if (++commas[depth]! >= limits.maxMembers) {
        return isArray[depth] ? `The request body has an array of more than ${limits.maxMembers} items.` : `The request body has an object of more than ${limits.maxMembers} members.`;
      }
      if (++values > limits.maxValues) return tooMany(limits);
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > limits.maxDepth) return `The request body nests objects and arrays deeper than ${limits.maxDepth} levels.`;
      commas[depth] = 0;
      isArray[depth] = c === OPEN_ARRAY ? 1 : 0;
      if (++values > limits.maxValues) return tooMany(limits);
    } else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && depth > 0) {
      depth--;
    }
  }
  return null;
}

/**
 * The 400 to answer (rendered in the addressed service's error shape) for a JSON request body
 * outside {@link JSON_SHAPE_LIMITS}, or null: every JSON body parser calls it before parsing.
 */
export function jsonShapeError(text: string): ApiError | null {
  const problem = jsonShapeProblem(text);
  return problem === null ? null : badRequest(`Invalid input for body. ${problem}`);
}

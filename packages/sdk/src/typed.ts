// Types of the raw typed escape hatch `cloud.request(service, 'METHOD /path', opts)`: the route
// keys, parameters, bodies and responses are inferred from the `paths` types openapi-typescript
// generates from schemas/ (src/generated/<api>.ts).
import type { Readable } from 'node:stream';
import type { Service } from './errors.js';
import type { paths as AgentPaths } from './generated/agent.js';
import type { paths as VolumePaths } from './generated/block-storage.js';
import type { paths as ComputePaths } from './generated/compute.js';
import type { paths as IdentityPaths } from './generated/identity.js';
import type { paths as ImagePaths } from './generated/image.js';
import type { paths as NetworkPaths } from './generated/network.js';
import type { paths as ObjectStorePaths } from './generated/object-store.js';

/** Stands in for a service whose schema has not been generated yet: any route, untyped values. */
export interface UntypedPaths {
  readonly __untyped: true;
}

/** The generated `paths` type of each service. */
export interface ServicePaths {
  identity: IdentityPaths;
  compute: ComputePaths;
  image: ImagePaths;
  volume: VolumePaths;
  network: NetworkPaths;
  'object-store': ObjectStorePaths;
  agent: AgentPaths;
}

/** HTTP methods an OpenAPI path item can carry. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head';

type KeysOf<P> = {
  [Path in keyof P & string]: {
    [M in HttpMethod & keyof P[Path]]: [NonNullable<P[Path][M]>] extends [never] ? never : `${Uppercase<M>} ${Path}`;
  }[HttpMethod & keyof P[Path]];
}[keyof P & string];

/** Every `"METHOD /path"` key of a service's spec. */
export type RouteKey<S extends Service> = ServicePaths[S] extends UntypedPaths
  ? `${Uppercase<HttpMethod>} /${string}`
  : KeysOf<ServicePaths[S]>;

type OpOf<P, K> = K extends `${infer M} ${infer Path}`
  ? Path extends keyof P
    ? Lowercase<M> extends keyof P[Path]
      ? NonNullable<P[Path][Lowercase<M>]>
      : never
    : never
  : never;

/** The shape an untyped operation is treated as. */
export interface UntypedOperation {
  parameters: { path?: Record<string, string | number>; query?: Record<string, unknown> };
  requestBody?: { content: { 'application/json': unknown } };
  responses: { 200: { content: { 'application/json': unknown } } };
}

/** The generated operation object for a route key. */
export type Operation<S extends Service, K> = ServicePaths[S] extends UntypedPaths ? UntypedOperation : OpOf<ServicePaths[S], K>;

/** Raw data accepted as a request body (uploads). */
export type RawData = Buffer | Uint8Array | string | Readable;

type PathParamsOf<Op> = Op extends { parameters: { path: infer X } } ? X : Op extends { parameters: { path?: infer X } } ? X : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? Q : never;
type BodyOf<Op> = Op extends { requestBody?: infer RB }
  ? [NonNullable<RB>] extends [never]
    ? never
    : NonNullable<RB> extends { content: infer C }
      ? 'application/json' extends keyof C
        ? C['application/json']
        : [Extract<keyof C, `${string}json${string}`>] extends [never]
          ? RawData
          : C[Extract<keyof C, `${string}json${string}`>]
      : unknown
  : never;

/**
 * The path parameter the SDK fills from the token when omitted: Cinder's leading
 * `/v3/{project_id}/` (the caller's own project, as in the catalog URL), and nothing else.
 */
export type AutoFilledParam<S extends Service, K> = S extends 'volume' ? (K extends `${string} /v3/{project_id}/${string}` ? 'project_id' : never) : never;

type AutoFilled<X, F extends PropertyKey> = [F] extends [never]
  ? X
  : X extends object
    ? Omit<X, F> & Partial<Pick<X, F & keyof X>>
    : X;

type PathOption<X, F extends PropertyKey> = [X] extends [never] | [undefined]
  ? { path?: Record<string, string | number> }
  : Record<string, never> extends AutoFilled<X, F>
    ? { path?: AutoFilled<X, F> }
    : { path: AutoFilled<X, F> };
type QueryOption<Q> = [Q] extends [never] | [undefined] ? { query?: Record<string, unknown> } : { query?: Q };
/**
 * Request bodies are the generated types as they are: fields the spec requires (a server's
 * `name` and `flavorRef`, an attachment's `volume_uuid`) are required, the rest optional. A
 * field with a `default` is optional too: the generator runs with `defaultNonNullable: false`.
 */
type BodyOption<B> = [B] extends [never] ? { body?: undefined } : { body?: B };

/** Options of a call that are not tied to the route. */
export interface CommonRequestOptions {
  headers?: Record<string, string> | undefined;
  /** Microversion for this call only (compute, volume). */
  microversion?: string | undefined;
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  onUploadProgress?: ((sent: number, total: number | undefined) => void) | undefined;
  /** Answer a RawResponse (status, headers, body bytes) instead of the decoded body. */
  raw?: boolean | undefined;
  /** Answer a StreamResponse (body as a stream) instead of the decoded body. */
  stream?: boolean | undefined;
}

/** Options of `cloud.request(service, key, options)`, typed from the route. */
export type RequestOptions<S extends Service, K> = CommonRequestOptions &
  PathOption<PathParamsOf<Operation<S, K>>, AutoFilledParam<S, K>> &
  QueryOption<QueryOf<Operation<S, K>>> &
  BodyOption<BodyOf<Operation<S, K>>>;

type ContentOf<R> = R extends { content: infer C }
  ? 'application/json' extends keyof C
    ? C['application/json']
    : C[keyof C]
  : undefined;

type SuccessCodes = 200 | 201 | 202 | 203 | 204 | 206 | 300;

/** The decoded body of a route's success responses (undefined for 204). */
export type ResponseOf<S extends Service, K> = Operation<S, K> extends { responses: infer R }
  ? { [C in keyof R & SuccessCodes]: ContentOf<R[C]> }[keyof R & SuccessCodes]
  : unknown;

/** A response with its bytes (`raw: true`). */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A response with its body as a stream (`stream: true`). */
export interface StreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  stream: Readable;
}

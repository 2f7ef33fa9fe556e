/** @oscloud/sdk: a typed OpenStack SDK. Types generated from schemas/ live in ./generated. */
export { SDK_VERSION } from './version.js';

export { Cloud, buildQuery } from './cloud.js';
export type { CallOptions, CloudAuth, CloudOptions, ConnectOptions, TransportOptions } from './cloud.js';
export { listClouds, loadCloudConfig } from './config.js';
export type { AuthConfig, CloudConfig, Interface, LoadCloudConfigOptions } from './config.js';
export { buildAuthRequest, isExpiring, scopeOf, tokenInfo } from './auth.js';
export type { Token, TokenBody, TokenInfo } from './auth.js';
export { defaultTokenCacheDir, TokenCache, tokenCacheKey } from './token-cache.js';
export { SERVICE_TYPE_ALIASES, ServiceCatalog, serviceRoot } from './catalog.js';
export type { CatalogEndpoint, CatalogEntry } from './catalog.js';
export {
  CLIENT_MAX_MICROVERSION,
  compareVersions,
  isVersionDocument,
  microversionHeaders,
  microversionPin,
  negotiateMicroversion,
  parseVersionDocument,
} from './microversion.js';
export type { VersionRange } from './microversion.js';
export {
  AbortedError,
  ApiVersionError,
  BadRequestError,
  ConfigError,
  ConflictError,
  ConnectionError,
  errorClassFor,
  errorClassForResponse,
  ForbiddenError,
  HttpError,
  NotFoundError,
  OverLimitError,
  parseErrorBody,
  SdkError,
  TimeoutError,
  UnauthorizedError,
  WaitError,
} from './errors.js';
export type { HttpErrorInit, Match, ParsedErrorBody, Service } from './errors.js';
export { HttpClient, parseRetryAfter, retryDelay } from './http.js';
export type { HttpRequest, HttpResponse, HttpSettings } from './http.js';
export { formatLogEvent, hashToken, MASK, redact, redactBody, redactHeaders } from './log.js';
export type { RequestLogEvent, RequestLogger } from './log.js';
export { collect, nextLink, paginate } from './paginate.js';
export type { ListOptions } from './paginate.js';
export { waitForDelete, waitForStatus } from './wait.js';
export type { WaitGetter, WaitOptions, WaitProgress } from './wait.js';
export type {
  AutoFilledParam,
  CommonRequestOptions,
  HttpMethod,
  Operation,
  RawData,
  RawResponse,
  RequestOptions,
  ResponseOf,
  RouteKey,
  ServicePaths,
  StreamResponse,
} from './typed.js';
export { Collection } from './resources/base.js';
export type { CollectionSpec, HelperOptions } from './resources/base.js';
export * from './resources/compute.js';
export * from './resources/image.js';
export * from './resources/volume.js';
export * from './resources/volume-ext.js';
export * from './resources/network.js';
export * from './resources/object-store.js';
export * from './resources/identity.js';
export * from './resources/identity-ext.js';

/** The one error family of the controller, rendered in each service's own OpenStack body shape. */

/** Which wire format an error is rendered in. */
export type ErrorStyle = 'nova' | 'cinder' | 'keystone' | 'glance' | 'neutron' | 'agent' | 'swift';

/** Standard reason phrases used in titles (Keystone, Glance). */
const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Request Entity Too Large',
  415: 'Unsupported Media Type', 416: 'Requested Range Not Satisfiable', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable',
};

/** Nova/Cinder fault names by status (`{"itemNotFound": {...}}`). */
const NOVA_FAULTS: Record<number, string> = {
  400: 'badRequest', 401: 'unauthorized', 403: 'forbidden', 404: 'itemNotFound', 405: 'badMethod',
  409: 'conflictingRequest', 413: 'overLimit', 415: 'badMediaType', 429: 'overLimit', 501: 'notImplemented',
  503: 'serviceUnavailable',
};

/** Neutron exception type names by status. */
const NEUTRON_TYPES: Record<number, string> = {
  400: 'HTTPBadRequest', 401: 'HTTPUnauthorized', 403: 'HTTPForbidden', 404: 'HTTPNotFound', 405: 'HTTPMethodNotAllowed',
  409: 'HTTPConflict', 412: 'RevisionNumberConstraintFailed', 413: 'HTTPRequestEntityTooLarge', 500: 'HTTPInternalServerError',
};

/** Options shared by the error constructors. */
export interface ApiErrorOptions {
  /** Nova/Cinder fault key override (e.g. 'overLimit' for a 403 quota error), Neutron `type` (e.g. 'NetworkNotFound'). */
  type?: string;
  /** Swift: send the message as plain text instead of Swift's HTML error page. */
  plain?: boolean;
  /** Neutron `detail`. */
  detail?: string;
  /** Extra response headers (e.g. Retry-After, WWW-Authenticate). */
  headers?: Record<string, string>;
}

/** An error with an HTTP status and a client-safe message; rendered by the app's error handler. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The body of this error in the given service's format. */
  body(style: ErrorStyle): unknown {
    return renderError(style, this.status, this.message, this.options);
  }
}

/** Escapes text for HTML element content and double-quoted attribute values (error pages, the dashboard's login form). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Renders `{status, message}` in the wire shape of `style`. */
export function renderError(style: ErrorStyle, status: number, message: string, options: ApiErrorOptions = {}): unknown {
  const title = TITLES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
  switch (style) {
    case 'nova':
    case 'cinder': {
      const key = options.type ?? NOVA_FAULTS[status] ?? (status >= 500 ? 'computeFault' : 'badRequest');
      return { [key]: { code: status, message } };
    }
    case 'keystone':
      return { error: { code: status, message, title } };
    case 'glance':
      return { code: `${status} ${title}`, title, message };
    case 'neutron':
      return {
        NeutronError: { type: options.type ?? NEUTRON_TYPES[status] ?? 'HTTPError', message, detail: options.detail ?? '' },
      };
    case 'agent':
      return { error: { code: status, message } };
    case 'swift':
      // Swift (webob) answers an HTML page, or a plain-text message for its own checks.
      return options.plain ? message : `<html><h1>${title}</h1><p>${escapeHtml(message)}</p></html>`;
  }
}

/** 400 */
export const badRequest = (message = 'Bad request', o?: ApiErrorOptions): ApiError => new ApiError(400, message, o);
/** 401 */
export const unauthorized = (message = 'The request you have made requires authentication.', o?: ApiErrorOptions): ApiError =>
  new ApiError(401, message, o);
/** 403 */
export const forbidden = (message = 'You are not authorized to perform the requested action.', o?: ApiErrorOptions): ApiError =>
  new ApiError(403, message, o);
/** 404 */
export const notFound = (message = 'The resource could not be found.', o?: ApiErrorOptions): ApiError => new ApiError(404, message, o);
/** 405 */
export const methodNotAllowed = (message = 'Method not allowed', o?: ApiErrorOptions): ApiError => new ApiError(405, message, o);
/** 409 */
export const conflict = (message = 'Conflict', o?: ApiErrorOptions): ApiError => new ApiError(409, message, o);
/** 412 */
export const preconditionFailed = (message = 'Precondition failed', o?: ApiErrorOptions): ApiError => new ApiError(412, message, o);
/** 413 (Nova/Cinder quota errors are 403 or 413 with key `overLimit`; pass the status you need). */
export const overLimit = (message = 'Quota exceeded', status = 413, o?: ApiErrorOptions): ApiError =>
  new ApiError(status, message, { type: 'overLimit', ...o });
/** 415 */
export const unsupportedMediaType = (message = 'Unsupported media type', o?: ApiErrorOptions): ApiError =>
  new ApiError(415, message, o);
/** 501 */
export const notImplemented = (message = 'Not implemented', o?: ApiErrorOptions): ApiError => new ApiError(501, message, o);

/** True for an ApiError (also across module copies). */
export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

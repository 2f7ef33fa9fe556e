/** Errors raised by host work; `code` is the HTTP-style fault code reported to the controller. */
export class AgentError extends Error {
  constructor(
    message: string,
    readonly code: number = 500,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AgentError';
  }
}

/** The thing the task names does not exist on this host. */
export class NotFoundError extends AgentError {
  constructor(message: string) {
    super(message, 404);
    this.name = 'NotFoundError';
  }
}

/** The request conflicts with the current state (e.g. volume in use). */
export class ConflictError extends AgentError {
  constructor(message: string) {
    super(message, 409);
    this.name = 'ConflictError';
  }
}

/** Host lacks the capacity for the request. */
export class CapacityError extends AgentError {
  constructor(message: string) {
    super(message, 507);
    this.name = 'CapacityError';
  }
}

/** The payload is unusable (bad image format, checksum mismatch...). */
export class InvalidError extends AgentError {
  constructor(message: string) {
    super(message, 400);
    this.name = 'InvalidError';
  }
}

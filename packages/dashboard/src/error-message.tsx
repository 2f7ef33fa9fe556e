// An API failure as the user should see it: the service's own message and the request id to
// quote to an operator (from the SDK's HttpError), never a stack trace.
import { HttpError } from '@oscloud/sdk';

/** The text and request id of any error. */
export function describeError(err: unknown): { message: string; requestId?: string | undefined } {
  if (err instanceof HttpError) return { message: err.serverMessage ?? err.message, requestId: err.requestId };
  return { message: err instanceof Error ? err.message : String(err) };
}

/** Shows an error (nothing when there is none), announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (error === undefined || error === null) return null;
  const { message, requestId } = describeError(error);
  return (
    <div class="error" role="alert">
      <span class="error-message">{message}</span>
      {requestId ? <span class="request-id"> (request id {requestId})</span> : null}
    </div>
  );
}

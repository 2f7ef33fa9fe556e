// A session that ends under the user (token expired or revoked elsewhere: the API answers 401):
// every page's loads and actions report it here, and the shell asks for the login again in a
// dialog over the page, so what the user typed in its forms is still there afterwards.
import { HttpError } from '@oscloud/sdk';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What the shell does when a request finds the session gone. */
export const ExpiryContext = createContext<() => void>(() => undefined);

/** True for the API's "your token is not valid (any more)". */
export function isExpired(err: unknown): boolean {
  return err instanceof HttpError && err.status === 401;
}

/** True for "that resource is gone" (deleted elsewhere while still on screen). */
export function isGone(err: unknown): boolean {
  return err instanceof HttpError && err.status === 404;
}

/** A function that reports `err` to the shell when it means the session expired. */
export function useExpiry(): (err: unknown) => void {
  const expired = useContext(ExpiryContext);
  return (err) => {
    if (isExpired(err)) expired();
  };
}

// Pieces every page's forms and row actions share: a labelled select, the values of a submitted
// form, an action runner that keeps the API's error for display and refreshes after success, and
// a form making one API call that shows its own error.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorMessage } from './error-message.js';
import { isGone, useExpiry } from './expiry.js';

/** One option of a select. */
export interface Option {
  value: string;
  label: string;
}

/** A labelled select of `options`. */
export function Choice({ label, name, options, required }: { label: string; name: string; options: Option[] | undefined; required?: boolean }) {
  return (
    <label>
      {label}
      <select name={name} required={required}>
        {options?.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The trimmed text values of a submitted form, by field name ('' when absent). */
export function formValues(ev: Event): (name: string) => string {
  const form = new FormData(ev.currentTarget as HTMLFormElement);
  return (name) => String(form.get(name) ?? '').trim();
}

/**
 * Runs API calls for a page: the last error (cleared on the next try), busy while one runs,
 * `after` on success — and after a 404 too (the resource was deleted elsewhere: the list is
 * refreshed so it leaves the screen); a 401 asks for the login again (expiry.ts).
 */
export function useActions(after: () => void): { error: unknown; busy: boolean; run: (call: () => Promise<unknown>) => Promise<boolean>; fail: (err: unknown) => void } {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const expiry = useExpiry();
  const run = async (call: () => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    setBusy(true);
    try {
      await call();
      after();
      return true;
    } catch (err) {
      setError(err);
      expiry(err);
      if (isGone(err)) after();
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run, fail: setError };
}


/**
 * A form that makes one API call: its legend, fields (children), the call's error shown inside
 * the form that caused it (with the API's message and request id), and a submit button disabled
 * while the call runs. Reset after success; `after` then refreshes the page's lists.
 */
export function ActionForm({
  label,
  legend,
  submitLabel,
  submit,
  after,
  disabled,
  children,
}: {
  label: string;
  legend: ComponentChildren;
  submitLabel: string;
  submit: (value: (name: string) => string, form: HTMLFormElement) => Promise<unknown>;
  after: () => void;
  disabled?: boolean | undefined;
  children: ComponentChildren;
}) {
  const { error, busy, run } = useActions(after);
  const onSubmitForm = async (ev: Event) => {
    ev.preventDefault();
    const formEl = ev.currentTarget as HTMLFormElement;
    const value = formValues(ev);
    if (await run(() => submit(value, formEl))) formEl.reset();
  };
  return (
    <form aria-label={label} onSubmit={onSubmitForm}>
      <fieldset>
        <legend>{legend}</legend>
        {children}
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy || !!disabled}>
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}

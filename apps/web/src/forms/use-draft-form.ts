import { useState } from 'react';
import { describeError } from '../components/describe-error.ts';
import { countUnder, toFieldErrorMap, unplacedErrors, type FieldError, type FieldErrorMap } from './field-errors.ts';
import type { FormAlertContent } from './form-alert.tsx';
import { validationErrorOf, type Payload } from './handle-payload.ts';
import { useFieldErrors } from './use-field-errors.ts';

interface DraftFormOptions<D, Tab extends string> {
  initial: D | (() => D);
  /** The input paths each tab shows (a path `dcr` covers `dcr.*`); one tab for a form without tabs. */
  tabs: Record<Tab, readonly string[]>;
  /** Checks the browser can make before sending, as field errors. */
  check?: (draft: D) => FieldError[];
}

type Success<P> = Exclude<P, { __typename: 'ValidationError' }>;

/**
 * The state of an editor form: the draft, the errors beside its fields, the tab shown and the
 * alert above it. `submit` checks the draft, sends it, and shows a ValidationError beside the
 * fields it names (opening the first tab with one); errors no field shows go to the alert.
 */
export function useDraftForm<D, Tab extends string>({ initial, tabs, check }: DraftFormOptions<D, Tab>) {
  const [draft, setDraft] = useState<D>(initial);
  const fieldErrors = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const tabKeys = Object.keys(tabs) as Tab[];
  const [tab, setTab] = useState<Tab>(tabKeys[0]!);
  const errorCount = (t: Tab) => countUnder(fieldErrors.errors, tabs[t]);

  function showErrors(list: readonly FieldError[], title: string) {
    const map: FieldErrorMap = toFieldErrorMap(list);
    fieldErrors.show(list);
    setTab((current) => (countUnder(map, tabs[current]) > 0 ? current : (tabKeys.find((t) => countUnder(map, tabs[t]) > 0) ?? current)));
    setAlert({ kind: 'error', title, messages: unplacedErrors(map, tabKeys.flatMap((t) => tabs[t])) });
  }

  /** Sets one field of the draft and clears the errors shown at it. */
  function edit<K extends keyof D & string>(key: K, value: D[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    fieldErrors.clear(key);
  }

  async function submit<P extends Payload>(send: (draft: D) => Promise<P | null | undefined>, onSuccess: (payload: Success<P>) => unknown) {
    setAlert(null);
    const local = check?.(draft) ?? [];
    if (local.length > 0) return showErrors(local, 'Some fields need attention.');
    try {
      const payload = await send(draft);
      const invalid = validationErrorOf(payload);
      if (invalid) showErrors(invalid.fieldErrors, invalid.message);
      else if (payload) await onSuccess(payload as Success<P>);
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  /** After an update: the errors are gone and the alert says so. */
  function saved(title: string) {
    fieldErrors.reset();
    setAlert({ kind: 'success', title });
  }

  return { draft, setDraft, edit, errors: fieldErrors.errors, at: fieldErrors.at, clear: fieldErrors.clear, tab, setTab, errorCount, alert, setAlert, submit, saved };
}

export type DraftForm<D, Tab extends string> = ReturnType<typeof useDraftForm<D, Tab>>;

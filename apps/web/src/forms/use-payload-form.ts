import { useState } from 'react';
import { describeError } from '../components/describe-error.ts';
import type { FieldError } from './field-errors.ts';
import { handlePayload, type Payload, type PayloadHandlers, type ValidationErrorFields } from './handle-payload.ts';
import { useFieldErrors } from './use-field-errors.ts';

/** "Cannot reach Gatehouse. Check your connection…": what a failed request says above a form. */
export function describeFailure(error: unknown): string {
  const { title, message } = describeError(error);
  return `${title}. ${message}`;
}

/**
 * A form that sends one mutation and reacts to each member of its payload union: the errors
 * beside its fields, and one problem above it (a refused request, or an error no field shows).
 */
export function usePayloadForm(describe: (error: unknown) => string = describeFailure) {
  const fields = useFieldErrors();
  const [problem, setProblem] = useState<string | null>(null);

  /** Clears the last outcome and shows what the browser found; true when there is nothing to fix. */
  function begin(local: readonly FieldError[]): boolean {
    setProblem(null);
    fields.show(local);
    return local.length === 0;
  }

  async function send<P extends Payload>(request: () => Promise<P | null | undefined>, handlers: PayloadHandlers<P, unknown>) {
    let payload;
    try {
      payload = await request();
    } catch (error) {
      setProblem(describe(error));
      return;
    }
    await handlePayload(payload, handlers);
  }

  /** A ValidationError: its message above the form, its field errors beside the fields. */
  function showInvalid({ message, fieldErrors }: ValidationErrorFields) {
    setProblem(message);
    fields.show(fieldErrors);
  }

  return { ...fields, problem, setProblem, begin, send, showInvalid };
}

/** The browser's own checks as field errors: each path with a message fails, `null` passes. */
export function localErrors(checks: Record<string, string | null>): FieldError[] {
  return Object.entries(checks).flatMap(([path, message]) => (message === null ? [] : [{ path, message }]));
}

/** The named text values of a submitted form. */
export function formValues<K extends string>(form: HTMLFormElement, names: readonly K[]): Record<K, string> {
  const data = new FormData(form);
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? '')])) as Record<K, string>;
}

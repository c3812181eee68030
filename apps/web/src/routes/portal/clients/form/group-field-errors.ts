import type { FieldError } from '../../../../forms/field-errors.ts';

/** Errors of the wizard's fields, keyed the way the form shows them. */
export interface WizardFieldErrors {
  catalogueEntryIds: string[];
  clientName: string[];
  /** About the Redirect URLs field as a whole (`redirectUris`). */
  redirectUris: string[];
  /** About one parsed URL (`redirectUris.N`, N counting from 0 over the split items). */
  redirectUriItems: Map<number, string[]>;
  /** Paths the form has no field for; shown in the summary. */
  other: string[];
}

export function emptyWizardFieldErrors(): WizardFieldErrors {
  return { catalogueEntryIds: [], clientName: [], redirectUris: [], redirectUriItems: new Map(), other: [] };
}

/** Sorts field errors to the fields they concern. Accepts an `input.` prefix on paths. */
export function groupFieldErrors(errors: readonly FieldError[]): WizardFieldErrors {
  const grouped = emptyWizardFieldErrors();
  for (const { path, message } of errors) {
    const [field, index, ...rest] = path.replace(/^input\./, '').split('.');
    if (field === 'redirectUris' && index !== undefined && /^\d+$/.test(index)) {
      const n = Number(index);
      grouped.redirectUriItems.set(n, [...(grouped.redirectUriItems.get(n) ?? []), message]);
    } else if (
      rest.length === 0 &&
      (field === 'clientName' || field === 'redirectUris' || field === 'catalogueEntryIds')
    ) {
      // `catalogueEntryIds.N` names one API; the form shows API errors on the whole list.
      grouped[field].push(message);
    } else if (field === 'catalogueEntryIds') {
      grouped.catalogueEntryIds.push(message);
    } else {
      grouped.other.push(message);
    }
  }
  return grouped;
}

/** True when any field error is present. */
export function hasFieldErrors(e: WizardFieldErrors): boolean {
  return (
    e.catalogueEntryIds.length + e.clientName.length + e.redirectUris.length + e.redirectUriItems.size + e.other.length >
    0
  );
}

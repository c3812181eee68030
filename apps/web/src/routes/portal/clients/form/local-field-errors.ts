import { redirectUriProblem, splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
import { emptyWizardFieldErrors, type WizardFieldErrors } from './group-field-errors.ts';

/**
 * The checks the browser can make before asking the API, for the wizard's step 2 and the edit
 * form: a client name, and each redirect URL acceptable by the shared rules of @gatehouse/dcr
 * (absolute, no fragment, no wildcard, https except on loopback), split by the portal's
 * separator. Whether any URL is required depends on the grant types, which only the API knows.
 */
export function localFieldErrors(clientName: string, redirectUris: string, separator: string): WizardFieldErrors {
  const errors = emptyWizardFieldErrors();
  if (!clientName.trim()) errors.clientName.push('Enter a client name.');
  splitRedirectUris(redirectUris, separator).forEach((uri, n) => {
    const problem = redirectUriProblem(uri);
    if (problem) errors.redirectUriItems.set(n, [problem]);
  });
  return errors;
}

import { redirectUriProblem, splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
import { emptyWizardFieldErrors, type WizardFieldErrors } from './group-field-errors.ts';
import { REDIRECT_URI_SEPARATOR } from './redirect-uri-separator.ts';

/**
 * The step 2 checks the browser can make before asking the API: a client name, and each
 * redirect URL acceptable by the shared rules of @gatehouse/dcr (absolute, no fragment, no
 * wildcard, https except on loopback). Whether any URL is required depends on the grant types
 * of the chosen APIs, which only the API knows.
 */
export function localFieldErrors(clientName: string, redirectUris: string): WizardFieldErrors {
  const errors = emptyWizardFieldErrors();
  if (!clientName.trim()) errors.clientName.push('Enter a client name.');
  splitRedirectUris(redirectUris, REDIRECT_URI_SEPARATOR).forEach((uri, n) => {
    const problem = redirectUriProblem(uri);
    if (problem) errors.redirectUriItems.set(n, [problem]);
  });
  return errors;
}

import { firstHiddenCharacter } from '@gatehouse/dcr/hidden-characters';
import { redirectUriProblem } from '@gatehouse/dcr/redirect-uris';
import { z } from 'zod';

/**
 * The client name field of the wizard and the edit form. The IdP shows it on the consent screen,
 * so it may not hide characters that change how it reads (hidden-characters.ts).
 */
export const clientNameField = z
  .string()
  .trim()
  .min(1, 'Enter a client name.')
  .max(100, 'Use at most 100 characters.')
  .superRefine((name, ctx) => {
    const hidden = firstHiddenCharacter(name);
    if (hidden) {
      ctx.addIssue({ code: 'custom', message: `The client name contains ${hidden}, an invisible or direction-changing character; remove it and type the name as it should read.` });
    }
  });

/**
 * The redirect URIs, a list: each URL is checked by the rules the SPA also runs and sent exactly
 * as given (RFC 9700 section 4.1.3: IdPs compare them as exact strings), so an error's path
 * `redirectUris.N` names the N-th URL. How a person types several URLs in one field (the portal's
 * separator) is the wizard's concern, not the API's.
 */
export const redirectUrisField = z
  .array(z.string().max(2000, 'A redirect URL can have at most 2000 characters.'))
  .max(20, 'Register at most 20 redirect URLs.')
  .superRefine((uris, ctx) => {
    uris.forEach((uri, index) => {
      const problem = uri.trim() === '' ? 'This redirect URL is empty; enter a URL or leave it out.' : redirectUriProblem(uri);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [index] });
    });
  });

/** Grant types that send the user back to a redirect URI (RFC 6749 sections 4.1 and 4.2). */
const REDIRECT_GRANTS = new Set(['authorization_code', 'implicit']);

/** Why the list of redirect URIs cannot be empty for these grant types, or null when it can. */
export function missingRedirectProblem(grantTypes: readonly string[], redirectUris: readonly string[]): string | null {
  if (redirectUris.length > 0 || !grantTypes.some((g) => REDIRECT_GRANTS.has(g))) return null;
  return 'Add at least one redirect URL; the authorization code flow needs one.';
}

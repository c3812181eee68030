import { firstHiddenCharacter } from '@gatehouse/dcr/hidden-characters';
import { redirectUriProblem, splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
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
 * The Redirect URLs field: one string split by the portal's separator (the seed's
 * oauth_redirect_uri_separator), each URL checked by the rules the SPA also runs, so an error's
 * path `redirectUris.N` names the N-th chip.
 */
export function redirectUrisField(separator: string) {
  return z
    .string()
    .max(4000, 'That is too long; register at most 20 redirect URLs.')
    .transform((value) => splitRedirectUris(value, separator))
    .pipe(
      z
        .array(z.string().max(2000, 'A redirect URL can have at most 2000 characters.'))
        .max(20, 'Register at most 20 redirect URLs.')
        .superRefine((uris, ctx) => {
          uris.forEach((uri, index) => {
            const problem = redirectUriProblem(uri);
            if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [index] });
          });
        }),
    );
}

/**
 * `build` for each separator, built once: a zod schema is immutable but costly to construct, and
 * the separator (an admin setting) rarely changes, so each request reuses the parser. Bounded in
 * case an admin tries many separators.
 */
export function perSeparator<T>(build: (separator: string) => T): (separator: string) => T {
  const built = new Map<string, T>();
  return (separator) => {
    let schema = built.get(separator);
    if (schema === undefined) {
      if (built.size >= 8) built.clear();
      schema = build(separator);
      built.set(separator, schema);
    }
    return schema;
  };
}

/** Grant types that send the user back to a redirect URI (RFC 6749 sections 4.1 and 4.2). */
const REDIRECT_GRANTS = new Set(['authorization_code', 'implicit']);

/** Why the list of redirect URIs cannot be empty for these grant types, or null when it can. */
export function missingRedirectProblem(grantTypes: readonly string[], redirectUris: readonly string[]): string | null {
  if (redirectUris.length > 0 || !grantTypes.some((g) => REDIRECT_GRANTS.has(g))) return null;
  return 'Add at least one redirect URL; the authorization code flow needs one.';
}

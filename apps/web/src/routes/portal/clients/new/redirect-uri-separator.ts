/**
 * Separator of the Redirect URLs field, the seed's `oauth_redirect_uri_separator` (default `;`).
 * Hard-coded for now; a later issue makes it a portal setting read from the API. Splitting and
 * per-URL checks come from @gatehouse/dcr/redirect-uris, the same code the API validates with,
 * so the N of a `redirectUris.N` error is the N-th chip here.
 */
export const REDIRECT_URI_SEPARATOR = ';';

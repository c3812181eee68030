/**
 * Separator of the Redirect URLs field, the seed's `oauth_redirect_uri_separator` (default `;`).
 * Hard-coded for now; a later issue makes it a portal setting read from the API.
 */
export const REDIRECT_URI_SEPARATOR = ';';

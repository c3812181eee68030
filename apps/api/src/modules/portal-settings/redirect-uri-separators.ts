/**
 * Characters the portal accepts as the seed's `oauth_redirect_uri_separator`: each splits the
 * wizard's one Redirect URLs field. Letters, digits, `:`, `/`, `.` and the like occur in every
 * URL and would cut them apart, so only these are offered.
 */
export const REDIRECT_URI_SEPARATORS = [';', ',', '|', ' '] as const;
export type RedirectUriSeparator = (typeof REDIRECT_URI_SEPARATORS)[number];

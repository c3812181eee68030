/**
 * Characters that do not show as themselves: control characters (C0, DEL and C1, U+0085 among
 * them), direction overrides and isolates (Unicode Technical Report 9: U+202A..U+202E,
 * U+2066..U+2069, the marks U+200E, U+200F, U+061C) and zero-width characters (U+200B..U+200D,
 * U+2060, U+FEFF, U+180E), and the line and paragraph separators. In a client name they let one
 * client pose as another on the consent screen ("Trojan Source", CVE-2021-42574); in a redirect
 * URI a browser and the IdP may read them differently. No dependencies: the SPA imports this file.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\x00-\x1F\x7F-\x9F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** The first hidden character of `text` as `U+XXXX`, or null when there is none. */
export function firstHiddenCharacter(text: string): string | null {
  const found = HIDDEN.exec(text)?.[0];
  return found === undefined ? null : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with each hidden character shown as "?", so a message quoting it stays readable. */
export function showHiddenCharacters(text: string): string {
  return text.replace(new RegExp(HIDDEN.source, 'gu'), '?');
}

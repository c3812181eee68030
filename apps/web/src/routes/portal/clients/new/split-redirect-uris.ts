/**
 * The redirect URLs typed into one field, split by the portal's separator, trimmed, empty items
 * dropped: `"http://a ; ;https://b"` -> `["http://a", "https://b"]`. The API splits the same way,
 * so the index of an item here is the N of a `redirectUris.N` field error.
 */
export function splitRedirectUris(input: string, separator: string): string[] {
  if (!separator) throw new Error('separator must not be empty');
  return input
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Cards per page of the catalogue: fills a few rows of the grid at any width. */
export const CATALOGUE_PAGE_SIZE = 24;

/** The search a catalogue URL carries (`?q=`), trimmed; '' when none. */
export function searchFromUrl(url: URL | string): string {
  return (new URL(url).searchParams.get('q') ?? '').trim();
}

/** The URL parameters with `?q=` set to the search, or left out when the search is blank. */
export function withSearch(params: URLSearchParams, search: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const q = search.trim();
  if (q) next.set('q', q);
  else next.delete('q');
  return next;
}

/** How many APIs a page shows, for LoadMore's "Showing …" (no total: it would cost a count query). */
export function apisShown(count: number): string {
  return `${count} ${count === 1 ? 'API' : 'APIs'}`;
}

import { describe, expect, it } from 'vitest';
import { apisShown, searchFromUrl, withSearch } from './catalogue-search-params.ts';

describe('searchFromUrl', () => {
  it('reads ?q= trimmed, and empty when it is missing or blank', () => {
    expect(searchFromUrl('http://x/portal/catalogue?q=%20orders%20')).toBe('orders');
    expect(searchFromUrl('http://x/portal/catalogue')).toBe('');
    expect(searchFromUrl('http://x/portal/catalogue?q=+++')).toBe('');
  });
});

describe('withSearch', () => {
  it('sets q to the trimmed search and keeps the other parameters', () => {
    expect(withSearch(new URLSearchParams('tab=all'), '  pay ').toString()).toBe('tab=all&q=pay');
  });
  it('drops q for a blank search, so the plain URL means "everything"', () => {
    expect(withSearch(new URLSearchParams('q=old&tab=all'), '   ').toString()).toBe('tab=all');
  });
  it('does not change the parameters it was given', () => {
    const params = new URLSearchParams('q=old');
    withSearch(params, 'new');
    expect(params.get('q')).toBe('old');
  });
});

describe('apisShown', () => {
  it('counts the APIs shown, singular for one', () => {
    expect(apisShown(24)).toBe('24 APIs');
    expect(apisShown(1)).toBe('1 API');
  });
});

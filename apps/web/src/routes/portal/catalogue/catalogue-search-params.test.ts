import { describe, expect, it } from 'vitest';
import { describeShown, searchFromUrl, withSearch } from './catalogue-search-params.ts';

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

describe('describeShown', () => {
  it('says how many are shown and whether more follow', () => {
    expect(describeShown(24, true, ['API', 'APIs'])).toBe('Showing 24 APIs; more follow.');
    expect(describeShown(1, false, ['API', 'APIs'])).toBe('Showing 1 API.');
  });
});

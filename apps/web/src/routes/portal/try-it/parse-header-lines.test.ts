import { describe, expect, it } from 'vitest';
import { parseHeaderLines } from './parse-header-lines.ts';

describe('parseHeaderLines', () => {
  it('reads Name: value lines, keeping colons in the value and skipping blank lines', () => {
    expect(parseHeaderLines('Accept: application/json\n\nX-Trace:  a:b:c \r\n')).toEqual({
      headers: [
        { name: 'Accept', value: 'application/json' },
        { name: 'X-Trace', value: 'a:b:c' },
      ],
      problems: [],
    });
  });

  it('names the line that is not a header', () => {
    expect(parseHeaderLines('Accept: */*\nnot a header').problems).toEqual(['Line 2 is not a header: write it as Name: value.']);
  });
});

import { describe, expect, it } from 'vitest';
import { countUnder, errorsAt, errorsByField, toFieldErrorMap, unplacedErrors } from './field-errors.ts';

describe('field error map', () => {
  const map = toFieldErrorMap([
    { path: 'name', message: 'Enter a name.' },
    { path: 'dcr.responseTypes', message: 'Token needs Implicit.' },
    { path: 'dcr.responseTypes', message: 'Code needs Authorization Code.' },
    { path: 'apiIds.1', message: 'Gone.' },
    { path: 'somethingElse', message: 'Odd.' },
  ]);

  it('puts each message at its field, list items on the list', () => {
    expect(errorsAt(map, 'dcr.responseTypes')).toEqual(['Token needs Implicit.', 'Code needs Authorization Code.']);
    expect(errorsAt(map, 'apiIds')).toEqual(['Gone.']);
    expect(errorsAt(map, 'description')).toEqual([]);
  });

  it('counts the errors of a tab by its fields', () => {
    expect(countUnder(map, ['dcr'])).toBe(2);
    expect(countUnder(map, ['name', 'apiIds'])).toBe(2);
  });

  it('lists what no field shows', () => {
    expect(unplacedErrors(map, ['name', 'dcr.responseTypes', 'apiIds'])).toEqual(['Odd.']);
    expect(unplacedErrors(map, ['name', 'dcr', 'apiIds'])).toEqual(['Odd.']);
  });
});

describe('errorsByField', () => {
  it('groups messages by the top-level input field', () => {
    expect(
      errorsByField([
        { path: 'headers.2.name', message: 'Not a header name.' },
        { path: 'headers', message: 'Too many headers.' },
        { path: 'input.path', message: 'Start with /.' },
      ]),
    ).toEqual({ headers: ['Not a header name.', 'Too many headers.'], path: ['Start with /.'] });
    expect(errorsByField(undefined)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { pickerChoices, toggleChoice, type ApiChoice } from './picker-choices.ts';

const api = (id: string, dcrEnabled = true): ApiChoice => ({ id, publicName: `API ${id}`, description: '', dcrEnabled });

describe('pickerChoices', () => {
  it('lists chosen APIs missing from the page first, then the page, each once', () => {
    const selected = new Map([['b', api('b')], ['z', api('z')]]);
    expect(pickerChoices([api('a'), api('b')], selected).map((c) => c.id)).toEqual(['z', 'a', 'b']);
  });
  it('is just the page when nothing is chosen', () => {
    expect(pickerChoices([api('a')], new Map()).map((c) => c.id)).toEqual(['a']);
  });
});

describe('toggleChoice', () => {
  it('ticks and unticks, keeping the rest', () => {
    const one = toggleChoice(new Map(), api('a'), true);
    const two = toggleChoice(one, api('b'), true);
    expect([...two.keys()]).toEqual(['a', 'b']);
    expect([...toggleChoice(two, api('a'), false).keys()]).toEqual(['b']);
    expect([...one.keys()]).toEqual(['a']);
  });
  it('never ticks an API without Dynamic Client Registration', () => {
    expect(toggleChoice(new Map(), api('a', false), true).size).toBe(0);
  });
});

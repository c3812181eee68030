import { format } from 'node:util';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// A stray console.error fails the test (STYLE.md, after epic-stack): an error the code did not
// handle is a bug, even when the assertion the test was written for passed.
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(format(...args));
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  expect(calls, 'console.error was called').toEqual([]);
});

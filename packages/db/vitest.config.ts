import { defineConfig } from 'vitest/config';
import './src/test-support/polyfill-map-group-by.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-support/fail-on-console-error.ts'],
  },
});

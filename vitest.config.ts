import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    globals: true,
    environment: 'node',
    // The generated-input tests run thousands of cases (a few seconds alone); on a loaded
    // 2-core machine they passed 5 s, which says nothing about their logic.
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

// Real Firefox ESR with the Firefox build (tests/firefox): one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.ff.ts'],
    globals: true,
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

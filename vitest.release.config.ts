import { defineConfig } from 'vitest/config';

// The store packages made by `npm run release` (tests/release): one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.release.ts'],
    globals: true,
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

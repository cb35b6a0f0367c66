import { defineConfig } from 'vitest/config';

// `npm run screenshots`: pictures of every page from the built extension, for review.
export default defineConfig({
  test: {
    include: ['tests/screenshots/**/*.shots.ts'],
    globals: true,
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

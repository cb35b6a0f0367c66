import { defineConfig } from 'vitest/config';

// `npm run store-assets`: the store listing's images from the built extension (tests/store).
export default defineConfig({
  test: {
    include: ['tests/store/**/*.store.ts'],
    globals: true,
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

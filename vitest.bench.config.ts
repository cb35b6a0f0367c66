import { defineConfig } from 'vitest/config';

// `npm run bench` only: measurements, no assertions.
export default defineConfig({
  test: {
    include: ['bench/**/*.run.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 900_000,
  },
});

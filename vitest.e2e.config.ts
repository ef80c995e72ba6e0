import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension (npm run build:all first).
// One file at a time: two browsers at once on a 2-core machine only adds noise.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});

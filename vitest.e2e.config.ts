import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension (npm run build:all first).
// One file at a time: two browsers at once on a 2-core machine only adds noise.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    // A test's own waits (import, painting: up to 60 s each on a slow machine) fail first, with
    // the step's name; the test's timeout is the backstop above their sum.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});

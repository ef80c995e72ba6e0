import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'cli/**/*.test.ts', 'fixtures/**/*.test.ts', 'demo/**/*.test.ts', 'tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    // Without this a Vitest run that collects nothing would still exit 0.
    passWithNoTests: false,
  },
});

import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

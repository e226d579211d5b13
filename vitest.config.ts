import { defineConfig } from 'vitest/config';

const e2e = process.env.QUIZGEN_E2E === '1';

export default defineConfig({
  test: {
    include: e2e ? ['test/e2e/**/*.test.ts'] : ['test/**/*.test.ts'],
    exclude: e2e ? [] : ['test/e2e/**'],
    testTimeout: e2e ? 60_000 : 20_000,
    fileParallelism: !e2e,
  },
});

import { defineConfig } from 'vitest/config';

// Real browsers with the built extension; run after `npm run build:all` (npm test does both).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps timings honest and avoids starving the browser.
    fileParallelism: false,
  },
});

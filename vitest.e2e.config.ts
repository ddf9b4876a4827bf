import { defineConfig } from 'vitest/config';

// The end-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium, driven by
// playwright-core. One browser per file, files one after the other. `npm run test:e2e` builds first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // expect.poll waits for something to happen; a slow CI machine needs more than the default 1 s.
    expect: { poll: { timeout: 6_000, interval: 50 } },
  },
});

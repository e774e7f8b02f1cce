import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Kùzu and Chromium are native and memory-hungry: files run in forks, a few at a time.
    pool: 'forks',
    maxWorkers: 2,
    // Browser suites poll a real page on a busy 2-core machine: one second is too tight.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and 200-collective readings take seconds on two cores shared by parallel
    // runs: a timeout here says the machine is busy, not that the code is slow (test/bench is).
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          // Real builds of malformed content, one after another.
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          // The fixtures' builds are looked at on this machine only (src/lib/site-address.ts);
          // tests/build/deploy.test.ts removes it for its builds meant for deployment.
          env: { SITE_LOCAL: '1' },
        },
      },
      {
        test: {
          name: 'site',
          // Tests of the built site: dist/ (or SITE_DIR) served on loopback, driven in Chromium.
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/serve-site.ts'],
          // Two cores: one browser at a time keeps the run steady.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

const integration = {
  include: ['test/integration/**/*.int.test.ts'],
  isolate: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'] } },
      { test: { name: 'int-pglite', ...integration, env: { TEST_DB: 'pglite' } } },
      {
        test: {
          name: 'int-postgres',
          ...integration,
          env: { TEST_DB: 'postgres' },
          globalSetup: ['test/support/postgres-server.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          isolate: false,
          globalSetup: [
            'test/support/build-web.ts',
            'test/support/chromium-setup.ts',
            'test/support/demo-dump.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

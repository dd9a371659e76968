import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import workspace packages from source, so `npm test` needs no build first.
export const workspaceAliases = {
  '@safegrid/core/testing': source('./packages/core/src/testing/index.ts'),
  '@safegrid/core': source('./packages/core/src/index.ts'),
  '@safegrid/contracts': source('./packages/contracts/src/index.ts'),
  '@safegrid/storage/testing': source('./packages/storage/src/testing/index.ts'),
  '@safegrid/storage': source('./packages/storage/src/index.ts'),
  '@safegrid/adapters': source('./packages/adapters/src/index.ts'),
  '@safegrid/demo': source('./packages/demo/src/index.ts'),
  '@safegrid/platform': source('./packages/platform/src/index.ts'),
  '@safegrid/api/testing': source('./apps/api/src/testing/index.ts'),
  '@safegrid/api': source('./apps/api/src/index.ts'),
};

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'apps/cli/src/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'bench/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

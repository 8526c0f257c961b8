import preact from '@preact/preset-vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * CI sets MILIA_LENS_REPORT_DIR so each run also writes a JSON report, from which `.ci/run` prints
 * one pass/fail line for the whole run.
 */
const reportDir = process.env.MILIA_LENS_REPORT_DIR;
const reporters: NonNullable<ViteUserConfig['test']>['reporters'] = reportDir
  ? ['default', ['json', { outputFile: `${reportDir}/vitest-${process.pid}.json` }]]
  : ['default'];

export default defineConfig({
  test: {
    reporters,
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

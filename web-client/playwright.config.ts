import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real API, which serves the built SPA (web-client/dist) with its
 * demo data in PostgreSQL. Nothing is started here: the repository's test.sh (or ./run.sh)
 * starts the API first. Chromium is Debian's, never a downloaded one.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results/playwright',
  // Files run side by side (each makes its own data with names no other run uses); the tests of a
  // file run in order in one worker. ./test.sh asks for two workers (E2E_WORKERS) once the suites
  // beside the browser tests are done; one by default, so a journey on ../run.sh is easy to follow.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:5080',
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    // A trace records every action's page and screenshots: a third of the browser tests' CPU, so it
    // is kept only when asked for (E2E_TRACE=1, or `npx playwright test --trace on`); a failure
    // still leaves its screenshot and the error (decision 0006).
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});

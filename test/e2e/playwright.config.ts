import { defineConfig } from '@playwright/test';

/*
 * Browsers are launched by the harness (Debian's Chromium via executablePath), not by Playwright's
 * `use.browserName`, so there are no projects. Paths are relative to this file.
 * Build the renderer first: `npx electron-vite build` (npm run test:e2e does).
 */
export default defineConfig({
  testDir: './specs',
  outputDir: '../../test-results/e2e',
  workers: 2,
  retries: 0,
  fullyParallel: true,
  forbidOnly: process.env.CI !== undefined,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
});

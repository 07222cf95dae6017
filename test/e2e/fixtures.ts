import { test as base, expect } from '@playwright/test';
import type { Browser } from 'playwright-core';
import { launchChromium, launchHarness, type Harness, type HarnessOptions } from './harness/launch';

export interface AppFixtures {
  /** Per-file or per-describe options: `test.use({ harnessOptions: { osLocale: 'zh-CN' } })`. */
  harnessOptions: HarnessOptions;
  /** The app, launched fresh for each test on its own data folder and browser profile. */
  app: Harness;
}

interface WorkerFixtures {
  /** One Chromium per worker; each test still gets its own context (profile, IndexedDB). Not Playwright's `browser`, which would look for its own download. */
  harnessBrowser: Browser;
}

export const test = base.extend<AppFixtures, WorkerFixtures>({
  harnessBrowser: [
    // Playwright reads fixture dependencies from the destructuring pattern, so an empty one is required.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  harnessOptions: [{}, { option: true }],
  app: async ({ harnessOptions, harnessBrowser }, use, testInfo) => {
    // Inside the test's output folder: unique per test and kept after a failure for inspection.
    const app = await launchHarness({
      browser: harnessBrowser,
      ...harnessOptions,
      dataDir: harnessOptions.dataDir ?? testInfo.outputPath('data'),
    });
    try {
      await use(app);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus && !app.page.isClosed()) {
        // Best effort: a crashed page must not hide the real failure behind a screenshot error.
        const screenshot = await app.page.screenshot().catch(() => null);
        if (screenshot !== null) await testInfo.attach('screenshot', { body: screenshot, contentType: 'image/png' });
      }
      await app.close();
    }
  },
});

export { expect };

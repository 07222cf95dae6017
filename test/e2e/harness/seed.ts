import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Listing } from '../../../shared/model';
import { bundlePageScript } from './page-bundle';
import type { SeedTiming } from './page-seed';
import { HARNESS_OUT_DIR } from './paths';

interface SeedTarget {
  page: Page;
  baseUrl: string;
}

/** A same-origin page with no app on it, so seeding never races the app's own database connection. */
export async function openSeedPage({ page, baseUrl }: SeedTarget): Promise<void> {
  await mkdir(HARNESS_OUT_DIR, { recursive: true });
  await writeFile(join(HARNESS_OUT_DIR, 'blank.html'), '<!doctype html><title>seed</title>');
  await page.goto(`${baseUrl}/__harness/blank.html`);
  // evaluate() runs outside the page's CSP, which would refuse an inline or injected script.
  await page.evaluate(await bundlePageScript('page-seed'));
}

/** Seeds `count` generated sample listings through the real Dexie code, then opens `startPath` (null: stays on the blank page). */
export async function seedSampleCatalog(target: SeedTarget, count: number, options: { seed?: number; startPath?: string | null } = {}): Promise<SeedTiming> {
  await openSeedPage(target);
  const timing = await target.page.evaluate(([n, s]) => {
    if (!window.__shelfreadySeed) throw new Error('seed script missing');
    return window.__shelfreadySeed(n, s);
  }, [count, options.seed ?? 42] as const);
  if (options.startPath !== null) await target.page.goto(`${target.baseUrl}${options.startPath ?? '/'}`);
  return timing;
}

/** Writes the given listings through the real Dexie code, then opens `startPath`. */
export async function seedListings(target: SeedTarget, listings: Listing[], startPath = '/'): Promise<void> {
  await openSeedPage(target);
  await target.page.evaluate((rows) => {
    if (!window.__shelfreadyPutListings) throw new Error('seed script missing');
    return window.__shelfreadyPutListings(rows);
  }, listings);
  await target.page.goto(`${target.baseUrl}${startPath}`);
}

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Resolved from this file so the harness works from any working directory (Playwright, tsx scripts). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
export const HARNESS_OUT_DIR = join(REPO_ROOT, 'out', 'harness');
export const HARNESS_SRC_DIR = join(REPO_ROOT, 'test', 'e2e', 'harness');

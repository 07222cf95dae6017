import { join } from 'node:path';
import { bundlePageScript } from './page-bundle';
import { HARNESS_OUT_DIR } from './paths';

export const BRIDGE_FILE = join(HARNESS_OUT_DIR, 'page-bridge.js');

/** The page bridge as an IIFE script, built once per process from page-bridge.ts with the real buildApi(). */
export function bundleBridge(): Promise<string> {
  return bundlePageScript('page-bridge');
}

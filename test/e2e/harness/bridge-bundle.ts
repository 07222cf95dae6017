import { bundlePageScript } from './page-bundle';

/** The page bridge as an IIFE script, built once per process from page-bridge.ts with the real buildApi(). */
export function bundleBridge(): Promise<string> {
  return bundlePageScript('page-bridge');
}

import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { HARNESS_OUT_DIR, HARNESS_SRC_DIR, REPO_ROOT } from './paths';

export const BRIDGE_FILE = join(HARNESS_OUT_DIR, 'bridge.js');

let cached: Promise<string> | undefined;

function isOutput(value: unknown): value is Rolldown.RolldownOutput {
  return typeof value === 'object' && value !== null && 'output' in value;
}

async function buildBridge(): Promise<string> {
  const result = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: join(HARNESS_SRC_DIR, 'page-bridge.ts'), formats: ['iife'], name: 'shelfreadyBridge', fileName: () => 'bridge.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).filter(isOutput);
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('page bridge build produced no chunk');
  // Kept on disk for reading and for /__harness/bridge.js; temp + rename because workers build in parallel.
  await mkdir(HARNESS_OUT_DIR, { recursive: true });
  const temp = `${BRIDGE_FILE}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(temp, chunk.code);
  await rename(temp, BRIDGE_FILE);
  return chunk.code;
}

/** The page bridge as an IIFE script, built once per process from page-bridge.ts with the real buildApi(). */
export function bundleBridge(): Promise<string> {
  cached ??= buildBridge().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

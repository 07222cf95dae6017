import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { HARNESS_OUT_DIR, HARNESS_SRC_DIR, REPO_ROOT } from './paths';

const cache = new Map<string, Promise<string>>();

function isOutput(value: unknown): value is Rolldown.RolldownOutput {
  return typeof value === 'object' && value !== null && 'output' in value;
}

async function buildIife(entryName: string): Promise<string> {
  const result = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@shared': join(REPO_ROOT, 'shared') } },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: join(HARNESS_SRC_DIR, `${entryName}.ts`), formats: ['iife'], name: entryName.replace(/\W/g, '_'), fileName: () => `${entryName}.js` },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).filter(isOutput);
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error(`${entryName} build produced no chunk`);
  // Kept on disk for reading; temp + rename because test workers build in parallel.
  await mkdir(HARNESS_OUT_DIR, { recursive: true });
  const file = join(HARNESS_OUT_DIR, `${entryName}.js`);
  const temp = `${file}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(temp, chunk.code);
  await rename(temp, file);
  return chunk.code;
}

/** A harness page script (test/e2e/harness/<entryName>.ts) as an IIFE, built once per process. */
export function bundlePageScript(entryName: string): Promise<string> {
  let pending = cache.get(entryName);
  if (pending === undefined) {
    pending = buildIife(entryName).catch((error: unknown) => {
      cache.delete(entryName);
      throw error;
    });
    cache.set(entryName, pending);
  }
  return pending;
}

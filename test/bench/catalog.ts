/*
 * npm run bench:catalog — 10,000 realistic listings through the real Dexie code in Chromium:
 * bulk seed time, app ready → first rows painted, and search-as-you-type latency per keystroke.
 * Each figure is printed next to a baseline measured in the same run (the naive design: read
 * every full listing and scan it), because absolute times on shared machines are noisy.
 */
import { cpus, totalmem, type as osType, release } from 'node:os';
import { launchHarness } from '../e2e/harness/launch';
import { openSeedPage, seedSampleCatalog } from '../e2e/harness/seed';

const COUNT = 10_000;
const LOADS = 5;
const KEYSTROKES = 50;
// What merchandisers type: codes, English and Chinese words, tags; Backspace counts as a keystroke.
const TYPED = ['wm26', 'sweater', '羊毛', 'dress', '直播', 'bg26a-001', 'wool blend'];

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

function keystrokePlan(): string[] {
  const keys: string[] = [];
  for (const word of TYPED) {
    keys.push(...word.split(''), ...word.split('').map(() => 'Backspace'));
    if (keys.length >= KEYSTROKES) break;
  }
  return keys.slice(0, KEYSTROKES);
}

/** Records when the app is ready, when the first catalog row appears, and the latest DOM change. */
function installMarks() {
  const marks = { lastMutationAt: 0, inputAt: 0 } as NonNullable<Window['__bench']>;
  window.__bench = marks;
  new MutationObserver(() => {
    const now = performance.now();
    marks.lastMutationAt = now;
    if (marks.readyAt === undefined && document.querySelector('[data-app-state="ready"]')) marks.readyAt = now;
    if (marks.firstRowsAt === undefined && document.querySelector('[data-testid="catalog-row"]')) {
      // The next frame after the rows are in the DOM is when they are painted.
      marks.firstRowsAt = now;
      requestAnimationFrame(() => setTimeout(() => (marks.firstRowsAt = performance.now()), 0));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('beforeinput', () => (marks.inputAt = performance.now()), true);
}

/** Resolves when the DOM has been quiet for two frames; returns input → last DOM change + paint. */
function settleAfterInput(): Promise<number> {
  return new Promise((resolve) => {
    let quietFrames = 0;
    let seen = window.__bench?.lastMutationAt ?? 0;
    const tick = () => {
      const marks = window.__bench;
      if (!marks) return resolve(NaN);
      if (marks.lastMutationAt !== seen) {
        seen = marks.lastMutationAt;
        quietFrames = 0;
      } else quietFrames++;
      if (quietFrames >= 2) return resolve(Math.max(marks.lastMutationAt, marks.inputAt) - marks.inputAt);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function main() {
  const app = await launchHarness({ viewport: { width: 1440, height: 900 }, startPath: null, osLocale: 'zh-CN' });
  try {
    // tsx (esbuild keepNames) wraps inner functions in __name(); page-side copies need it defined.
    await app.context.addInitScript('globalThis.__name ??= (fn) => fn;');
    await app.context.addInitScript(installMarks);
    const seed = await seedSampleCatalog(app, COUNT, { seed: 2026, startPath: null });

    const firstRows: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await app.page.goto(`${app.baseUrl}/`);
      await app.page.waitForSelector('[data-testid="catalog-row"]');
      const marks = await app.page.waitForFunction(() => {
        const m = window.__bench;
        return m?.readyAt !== undefined && m.firstRowsAt !== undefined && m.firstRowsAt > m.readyAt ? m : null;
      });
      const m = await marks.jsonValue();
      if (m) firstRows.push((m.firstRowsAt ?? NaN) - (m.readyAt ?? NaN));
    }

    const search = app.page.getByRole('searchbox');
    await search.click();
    const latencies: number[] = [];
    for (const key of keystrokePlan()) {
      if (key === 'Backspace') await app.page.keyboard.press('Backspace');
      else await app.page.keyboard.insertText(key);
      latencies.push(await app.page.evaluate(settleAfterInput));
    }
    const queries = keystrokePlan().reduce<string[]>((acc, key) => {
      const prev = acc.at(-1) ?? '';
      acc.push(key === 'Backspace' ? prev.slice(0, -1) : prev + key);
      return acc;
    }, []);

    await openSeedPage(app);
    const baseline = await app.page.evaluate((q) => {
      if (!window.__shelfreadyBaseline) throw new Error('baseline script missing');
      return window.__shelfreadyBaseline(q);
    }, queries.filter(Boolean));

    const cpu = cpus();
    const report = [
      `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}, Chromium ${app.browser.version()}`,
      `catalog: ${COUNT.toLocaleString('en')} listings (seed 2026)`,
      `seed: generate ${ms(seed.generateMs)}, bulk write through the repo ${ms(seed.writeMs)} (${(COUNT / (seed.writeMs / 1000)).toFixed(0)} listings/s)`,
      `first rows after ready: median ${ms(median(firstRows))} of ${firstRows.length} loads [${firstRows.map((x) => x.toFixed(0)).join(', ')}]  target < 500 ms: ${median(firstRows) < 500 ? 'met' : 'MISSED'}`,
      `  baseline (read all ${baseline.count} full listings): ${ms(baseline.readAllMs)}  ratio ours/baseline ${(median(firstRows) / baseline.readAllMs).toFixed(2)}`,
      `keystroke → painted: median ${ms(median(latencies))}, p95 ${ms(percentile(latencies, 95))} over ${latencies.length} keystrokes  target p95 < 50 ms: ${percentile(latencies, 95) < 50 ? 'met' : 'MISSED'}`,
      `  baseline (scan full listings per query, no render): median ${ms(median(baseline.perQueryMs))}, p95 ${ms(percentile(baseline.perQueryMs, 95))}  ratio p95 ours/baseline ${(percentile(latencies, 95) / percentile(baseline.perQueryMs, 95)).toFixed(2)}`,
    ];
    process.stdout.write(report.join('\n') + '\n');
  } finally {
    await app.close();
  }
}

await main();

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringOf, today } from '../args';
import { withWorkspace, type Command } from '../context';
import { EXIT } from '../io';
import { assess, channelSummaries, printReadiness } from '../readiness';
import { exportChannels } from './export';
import { ensureFolder } from './render';

/*
 * `npm run demo` = `shelfready demo`: the sample launch (resources/sample-launch) checked for
 * Taobao, Amazon and Shopify, then exported for the three into ./out/demo. Some sample listings are
 * deliberately not ready: the demo reports them and leaves them out, which is the product working,
 * so it exits 0; it exits 1 only if a package could not be written.
 */

const DEMO_CHANNELS = ['taobao', 'amazon', 'shopify'] as const;

/** resources/sample-launch from the source tree (electron/cli/commands) or the build (out/main). */
function sampleLaunch(cwd: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../../../resources/sample-launch'), resolve(here, '../../resources/sample-launch'), resolve(cwd, 'resources/sample-launch')];
  return candidates.find((c) => existsSync(join(c, 'bundle.json'))) ?? resolve(cwd, 'resources/sample-launch');
}

export const demoCommand: Command = {
  options: { out: { type: 'string' }, bundle: { type: 'string' } },
  async run(ctx) {
    const bundleDir = stringOf(ctx.values, 'bundle') ?? sampleLaunch(process.cwd());
    const outDir = await ensureFolder(stringOf(ctx.values, 'out') ?? 'out/demo');
    const { t } = ctx.out.messages;
    const asOf = today(ctx.now());
    return withWorkspace(ctx, bundleDir, async (ws) => {
      ctx.out.line(t('demo.step', { step: t('demo.check') }));
      const readiness = assess(ws, ctx.out.messages, DEMO_CHANNELS, { asOf });
      printReadiness(ctx.out, readiness);
      const summary = channelSummaries(readiness, DEMO_CHANNELS);
      ctx.out.line(t('check.summary', { channels: summary.map((s) => `${s.channel} ${s.ready}/${readiness.length}`).join(' · ') }));
      ctx.out.line();
      ctx.out.line(t('demo.step', { step: t('demo.export') }));
      const exports = await exportChannels(ctx.out, ws, DEMO_CHANNELS, { outDir, asOf, isForced: false, now: ctx.now() });
      ctx.out.line();
      ctx.out.line(t('demo.step', { step: t('demo.summary') }));
      for (const e of exports) {
        if (e.folder) ctx.out.line(`  ${t('demo.wrote', { channel: e.channel, count: e.exported.length, folder: e.folder })}`);
        else ctx.out.line(`  ✗ ${t('export.failed', { channel: e.channel, message: e.error?.message ?? '' })}`);
      }
      const notReady = summary.reduce((n, s) => n + s.notReady, 0);
      if (notReady > 0) ctx.out.line(`  ${t('demo.notReady', { count: notReady })}`);
      ctx.out.line(t('demo.done', { out: outDir }));
      ctx.out.json({ command: 'demo', bundle: ws.bundle.dir, out: outDir, asOf, summary: { listings: readiness.length, channels: summary }, exports });
      return exports.every((e) => e.ok) ? EXIT.ok : EXIT.notReady;
    });
  },
};

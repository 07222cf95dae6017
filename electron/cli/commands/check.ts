import { CHANNEL_IDS } from '../../../shared/model/ids';
import { onePositional, parseChannels, parseDate, parseLocales, stringOf, stringsOf, today } from '../args';
import { withWorkspace, type Command } from '../context';
import { EXIT } from '../io';
import { assess, channelSummaries, printReadiness } from '../readiness';

/** shelfready check <bundle> [--channel ID]... [--locale L]... [--as-of DATE] */
export const checkCommand: Command = {
  options: {
    channel: { type: 'string', multiple: true },
    locale: { type: 'string', multiple: true },
    'as-of': { type: 'string' },
  },
  async run(ctx) {
    const bundleDir = onePositional(ctx.positionals, '<bundle>');
    const asked = parseChannels(stringsOf(ctx.values, 'channel'));
    const locales = parseLocales(stringsOf(ctx.values, 'locale'));
    const asOfFlag = stringOf(ctx.values, 'as-of');
    const asOf = asOfFlag === undefined ? today(ctx.now()) : parseDate(asOfFlag);
    return withWorkspace(ctx, bundleDir, async (ws) => {
      const channels = asked.length > 0 ? asked : ws.bundle.manifest.launch?.channels ?? [...CHANNEL_IDS];
      const results = assess(ws, ctx.out.messages, channels, { asOf, locales });
      const summary = channelSummaries(results, channels);
      const notReady = results.filter((r) => !r.ready).length;
      const { t } = ctx.out.messages;
      ctx.out.line(t('check.heading', { listings: results.length, channels: channels.length, asOf }));
      ctx.out.line();
      printReadiness(ctx.out, results);
      ctx.out.line();
      ctx.out.line(t('check.summary', { channels: summary.map((s) => `${s.channel} ${s.ready}/${results.length}`).join(' · ') }));
      ctx.out.json({
        command: 'check',
        bundle: ws.bundle.dir,
        asOf,
        channels,
        locales,
        summary: { listings: results.length, ready: results.length - notReady, notReady, channels: summary },
        imageProblems: ws.imageProblems,
        listings: results,
      });
      return notReady > 0 ? EXIT.notReady : EXIT.ok;
    });
  },
};

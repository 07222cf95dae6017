import { CHANNEL_IDS } from '../../../shared/model/ids';
import { ruleApplies } from '../../../shared/rules/channel-rule';
import { CHANNEL_PACKS } from '../../../shared/rules/packs';
import { EXPORT_CHANNELS } from '../../../shared/publish/export-channels';
import { PUSH_TARGETS } from '../../../shared/publish/accounts';
import { parseDate, stringOf, today } from '../args';
import type { Command } from '../context';
import { EXIT, InputError } from '../io';

/** shelfready channels [--as-of DATE]: the rule packs, their rules and sources. */
export const channelsCommand: Command = {
  options: { 'as-of': { type: 'string' } },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new InputError('errors.tooManyArguments', { value: ctx.positionals[0] });
    const asOfFlag = stringOf(ctx.values, 'as-of');
    const asOf = asOfFlag === undefined ? today(ctx.now()) : parseDate(asOfFlag);
    const { t } = ctx.out.messages;
    const channels = CHANNEL_IDS.map((id) => {
      const pack = CHANNEL_PACKS[id];
      return {
        id,
        version: pack.version,
        locales: [...pack.locales],
        titleUnit: pack.titleUnit,
        canExport: (EXPORT_CHANNELS as readonly string[]).includes(id),
        canPush: (PUSH_TARGETS as readonly string[]).includes(id),
        rules: pack.rules.map((r) => ({
          id: r.id, check: r.check.kind, severity: r.severity, confidence: r.confidence, source: r.source,
          effectiveFrom: r.effectiveFrom, effectiveUntil: r.effectiveUntil ?? null, inForce: ruleApplies(r, asOf),
        })),
      };
    });
    for (const c of channels) {
      ctx.out.line(t('channels.pack', { channel: c.id, version: c.version, locales: c.locales.join(', '), count: c.rules.length }));
      for (const r of c.rules) {
        ctx.out.line(`  ${r.inForce ? '•' : '○'} ${t('channels.rule', { severity: t(`checklist:severity.${r.severity}`, { defaultValue: r.severity }), id: r.id, from: r.effectiveFrom, confidence: r.confidence, source: r.source })}`);
      }
      ctx.out.line();
    }
    ctx.out.json({ command: 'channels', asOf, pushTargets: [...PUSH_TARGETS], channels });
    return EXIT.ok;
  },
};

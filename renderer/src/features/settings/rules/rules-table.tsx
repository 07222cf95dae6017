import { useTranslation } from 'react-i18next';
import { effectiveSeverity, type ChannelPack } from '@shared/rules/channel-rule';
import { useChecklistSettings } from '../../checklist/use-checklist-settings';
import { describeEffective, ruleStatus, type EffectiveText } from './rule-text';
import { useCheckText } from './use-check-text';

/** The pack's rules as of a date: severity as it applies (unverified only warns), confidence, dates, source. */
export function RulesTable({ pack, asOf }: { pack: ChannelPack; asOf: string }) {
  const { t } = useTranslation(['settings', 'checklist', 'common']);
  const settings = useChecklistSettings();
  const checkText = useCheckText();
  const applying = pack.rules.filter((r) => ruleStatus(r, asOf) === 'in-force').length;

  const effective = (e: EffectiveText) => {
    switch (e.key) {
      case 'inForce':
        return t('settings:rules.effective.inForce');
      case 'from':
        return t('settings:rules.effective.from', { date: e.from });
      case 'until':
        return t('settings:rules.effective.until', { date: e.until });
      case 'range':
        return t('settings:rules.effective.range', { from: e.from, until: e.until });
    }
  };

  return (
    <div className="rule-table-wrap">
      <table className="rule-table">
        <caption>
          <span className="sr-only">{t('settings:rules.table.caption', { channel: t(`common:channels.${pack.channel}`), date: asOf })}</span>
          <span className="muted">{t('settings:rules.table.count', { applying, total: pack.rules.length, date: asOf })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="col-check">{t('settings:rules.table.check')}</th>
            <th scope="col" className="col-severity">{t('settings:rules.table.severity')}</th>
            <th scope="col" className="col-confidence">{t('settings:rules.table.confidence')}</th>
            <th scope="col" className="col-effective">{t('settings:rules.table.effective')}</th>
            <th scope="col" className="col-source">{t('settings:rules.table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {pack.rules.map((rule) => {
            const status = ruleStatus(rule, asOf);
            const severity = effectiveSeverity(rule);
            const isDowngraded = severity !== rule.severity;
            return (
              <tr key={rule.id} data-rule-id={rule.id} className={status === 'in-force' ? undefined : `rule-${status}`}>
                <td className="col-check">
                  <span className="rule-check">{checkText(rule.check, { pack, settings })}</span>
                  <code className="rule-id">{rule.id}</code>
                </td>
                <td className="col-severity">
                  <span className={`badge severity-${severity}`} title={isDowngraded ? t('settings:rules.downgraded') : undefined}>
                    {t(`checklist:severity.${severity}`)}
                  </span>
                  {isDowngraded && <span className="rule-note">{t('settings:rules.downgraded')}</span>}
                </td>
                <td className="col-confidence">
                  <span className={`badge confidence-${rule.confidence}`}>{t(`checklist:confidence.${rule.confidence}`)}</span>
                </td>
                <td className="col-effective">
                  <span>{effective(describeEffective(rule))}</span>
                  {status === 'retired' && <span className="badge rule-status retired">{t('settings:rules.status.retired')}</span>}
                  {status === 'not-yet' && <span className="badge rule-status not-yet">{t('settings:rules.status.notYet')}</span>}
                </td>
                {/* Sources quote URLs: shown as text to read or copy, never opened from here. */}
                <td className="col-source rule-source">{rule.source}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

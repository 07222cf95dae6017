import { useTranslation } from 'react-i18next';
import type { ChannelReadiness } from '@shared/checklist/types';
import { Icon } from '../../../components/icon';
import type { EditFn } from '../use-editor-history';
import { AcceptedItems } from './accepted-items';
import { ChecklistItemRow } from './checklist-item-row';
import { acceptItem, undoAccept } from './override-edits';

interface Props {
  result: ChannelReadiness;
  /** Channels that need several locales (own mall) label each block. */
  hasLocaleLabel: boolean;
  edit: EditFn;
}

function scoreLevel(score: number): 'high' | 'mid' | 'low' {
  return score >= 90 ? 'high' : score >= 60 ? 'mid' : 'low';
}

/** One channel in one locale: score, verdict, open items, then the accepted warnings. */
export function LocaleReadiness({ result, hasLocaleLabel, edit }: Props) {
  const { t } = useTranslation('checklist');
  const { t: tc } = useTranslation('common');
  const open = result.items.filter((i) => !i.override);
  const accepted = result.items.filter((i) => i.override);
  const blockers = open.filter((i) => i.severity === 'blocker').length;
  const warnings = open.length - blockers;
  const localeName = tc(`locales.${result.locale}`);
  return (
    <section className="readiness-locale" aria-label={t('panel.inLocale', { locale: localeName })} data-locale={result.locale}>
      {hasLocaleLabel && <h3 className="readiness-locale-name">{localeName}</h3>}
      <div className="readiness-top">
        <div className="readiness-head">
          <span className={`readiness-status ${result.ready ? 'ready' : 'blocked'}`}>
            <Icon name={result.ready ? 'check' : 'alert'} size={13} />
            {result.ready ? t('panel.ready') : t('panel.blockers', { count: blockers })}
          </span>
          {warnings > 0 && <span className="readiness-warnings">{t('panel.warnings', { count: warnings })}</span>}
          <span className="readiness-score">{t('panel.score', { score: result.score })}</span>
        </div>
        <div className={`score-bar ${scoreLevel(result.score)}`} aria-hidden="true">
          <span style={{ width: `${result.score}%` }} />
        </div>
      </div>
      {open.length === 0 ? (
        <p className="checklist-none">{t('panel.allPass')}</p>
      ) : (
        <ul className="checklist-items" aria-live="polite" aria-relevant="additions removals">
          {open.map((item) => (
            <ChecklistItemRow key={item.key} item={item} onAccept={(reason) => edit(null, acceptItem(item.key, reason, Date.now()))} />
          ))}
        </ul>
      )}
      {accepted.length > 0 && <AcceptedItems items={accepted} onUndo={(key) => edit(null, undoAccept(key))} />}
    </section>
  );
}

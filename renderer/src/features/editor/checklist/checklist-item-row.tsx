import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@shared/checklist/types';
import { IN_FORCE } from '@shared/rules/channel-rule';
import { Icon } from '../../../components/icon';
import { useItemMessage } from '../../checklist/use-item-message';
import { focusFieldPath } from '../focus-field';

interface Props {
  item: ChecklistItem;
  onAccept(reason: string): void;
}

/** An open item: click to go to the field; expand for the rule's source and, for warnings, to accept it. */
export function ChecklistItemRow({ item, onAccept }: Props) {
  const { t } = useTranslation('checklist');
  const messageOf = useItemMessage();
  const [isExpanded, setIsExpanded] = useState(false);
  const [reason, setReason] = useState('');
  const detailsId = useId();
  const detailsRef = useRef<HTMLDivElement>(null);
  // The rail scrolls on its own: opened details (with the accept form) should not hide below its edge.
  useEffect(() => {
    if (isExpanded) detailsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [isExpanded]);
  const severity = t(`severity.${item.severity}`);
  const confidence = t(`confidence.${item.confidence}`);
  const message = messageOf(item);

  function submit(e: FormEvent<HTMLFormElement>): void {
    e.preventDefault();
    const text = reason.trim();
    if (text) onAccept(text);
  }

  return (
    <li className={`check-item ${item.severity}`} data-key={item.key}>
      <div className="check-item-row">
        <button type="button" className="check-item-main" title={t('panel.hover', { severity, confidence, source: item.source })} onClick={() => focusFieldPath(item.path)}>
          <span className="check-marker" aria-hidden="true" />
          <span className="sr-only">{t('panel.severityPrefix', { severity })}</span>
          <span className="check-text">{message}</span>
        </button>
        <button
          type="button"
          className="check-expand"
          aria-expanded={isExpanded}
          aria-controls={detailsId}
          aria-label={t('panel.detailsFor', { message })}
          title={t('panel.details')}
          onClick={() => setIsExpanded((v) => !v)}
        >
          <Icon name="back" size={12} />
        </button>
      </div>
      {isExpanded && (
        <div id={detailsId} ref={detailsRef} className="check-details">
          <dl>
            <dt>{t('panel.severity')}</dt>
            <dd>{severity}</dd>
            <dt>{t('panel.confidence')}</dt>
            <dd>{confidence}</dd>
            <dt>{t('panel.source')}</dt>
            <dd className="check-source" title={item.source}>{item.source}</dd>
            <dt>{t('panel.rule')}</dt>
            {/* Rules in force since forever (IN_FORCE) have no date worth showing. */}
            <dd className="check-rule">{item.effectiveFrom === IN_FORCE ? item.ruleId : t('panel.ruleSince', { rule: item.ruleId, date: item.effectiveFrom })}</dd>
          </dl>
          {item.severity === 'warning' ? (
            <form className="accept-form" onSubmit={submit}>
              <input
                type="text"
                value={reason}
                aria-label={t('panel.reasonFor', { message })}
                placeholder={t('panel.reasonPlaceholder')}
                onChange={(e) => setReason(e.target.value)}
              />
              <button type="submit" className="btn" disabled={!reason.trim()}>{t('panel.accept')}</button>
            </form>
          ) : (
            <p className="check-note">{t('panel.blockerNote')}</p>
          )}
        </div>
      )}
    </li>
  );
}

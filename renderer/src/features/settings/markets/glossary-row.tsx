import { useTranslation } from 'react-i18next';
import type { CopyLocale } from '@shared/model/ids';
import type { GlossaryEntry } from '@shared/translation/glossary';
import { Icon } from '../../../components/icon';
import { setTranslation, type GlossaryIssue } from './glossary-edits';

interface Props {
  entry: GlossaryEntry;
  index: number;
  /** Stable per row while editing (entries have no id). */
  rowKey: string;
  locales: readonly CopyLocale[];
  issues: readonly GlossaryIssue[];
  onChange(next: GlossaryEntry): void;
  onRemove(): void;
}

/** One term and its agreed form in each market's language. */
export function GlossaryRow({ entry, index, rowKey, locales, issues, onChange, onRemove }: Props) {
  const { t } = useTranslation(['markets', 'common']);
  const label = entry.term.trim() || t('markets:glossary.unnamed', { number: index + 1 });
  const issueFor = (field: GlossaryIssue['field']) => issues.find((i) => i.index === index && i.field === field);
  const termIssue = issueFor('term');
  return (
    <tr>
      <td className="col-term">
        <input
          id={`glossary-${rowKey}-term`}
          type="text"
          className="cell-input"
          value={entry.term}
          aria-label={t('markets:glossary.termOf', { number: index + 1 })}
          aria-invalid={termIssue !== undefined || undefined}
          aria-describedby={termIssue ? `glossary-${rowKey}-term-error` : undefined}
          onChange={(e) => onChange({ ...entry, term: e.target.value })}
        />
        {termIssue && <span id={`glossary-${rowKey}-term-error`} className="field-error">{t(`markets:glossary.issues.${termIssue.code}`)}</span>}
      </td>
      {locales.map((locale) => {
        const issue = issueFor(locale);
        const errorId = `glossary-${rowKey}-${locale}-error`;
        return (
          <td key={locale}>
            <input
              type="text"
              className="cell-input"
              lang={locale}
              value={entry.translations[locale] ?? ''}
              aria-label={t('markets:glossary.formOf', { term: label, locale: t(`common:locales.${locale}`) })}
              aria-invalid={issue !== undefined || undefined}
              aria-describedby={issue ? errorId : undefined}
              onChange={(e) => onChange(setTranslation(entry, locale, e.target.value))}
            />
            {issue && <span id={errorId} className="field-error">{t(`markets:glossary.issues.${issue.code}`)}</span>}
          </td>
        );
      })}
      <td className="col-actions">
        <button type="button" className="btn ghost icon-btn" aria-label={t('markets:glossary.remove', { term: label })} title={t('markets:glossary.remove', { term: label })} onClick={onRemove}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}

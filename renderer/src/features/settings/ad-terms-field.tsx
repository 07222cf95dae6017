import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistSettings } from '@shared/model/settings';
import { AD_LAW_TERMS, type AdTerm, type AdTermCategory } from '@shared/rules/ad-law-terms';
import { ChipInput } from '../../components/chip-input';
import { applyOwnTerms, enableAllBuiltIn, isBuiltInTermOff, toggleBuiltInTerm, type TermNote } from './checklist-edits';
import { SaveStatusMessage } from './save-status';
import { TermNotes } from './term-notes';
import { useChecklistSave } from './use-checklist-save';

function groupByCategory(terms: readonly AdTerm[]): [AdTermCategory, AdTerm[]][] {
  const groups = new Map<AdTermCategory, AdTerm[]>();
  for (const term of terms) groups.set(term.category, [...(groups.get(term.category) ?? []), term]);
  return [...groups];
}

/** The built-in 广告法 list by category, each term a toggle, and the user's own terms as chips. */
export function AdTermsField({ adTerms }: { adTerms: ChecklistSettings['adTerms'] }) {
  const { t } = useTranslation(['settings', 'checklist']);
  const { save, status, clearStatus } = useChecklistSave();
  const [notes, setNotes] = useState<TermNote[]>([]);
  const groups = useMemo(() => groupByCategory(AD_LAW_TERMS), []);
  const offCount = AD_LAW_TERMS.filter((term) => isBuiltInTermOff(adTerms, term.term)).length;

  function send(next: ChecklistSettings['adTerms']): void {
    clearStatus();
    void save({ adTerms: next });
  }

  function changeOwn(values: string[]): void {
    const result = applyOwnTerms(adTerms, values);
    setNotes(result.notes);
    if (JSON.stringify(result.adTerms) !== JSON.stringify(adTerms)) send(result.adTerms);
  }

  return (
    <fieldset className="ad-terms">
      <legend className="field-label">{t('settings:checklist.adTerms.label')}</legend>
      <p className="field-hint">{t('settings:checklist.adTerms.hint')}</p>
      <div className="ad-terms-summary">
        <span>{t('settings:checklist.adTerms.summary', { active: AD_LAW_TERMS.length - offCount, total: AD_LAW_TERMS.length, added: adTerms.added.length })}</span>
        {offCount > 0 && (
          <button type="button" className="btn small" onClick={() => send(enableAllBuiltIn(adTerms))}>{t('settings:checklist.adTerms.resetAll')}</button>
        )}
      </div>
      <div className="ad-term-groups">
        {groups.map(([category, terms]) => {
          const active = terms.filter((term) => !isBuiltInTermOff(adTerms, term.term)).length;
          return (
            <div key={category} className="ad-term-group" role="group" aria-labelledby={`ad-cat-${category}`}>
              <h3 id={`ad-cat-${category}`}>
                <span className="ad-term-category">{t(`checklist:adCategories.${category}`)}</span>
                <span className="ad-term-count">{t('settings:checklist.adTerms.categoryCount', { active, total: terms.length })}</span>
              </h3>
              <ul className="ad-term-list">
                {terms.map((term) => {
                  const isOff = isBuiltInTermOff(adTerms, term.term);
                  return (
                    <li key={term.term}>
                      <button
                        type="button"
                        className={isOff ? 'ad-term off' : 'ad-term'}
                        aria-pressed={!isOff}
                        title={isOff ? t('settings:checklist.adTerms.enable', { term: term.term }) : t('settings:checklist.adTerms.disable', { term: term.term })}
                        onClick={() => send(toggleBuiltInTerm(adTerms, term.term))}
                      >
                        {term.term}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
      <ChipInput
        id="ad-terms-own"
        label={t('settings:checklist.adTerms.ownLabel')}
        values={adTerms.added}
        onChange={changeOwn}
        removeLabel={(value) => t('settings:checklist.adTerms.removeOwn', { value })}
        placeholder={t('settings:checklist.adTerms.ownPlaceholder')}
        hint={t('settings:checklist.adTerms.ownHint')}
      />
      <TermNotes notes={notes} />
      <SaveStatusMessage status={status} />
    </fieldset>
  );
}

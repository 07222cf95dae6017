import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipInput } from '../../components/chip-input';
import { applyBrands, type TermNote } from './checklist-edits';
import { SaveStatusMessage } from './save-status';
import { TermNotes } from './term-notes';
import { useChecklistSave } from './use-checklist-save';

/** Other brands' names: each added or removed chip is saved at once. */
export function CompetitorBrandsField({ brands }: { brands: readonly string[] }) {
  const { t } = useTranslation('settings');
  const { save, status, clearStatus } = useChecklistSave();
  const [notes, setNotes] = useState<TermNote[]>([]);

  async function change(next: string[]): Promise<void> {
    const result = applyBrands(next);
    setNotes(result.notes);
    clearStatus();
    if (JSON.stringify(result.brands) !== JSON.stringify(brands)) await save({ competitorBrands: result.brands });
  }

  return (
    <div className="checklist-brands">
      <ChipInput
        id="competitor-brands"
        label={t('checklist.brands.label')}
        values={brands}
        onChange={(next) => void change(next)}
        removeLabel={(value) => t('checklist.brands.remove', { value })}
        placeholder={t('checklist.brands.placeholder')}
        hint={t('checklist.brands.hint')}
      />
      <TermNotes notes={notes} />
      <SaveStatusMessage status={status} />
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkField } from '@shared/model/variants';

const BULK_FIELDS: readonly BulkField[] = ['price', 'compareAtPrice', 'cost', 'stock'];

interface Props {
  selectedCount: number;
  onApply(field: BulkField, value: string): void;
}

/** Pick a field and a value, then set it on the selected SKUs, or on all when none are selected. */
export function BulkFillBar({ selectedCount, onApply }: Props) {
  const { t } = useTranslation('editor');
  const [field, setField] = useState<BulkField>('price');
  const [value, setValue] = useState('');

  return (
    <form
      className="bulk-fill"
      aria-label={t('skus.bulkTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onApply(field, value.trim());
      }}
    >
      <span className="bulk-title">{t('skus.bulkTitle')}</span>
      <select aria-label={t('skus.bulkField')} value={field} onChange={(e) => setField(BULK_FIELDS.find((f) => f === e.target.value) ?? 'price')}>
        {BULK_FIELDS.map((f) => (
          <option key={f} value={f}>{t(`skus.${f}`)}</option>
        ))}
      </select>
      <input type="text" className="bulk-value" inputMode={field === 'stock' ? 'numeric' : 'decimal'} aria-label={t('skus.bulkValue')} placeholder={t('skus.bulkValue')} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="btn" disabled={!value.trim()}>
        {selectedCount > 0 ? t('skus.applySelected', { count: selectedCount }) : t('skus.applyAll')}
      </button>
    </form>
  );
}

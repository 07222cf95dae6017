import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '@shared/import/mapping';
import { COPY_FIELDS, LISTING_FIELDS, SKU_FIELDS, type ColumnTarget } from '@shared/import/template';
import { copyLocalesFor, decodeTarget, encodeTarget } from './column-targets';

interface Props {
  column: ColumnMapping;
  onChange(target: ColumnTarget): void;
}

/** What one spreadsheet column imports as: ignore, a listing or SKU field, copy × locale, a spec or an option. */
export function ColumnTargetSelect({ column, onChange }: Props) {
  const { t } = useTranslation('transfer');
  const { target } = column;
  // The names a spec or option choice would get: the current one, or read from the header.
  const spec = decodeTarget('spec', column);
  const option = decodeTarget('option', column);
  const specName = spec.kind === 'spec' ? spec.name : '';
  const optionName = option.kind === 'option' ? option.axis : '';
  return (
    <select
      className="transfer-target"
      aria-label={t('sheet.target') + ': ' + column.header}
      value={encodeTarget(target)}
      onChange={(e) => onChange(decodeTarget(e.target.value, column))}
    >
      <option value="ignore">{t('targets.ignore')}</option>
      <optgroup label={t('targets.groups.listing')}>
        {LISTING_FIELDS.map((f) => <option key={f} value={`listing:${f}`}>{t(`targets.listing.${f}`)}</option>)}
      </optgroup>
      <optgroup label={t('targets.groups.sku')}>
        {SKU_FIELDS.map((f) => <option key={f} value={`sku:${f}`}>{t(`targets.sku.${f}`)}</option>)}
      </optgroup>
      <optgroup label={t('targets.groups.copy')}>
        {COPY_FIELDS.flatMap((f) =>
          copyLocalesFor(target).map((locale) => (
            <option key={`${f}:${locale}`} value={`copy:${f}:${locale}`}>{t('targets.copyOption', { field: t(`targets.copy.${f}`), locale })}</option>
          )),
        )}
      </optgroup>
      <optgroup label={t('targets.groups.more')}>
        <option value="spec">{t('targets.spec', { name: specName })}</option>
        <option value="option">{t('targets.option', { name: optionName })}</option>
      </optgroup>
    </select>
  );
}

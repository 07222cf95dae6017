import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '@shared/model/ids';
import { TextField } from '../../../components/text-field';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import type { SectionProps } from '../section-props';
import { CategoryField } from './category-field';

export function BasicsSection({ listing, edit, messagesFor }: SectionProps) {
  const { t } = useTranslation('editor');
  const currencyId = fieldId(['currency']);
  return (
    <EditorSection section="basics" title={t('basics.title')}>
      <div className="form-grid">
        <TextField
          id={fieldId(['spuCode'])}
          label={t('basics.spuCode')}
          hint={t('basics.spuCodeHint')}
          className="mono-input"
          value={listing.spuCode}
          messages={messagesFor(['spuCode'])}
          onChange={(spuCode) => edit(fieldId(['spuCode']), (l) => ({ ...l, spuCode }))}
        />
        <CategoryField
          id={fieldId(['categoryPath'])}
          label={t('basics.category')}
          hint={t('basics.categoryHint')}
          placeholder={t('basics.categoryPlaceholder')}
          path={listing.categoryPath}
          messages={messagesFor(['categoryPath'])}
          onChange={(categoryPath) => edit(fieldId(['categoryPath']), (l) => ({ ...l, categoryPath }))}
        />
        <TextField
          id={fieldId(['brand'])}
          label={t('basics.brand')}
          value={listing.brand}
          messages={messagesFor(['brand'])}
          onChange={(brand) => edit(fieldId(['brand']), (l) => ({ ...l, brand }))}
        />
        <div className="field">
          <label className="field-label" htmlFor={currencyId}>{t('basics.currency')}</label>
          <select
            id={currencyId}
            value={listing.currency}
            aria-describedby={`${currencyId}-hint`}
            onChange={(e) => {
              const currency = CURRENCIES.find((c) => c === e.target.value);
              if (currency) edit(null, (l) => ({ ...l, currency }));
            }}
          >
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
          <span id={`${currencyId}-hint`} className="field-hint">{t('basics.currencyHint')}</span>
        </div>
      </div>
    </EditorSection>
  );
}

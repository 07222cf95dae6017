import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIZE_UNITS } from '@shared/model/listing';
import { createSizeChart } from '@shared/model/size-chart';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Icon } from '../../../components/icon';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import type { SectionProps } from '../section-props';
import { SizeChartTable } from './size-chart-table';

const TEMPLATE_SIZES = ['S', 'M', 'L', 'XL'];

export function SizeChartSection({ listing, edit, messagesFor }: SectionProps) {
  const { t } = useTranslation('editor');
  const { t: tc } = useTranslation('common');
  const [isConfirmingRemove, setConfirmingRemove] = useState(false);
  const chart = listing.sizeChart;
  const unitId = fieldId(['sizeChart', 'unit']);

  function create(): void {
    // Measurement names in the UI language: that is the language the merchandiser types the chart in.
    const measurements = [t('sizeChart.chest'), t('sizeChart.length'), t('sizeChart.shoulder')];
    edit(null, (l) => (l.sizeChart ? l : { ...l, sizeChart: createSizeChart(TEMPLATE_SIZES, measurements) }));
  }

  const actions = chart && (
    <button type="button" className="btn ghost danger" onClick={() => setConfirmingRemove(true)}>
      <Icon name="trash" />
      {t('sizeChart.remove')}
    </button>
  );

  return (
    <EditorSection section="sizeChart" title={t('sizeChart.title')} actions={actions}>
      {!chart ? (
        <div className="empty-state">
          <p>{t('sizeChart.empty')}</p>
          <button type="button" id={fieldId(['sizeChart'])} className="btn" onClick={create}>
            <Icon name="plus" />
            {t('sizeChart.create')}
          </button>
        </div>
      ) : (
        <>
          <div className="field inline-field">
            <label className="field-label" htmlFor={unitId}>{t('sizeChart.unit')}</label>
            <select
              id={unitId}
              value={chart.unit}
              aria-describedby={`${unitId}-hint`}
              onChange={(e) => {
                const unit = SIZE_UNITS.find((u) => u === e.target.value);
                if (unit) edit(null, (l) => (l.sizeChart ? { ...l, sizeChart: { ...l.sizeChart, unit } } : l));
              }}
            >
              <option value="cm">{t('sizeChart.unitCm')}</option>
              <option value="in">{t('sizeChart.unitIn')}</option>
            </select>
            <span id={`${unitId}-hint`} className="field-hint">{t('sizeChart.unitHint')}</span>
          </div>
          <SizeChartTable chart={chart} edit={edit} messagesFor={messagesFor} />
        </>
      )}
      {isConfirmingRemove && (
        <ConfirmDialog
          title={t('sizeChart.removeTitle')}
          body={t('sizeChart.removeBody')}
          confirmLabel={t('sizeChart.remove')}
          cancelLabel={tc('actions.cancel')}
          isDanger
          onConfirm={() => {
            setConfirmingRemove(false);
            edit(null, (l) => ({ ...l, sizeChart: null }));
          }}
          onCancel={() => setConfirmingRemove(false)}
        />
      )}
    </EditorSection>
  );
}

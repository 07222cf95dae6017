import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIZE_UNITS } from '@shared/model/listing';
import { createSizeChart } from '@shared/model/size-chart';
import {
  buildSizeChartData, isChartBlank, isShoeChart, labelLocaleFor, SHOE_SYSTEMS, shoeGenderForCategory, type LengthUnit, type ShoeGender,
} from '@shared/size-chart';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Icon } from '../../../components/icon';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import type { SectionProps } from '../section-props';
import { SizeChartChannelImage } from './size-chart-channel-image';
import { SizeChartPreview } from './size-chart-preview';
import { SizeChartTable } from './size-chart-table';
import { SizeChartTemplatePicker } from './size-chart-template-picker';
import { SizeChartViewBar } from './size-chart-view-bar';
import './size-chart.css';

const TEMPLATE_SIZES = ['S', 'M', 'L', 'XL'];

export function SizeChartSection({ listing, edit, messagesFor }: SectionProps) {
  const { t, i18n } = useTranslation('editor');
  const { t: ts } = useTranslation('sizechart');
  const { t: tc } = useTranslation('common');
  const [isConfirmingRemove, setConfirmingRemove] = useState(false);
  // View choices are per visit, not saved: they change what is shown, never the chart.
  const [viewUnit, setViewUnit] = useState<LengthUnit | null>(null);
  const [showEquivalents, setShowEquivalents] = useState(false);
  const [gender, setGender] = useState<ShoeGender>(() => shoeGenderForCategory(listing.categoryPath));
  const chart = listing.sizeChart;
  const unitId = fieldId(['sizeChart', 'unit']);
  const shownUnit = viewUnit ?? chart?.unit ?? 'cm';
  const isConverted = chart !== null && shownUnit !== chart.unit;
  const isShoe = chart !== null && isShoeChart(chart);
  const hasEquivalents = isShoe && showEquivalents;

  const preview = useMemo(() => {
    if (!chart || (!isConverted && !hasEquivalents)) return null;
    const result = buildSizeChartData(chart, {
      locales: [labelLocaleFor(i18n.language)],
      unit: shownUnit,
      shoeGender: gender,
      shoeSystems: hasEquivalents ? SHOE_SYSTEMS : [],
    });
    return result.ok ? result.value : null;
  }, [chart, isConverted, hasEquivalents, i18n.language, shownUnit, gender]);

  function create(): void {
    // Measurement names in the UI language: that is the language the merchandiser types the chart in.
    const measurements = [t('sizeChart.chest'), t('sizeChart.length'), t('sizeChart.shoulder')];
    edit(null, (l) => (l.sizeChart ? l : { ...l, sizeChart: createSizeChart(TEMPLATE_SIZES, measurements) }));
  }

  const picker = <SizeChartTemplatePicker categoryPath={listing.categoryPath} hasChart={chart !== null} isBlank={isChartBlank(chart)} edit={edit} />;
  const actions = chart && (
    <>
      {picker}
      <button type="button" className="btn ghost danger" onClick={() => setConfirmingRemove(true)}>
        <Icon name="trash" />
        {t('sizeChart.remove')}
      </button>
    </>
  );

  return (
    <EditorSection section="sizeChart" title={t('sizeChart.title')} actions={actions}>
      {!chart ? (
        <div className="empty-state">
          <p>{ts('template.empty')}</p>
          <div className="size-chart-empty-actions">
            {picker}
            <button type="button" id={fieldId(['sizeChart'])} className="btn" onClick={create}>
              {t('sizeChart.create')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="size-chart-toolbar">
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
            <SizeChartViewBar
              viewUnit={shownUnit}
              onViewUnit={setViewUnit}
              isShoeChart={isShoe}
              showEquivalents={showEquivalents}
              onShowEquivalents={setShowEquivalents}
              gender={gender}
              onGender={setGender}
            />
          </div>
          {isConverted ? (
            <p className="inline-notice size-chart-notice" role="status">
              {ts('view.converted', { from: ts(`view.${chart.unit}`), to: ts(`view.${shownUnit}`) })}
            </p>
          ) : (
            <SizeChartTable chart={chart} edit={edit} messagesFor={messagesFor} />
          )}
          {preview && (
            <SizeChartPreview data={preview} caption={hasEquivalents ? ts('shoes.caption', { unit: ts(`view.${shownUnit}`) }) : ts('view.caption', { unit: ts(`view.${shownUnit}`) })} />
          )}
          {hasEquivalents && <p className="field-hint size-chart-source">{ts('shoes.source')}</p>}
          <SizeChartChannelImage chart={chart} categoryPath={listing.categoryPath} />
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

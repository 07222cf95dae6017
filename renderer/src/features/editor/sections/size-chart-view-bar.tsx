import { useTranslation } from 'react-i18next';
import { SIZE_UNITS } from '@shared/model/listing';
import { SHOE_GENDERS, type LengthUnit, type ShoeGender } from '@shared/size-chart';

interface Props {
  viewUnit: LengthUnit;
  onViewUnit(unit: LengthUnit): void;
  /** Only shoe charts (with a foot-length row) offer size equivalents. */
  isShoeChart: boolean;
  showEquivalents: boolean;
  onShowEquivalents(on: boolean): void;
  gender: ShoeGender;
  onGender(gender: ShoeGender): void;
}

/** How the chart is looked at, never what is stored: unit of the view and shoe-size equivalents. */
export function SizeChartViewBar({ viewUnit, onViewUnit, isShoeChart, showEquivalents, onShowEquivalents, gender, onGender }: Props) {
  const { t } = useTranslation('sizechart');
  return (
    <div className="size-chart-view-bar">
      <div className="size-chart-segmented" role="group" aria-label={t('view.label')}>
        <span className="size-chart-view-label" aria-hidden="true">{t('view.label')}</span>
        {SIZE_UNITS.map((unit) => (
          <button key={unit} type="button" className={viewUnit === unit ? 'btn small on' : 'btn small'} aria-pressed={viewUnit === unit} onClick={() => onViewUnit(unit)}>
            {t(`view.${unit}`)}
          </button>
        ))}
      </div>
      {isShoeChart && (
        <>
          <button type="button" className={showEquivalents ? 'btn small on' : 'btn small'} aria-pressed={showEquivalents} onClick={() => onShowEquivalents(!showEquivalents)}>
            {t('shoes.toggle')}
          </button>
          {showEquivalents && (
            <label className="size-chart-gender">
              <span>{t('shoes.gender')}</span>
              <select
                value={gender}
                onChange={(e) => {
                  const next = SHOE_GENDERS.find((g) => g === e.target.value);
                  if (next) onGender(next);
                }}
              >
                {SHOE_GENDERS.map((g) => (
                  <option key={g} value={g}>{t(`shoes.${g}`)}</option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { SizeChart } from '@shared/model/listing';
import { addMeasurement, addSize, removeMeasurement, removeSize, renameMeasurement, renameSize, setSizeChartCell } from '@shared/model/size-chart';
import { CellInput } from '../../../components/cell-input';
import { Icon } from '../../../components/icon';
import { fieldId } from '../field-id';
import { focusSoon } from '../focus-field';
import type { EditFn } from '../use-editor-history';
import type { MessagesFor } from '../use-messages-for';

interface Props {
  chart: SizeChart;
  edit: EditFn;
  messagesFor: MessagesFor;
}

/** Sizes across, measurements down; every header is editable and every cell names its row and size. */
export function SizeChartTable({ chart, edit, messagesFor }: Props) {
  const { t } = useTranslation('editor');
  const change = (key: string | null, f: (c: SizeChart) => SizeChart) => edit(key, (l) => (l.sizeChart ? { ...l, sizeChart: f(l.sizeChart) } : l));
  const sizeLabel = (i: number) => chart.sizes[i]?.trim() || `#${i + 1}`;

  return (
    <>
      <div className="table-scroll">
        <table className="data-table size-table">
          <thead>
            <tr>
              <th scope="col" className="col-measure">{t('sizeChart.corner')}</th>
              {chart.sizes.map((size, i) => (
                <th key={i} scope="col" className="col-size">
                  <div className="size-head">
                    <CellInput id={fieldId(['sizeChart', 'sizes', i])} ariaLabel={t('sizeChart.sizeName', { index: i + 1 })} placeholder={t('sizeChart.newSize')} value={size} onChange={(v) => change(fieldId(['sizeChart', 'sizes', i]), (c) => renameSize(c, i, v))} />
                    <button type="button" className="btn ghost icon-btn" aria-label={t('sizeChart.removeSize', { size: sizeLabel(i) })} title={t('sizeChart.removeSize', { size: sizeLabel(i) })} onClick={() => change(null, (c) => removeSize(c, i))}>
                      <Icon name="close" size={14} />
                    </button>
                  </div>
                </th>
              ))}
              <th scope="col" className="col-add">
                <button
                  type="button"
                  className="btn small"
                  onClick={() => {
                    change(null, (c) => addSize(c, ''));
                    focusSoon(fieldId(['sizeChart', 'sizes', chart.sizes.length]));
                  }}
                >
                  <Icon name="plus" size={14} />
                  {t('sizeChart.addSize')}
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row, r) => {
              const measurement = row.name.trim() || `#${r + 1}`;
              return (
                <tr key={row.id}>
                  <th scope="row" className="col-measure">
                    <CellInput id={fieldId(['sizeChart', 'rows', r, 'name'])} ariaLabel={t('sizeChart.measurementName', { index: r + 1 })} placeholder={t('sizeChart.newMeasurement')} value={row.name} onChange={(v) => change(fieldId(['sizeChart', 'rows', r, 'name']), (c) => renameMeasurement(c, r, v))} />
                  </th>
                  {chart.sizes.map((_, c) => {
                    const path = ['sizeChart', 'rows', r, 'values', c];
                    return (
                      <td key={c}>
                        <CellInput id={fieldId(path)} isNumeric ariaLabel={t('sizeChart.cell', { measurement, size: sizeLabel(c) })} value={row.values[c] ?? ''} messages={messagesFor(path)} onChange={(v) => change(fieldId(path), (sc) => setSizeChartCell(sc, r, c, v))} />
                      </td>
                    );
                  })}
                  <td className="col-add">
                    <button type="button" className="btn ghost icon-btn" aria-label={t('sizeChart.removeMeasurement', { measurement })} title={t('sizeChart.removeMeasurement', { measurement })} onClick={() => change(null, (c) => removeMeasurement(c, r))}>
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="section-footer">
        <button
          type="button"
          className="btn"
          onClick={() => {
            change(null, (c) => addMeasurement(c, ''));
            focusSoon(fieldId(['sizeChart', 'rows', chart.rows.length, 'name']));
          }}
        >
          <Icon name="plus" />
          {t('sizeChart.addMeasurement')}
        </button>
      </div>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { SizeChartData } from '@shared/size-chart';

interface Props {
  data: SizeChartData;
  caption: string;
}

/** A read-only rendering of the chart as a channel would get it (converted unit, shoe equivalents). */
export function SizeChartPreview({ data, caption }: Props) {
  const { t } = useTranslation('sizechart');
  return (
    <div className="table-scroll size-chart-preview">
      <table className="data-table">
        <caption className="size-chart-caption">{caption}</caption>
        <thead>
          <tr>
            {data.columns.map((column, c) => (
              <th key={c} scope="col" className={column.kind === 'shoe' ? 'shoe-col' : undefined}>
                {column.labels[0]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map(([size, ...cells], r) => (
            <tr key={r}>
              <th scope="row">{size}</th>
              {cells.map((cell, c) => (
                <td key={c} className={data.columns[c + 1]?.kind === 'shoe' ? 'shoe-col' : undefined}>
                  {cell === '' ? <span className="muted" aria-label={t('preview.noValue')}>—</span> : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

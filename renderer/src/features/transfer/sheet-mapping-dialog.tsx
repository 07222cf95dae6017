import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '@shared/import/mapping';
import { ColumnTargetSelect } from './column-target-select';
import { isSpuMapped } from './column-targets';
import type { SheetPreview } from './types';

interface Props {
  preview: SheetPreview;
  isBusy: boolean;
  onImport(columns: ColumnMapping[], withImages: boolean): void;
  onCancel(): void;
}

const SAMPLES_PER_COLUMN = 3;

/** The column-mapping preview: each column, what it imports as (editable), and its first values. */
export function SheetMappingDialog({ preview, isBusy, onImport, onCancel }: Props) {
  const { t } = useTranslation('transfer');
  const [columns, setColumns] = useState<ColumnMapping[]>(preview.columns);
  const [withImages, setWithImages] = useState(false);
  const canImport = isSpuMapped(columns) && !isBusy;

  // Distinct values: a variant sheet repeats the SPU and listing cells on every row.
  const samplesOf = (index: number) => [...new Set(preview.sampleRows.map((row) => (row[index] ?? '').trim()).filter((v) => v !== ''))].slice(0, SAMPLES_PER_COLUMN);

  const notes = [
    preview.unknown.length > 0 && t('sheet.unknownNote', { headers: preview.unknown.join(', ') }),
    preview.duplicates.length > 0 && t('sheet.duplicateNote', { headers: preview.duplicates.join(', ') }),
    preview.unknownLocales.length > 0 && t('sheet.unknownLocaleNote', { headers: preview.unknownLocales.join(', ') }),
  ].filter((n): n is string => typeof n === 'string');

  return (
    <div className="dialog-backdrop">
      <div className="dialog transfer-dialog wide" role="dialog" aria-modal="true" aria-labelledby="sheet-mapping-title">
        <h2 id="sheet-mapping-title">{t('sheet.title')}</h2>
        <p className="muted transfer-source">
          {t('sheet.summary', {
            count: preview.rowCount,
            file: preview.fileName,
            format: t(`sheet.format.${preview.format}`),
            encoding: t(`sheet.encoding.${preview.encoding ?? 'none'}`),
            headerRow: preview.headerRow,
          })}
        </p>
        {notes.map((note) => <p key={note} className="transfer-note">{note}</p>)}
        <div className="transfer-scroll">
          <table className="transfer-table" aria-label={t('sheet.title')}>
            <thead>
              <tr>
                <th scope="col">{t('sheet.column')}</th>
                <th scope="col">{t('sheet.target')}</th>
                <th scope="col">{t('sheet.samples')}</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((column) => (
                <tr key={column.index} className={column.target.kind === 'ignore' ? 'is-ignored' : undefined}>
                  <th scope="row" className="transfer-header-cell">{column.header || `#${column.index + 1}`}</th>
                  <td>
                    <ColumnTargetSelect
                      column={column}
                      onChange={(target) => setColumns((all) => all.map((c) => (c.index === column.index ? { ...c, target } : c)))}
                    />
                  </td>
                  <td className="transfer-samples">
                    {samplesOf(column.index).map((v, i) => <span key={i} className="transfer-sample" title={v}>{v}</span>)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <label className="transfer-check">
          <input type="checkbox" checked={withImages} onChange={(e) => setWithImages(e.target.checked)} />
          <span>{t('sheet.withImages')}</span>
        </label>
        {withImages && <p className="muted transfer-hint">{t('sheet.imagesHint')}</p>}
        <p className="muted transfer-hint">{t('sheet.existingNote')}</p>
        {!isSpuMapped(columns) && <p className="transfer-note error" role="alert">{t('sheet.needSpu')}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel} disabled={isBusy}>{t('actions.cancel')}</button>
          <button type="button" className="btn primary" disabled={!canImport} onClick={() => onImport(columns, withImages)}>
            {isBusy ? t('sheet.importing') : t('sheet.import')}
          </button>
        </div>
      </div>
    </div>
  );
}

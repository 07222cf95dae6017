import { useTranslation } from 'react-i18next';
import { rowErrorMessage } from './messages';
import type { SheetImported } from './types';

interface Props {
  result: SheetImported;
  /** Listings written to the catalog (those skipped for an existing SPU code left out). */
  written: number;
  skipped: readonly string[];
  onClose(): void;
}

/** "N listings imported; M rows rejected", then each rejected row with its column and reason. */
export function SheetResultDialog({ result, written, skipped, onClose }: Props) {
  const { t } = useTranslation('transfer');
  const { t: ti } = useTranslation('images');
  const rejectedRows = new Set(result.rejected.flatMap((r) => r.rows)).size;
  const attached = result.listings.reduce((n, l) => n + l.images.length, 0);
  return (
    <div className="dialog-backdrop">
      <div className="dialog transfer-dialog wide" role="dialog" aria-modal="true" aria-labelledby="sheet-result-title">
        <h2 id="sheet-result-title">{t('sheetResult.title')}</h2>
        <p className="transfer-summary" role="status">
          {t('sheetResult.summary', { imported: t('sheetResult.imported', { count: written }), rejected: t('sheetResult.rejected', { count: rejectedRows }) })}
        </p>
        {skipped.length > 0 && <p className="transfer-note">{t('sheetResult.skipped', { count: skipped.length, codes: skipped.join(', ') })}</p>}
        {result.imagesFolder !== null && <p className="muted">{t('sheetResult.images', { count: attached, folder: result.imagesFolder })}</p>}
        {result.errors.length > 0 && (
          <>
            <h3 className="transfer-heading error">{t('sheetResult.errorsTitle')}</h3>
            <div className="transfer-scroll">
              <table className="transfer-table" aria-label={t('sheetResult.errorsTitle')}>
                <thead>
                  <tr>
                    <th scope="col">{t('sheetResult.row')}</th>
                    <th scope="col">{t('sheetResult.column')}</th>
                    <th scope="col">{t('sheetResult.product')}</th>
                    <th scope="col">{t('sheetResult.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((e, i) => (
                    <tr key={i}>
                      <td className="transfer-num">{e.row}</td>
                      <td className="transfer-header-cell">{e.column || t('sheetResult.noColumn')}</td>
                      <td className="transfer-code">{String(e.params.spu ?? '')}</td>
                      <td>{rowErrorMessage(t, e)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        {result.unmatchedImages.length + result.imageFailures.length > 0 && (
          <>
            <h3 className="transfer-heading">{t('sheetResult.unmatchedTitle')}</h3>
            <ul className="transfer-list">
              {result.unmatchedImages.map((u) => (
                <li key={u.file}><span className="transfer-code">{u.file}</span> {t(`sheetResult.unmatched.${u.reason}`)}</li>
              ))}
              {result.imageFailures.map((f) => (
                <li key={f.file}><span className="transfer-code">{f.file}</span> {ti(`errors.${f.code}`)}</li>
              ))}
            </ul>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn primary" onClick={onClose} autoFocus>{t('actions.close')}</button>
        </div>
      </div>
    </div>
  );
}

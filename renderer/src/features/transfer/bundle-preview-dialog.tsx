import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTickedByDefault, titleOf, type BundleItem } from './classify-bundle';
import type { OpenedBundle } from './types';

interface Props {
  bundle: OpenedBundle;
  items: readonly BundleItem[];
  isBusy: boolean;
  onImport(items: BundleItem[]): void;
  onCancel(): void;
}

/** An opened bundle's listings, each new / updated / conflicting / unchanged, ticked to import. */
export function BundlePreviewDialog({ bundle, items, isBusy, onImport, onCancel }: Props) {
  const { t, i18n } = useTranslation('transfer');
  const [ticked, setTicked] = useState(() => new Set(items.filter(isTickedByDefault).map((i) => i.listing.id)));
  const count = (state: BundleItem['state']) => items.filter((i) => i.state === state).length;
  const chosen = items.filter((i) => ticked.has(i.listing.id));
  const date = new Date(bundle.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  function toggle(id: string, isOn: boolean) {
    setTicked((set) => {
      const next = new Set(set);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog transfer-dialog wide" role="dialog" aria-modal="true" aria-labelledby="bundle-preview-title">
        <h2 id="bundle-preview-title">{t('bundleOpen.title')}</h2>
        <p className="muted transfer-source">{t('bundleOpen.source', { dir: bundle.dir, date, version: bundle.appVersion })}</p>
        {bundle.launch && <p className="transfer-launch">{t('bundleOpen.launch', { name: bundle.launch.name })}</p>}
        <p className="transfer-summary">
          {t('bundleOpen.counts', { new: count('new'), updated: count('updated'), conflict: count('conflict'), unchanged: count('unchanged') })}
        </p>
        {bundle.imageFailures.length > 0 && <p className="transfer-note">{t('bundleOpen.imageFailures', { count: bundle.imageFailures.length })}</p>}
        <div className="transfer-scroll">
          <table className="transfer-table" aria-label={t('bundleOpen.title')}>
            <thead>
              <tr>
                <th scope="col" className="transfer-tick-col">
                  <button
                    type="button"
                    className="btn small ghost"
                    onClick={() => setTicked(new Set(items.filter((i) => i.state !== 'unchanged').map((i) => i.listing.id)))}
                  >
                    {t('bundleOpen.selectAll')}
                  </button>
                </th>
                <th scope="col">{t('bundleOpen.status')}</th>
                <th scope="col">{t('bundleOpen.code')}</th>
                <th scope="col">{t('bundleOpen.name')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const code = item.listing.spuCode || t('bundleOpen.untitled');
                return (
                  <tr key={item.listing.id} data-state={item.state}>
                    <td className="transfer-tick-col">
                      <input
                        type="checkbox"
                        aria-label={t('bundleOpen.include', { code })}
                        checked={ticked.has(item.listing.id)}
                        disabled={item.state === 'unchanged'}
                        onChange={(e) => toggle(item.listing.id, e.target.checked)}
                      />
                    </td>
                    <td>
                      <span className={`transfer-badge ${item.state}`}>{t(`bundleOpen.state.${item.state}`)}</span>
                      <span className="transfer-why">{t(`bundleOpen.why.${item.reason}`)}</span>
                    </td>
                    <td className="transfer-code">{code}</td>
                    <td>{titleOf(item.listing)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel} disabled={isBusy}>{t('actions.cancel')}</button>
          <button type="button" className="btn primary" disabled={chosen.length === 0 || isBusy} onClick={() => onImport(chosen)}>
            {isBusy ? t('actions.working') : t('bundleOpen.import', { count: chosen.length })}
          </button>
        </div>
      </div>
    </div>
  );
}

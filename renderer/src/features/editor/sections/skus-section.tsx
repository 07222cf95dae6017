import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bulkFill } from '@shared/model/variants';
import { Icon } from '../../../components/icon';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import { focusSoon, onFieldRequest } from '../focus-field';
import { clearSkuCurrencyPrice, createSku, describeSku, removeAt, setSkuCurrencyPrice, setSkuField } from '../listing-edits';
import { useAppSettings } from '../../../lib/app-settings';
import type { SectionProps } from '../section-props';
import { BulkFillBar } from './bulk-fill-bar';
import { SkuRow, type PriceView } from './sku-row';
import { otherCurrencies } from './sku-price-model';
import { SkuPriceToggle } from './sku-price-toggle';
import './sku-prices.css';

const NUMERIC_COLUMNS = ['price', 'compareAtPrice', 'cost'] as const;
const PRICE_VIEW_COLUMNS = ['price', 'compareAtPrice'] as const;

export function SkusSection({ listing, edit, messagesFor }: SectionProps) {
  const { t } = useTranslation(['editor', 'markets']);
  const { markets, rates, rounding } = useAppSettings();
  // Which columns show is view state too: cost, stock and barcode, or the prices in other currencies.
  const [isPriceView, setIsPriceView] = useState(false);
  // Selection is view state, not part of the listing: it is neither saved nor undone.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkResult, setBulkResult] = useState('');
  const { skus, currency } = listing;
  const live = new Set(skus.map((s) => s.id));
  const selectedIds = new Set([...selected].filter((id) => live.has(id)));
  const isAllSelected = skus.length > 0 && selectedIds.size === skus.length;
  const currencies = otherCurrencies(markets, currency);
  const priceView: PriceView | null =
    isPriceView && currencies.length > 0
      ? {
          currencies,
          base: currency,
          ctx: { rates, rounding },
          onSet: (i, c, price) => edit(fieldId(['skus', i, 'prices', c, 'price']), setSkuCurrencyPrice(i, c, price)),
          onClear: (i, c) => edit(fieldId(['skus', i, 'prices', c]), clearSkuCurrencyPrice(i, c)),
        }
      : null;
  const numericColumns = priceView === null ? NUMERIC_COLUMNS : PRICE_VIEW_COLUMNS;
  const hasCurrencies = currencies.length > 0;

  // A checklist item or message about a column the current view hides switches the view to it.
  useEffect(
    () =>
      onFieldRequest((path) => {
        if (path[0] !== 'skus') return false;
        const field = path[2];
        if (field === 'prices' && !isPriceView && hasCurrencies) {
          setIsPriceView(true);
          return true;
        }
        if ((field === 'cost' || field === 'stock' || field === 'barcode') && isPriceView) {
          setIsPriceView(false);
          return true;
        }
        return false;
      }),
    [isPriceView, hasCurrencies],
  );
  // select, code, variant, the numeric columns, then stock and barcode or one per currency, actions.
  const columnCount = 3 + numericColumns.length + (priceView === null ? 2 : priceView.currencies.length) + 1;

  function select(id: string, isOn: boolean): void {
    const next = new Set(selectedIds);
    if (isOn) next.add(id);
    else next.delete(id);
    setSelected(next);
  }

  function addSku(): void {
    edit(null, (l) => ({ ...l, skus: [...l.skus, createSku(l.options.length)] }));
    focusSoon(fieldId(['skus', skus.length, 'code']));
  }

  return (
    <EditorSection section="skus" title={t('skus.title')} actions={<span className="muted">{t('skus.count', { count: skus.length })}</span>}>
      {skus.length > 0 && (
        <div className="table-toolbar">
          <BulkFillBar
            selectedCount={selectedIds.size}
            onApply={(field, value) => {
              const ids = selectedIds.size > 0 ? selectedIds : undefined;
              edit(null, (l) => ({ ...l, skus: bulkFill(l.skus, field, value, ids) }));
              setBulkResult(t('skus.bulkDone', { field: t(`skus.${field}`), value, count: ids?.size ?? skus.length }));
            }}
          />
          {selectedIds.size > 0 && (
            <button type="button" className="btn danger" onClick={() => edit(null, (l) => ({ ...l, skus: l.skus.filter((s) => !selectedIds.has(s.id)) }))}>
              <Icon name="trash" />
              {t('skus.removeSelected', { count: selectedIds.size })}
            </button>
          )}
          <span className="bulk-result" role="status">{bulkResult}</span>
          {currencies.length > 0 && <SkuPriceToggle currencies={currencies} isOn={priceView !== null} onToggle={setIsPriceView} />}
        </div>
      )}
      {skus.length === 0 ? (
        <p className="empty-state">{t('skus.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className={priceView === null ? 'data-table sku-table' : 'data-table sku-table price-view'}>
            <thead>
              <tr>
                <th className="col-select" scope="col">
                  <input type="checkbox" aria-label={t('skus.selectAll')} checked={isAllSelected} onChange={(e) => setSelected(e.target.checked ? new Set(live) : new Set())} />
                </th>
                <th className="col-code" scope="col">{t('skus.code')}</th>
                <th className="col-variant" scope="col">{t('skus.variant')}</th>
                {numericColumns.map((c) => (
                  <th key={c} className={`col-${c} numeric`} scope="col">
                    {t(`skus.${c}`)}
                    <span className="th-unit">{currency}</span>
                  </th>
                ))}
                {priceView === null ? (
                  <>
                    <th className="col-stock numeric" scope="col">{t('skus.stock')}</th>
                    <th className="col-barcode" scope="col">{t('skus.barcode')}</th>
                  </>
                ) : (
                  priceView.currencies.map((c) => (
                    <th key={c} className="col-currency-price numeric" scope="col">
                      {t('markets:skuPrices.column')}
                      <span className="th-unit">{c}</span>
                    </th>
                  ))
                )}
                <th className="col-actions" scope="col"><span className="sr-only">{t('skus.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {skus.map((sku, i) => (
                <SkuRow
                  key={sku.id}
                  sku={sku}
                  index={i}
                  name={describeSku(sku, i)}
                  isSelected={selectedIds.has(sku.id)}
                  messagesFor={messagesFor}
                  onSelect={(isOn) => select(sku.id, isOn)}
                  onField={(field, value) => edit(fieldId(['skus', i, field]), setSkuField(i, field, value))}
                  onRemove={() => edit(null, (l) => ({ ...l, skus: removeAt(l.skus, i) }))}
                  priceView={priceView}
                  columnCount={columnCount}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {priceView !== null && skus.length > 0 && <p className="field-hint sku-price-hint">{t('markets:skuPrices.hint', { currency })}</p>}
      <div className="section-footer">
        <button type="button" id={fieldId(['skus'])} className="btn" onClick={addSku}>
          <Icon name="plus" />
          {t('skus.add')}
        </button>
      </div>
    </EditorSection>
  );
}

import { useTranslation } from 'react-i18next';
import type { Currency } from '@shared/model/ids';
import type { Sku } from '@shared/model/listing';
import type { PriceContext } from '@shared/markets/prices';
import { CellInput } from '../../../components/cell-input';
import { FieldMessages } from '../../../components/field-messages';
import { Icon } from '../../../components/icon';
import { fieldId } from '../field-id';
import type { SkuTextField } from '../listing-edits';
import type { MessagesFor } from '../use-messages-for';
import { SkuPriceCell } from './sku-price-cell';

/** The table's "prices" view: the base prices, then one column per other currency. */
export interface PriceView {
  currencies: readonly Currency[];
  base: Currency;
  ctx: PriceContext;
  onSet(index: number, currency: Currency, price: string): void;
  onClear(index: number, currency: Currency): void;
}

interface Props {
  sku: Sku;
  index: number;
  /** How the row is named in cell labels: code, else option values, else row number. */
  name: string;
  isSelected: boolean;
  messagesFor: MessagesFor;
  onSelect(isSelected: boolean): void;
  onField(field: SkuTextField, value: string): void;
  onRemove(): void;
  /** Set: the prices view replaces cost, stock and barcode with the other currencies' prices. */
  priceView?: PriceView | null;
  /** Columns in the table, for the full-width messages row. */
  columnCount: number;
}

const ALL_FIELDS: readonly SkuTextField[] = ['code', 'price', 'compareAtPrice', 'cost', 'stock', 'barcode'];
const FIELDS: readonly { field: SkuTextField; isNumeric: boolean; inputMode?: 'numeric' }[] = [
  { field: 'price', isNumeric: true },
  { field: 'compareAtPrice', isNumeric: true },
  { field: 'cost', isNumeric: true },
  { field: 'stock', isNumeric: true, inputMode: 'numeric' },
  { field: 'barcode', isNumeric: false, inputMode: 'numeric' },
];

const PRICE_VIEW_FIELDS: readonly SkuTextField[] = ['price', 'compareAtPrice'];

export function SkuRow({ sku, index, name, isSelected, messagesFor, onSelect, onField, onRemove, priceView = null, columnCount }: Props) {
  const { t } = useTranslation('editor');
  const variant = sku.optionValues.filter((v) => v.trim()).join(' / ');
  // Cells are too narrow for sentences, so the row's messages go in a full-width row below it.
  const visible: readonly SkuTextField[] = priceView === null ? ALL_FIELDS : ['code', ...PRICE_VIEW_FIELDS];
  const withMessages = ALL_FIELDS.filter((field) => visible.includes(field)).map((field) => ({ field, messages: messagesFor(['skus', index, field]) })).filter((x) => x.messages.length > 0);
  const rowClass = [isSelected && 'selected', withMessages.length > 0 && 'has-messages'].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <tr className={rowClass}>
        <td className="col-select">
          <input type="checkbox" checked={isSelected} aria-label={t('skus.selectRow', { sku: name })} onChange={(e) => onSelect(e.target.checked)} />
        </td>
        <td className="col-code">
          <CellInput
            id={fieldId(['skus', index, 'code'])}
            ariaLabel={t('skus.cell', { field: t('skus.code'), sku: variant || `#${index + 1}` })}
            value={sku.code}
            messages={messagesFor(['skus', index, 'code'])}
            isMessageInCell={false}
            onChange={(v) => onField('code', v)}
          />
        </td>
        <td className="col-variant">
          {variant ? <span className="variant-text">{variant}</span> : <span className="muted">{t('skus.defaultVariant')}</span>}
        </td>
        {FIELDS.filter(({ field }) => priceView === null || PRICE_VIEW_FIELDS.includes(field)).map(({ field, isNumeric, inputMode }) => (
          <td key={field} className={`col-${field}`}>
            <CellInput
              id={fieldId(['skus', index, field])}
              ariaLabel={t('skus.cell', { field: t(`skus.${field}`), sku: name })}
              value={sku[field]}
              isNumeric={isNumeric}
              inputMode={inputMode}
              messages={messagesFor(['skus', index, field])}
              isMessageInCell={false}
              onChange={(v) => onField(field, v)}
            />
          </td>
        ))}
        {priceView?.currencies.map((currency) => (
          <td key={currency} className="col-currency-price">
            <SkuPriceCell
              sku={sku}
              index={index}
              name={name}
              currency={currency}
              base={priceView.base}
              ctx={priceView.ctx}
              onSet={(price) => priceView.onSet(index, currency, price)}
              onClear={() => priceView.onClear(index, currency)}
            />
          </td>
        ))}
        <td className="col-actions">
          <button type="button" className="btn ghost icon-btn" aria-label={t('skus.remove', { sku: name })} title={t('skus.remove', { sku: name })} onClick={onRemove}>
            <Icon name="trash" />
          </button>
        </td>
      </tr>
      {withMessages.length > 0 && (
        <tr className={isSelected ? 'row-messages selected' : 'row-messages'}>
          <td />
          <td colSpan={columnCount - 1}>
            {withMessages.map(({ field, messages }) => (
              <FieldMessages key={field} id={`${fieldId(['skus', index, field])}-msg`} messages={messages} />
            ))}
          </td>
        </tr>
      )}
    </>
  );
}

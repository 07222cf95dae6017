import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '@shared/model/ids';
import type { Sku } from '@shared/model/listing';
import { skuPriceIn, type PriceContext } from '@shared/markets/prices';
import { formatMoney } from '../../settings/markets/format-money';
import { Icon } from '../../../components/icon';
import { fieldId } from '../field-id';
import { focusSoon } from '../focus-field';
import { hasOwnPrice } from './sku-price-model';

interface Props {
  sku: Sku;
  index: number;
  /** How the row is named in labels. */
  name: string;
  currency: Currency;
  /** The listing's currency: `sku.price` is in it. */
  base: Currency;
  ctx: PriceContext;
  onSet(price: string): void;
  onClear(): void;
}

/**
 * A SKU's price in another currency: its own price (editable, with a way back to the derived
 * one), or the price derived from the base price by the rate table and rounding, greyed, which a
 * click turns into an own price to adjust.
 */
export function SkuPriceCell({ sku, index, name, currency, base, ctx, onSet, onClear }: Props) {
  const { t, i18n } = useTranslation('markets');
  // While the own price is being typed it stays an input even when emptied: an entry left with only
  // a compare-at price would otherwise read as "no own price" and take the input away mid-edit.
  const [isEditing, setEditing] = useState(false);
  const inputId = fieldId(['skus', index, 'prices', currency, 'price']);
  const derived = skuPriceIn({ price: sku.price, compareAtPrice: sku.compareAtPrice }, base, currency, ctx).price;
  const derivedText = derived.source === 'derived' ? formatMoney(derived.amount, currency, i18n.language) : null;

  if (isEditing || hasOwnPrice(sku, currency)) {
    const own = skuPriceIn(sku, base, currency, ctx).price;
    const isInvalid = own.source === 'missing' && own.reason === 'invalid-explicit-price';
    const errorId = `${inputId}-error`;
    return (
      <div
        className="sku-price own"
        data-testid={`sku-price-${index}-${currency}`}
        data-source="explicit"
        onBlur={(e) => {
          // Editing ends when focus leaves the cell, not when it moves to the cell's own × button.
          if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setEditing(false);
        }}
      >
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          className="cell-input numeric"
          value={sku.prices?.[currency]?.price ?? ''}
          placeholder={derived.source === 'derived' ? derived.amount : undefined}
          aria-label={t('skuPrices.ownLabel', { currency, sku: name })}
          aria-invalid={isInvalid || undefined}
          aria-describedby={isInvalid ? errorId : undefined}
          title={isInvalid ? t('skuPrices.invalid') : derivedText === null ? undefined : t('skuPrices.ownTitle', { derived: derivedText })}
          onChange={(e) => onSet(e.target.value)}
          onFocus={() => setEditing(true)}
        />
        <button
          type="button"
          className="btn ghost icon-btn sku-price-clear"
          aria-label={t('skuPrices.useDerived', { currency, sku: name })}
          title={t('skuPrices.useDerived', { currency, sku: name })}
          onClick={() => {
            setEditing(false);
            onClear();
            focusSoon(fieldId(['skus', index, 'prices', currency]));
          }}
        >
          <Icon name="close" />
        </button>
        {isInvalid && <span id={errorId} className="sr-only">{t('skuPrices.invalid')}</span>}
      </div>
    );
  }

  const label =
    derived.source === 'derived'
      ? t('skuPrices.derivedLabel', { currency, sku: name, price: derivedText ?? '', rate: derived.rateUsed })
      : t('skuPrices.missingLabel', { currency, sku: name, reason: t(`skuPrices.missing.${derived.source === 'missing' ? derived.reason : 'no-rate'}`) });
  return (
    <div className="sku-price derived" data-testid={`sku-price-${index}-${currency}`} data-source={derived.source}>
      <button
        type="button"
        id={fieldId(['skus', index, 'prices', currency])}
        className="sku-price-derived"
        aria-label={label}
        title={label}
        onClick={() => {
          setEditing(true);
          onSet(derived.source === 'derived' ? derived.amount : '');
          focusSoon(inputId);
        }}
      >
        {derived.source === 'derived' ? <span className="derived-amount">{t('skuPrices.derivedShort', { amount: derived.amount })}</span> : <span className="derived-missing">—</span>}
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Currency } from '@shared/model/ids';

interface Props {
  currencies: readonly Currency[];
  isOn: boolean;
  onToggle(isOn: boolean): void;
}

/** Switches the SKU table between cost / stock / barcode and the prices in the markets' other currencies. */
export function SkuPriceToggle({ currencies, isOn, onToggle }: Props) {
  const { t } = useTranslation('markets');
  return (
    <button type="button" className={isOn ? 'btn sku-price-toggle on' : 'btn sku-price-toggle'} aria-pressed={isOn} onClick={() => onToggle(!isOn)}>
      {t('skuPrices.toggle', { currencies: currencies.join(' · ') })}
    </button>
  );
}

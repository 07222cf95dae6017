import { useTranslation } from 'react-i18next';
import type { Currency } from '@shared/model/ids';
import { cleanTypedAmount } from '@shared/markets/decimal';
import type { MarketAmount } from '@shared/markets/prices';
import type { RateExample } from './rate-edits';
import { formatMoney } from './format-money';

interface Props {
  example: RateExample | null;
  currency: Currency;
  base: Currency;
  amount: string;
  language: string;
}

/** "CN¥199.00 → $27.99 (27.86 before rounding)", or why there is no price. */
export function RateExampleText({ example, currency, base, amount, language }: Props) {
  const { t } = useTranslation('markets');
  const rounded: MarketAmount | undefined = example?.rounded;
  if (example === null || rounded === undefined || rounded.source === 'missing') {
    const reason = rounded?.source === 'missing' ? rounded.reason : 'no-rate';
    return <span className="muted">{t(`rates.exampleMissing.${reason}`)}</span>;
  }
  return (
    <span data-testid={`rate-example-${currency}`}>
      <span className="muted">{t('rates.exampleFrom', { from: formatMoney(cleanTypedAmount(amount), base, language) })} </span>
      <strong className="example-result">{formatMoney(rounded.amount, currency, language)}</strong>
      {example.exact !== null && example.exact !== rounded.amount && <span className="example-exact">{t('rates.beforeRounding', { amount: example.exact })}</span>}
    </span>
  );
}

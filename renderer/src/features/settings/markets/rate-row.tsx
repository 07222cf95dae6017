import { useTranslation } from 'react-i18next';
import type { Currency } from '@shared/model/ids';
import { cleanTypedAmount, parseTypedAmount } from '@shared/markets/decimal';
import { ROUNDING_MODES, type RoundingRule } from '@shared/markets/rounding';
import { allowedPrices, isRoundingMode, type RateExample, type RatesCheck, type RoundingDraft } from './rate-edits';
import { RateExampleText } from './rate-example';
import { currencyName, formatMoney } from './format-money';

interface Props {
  currency: Currency;
  base: Currency;
  rate: string;
  rounding: RoundingDraft;
  /** The row's rule when it is valid, for the allowed prices. */
  rule: RoundingRule | null;
  issues: Pick<RatesCheck, 'rateIssues' | 'roundingIssues'>;
  example: RateExample | null;
  exampleAmount: string;
  onRate(text: string): void;
  onRounding(next: RoundingDraft): void;
}

const parseableAmount = (amount: string) => parseTypedAmount(amount) !== null;

/** One currency: its rate against the base, its rounding rule and the example price through both. */
export function RateRow({ currency, base, rate, rounding, rule, issues, example, exampleAmount, onRate, onRounding }: Props) {
  const { t, i18n } = useTranslation('markets');
  const isBase = currency === base;
  const rateIssue = issues.rateIssues[currency];
  const roundingIssue = issues.roundingIssues[currency];
  const allowed = rule === null ? [] : allowedPrices(rule);
  const idOf = (part: string) => `rate-${currency}-${part}`;
  return (
    <tr data-testid={`rate-row-${currency}`}>
      <th scope="row" className="col-rate-currency">
        <span className="currency-code">{currency}</span>
        <span className="currency-name">{currencyName(currency, i18n.language)}</span>
      </th>
      <td className="col-rate">
        {isBase ? (
          <span className="base-rate">{t('rates.isBase')}</span>
        ) : (
          <div className="rate-input-row">
            <span className="rate-prefix" aria-hidden="true">{t('rates.ratePrefix', { base })}</span>
            <input
              id={idOf('rate')}
              type="text"
              inputMode="decimal"
              className="cell-input numeric"
              value={rate}
              placeholder={t('rates.noRate')}
              aria-label={t('rates.rateOf', { currency, base })}
              aria-invalid={rateIssue !== undefined || undefined}
              aria-describedby={rateIssue ? idOf('rate-error') : undefined}
              onChange={(e) => onRate(e.target.value)}
            />
            <span className="rate-suffix" aria-hidden="true">{currency}</span>
          </div>
        )}
        {rateIssue && <span id={idOf('rate-error')} className="field-error">{t(`rates.issues.${rateIssue}`)}</span>}
      </td>
      <td className="col-step">
        <input
          id={idOf('step')}
          type="text"
          inputMode="decimal"
          className="cell-input numeric"
          value={rounding.step}
          aria-label={t('rates.stepOf', { currency })}
          aria-invalid={roundingIssue?.field === 'step' || undefined}
          aria-describedby={roundingIssue ? idOf('rounding-error') : undefined}
          onChange={(e) => onRounding({ ...rounding, step: e.target.value })}
        />
      </td>
      <td className="col-ending">
        <input
          id={idOf('ending')}
          type="text"
          inputMode="decimal"
          className="cell-input numeric"
          value={rounding.ending}
          placeholder={t('rates.noEnding')}
          aria-label={t('rates.endingOf', { currency })}
          aria-invalid={roundingIssue?.field === 'ending' || undefined}
          aria-describedby={roundingIssue ? idOf('rounding-error') : undefined}
          onChange={(e) => onRounding({ ...rounding, ending: e.target.value })}
        />
      </td>
      <td className="col-mode">
        <select className="cell-input" value={rounding.mode} aria-label={t('rates.modeOf', { currency })} onChange={(e) => isRoundingMode(e.target.value) && onRounding({ ...rounding, mode: e.target.value })}>
          {ROUNDING_MODES.map((m) => <option key={m} value={m}>{t(`rates.modes.${m}`)}</option>)}
        </select>
      </td>
      <td className="col-allowed">
        {roundingIssue ? (
          <span id={idOf('rounding-error')} className="field-error">{t(`rates.roundingIssues.${roundingIssue.code}`)}</span>
        ) : (
          <span className="allowed-prices">{t('rates.allowedList', { prices: allowed.join(', ') })}</span>
        )}
      </td>
      <td className="col-example">
        {isBase ? (
          <span className="muted">{parseableAmount(exampleAmount) ? formatMoney(cleanTypedAmount(exampleAmount), base, i18n.language) : ''}</span>
        ) : (
          // A wrong rate is explained in its own cell; the example waits for a usable one.
          rateIssue === undefined && <RateExampleText example={example} currency={currency} base={base} amount={exampleAmount} language={i18n.language} />
        )}
      </td>
    </tr>
  );
}

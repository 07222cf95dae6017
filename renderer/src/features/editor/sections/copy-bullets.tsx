import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyLocale } from '@shared/model/ids';
import type { FieldKey } from '@shared/translation/fields';
import { Icon } from '../../../components/icon';
import { fieldId } from '../field-id';
import { focusSoon } from '../focus-field';
import { removeAt, replaceAt } from '../listing-edits';

interface Props {
  locale: CopyLocale;
  localeName: string;
  bullets: readonly string[];
  /** `key` is the bullet's field id while typing, null for adding/removing lines. */
  onChange(bullets: string[], key: string | null): void;
  /** A translation's review mark for one bullet. */
  markFor?(key: FieldKey, fieldName: string): ReactNode;
}

/** Selling points (卖点) as a list of lines; Enter in a line starts the next one. */
export function CopyBullets({ locale, localeName, bullets, onChange, markFor }: Props) {
  const { t } = useTranslation('editor');
  const idOf = (i: number) => fieldId(['copy', locale, 'bullets', i]);

  function add(at: number): void {
    onChange([...bullets.slice(0, at), '', ...bullets.slice(at)], null);
    focusSoon(idOf(at));
  }

  return (
    <div className="field">
      <span className="field-label" id={`${fieldId(['copy', locale, 'bullets'])}-label`}>{t('copy.bullets')}</span>
      <ol className="bullet-list" aria-labelledby={`${fieldId(['copy', locale, 'bullets'])}-label`}>
        {bullets.map((b, i) => (
          <li key={i} className="bullet-row">
            <span className="bullet-index" aria-hidden="true">{i + 1}</span>
            <input
              id={idOf(i)}
              type="text"
              value={b}
              aria-label={t('copy.bullet', { index: i + 1, locale: localeName })}
              onChange={(e) => onChange(replaceAt(bullets, i, e.target.value), idOf(i))}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  add(i + 1);
                }
              }}
            />
            <button type="button" className="btn ghost icon-btn" aria-label={t('copy.removeBullet', { index: i + 1, locale: localeName })} title={t('copy.removeBullet', { index: i + 1, locale: localeName })} onClick={() => onChange(removeAt(bullets, i), null)}>
              <Icon name="close" size={14} />
            </button>
            {markFor?.(`bullets.${i}`, t('copy.bullet', { index: i + 1, locale: localeName }))}
          </li>
        ))}
      </ol>
      <div>
        <button type="button" id={fieldId(['copy', locale, 'bullets'])} className="btn small" onClick={() => add(bullets.length)}>
          <Icon name="plus" size={14} />
          {t('copy.addBullet')}
        </button>
      </div>
    </div>
  );
}

import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_IDS, type ChannelId, type CopyLocale } from '@shared/model/ids';
import type { Copy } from '@shared/model/listing';
import type { FieldKey } from '@shared/translation/fields';
import { Icon } from '../../../components/icon';
import { fieldId } from '../field-id';
import { focusSoon } from '../focus-field';
import { TitleMeters } from '../checklist/title-meters';

interface Props {
  locale: CopyLocale;
  localeName: string;
  copy: Copy;
  /** `undefined` removes the override; `key` is the field id while typing. */
  onChange(channel: ChannelId, title: string | undefined, key: string | null): void;
  /** A translation's review mark for one channel's title. */
  markFor?(key: FieldKey, fieldName: string): ReactNode;
}

/** Per-channel titles (渠道标题) for channels that need a shorter or differently worded title. */
export function TitleOverrides({ locale, localeName, copy, onChange, markFor }: Props) {
  const { t } = useTranslation('editor');
  const { t: tc } = useTranslation('common');
  const used = CHANNEL_IDS.filter((c) => copy.titleOverrides[c] !== undefined);
  const unused = CHANNEL_IDS.filter((c) => copy.titleOverrides[c] === undefined);
  const idOf = (c: ChannelId) => fieldId(['copy', locale, 'titleOverrides', c]);
  const addId = fieldId(['copy', locale, 'titleOverrides']);

  return (
    <div className="field">
      <span className="field-label">{t('copy.overrides')}</span>
      {used.map((channel) => {
        const label = t('copy.overrideFor', { channel: tc(`channels.${channel}`), locale: localeName });
        return (
          <Fragment key={channel}>
            <div className="override-row">
              <label className="override-channel" htmlFor={idOf(channel)}>{tc(`channels.${channel}`)}</label>
              <input id={idOf(channel)} type="text" aria-label={label} value={copy.titleOverrides[channel] ?? ''} onChange={(e) => onChange(channel, e.target.value, idOf(channel))} />
              <button
                type="button"
                className="btn ghost icon-btn"
                aria-label={t('copy.removeOverride', { channel: tc(`channels.${channel}`), locale: localeName })}
                title={t('copy.removeOverride', { channel: tc(`channels.${channel}`), locale: localeName })}
                onClick={() => onChange(channel, undefined, null)}
              >
                <Icon name="close" size={14} />
              </button>
              {markFor?.(`titleOverrides.${channel}`, label)}
            </div>
            {copy.titleOverrides[channel]?.trim() && (
              <div className="override-meter">
                <TitleMeters locale={locale} copy={copy} channel={channel} />
              </div>
            )}
          </Fragment>
        );
      })}
      {unused.length > 0 && (
        <select
          id={addId}
          className="add-select"
          aria-label={t('copy.addOverride', { locale: localeName })}
          value=""
          onChange={(e) => {
            const channel = CHANNEL_IDS.find((c) => c === e.target.value);
            if (!channel) return;
            // Start from the main title: overrides are usually a shortened or reworded version of it.
            onChange(channel, copy.title, null);
            focusSoon(idOf(channel));
          }}
        >
          <option value="">{t('copy.addOverridePlaceholder')}</option>
          {unused.map((c) => (
            <option key={c} value={c}>{tc(`channels.${c}`)}</option>
          ))}
        </select>
      )}
      <span className="field-hint">{t('copy.overridesHint')}</span>
    </div>
  );
}

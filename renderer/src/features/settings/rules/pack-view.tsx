import { useTranslation } from 'react-i18next';
import type { ChannelId } from '@shared/model/ids';
import { CHANNEL_PACKS } from '@shared/rules/packs';
import { imageRulesFor } from '@shared/rules/image-rules';
import { ImageRulesTable } from './image-rules-table';
import { packCurrencies } from './rule-text';
import { RulesTable } from './rules-table';

/** One channel's pack: what it needs (languages, currencies, title unit), its rules and its image rules. */
export function PackView({ channel, asOf }: { channel: ChannelId; asOf: string }) {
  const { t } = useTranslation(['settings', 'common']);
  const pack = CHANNEL_PACKS[channel];
  const currencies = packCurrencies(pack);
  const unit = t(`settings:rules.units.${pack.titleUnit}`);
  return (
    <>
      <div className="rule-pack-head">
        <h2>{t(`common:channels.${channel}`)}</h2>
        <span className="badge rule-version">{t('settings:rules.pack.version', { version: pack.version })}</span>
      </div>
      <dl className="rule-pack-facts">
        <div>
          <dt>{t('settings:rules.pack.locales')}</dt>
          <dd>{pack.locales.map((l) => t(`common:locales.${l}`)).join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('settings:rules.pack.currencies')}</dt>
          <dd>{currencies.length > 0 ? currencies.join(' · ') : t('settings:rules.pack.anyCurrency')}</dd>
        </div>
        <div>
          <dt>{t('settings:rules.pack.titleUnit')}</dt>
          <dd>{unit}</dd>
        </div>
        <div>
          <dt>{t('settings:rules.pack.front')}</dt>
          <dd>{t('settings:rules.pack.frontValue', { count: pack.frontUnits, unit })}</dd>
        </div>
      </dl>
      <RulesTable pack={pack} asOf={asOf} />
      <ImageRulesTable channel={channel} rules={imageRulesFor(channel)} />
    </>
  );
}

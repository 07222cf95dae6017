import { useTranslation } from 'react-i18next';
import type { ImageRule } from '@shared/images/types';
import type { ChannelId } from '@shared/model/ids';
import { formatBytes, imageRuleExtras, type ImageExtra } from './rule-text';

/** The channel's image rule per slot: output size and fit, format, byte limit, smallest source, extras, source. */
export function ImageRulesTable({ channel, rules }: { channel: ChannelId; rules: readonly ImageRule[] }) {
  const { t } = useTranslation(['settings', 'checklist', 'common']);

  const extra = (e: ImageExtra) => {
    switch (e.key) {
      case 'white':
        return t('settings:rules.images.white');
      case 'fill':
        return t('settings:rules.images.fill', { percent: e.percent });
      case 'aspect':
        return t('settings:rules.images.aspect', { ratio: e.ratio, tolerance: e.tolerance });
      case 'zoom':
        return t('settings:rules.images.zoom', { px: e.px, side: t(`settings:rules.images.sides.${e.side}`) });
    }
  };

  return (
    <section className="rule-images" aria-labelledby={`image-rules-${channel}`}>
      <h2 id={`image-rules-${channel}`}>{t('settings:rules.images.title')}</h2>
      {rules.length === 0 ? (
        <p className="muted">{t('settings:rules.images.empty')}</p>
      ) : (
        <div className="rule-table-wrap">
          <table className="rule-table image-rule-table">
            <caption className="sr-only">{t('settings:rules.images.caption', { channel: t(`common:channels.${channel}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings:rules.images.slot')}</th>
                <th scope="col">{t('settings:rules.images.size')}</th>
                <th scope="col">{t('settings:rules.images.format')}</th>
                <th scope="col">{t('settings:rules.images.bytes')}</th>
                <th scope="col">{t('settings:rules.images.minSource')}</th>
                <th scope="col">{t('settings:rules.images.extras')}</th>
                <th scope="col">{t('settings:rules.table.confidence')}</th>
                <th scope="col" className="col-source">{t('settings:rules.table.source')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => {
                const extras = imageRuleExtras(rule);
                return (
                  <tr key={rule.id} data-rule-id={rule.id}>
                    <th scope="row">{t(`checklist:slots.${rule.slot}`)}</th>
                    <td>{t('settings:rules.images.sizeValue', { width: rule.width, height: rule.height, fit: t(`settings:rules.images.fit.${rule.fit}`) })}</td>
                    <td>{rule.format.toUpperCase()}</td>
                    <td>{formatBytes(rule.maxBytes)}</td>
                    <td>{rule.minSourcePx > 0 ? t('settings:rules.images.minSourceValue', { px: rule.minSourcePx }) : t('settings:rules.images.none')}</td>
                    <td>{extras.length > 0 ? extras.map(extra).join(' · ') : t('settings:rules.images.none')}</td>
                    <td><span className={`badge confidence-${rule.confidence}`}>{t(`checklist:confidence.${rule.confidence}`)}</span></td>
                    <td className="col-source rule-source">{rule.source}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

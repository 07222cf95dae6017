import { useTranslation } from 'react-i18next';
import type { ImageCheck, ImageRule } from '@shared/images/types';
import type { ChannelId } from '@shared/model/ids';
import type { ImageRef } from '@shared/model/listing';
import type { StoredAsset } from '../../db/repos/assets';
import { formatBytes } from './asset-notes';
import { useRendition } from './use-rendition';
import { useRenditionPreview, useThumbnail } from './use-object-url';

interface Props {
  image: ImageRef;
  asset: StoredAsset | undefined;
  channel: ChannelId;
  rule: ImageRule;
  position: number;
}

const LEVEL_ORDER: Record<ImageCheck['level'], number> = { fail: 0, warn: 1, note: 2 };

/** The original and the channel's rendition side by side, with the verdict and its reasons. */
export function RenditionCard({ image, asset, channel, rule, position }: Props) {
  const { t, i18n } = useTranslation('images');
  const original = useThumbnail(image.assetId);
  const rendition = useRendition(image.assetId, channel, rule.slot);
  const preview = useRenditionPreview(rendition.status === 'ready' ? rendition.result.key : null);
  const name = asset?.originalName ?? t('tile.unknownName', { hash: image.assetId.slice(0, 8) });
  const channelName = t(`channels.${channel}`);

  function reason(c: ImageCheck): string {
    const p = c.params;
    const bytes = (v: unknown) => (typeof v === 'number' ? formatBytes(v, i18n.language) : String(v ?? ''));
    return t(`checks.${c.code}`, { ...p, bytes: bytes(p.bytes), max: bytes(p.max) });
  }

  let verdict: 'pass' | 'fail' | 'warnings' | null = null;
  if (rendition.status === 'ready') {
    const r = rendition.result;
    verdict = !r.isPassing ? 'fail' : r.checks.some((c) => c.level === 'warn') ? 'warnings' : 'pass';
  }
  const checks = rendition.status === 'ready' ? [...rendition.result.checks].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]) : [];

  return (
    <li className="rendition-card" aria-label={`${name} · ${position + 1}`} data-verdict={verdict ?? 'pending'}>
      <div className="rendition-pair">
        <figure>
          <div className="rendition-img">
            {original.status === 'ready' && <img src={original.url} alt={t('preview.original')} />}
          </div>
          <figcaption>{t('preview.original')}{asset && ` · ${t('tile.size', { width: asset.width, height: asset.height })}`}</figcaption>
        </figure>
        <figure>
          <div className="rendition-img">
            {preview.status === 'ready' && <img src={preview.url} alt={t('preview.rendition', { channel: channelName })} />}
            {rendition.status === 'loading' && <span className="image-thumb-text">{t('preview.rendering')}</span>}
            {rendition.status === 'failed' && <span className="image-thumb-text">{t('preview.renderFailed')}</span>}
          </div>
          <figcaption>
            {rendition.status === 'ready'
              ? t('preview.output', {
                  width: rendition.result.width,
                  height: rendition.result.height,
                  format: rendition.result.format.toUpperCase(),
                  size: formatBytes(rendition.result.bytes, i18n.language),
                  quality: rendition.result.quality,
                })
              : t('preview.rendition', { channel: channelName })}
          </figcaption>
        </figure>
      </div>
      <div className="rendition-verdict">
        <span className="rendition-name" title={name}>{name}</span>
        {verdict && <span className={`badge verdict ${verdict}`}>{t(`preview.${verdict}`)}</span>}
      </div>
      {checks.length > 0 && (
        <ul className="check-list">
          {checks.map((c, i) => (
            <li key={`${c.code}-${i}`} className={`check ${c.level}`}>
              <span className="check-level">{t(`levels.${c.level}`)}</span>
              <span className="check-text">
                {reason(c)}
                {c.ruleId !== rule.id && <span className="check-source">{t('preview.rule', { rule: c.ruleId, source: c.source })} · {t(`confidence.${c.confidence}`)}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="rendition-rule">{t('preview.rule', { rule: rule.id, source: rule.source })} · {t(`confidence.${rule.confidence}`)} · {t('preview.ruleEffective', { date: rule.effectiveFrom })}</p>
    </li>
  );
}

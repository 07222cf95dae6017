import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findDuplicatePhotos } from '@shared/images/checks';
import { CHANNEL_IDS, type ChannelId } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import { imageRulesFor } from '@shared/rules/image-rules';
import { refsIn } from './image-groups';
import { useAssets } from './image-panel';
import { RenditionCard } from './rendition-card';

/** Hamming distance (bits of the 64-bit dHash) at or under which two photos count as the same. */
const DUPLICATE_BITS = 6;

/** Per-channel renditions of every attached image, slot by slot, with pass/fail and reasons. */
export function ChannelPreview({ listing }: { listing: Listing }) {
  const { t } = useTranslation('images');
  const [channel, setChannel] = useState<ChannelId>('taobao');
  const assets = useAssets(listing.images);
  const rules = imageRulesFor(channel);

  const duplicates = useMemo(() => {
    const items = listing.images
      .filter((r) => r.role === 'variant')
      .flatMap((r) => {
        const phash = assets.get(r.assetId)?.phash;
        return phash ? [{ key: `${r.variantValue ?? ''}|${r.assetId}`, variantValue: r.variantValue ?? '', phash }] : [];
      });
    return findDuplicatePhotos(items, DUPLICATE_BITS);
  }, [listing.images, assets]);

  const describe = (key: string) => {
    const [colour = '', hash = ''] = key.split('|');
    return `${colour} (${assets.get(hash)?.originalName ?? hash.slice(0, 8)})`;
  };

  function onTabKey(e: KeyboardEvent, index: number): void {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = CHANNEL_IDS[(index + step + CHANNEL_IDS.length) % CHANNEL_IDS.length] ?? 'taobao';
    setChannel(next);
    document.getElementById(`channel-tab-${next}`)?.focus();
  }

  return (
    <div className="channel-preview" data-testid="channel-preview">
      <header className="channel-preview-header">
        <h3>{t('preview.title')}</h3>
        <p className="section-intro">{t('preview.intro')}</p>
      </header>
      <div className="channel-tabs" role="tablist" aria-label={t('preview.channels')}>
        {CHANNEL_IDS.map((c, i) => (
          <button
            key={c}
            id={`channel-tab-${c}`}
            type="button"
            role="tab"
            aria-selected={c === channel}
            aria-controls="channel-panel"
            tabIndex={c === channel ? 0 : -1}
            className={c === channel ? 'channel-tab active' : 'channel-tab'}
            onClick={() => setChannel(c)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(`channels.${c}`)}
          </button>
        ))}
      </div>
      <div id="channel-panel" role="tabpanel" aria-labelledby={`channel-tab-${channel}`} className="channel-panel">
        {duplicates.length > 0 && (
          <div className="inline-notice warning" role="note" aria-label={t('preview.duplicatesTitle')}>
            <ul className="duplicate-list">
              {duplicates.map((d) => <li key={`${d.a}-${d.b}`}>{t('preview.duplicates', { a: describe(d.a), b: describe(d.b) })}</li>)}
            </ul>
          </div>
        )}
        {rules.length === 0 && <p className="empty-state">{t('preview.noSlots', { channel: t(`channels.${channel}`) })}</p>}
        {rules.map((rule) => {
          const images = rule.slot === 'variant' ? listing.images.filter((r) => r.role === 'variant') : refsIn(listing.images, rule.slot);
          const label = t(`roles.${rule.slot}`);
          return (
            <section key={rule.id} className="slot-preview" aria-label={label}>
              <h4 className="image-group-title">{label}</h4>
              {images.length === 0 ? (
                <p className="slot-empty">{t('preview.noImages', { slot: label })}</p>
              ) : (
                <ul className="rendition-grid">
                  {images.map((image, i) => (
                    <RenditionCard key={`${channel}:${image.role}:${image.variantValue ?? ''}:${image.order}`} image={image} asset={assets.get(image.assetId)} channel={channel} rule={rule} position={i} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

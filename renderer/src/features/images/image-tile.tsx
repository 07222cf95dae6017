import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageRef } from '@shared/model/listing';
import { Icon } from '../../components/icon';
import type { StoredAsset } from '../../db/repos/assets';
import { assetNotes } from './asset-notes';
import type { ImageRole } from './image-groups';
import { useThumbnail } from './use-object-url';

export const ROLE_CHOICES: readonly Exclude<ImageRole, 'variant'>[] = ['main', 'gallery', 'portrait', 'white', 'detail'];

/** The select's value for a role: variant images carry their colour. */
export function roleValue(role: ImageRole, colour?: string): string {
  return role === 'variant' ? `variant:${colour ?? ''}` : role;
}

interface Props {
  image: ImageRef;
  asset: StoredAsset | undefined;
  position: number;
  groupSize: number;
  groupLabel: string;
  colours: readonly string[];
  isDragging: boolean;
  onRole(value: string): void;
  onMove(to: number): void;
  onReplace(): void;
  onRemove(): void;
  onDragStart(): void;
  onDragEnd(): void;
  onDropOn(): void;
}

/** One attached image: thumbnail, size and notes, role, order and actions. */
export function ImageTile({ image, asset, position, groupSize, groupLabel, colours, isDragging, ...on }: Props) {
  const { t } = useTranslation('images');
  const thumb = useThumbnail(image.assetId);
  const name = asset?.originalName ?? t('tile.unknownName', { hash: image.assetId.slice(0, 8) });
  const canReorder = groupSize > 1;
  const accept = (e: DragEvent) => {
    // Only tiles of this panel are dragged with this type; files go to the drop zone.
    if (![...e.dataTransfer.types].includes('application/x-shelfready-image')) return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <li
      className={isDragging ? 'image-tile dragging' : 'image-tile'}
      aria-label={t('tile.image', { role: groupLabel, position: position + 1, name })}
      data-asset-id={image.assetId}
      draggable={canReorder}
      onDragStart={(e) => {
        e.dataTransfer.setData('application/x-shelfready-image', image.assetId);
        e.dataTransfer.effectAllowed = 'move';
        on.onDragStart();
      }}
      onDragEnd={on.onDragEnd}
      onDragEnter={accept}
      onDragOver={accept}
      onDrop={(e) => {
        accept(e);
        on.onDropOn();
      }}
    >
      <div className="image-thumb" title={canReorder ? t('tile.dragHint') : undefined}>
        {thumb.status === 'ready' && <img src={thumb.url} alt={name} draggable={false} />}
        {thumb.status === 'loading' && <span className="image-thumb-text">{t('tile.loading')}</span>}
        {thumb.status === 'failed' && <span className="image-thumb-text">{t('tile.unavailable')}</span>}
        <span className="image-position">{position + 1}</span>
      </div>
      <div className="image-meta">
        <span className="image-name" title={name}>{name}</span>
        {asset && <span className="image-size">{t('tile.size', { width: asset.width, height: asset.height })}</span>}
        {asset && assetNotes(asset).map((n) => <span key={n} className="image-note">{t(`notes.${n}`)}</span>)}
      </div>
      <select
        className="image-role"
        aria-label={t('tile.role', { name })}
        value={roleValue(image.role, image.variantValue)}
        onChange={(e) => on.onRole(e.target.value)}
      >
        {ROLE_CHOICES.map((r) => <option key={r} value={r}>{t(`roleOption.${r}`)}</option>)}
        {colours.map((c) => <option key={c} value={roleValue('variant', c)}>{t('roleOption.variant', { colour: c })}</option>)}
        {image.role === 'variant' && !colours.includes(image.variantValue ?? '') && (
          <option value={roleValue('variant', image.variantValue)}>{t('roleOption.variant', { colour: image.variantValue ?? '' })}</option>
        )}
      </select>
      <div className="image-actions">
        {canReorder && (
          <>
            <button type="button" className="btn small ghost icon-btn" aria-label={t('tile.moveUp', { name })} disabled={position === 0} onClick={() => on.onMove(position - 1)}>
              <Icon name="up" size={14} />
            </button>
            <button type="button" className="btn small ghost icon-btn" aria-label={t('tile.moveDown', { name })} disabled={position === groupSize - 1} onClick={() => on.onMove(position + 1)}>
              <Icon name="down" size={14} />
            </button>
          </>
        )}
        <span className="spacer" />
        <button type="button" className="btn small ghost" aria-label={t('tile.replaceLabel', { name })} onClick={on.onReplace}>{t('tile.replace')}</button>
        <button type="button" className="btn small ghost danger" aria-label={t('tile.removeLabel', { name })} onClick={on.onRemove}>{t('tile.remove')}</button>
      </div>
    </li>
  );
}

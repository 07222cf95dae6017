import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListingSummary } from '../../db/summary';
import type { CatalogFormat } from './format';
import { ReadinessChips } from './readiness-chips';
import { listingName, type RowMenuRequest } from './row-action';

const VISIBLE_TAGS = 2;

interface Props {
  summary: ListingSummary;
  index: number;
  top: number;
  isTabStop: boolean;
  isMenuOpen: boolean;
  format: CatalogFormat;
  onOpen(id: string): void;
  onMenu(request: RowMenuRequest): void;
  onFocusRow(id: string): void;
}

function MoreIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="3.5" cy="8" r="1.4" fill="currentColor" />
      <circle cx="8" cy="8" r="1.4" fill="currentColor" />
      <circle cx="12.5" cy="8" r="1.4" fill="currentColor" />
    </svg>
  );
}

/** One listing in the virtualized grid; memoized so scrolling re-renders only rows that move. */
export const CatalogRow = memo(function CatalogRow({ summary: s, index, top, isTabStop, isMenuOpen, format, onOpen, onMenu, onFocusRow }: Props) {
  const { t } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  const name = listingName(s, t('row.untitled'));
  const title = s.titleZh || t('row.untitled');
  const price = format.price(s.priceFrom, s.currency);
  const hiddenTags = s.tags.length - VISIBLE_TAGS;

  function openMenuFromButton(e: MouseEvent<HTMLButtonElement>) {
    e.stopPropagation();
    const r = e.currentTarget.getBoundingClientRect();
    onMenu({ summary: s, anchor: { x: r.right, y: r.bottom + 4, isAlignedRight: true, returnFocusTo: e.currentTarget } });
  }

  function openMenuAtPointer(e: MouseEvent<HTMLDivElement>) {
    e.preventDefault();
    onMenu({ summary: s, anchor: { x: e.clientX, y: e.clientY, isAlignedRight: false, returnFocusTo: e.currentTarget } });
  }

  function onButtonKey(e: KeyboardEvent<HTMLButtonElement>) {
    // Enter/Space on the button open its menu, not the row's editor.
    if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
  }

  return (
    <div
      role="row"
      data-testid="catalog-row"
      data-listing-id={s.id}
      data-index={index}
      aria-rowindex={index + 2}
      aria-label={t('row.label', { code: s.spuCode, title })}
      className={isMenuOpen ? 'catalog-row menu-open' : 'catalog-row'}
      style={{ transform: `translateY(${top}px)` }}
      tabIndex={isTabStop ? 0 : -1}
      onClick={() => onOpen(s.id)}
      onFocus={(e) => e.target === e.currentTarget && onFocusRow(s.id)}
      onContextMenu={openMenuAtPointer}
    >
      <div role="gridcell" className="cell col-code">
        {s.spuCode ? <span className="code">{s.spuCode}</span> : <span className="placeholder">{t('row.noCode')}</span>}
      </div>
      <div role="gridcell" className="cell col-title">
        <span className={s.titleZh ? 'title-primary' : 'title-primary placeholder'}>{title}</span>
        {s.titleEn && s.titleEn !== s.titleZh && <span className="title-secondary" lang="en">{s.titleEn}</span>}
      </div>
      <div role="gridcell" className="cell col-status">
        <span className={`badge ${s.status}`}>{tc(`status.${s.status}`)}</span>
      </div>
      <div role="gridcell" className="cell col-ready">
        <ReadinessChips readyFor={s.readyFor} scores={s.scores} />
      </div>
      <div role="gridcell" className="cell col-tags">
        {s.tags.slice(0, VISIBLE_TAGS).map((tag) => (
          <span key={tag} className="tag">{tag}</span>
        ))}
        {hiddenTags > 0 && <span className="tag more" title={s.tags.slice(VISIBLE_TAGS).join(', ')}>{t('row.moreTags', { count: hiddenTags })}</span>}
      </div>
      <div role="gridcell" className="cell col-skus num">{format.number(s.skuCount)}</div>
      <div role="gridcell" className="cell col-price num">{price || <span className="placeholder">—</span>}</div>
      <div role="gridcell" className="cell col-updated" title={t('row.updatedAt', { time: format.updatedFull(s.updatedAt) })}>
        {format.updated(s.updatedAt)}
      </div>
      <div role="gridcell" className="cell col-actions">
        <button
          type="button"
          className="icon-btn"
          aria-label={t('row.actions', { name })}
          aria-haspopup="menu"
          aria-expanded={isMenuOpen}
          tabIndex={isTabStop ? 0 : -1}
          onClick={openMenuFromButton}
          onKeyDown={onButtonKey}
        >
          <MoreIcon />
        </button>
      </div>
    </div>
  );
});

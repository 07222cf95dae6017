import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ListingSummary } from '../../db/summary';
import type { CatalogSort } from '../../store';
import { CatalogRow } from './catalog-row';
import type { CatalogFormat } from './format';
import type { RowMenuRequest } from './row-action';
import { catalogSession } from './session';

export const ROW_HEIGHT = 52;

interface Props {
  rows: readonly ListingSummary[];
  sort: CatalogSort;
  /** Changes whenever filter or sort change: the list then scrolls back to the top. */
  viewKey: string;
  format: CatalogFormat;
  menuListingId: string | null;
  onSort(sort: CatalogSort): void;
  onOpen(id: string): void;
  onMenu(request: RowMenuRequest): void;
  onDelete(summary: ListingSummary): void;
}

const SORTABLE: readonly { column: 'code' | 'title' | 'status' | 'updated'; sort: CatalogSort; direction: 'ascending' | 'descending' }[] = [
  { column: 'code', sort: 'code-asc', direction: 'ascending' },
  { column: 'title', sort: 'title-asc', direction: 'ascending' },
  { column: 'status', sort: 'status', direction: 'ascending' },
  { column: 'updated', sort: 'updated-desc', direction: 'descending' },
];

const COLUMNS = ['code', 'title', 'status', 'ready', 'tags', 'skus', 'price', 'updated', 'actions'] as const;

/**
 * The listing grid: only the rows in view (plus overscan) are in the DOM, so 10,000 listings cost
 * what 30 do. Keyboard: ↑/↓, PageUp/PageDown, Home/End move between rows, Enter opens, Delete asks
 * to delete, Shift+F10 or the context-menu key opens the row's actions.
 */
export function CatalogGrid({ rows, sort, viewKey, format, menuListingId, onSort, onOpen, onMenu, onDelete }: Props) {
  const { t } = useTranslation('catalog');
  const bodyRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(catalogSession.lastOpenedId);
  const lastViewKey = useRef(viewKey);

  // The app does not run the React Compiler; this component re-renders on every scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 8,
    initialOffset: () => catalogSession.scrollOffset,
    onChange: (v) => {
      catalogSession.scrollOffset = v.scrollOffset ?? 0;
    },
  });

  useEffect(() => {
    if (lastViewKey.current === viewKey) return;
    lastViewKey.current = viewKey;
    virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const activeIndex = activeId === null ? -1 : rows.findIndex((r) => r.id === activeId);
  // One row is the grid's tab stop: the active one when it is rendered, else the first in view.
  const tabStopIndex = items.some((i) => i.index === activeIndex) ? activeIndex : (items[0]?.index ?? -1);

  const focusIndex = useCallback((index: number, attempt = 0) => {
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) row.focus({ preventScroll: true });
    // Far jumps (End, PageDown) render the target a frame or two after scrolling to it.
    else if (attempt < 5) requestAnimationFrame(() => focusIndex(index, attempt + 1));
  }, []);

  function moveTo(index: number) {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!target) return;
    const i = rows.indexOf(target);
    setActiveId(target.id);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    focusIndex(i);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const row = e.target instanceof HTMLElement && e.target.getAttribute('role') === 'row' ? e.target : null;
    const current = row ? Number(row.dataset.index) : activeIndex;
    const page = Math.max(1, Math.floor((bodyRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const summary = rows[current];
    switch (e.key) {
      case 'ArrowDown': moveTo(current + 1); break;
      case 'ArrowUp': moveTo(current - 1); break;
      case 'PageDown': moveTo(current + page); break;
      case 'PageUp': moveTo(current - page); break;
      case 'Home': moveTo(0); break;
      case 'End': moveTo(rows.length - 1); break;
      case 'Enter':
        if (!row || !summary) return;
        onOpen(summary.id);
        break;
      case 'Delete':
        if (!row || !summary) return;
        onDelete(summary);
        break;
      case 'ContextMenu':
      case 'F10': {
        if (!row || !summary || (e.key === 'F10' && !e.shiftKey)) return;
        const button = row.querySelector<HTMLElement>('.icon-btn');
        const r = (button ?? row).getBoundingClientRect();
        onMenu({ summary, anchor: { x: r.right, y: r.bottom + 4, isAlignedRight: true, returnFocusTo: button } });
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  }

  return (
    <div className="catalog-grid" role="grid" aria-label={t('grid.label')} aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="catalog-grid-head">
        <div role="row" aria-rowindex={1} className="catalog-row head">
          {COLUMNS.map((column) => {
            const sortable = SORTABLE.find((s) => s.column === column);
            const isSorted = sortable?.sort === sort;
            return (
              <div key={column} role="columnheader" className={`cell col-${column}`} aria-sort={isSorted ? sortable?.direction : undefined}>
                {sortable ? (
                  <button type="button" className={isSorted ? `sort-btn sorted ${sortable.direction}` : 'sort-btn'} onClick={() => onSort(sortable.sort)}>
                    {t(`columns.${column}`)}
                  </button>
                ) : (
                  <span className={column === 'actions' ? 'visually-hidden' : undefined}>{t(`columns.${column}`)}</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="catalog-grid-body" ref={bodyRef} tabIndex={-1} onKeyDown={onKeyDown}>
        <div role="presentation" className="catalog-grid-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const summary = rows[item.index];
            if (!summary) return null;
            return (
              <CatalogRow
                key={summary.id}
                summary={summary}
                index={item.index}
                top={item.start}
                isTabStop={item.index === tabStopIndex}
                isMenuOpen={summary.id === menuListingId}
                format={format}
                onOpen={onOpen}
                onMenu={onMenu}
                onFocusRow={setActiveId}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

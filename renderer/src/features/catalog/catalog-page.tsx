import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { ListingSummary } from '../../db/summary';
import { useAppStore } from '../../store';
import { CatalogEmpty } from './catalog-empty';
import { CatalogGrid } from './catalog-grid';
import { CatalogNotice } from './catalog-notice';
import { CatalogToolbar } from './catalog-toolbar';
import { clearedFilter, countTags, filterSummaries, hasCustomFilter, sortSummaries } from './filter-summaries';
import { createCatalogFormat } from './format';
import { listingName, type RowAction, type RowMenuRequest } from './row-action';
import { RowActionsMenu } from './row-actions-menu';
import { useCatalogActions } from './use-catalog-actions';
import { liveSummaries } from '../../db/live-summaries';
import { reloadSummaries, useSummaries } from './use-summaries';
import { useCatalogDrop } from '../images/use-catalog-drop';
import { TransferActions } from '../transfer/transfer-actions';
import { CatalogXliffButton } from '../translation/catalog-xliff-button';
import './catalog.css';

// The catalog is the first screen: start reading summaries while the app is still booting
// (settings, i18n), not when the page first renders.
liveSummaries.prefetch();

/* Titles are Chinese first: pinyin order in both UI languages; numeric so SPU-2 sorts before SPU-10. */
const COLLATOR = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The catalog: every listing's summary, kept live in memory (db/live-summaries.ts; ~10,000 small rows),
 * sorted, filtered and searched there. Sorting reruns only when data or sort change; a keystroke
 * costs one linear filter pass (< 1 ms for 10,000 in Node), deferred so typing never waits on it.
 */
export function CatalogPage() {
  const { t, i18n } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  const state = useSummaries();
  const summaries = state.status === 'ready' ? state.summaries : undefined;
  const { search, statusFilter, tagFilter, readyFilter, sort, setSearch, setStatusFilter, setTagFilter, setReadyFilter, setSort } = useAppStore();
  const deferredSearch = useDeferredValue(search);
  // Newest-first preview while the full read runs: valid only for the newest-first order.
  const preview = state.status === 'loading' && sort === 'updated-desc' ? state.preview : undefined;
  const actions = useCatalogActions();
  const [menu, setMenu] = useState<RowMenuRequest | null>(null);
  const [toDelete, setToDelete] = useState<ListingSummary | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [mountedAt] = useState(() => Date.now());
  const drop = useCatalogDrop();

  const format = useMemo(() => createCatalogFormat(i18n.language, mountedAt), [i18n.language, mountedAt]);
  const shown = summaries ?? preview;
  const sorted = useMemo(() => sortSummaries(shown ?? [], sort, COLLATOR), [shown, sort]);
  const rows = useMemo(
    () => filterSummaries(sorted, { search: deferredSearch, status: statusFilter, tag: tagFilter, readyFor: readyFilter }),
    [sorted, deferredSearch, statusFilter, tagFilter, readyFilter],
  );
  const tags = useMemo(() => countTags(summaries ?? [], COLLATOR), [summaries]);
  const shownIds = useMemo(() => (summaries ? rows.map((r) => r.id) : []), [summaries, rows]);
  const filter = { search, status: statusFilter, tag: tagFilter, readyFor: readyFilter };

  // "/" or Ctrl/⌘+F jumps to search from anywhere on the page, as in most list apps.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const isFind = (e.key === 'f' || e.key === 'F') && (e.ctrlKey || e.metaKey);
      if ((e.key === '/' && !isTypingTarget(e.target)) || isFind) {
        if (document.querySelector('[role="alertdialog"], [role="menu"]')) return;
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const focusList = useCallback((id?: string) => {
    const root = rootRef.current;
    const row = id ? root?.querySelector<HTMLElement>(`[data-listing-id="${CSS.escape(id)}"]`) : null;
    const target = row ?? root?.querySelector<HTMLElement>('[data-testid="catalog-row"][tabindex="0"]') ?? root?.querySelector<HTMLElement>('.catalog-grid-body');
    target?.focus({ preventScroll: true });
  }, []);

  const clearFilters = useCallback(() => {
    const cleared = clearedFilter(summaries ?? []);
    setSearch(cleared.search);
    setStatusFilter(cleared.status);
    setTagFilter(cleared.tag);
    setReadyFilter(cleared.readyFor ?? null);
  }, [summaries, setSearch, setStatusFilter, setTagFilter, setReadyFilter]);

  const closeMenu = useCallback(() => {
    setMenu((current) => {
      const el = current?.anchor.returnFocusTo;
      if (el?.isConnected) queueMicrotask(() => el.focus({ preventScroll: true }));
      return null;
    });
  }, []);

  const onMenu = useCallback((request: RowMenuRequest) => {
    // The same row's button again closes its menu (a toggle, like every menu button).
    setMenu((current) => (current?.summary.id === request.summary.id && request.anchor.isAlignedRight ? null : request));
  }, []);

  function onAction(action: RowAction) {
    const s = menu?.summary;
    if (!s) return;
    closeMenu();
    switch (action) {
      case 'open': return actions.open(s.id);
      case 'duplicate': return void actions.duplicate(s);
      case 'archive': return void actions.setStatus(s, 'archived');
      case 'unarchive': return void actions.setStatus(s, 'draft');
      case 'delete': return setToDelete(s);
    }
  }

  function confirmDelete() {
    const s = toDelete;
    setToDelete(null);
    if (s) void actions.remove(s).then(() => focusList());
  }

  const cancelDelete = useCallback(() => {
    const id = toDelete?.id;
    setToDelete(null);
    queueMicrotask(() => focusList(id));
  }, [toDelete, focusList]);

  let body;
  if (state.status === 'failed') {
    body = (
      <div className="catalog-loading" role="alert">
        <p>{t('grid.loadFailed')}</p>
        <button type="button" className="btn" onClick={() => void reloadSummaries()}>{t('grid.retry')}</button>
      </div>
    );
  } else if (summaries === undefined && rows.length === 0) {
    body = <div className="catalog-loading" role="status">{t('grid.loading')}</div>;
  } else if (summaries?.length === 0) {
    body = <CatalogEmpty kind="empty" onCreate={() => void actions.create()} />;
  } else if (rows.length === 0) {
    body = <CatalogEmpty kind="no-match" search={deferredSearch} onClear={clearFilters} />;
  } else {
    body = (
      <CatalogGrid
        rows={rows}
        sort={sort}
        viewKey={`${deferredSearch}\u0000${statusFilter}\u0000${tagFilter ?? ''}\u0000${readyFilter ?? ''}\u0000${sort}`}
        format={format}
        menuListingId={menu?.summary.id ?? null}
        onSort={setSort}
        onOpen={actions.open}
        onMenu={onMenu}
        onDelete={setToDelete}
      />
    );
  }

  return (
    <div className={drop.isActive ? 'page catalog-page dropping' : 'page catalog-page'} ref={rootRef} data-testid="catalog-drop-target" {...drop.handlers}>
      <header className="page-header">
        <h1>{t('title')}</h1>
        {/* The catalog has no row selection: a bundle holds the listings shown (all, when unfiltered). */}
        <TransferActions listingIds={shownIds} />
        <CatalogXliffButton listingIds={shownIds} />
        <button type="button" className="btn primary" onClick={() => void actions.create()}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M6 1v10M1 6h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {t('newListing')}
        </button>
      </header>
      {(summaries ?? preview ?? []).length > 0 && (
        <CatalogToolbar
          searchRef={searchRef}
          search={search}
          status={statusFilter}
          tag={tagFilter}
          readyFor={readyFilter}
          sort={sort}
          tags={tags}
          shown={rows.length}
          total={summaries?.length}
          canClear={hasCustomFilter(filter)}
          format={format}
          onSearch={setSearch}
          onStatus={setStatusFilter}
          onTag={setTagFilter}
          onReadyFor={setReadyFilter}
          onSort={setSort}
          onClear={clearFilters}
          onLeaveSearch={() => focusList()}
        />
      )}
      {body}
      {drop.hint}
      {actions.notice && <CatalogNotice notice={actions.notice} onDismiss={actions.dismiss} />}
      {menu && <RowActionsMenu summary={menu.summary} anchor={menu.anchor} onAction={onAction} onClose={closeMenu} />}
      {toDelete && (
        <ConfirmDialog
          title={t('delete.title', { name: listingName(toDelete, t('row.untitled')) })}
          body={t('delete.body')}
          confirmLabel={t('delete.confirm')}
          cancelLabel={tc('actions.cancel')}
          isDanger
          onConfirm={confirmDelete}
          onCancel={cancelDelete}
        />
      )}
    </div>
  );
}

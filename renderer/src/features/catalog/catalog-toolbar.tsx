import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_IDS, type ChannelId } from '@shared/model/ids';
import { LISTING_STATUSES } from '@shared/model/listing';
import type { CatalogSort } from '../../store';
import type { StatusFilter, TagCount } from './filter-summaries';
import type { CatalogFormat } from './format';

const SORTS: readonly CatalogSort[] = ['updated-desc', 'code-asc', 'title-asc', 'status'];

interface Props {
  searchRef: Ref<HTMLInputElement>;
  search: string;
  status: StatusFilter;
  tag: string | null;
  readyFor: ChannelId | null;
  sort: CatalogSort;
  tags: readonly TagCount[];
  shown: number;
  /** undefined while the full catalog is still loading. */
  total: number | undefined;
  canClear: boolean;
  format: CatalogFormat;
  onSearch(search: string): void;
  onStatus(status: StatusFilter): void;
  onTag(tag: string | null): void;
  onReadyFor(channel: ChannelId | null): void;
  onSort(sort: CatalogSort): void;
  onClear(): void;
  /** ArrowDown in the search box moves into the list. */
  onLeaveSearch(): void;
}

function toStatusFilter(value: string): StatusFilter {
  if (value === 'all' || value === 'active') return value;
  return LISTING_STATUSES.find((s) => s === value) ?? 'active';
}

/** Search, filters, sort and the result count above the grid. */
export function CatalogToolbar({ searchRef, ...p }: Props) {
  const { t } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  // A tag chosen earlier that no listing carries any more stays selectable, so the select never lies.
  const tagOptions = p.tag !== null && !p.tags.some((x) => x.tag === p.tag) ? [{ tag: p.tag, count: 0 }, ...p.tags] : p.tags;

  function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      p.onLeaveSearch();
    } else if (e.key === 'Escape' && p.search) {
      e.preventDefault();
      p.onSearch('');
    }
  }

  let count: string;
  if (p.total === undefined) count = t('grid.loading');
  else if (p.shown === p.total) count = t('count.all', { count: p.total, total: p.format.number(p.total) });
  else count = t('count.filtered', { count: p.total, shown: p.format.number(p.shown), total: p.format.number(p.total) });

  return (
    <div className="catalog-toolbar" role="search">
      <div className="catalog-search">
        <svg className="catalog-search-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M11 11l3.5 3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={searchRef}
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          title={t('search.hint')}
          value={p.search}
          onChange={(e) => p.onSearch(e.target.value)}
          onKeyDown={onSearchKey}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <label className="catalog-select">
        <span>{t('filter.status')}</span>
        <select value={p.status} onChange={(e) => p.onStatus(toStatusFilter(e.target.value))}>
          <option value="active">{t('filter.active')}</option>
          <option value="all">{t('filter.allStatuses')}</option>
          {LISTING_STATUSES.map((s) => (
            <option key={s} value={s}>{tc(`status.${s}`)}</option>
          ))}
        </select>
      </label>
      <label className="catalog-select">
        <span>{t('filter.tag')}</span>
        <select value={p.tag ?? ''} onChange={(e) => p.onTag(e.target.value === '' ? null : e.target.value)}>
          <option value="">{t('filter.allTags')}</option>
          {tagOptions.map(({ tag, count }) => (
            <option key={tag} value={tag}>{t('filter.tagOption', { tag, uses: p.format.number(count) })}</option>
          ))}
        </select>
      </label>
      <label className="catalog-select">
        <span>{t('filter.readyFor')}</span>
        <select value={p.readyFor ?? ''} onChange={(e) => p.onReadyFor(CHANNEL_IDS.find((c) => c === e.target.value) ?? null)}>
          <option value="">{t('filter.anyChannel')}</option>
          {CHANNEL_IDS.map((c) => (
            <option key={c} value={c}>{tc(`channels.${c}`)}</option>
          ))}
        </select>
      </label>
      <label className="catalog-select">
        <span>{t('filter.sort')}</span>
        <select value={p.sort} onChange={(e) => p.onSort(SORTS.find((s) => s === e.target.value) ?? 'updated-desc')}>
          {SORTS.map((s) => (
            <option key={s} value={s}>{t(`sort.${s}`)}</option>
          ))}
        </select>
      </label>
      {p.canClear && (
        <button type="button" className="btn ghost small" onClick={p.onClear}>{t('filter.clear')}</button>
      )}
      <span className="catalog-count" role="status">{count}</span>
    </div>
  );
}

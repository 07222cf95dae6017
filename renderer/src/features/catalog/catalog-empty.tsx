import { useTranslation } from 'react-i18next';

type Props =
  | { kind: 'empty'; onCreate(): void }
  | { kind: 'no-match'; search: string; onClear(): void };

/** What the catalog shows instead of the grid: a first-run invitation or a search that found nothing. */
export function CatalogEmpty(props: Props) {
  const { t } = useTranslation('catalog');
  if (props.kind === 'empty') {
    return (
      <section className="catalog-empty" aria-labelledby="catalog-empty-title">
        <svg className="catalog-empty-art" width="56" height="56" viewBox="0 0 56 56" aria-hidden="true" focusable="false">
          <rect x="8" y="14" width="40" height="32" rx="6" fill="currentColor" fillOpacity="0.08" stroke="currentColor" strokeWidth="2" />
          <path d="M8 22h40M20 14l4-6h8l4 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="M28 29v10M23 34h10" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
        <h2 id="catalog-empty-title">{t('empty.title')}</h2>
        <p className="muted">{t('empty.body')}</p>
        <button type="button" className="btn primary" onClick={props.onCreate}>{t('newListing')}</button>
      </section>
    );
  }
  const query = props.search.trim();
  return (
    <section className="catalog-empty" aria-labelledby="catalog-empty-title">
      <svg className="catalog-empty-art muted-art" width="48" height="48" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <circle cx="21" cy="21" r="12" fill="none" stroke="currentColor" strokeWidth="2.4" />
        <path d="M30 30l9 9" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
      <h2 id="catalog-empty-title">{query ? t('empty.noMatchSearch', { search: query }) : t('empty.noMatchTitle')}</h2>
      <p className="muted">{t('empty.noMatchBody')}</p>
      <button type="button" className="btn" onClick={props.onClear}>{t('filter.clear')}</button>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { displayTitle, type Listing } from '@shared/model';

/** What a job sent (its snapshot): revision, title, SKUs with price and stock, image count. */
export function SentSnapshot({ listing }: { listing: Listing }) {
  const { t } = useTranslation('publish');
  return (
    <details className="sent-snapshot">
      <summary>{t('outbox.sent.summary', { revision: listing.revision })}</summary>
      <p className="sent-title">{displayTitle(listing, ['zh-CN', 'en-US'])}</p>
      <ul>
        {listing.skus.map((sku) => (
          <li key={sku.id}>{t('outbox.sent.sku', { code: sku.code || sku.optionValues.join(' / '), price: sku.price, currency: listing.currency, stock: sku.stock })}</li>
        ))}
      </ul>
      <p className="muted">{t('outbox.sent.images', { count: listing.images.length })}</p>
    </details>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppSettings } from '../../lib/app-settings';
import { XliffDialog } from './xliff-dialog';
import { catalogScope } from './xliff-scopes';

/**
 * Translator files for the listings the catalog shows (a season at once). Their source is the
 * merchant's first market's language, which is what a launch lead sends out.
 */
export function CatalogXliffButton({ listingIds }: { listingIds: readonly string[] }) {
  const { t } = useTranslation('translation');
  const { markets } = useAppSettings();
  const [isOpen, setOpen] = useState(false);
  const source = markets[0]?.locale ?? 'zh-CN';
  return (
    <>
      <button type="button" className="btn" disabled={listingIds.length === 0} onClick={() => setOpen(true)}>{t('button')}</button>
      {isOpen && <XliffDialog scope={catalogScope(listingIds, source)} onClose={() => setOpen(false)} />}
    </>
  );
}

import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createEmptyCopy, type ListingStatus } from '@shared/model';
import { listingsRepo } from '../../db/repos/listings';
import type { ListingSummary } from '../../db/summary';
import { useAppStore } from '../../store';
import type { Notice } from './catalog-notice';
import { listingName } from './row-action';
import { catalogSession } from './session';

/** The catalog's writes: each goes through the listings repo and ends in a notice (with undo where it can). */
export function useCatalogActions() {
  const { t } = useTranslation('catalog');
  const navigate = useAppStore((s) => s.navigate);
  const [notice, setNotice] = useState<Notice | null>(null);
  const nextNoticeId = useRef(0);

  const show = useCallback((n: Omit<Notice, 'id'>) => {
    nextNoticeId.current += 1;
    setNotice({ ...n, id: nextNoticeId.current });
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);

  /** Storage can fail (quota, a closed database): say so, keep the page usable, and report it. */
  const attempt = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        reportError(error);
        show({ message: t('notice.failed'), isError: true });
      }
    },
    [show, t],
  );

  const open = useCallback(
    (id: string) => {
      catalogSession.lastOpenedId = id;
      navigate({ name: 'editor', listingId: id });
    },
    [navigate],
  );

  const name = useCallback((s: Pick<ListingSummary, 'spuCode' | 'titleZh'>) => listingName(s, t('row.untitled')), [t]);

  const create = useCallback(
    () =>
      attempt(async () => {
        // Both working languages start with empty copy so the editor shows them side by side.
        const created = await listingsRepo.create({ copy: { 'zh-CN': createEmptyCopy(), 'en-US': createEmptyCopy() } });
        open(created.id);
      }),
    [attempt, open],
  );

  const duplicate = useCallback(
    (s: ListingSummary) =>
      attempt(async () => {
        const copy = await listingsRepo.duplicate(s.id);
        if (!copy) return;
        show({ message: t('notice.duplicated', { name: name({ spuCode: copy.spuCode, titleZh: s.titleZh }) }), action: { label: t('notice.open'), run: () => open(copy.id) } });
      }),
    [attempt, name, open, show, t],
  );

  const setStatus = useCallback(
    (s: ListingSummary, status: ListingStatus) =>
      attempt(async () => {
        const previous = s.status;
        await listingsRepo.setStatus(s.id, status);
        show({
          message: t(status === 'archived' ? 'notice.archived' : 'notice.unarchived', { name: name(s) }),
          action: { label: t('notice.undo'), run: () => void attempt(() => listingsRepo.setStatus(s.id, previous)) },
        });
      }),
    [attempt, name, show, t],
  );

  const remove = useCallback(
    (s: ListingSummary) =>
      attempt(async () => {
        await listingsRepo.remove(s.id);
        if (catalogSession.lastOpenedId === s.id) catalogSession.lastOpenedId = null;
        show({ message: t('notice.deleted', { name: name(s) }) });
      }),
    [attempt, name, show, t],
  );

  return { notice, dismiss, open, create, duplicate, setStatus, remove };
}

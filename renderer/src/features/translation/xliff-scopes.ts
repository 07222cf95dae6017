import type { CopyLocale } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import { applyXliffImport, importXliff } from '@shared/translation/xliff';
import { listingsRepo } from '../../db/repos/listings';
import type { EditFn } from '../editor/use-editor-history';
import { applyInOpenEditor } from '../editor/open-editors';
import { listingsByIds } from '../transfer/write-listings';
import type { XliffScope } from './xliff-dialog';

/** The listing open in the editor: an import goes through its history (undo works) and autosave. */
export function editorScope(listing: Listing, source: CopyLocale, edit: EditFn): XliffScope {
  return {
    source,
    count: 1,
    load: async () => [listing],
    apply: async (imported) => edit(null, (current) => applyXliffImport(current, imported, Date.now())),
  };
}

/**
 * The catalog's shown listings. One open in an editor is changed through that editor, checked again
 * against its working copy (whose source may have moved on since it was last saved); the others are
 * saved as a new revision.
 */
export function catalogScope(ids: readonly string[], source: CopyLocale): XliffScope {
  return {
    source,
    count: ids.length,
    load: () => listingsByIds(ids),
    apply: async (imported, xml) => {
      const now = Date.now();
      const touched = await listingsByIds(Object.keys(imported.updates));
      const toSave: Listing[] = [];
      for (const listing of touched) {
        const reapplied = (current: Listing) => applyXliffImport(current, importXliff(xml, [current], { source }), now);
        if (applyInOpenEditor(listing.id, reapplied)) continue;
        const updated = applyXliffImport(listing, imported, now);
        if (updated !== listing) toSave.push({ ...updated, updatedAt: now, revision: listing.revision + 1 });
      }
      await listingsRepo.bulkPut(toSave);
    },
  };
}

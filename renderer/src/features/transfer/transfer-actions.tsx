import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '@shared/import/mapping';
import type { ErrorCode } from '@shared/ipc/result';
import { api } from '../../lib/api';
import { BundlePreviewDialog } from './bundle-preview-dialog';
import { classifyBundle, listingToWrite, type BundleItem } from './classify-bundle';
import { MessageDialog } from './message-dialog';
import { ProblemsDialog } from './problems-dialog';
import { SheetMappingDialog } from './sheet-mapping-dialog';
import { SheetResultDialog } from './sheet-result-dialog';
import type { BundleProblemPayload, OpenedBundle, SheetImported, SheetPreview } from './types';
import { listingsByIds, localCounterparts, writeBundleListings, writeSheetListings } from './write-listings';
import './transfer.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'mapping'; preview: SheetPreview }
  | { kind: 'sheetResult'; result: SheetImported; written: number; skipped: string[] }
  | { kind: 'bundlePreview'; bundle: OpenedBundle; items: BundleItem[] }
  | { kind: 'problems'; title: string; intro?: string; problems: BundleProblemPayload[] }
  | { kind: 'message'; title: string; message: string; detail?: string; isError?: boolean };

interface Props {
  /** The listings the catalog shows (all of them when no filter is set): what "Export bundle…" writes. */
  listingIds: readonly string[];
}

/** The catalog's spreadsheet and bundle buttons, and the dialogs each opens. */
export function TransferActions({ listingIds }: Props) {
  const { t } = useTranslation('transfer');
  const { t: te } = useTranslation('errors');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [isBusy, setIsBusy] = useState(false);
  const close = () => setStep({ kind: 'idle' });

  /** Runs one step with the buttons disabled; a thrown error (Dexie, a bug) is shown, not lost. */
  async function run(title: string, work: () => Promise<void>) {
    setIsBusy(true);
    try {
      await work();
    } catch (error) {
      setStep({ kind: 'message', title, message: t('actions.failed', { reason: error instanceof Error ? error.message : String(error) }), isError: true });
    } finally {
      setIsBusy(false);
    }
  }

  const failed = (title: string, code: ErrorCode) => setStep({ kind: 'message', title, message: t('actions.failed', { reason: te(code) }), isError: true });

  const importSheet = () =>
    run(t('sheetResult.title'), async () => {
      const r = await api.sheets.preview({});
      if (!r.ok) return failed(t('sheetResult.title'), r.error.code);
      if (r.value.status === 'cancelled') return;
      if (r.value.status === 'failed') return setStep({ kind: 'message', title: t('sheetResult.title'), message: t(r.value.code), isError: true });
      setStep({ kind: 'mapping', preview: r.value });
    });

  const runSheetImport = (preview: SheetPreview, columns: ColumnMapping[], withImages: boolean) =>
    run(t('sheetResult.title'), async () => {
      const r = await api.sheets.import({ token: preview.token, columns, withImages });
      if (!r.ok) return failed(t('sheetResult.title'), r.error.code);
      // The images folder dialog was cancelled: back to the mapping, as it was.
      if (r.value.status === 'cancelled') return;
      if (r.value.status === 'failed') return setStep({ kind: 'message', title: t('sheetResult.title'), message: t(r.value.code), isError: true });
      const { written, skipped } = await writeSheetListings(r.value.listings, r.value.images);
      setStep({ kind: 'sheetResult', result: r.value, written, skipped });
    });

  const exportBundle = () =>
    run(t('bundleExport.failedTitle'), async () => {
      const listings = await listingsByIds(listingIds);
      if (listings.length === 0) return setStep({ kind: 'message', title: t('actions.exportBundle'), message: t('bundleExport.nothing') });
      const r = await api.bundles.export({ listings });
      if (!r.ok) return failed(t('bundleExport.failedTitle'), r.error.code);
      if (r.value.status === 'cancelled') return;
      if (r.value.status === 'failed') return setStep({ kind: 'problems', title: t('bundleExport.failedTitle'), problems: r.value.problems });
      setStep({ kind: 'message', title: t('bundleExport.title'), message: t('bundleExport.done', { count: r.value.listingCount }), detail: r.value.dir });
    });

  const openBundle = () =>
    run(t('bundleOpen.failedTitle'), async () => {
      const r = await api.bundles.open({});
      if (!r.ok) return failed(t('bundleOpen.failedTitle'), r.error.code);
      if (r.value.status === 'cancelled') return;
      if (r.value.status === 'failed') {
        return setStep({ kind: 'problems', title: t('bundleOpen.failedTitle'), intro: t('bundleOpen.failedBody', { dir: r.value.dir }), problems: r.value.problems });
      }
      const items = classifyBundle(r.value.listings, await localCounterparts(r.value.listings));
      setStep({ kind: 'bundlePreview', bundle: r.value, items });
    });

  const importBundle = (bundle: OpenedBundle, chosen: BundleItem[]) =>
    run(t('bundleOpen.failedTitle'), async () => {
      await writeBundleListings(chosen.map(listingToWrite), bundle.images);
      setStep({ kind: 'message', title: t('bundleOpen.doneTitle'), message: t('bundleOpen.imported', { count: chosen.length }) });
    });

  return (
    <>
      <div className="transfer-actions">
        <button type="button" className="btn" disabled={isBusy} onClick={() => void importSheet()}>{t('actions.importSheet')}</button>
        <button type="button" className="btn" disabled={isBusy} onClick={() => void openBundle()}>{t('actions.openBundle')}</button>
        <button
          type="button"
          className="btn"
          disabled={isBusy || listingIds.length === 0}
          title={t('actions.exportHint', { count: listingIds.length })}
          onClick={() => void exportBundle()}
        >
          {t('actions.exportBundle')}
        </button>
      </div>
      {step.kind === 'mapping' && (
        <SheetMappingDialog preview={step.preview} isBusy={isBusy} onCancel={close} onImport={(columns, withImages) => void runSheetImport(step.preview, columns, withImages)} />
      )}
      {step.kind === 'sheetResult' && <SheetResultDialog result={step.result} written={step.written} skipped={step.skipped} onClose={close} />}
      {step.kind === 'bundlePreview' && (
        <BundlePreviewDialog bundle={step.bundle} items={step.items} isBusy={isBusy} onCancel={close} onImport={(chosen) => void importBundle(step.bundle, chosen)} />
      )}
      {step.kind === 'problems' && <ProblemsDialog title={step.title} intro={step.intro} problems={step.problems} onClose={close} />}
      {step.kind === 'message' && <MessageDialog title={step.title} message={step.message} detail={step.detail} isError={step.isError} onClose={close} />}
    </>
  );
}

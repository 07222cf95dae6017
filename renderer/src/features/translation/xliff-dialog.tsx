import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COPY_LOCALES, type CopyLocale } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import { exportXliff, importXliff, type XliffImport } from '@shared/translation/xliff';
import { api } from '../../lib/api';
import { useAppSettings } from '../../lib/app-settings';
import { fieldLabel } from './field-label';
import { summarizeXliffImport, xliffFileName, type XliffSummary } from './xliff-summary';

/** What the dialog works on: one listing in the editor, or the listings the catalog shows. */
export interface XliffScope {
  source: CopyLocale;
  /** How many listings the dialog speaks of. */
  count: number;
  /** The listings as they are now (read again for every export and import). */
  load(): Promise<Listing[]>;
  /** Writes a checked import; `xml` lets a writer re-check against a newer working copy. */
  apply(imported: XliffImport, xml: string): Promise<void>;
}

interface Props {
  scope: XliffScope;
  onClose(): void;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; path: string } | { kind: 'error'; message: string } | { kind: 'imported'; file: string; target: CopyLocale; summary: XliffSummary };

/** The languages worth offering first: the listing's own, then the merchant's markets', then the rest. */
function targetChoices(source: CopyLocale, marketLocales: readonly CopyLocale[]): CopyLocale[] {
  const ordered = [...marketLocales, ...COPY_LOCALES];
  return [...new Set(ordered)].filter((l) => l !== source);
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Copy for translators as XLIFF 2.0 and back. The file carries the hash of each source text, so a
 * translation of a text that has changed since is listed, not applied.
 */
export function XliffDialog({ scope, onClose }: Props) {
  const { source } = scope;
  const { t } = useTranslation('translation');
  const { t: tc } = useTranslation('common');
  const { markets } = useAppSettings();
  const choices = targetChoices(source, markets.map((m) => m.locale));
  const [target, setTarget] = useState<CopyLocale>(choices[0] ?? 'en-US');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const closeRef = useRef<HTMLButtonElement>(null);
  const nameOf = (l: CopyLocale) => tc(`locales.${l}`);

  // Focus lands on Close once, when the dialog opens; Escape closes it.
  useEffect(() => closeRef.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  /** Runs one action with the buttons disabled; a thrown error (Dexie, a bug) is shown, not lost. */
  async function run(action: () => Promise<void>): Promise<void> {
    setStatus({ kind: 'busy' });
    try {
      await action();
    } catch {
      setStatus({ kind: 'error', message: t('errors.unexpected') });
    }
  }

  async function save(): Promise<void> {
    const listings = await scope.load();
    const xml = exportXliff(listings, { source, target });
    const r = await api.xliff.save({ fileName: xliffFileName(listings.map((l) => l.spuCode), source, target, today()), xml });
    if (!r.ok) setStatus({ kind: 'error', message: t('errors.unexpected') });
    else if (r.value.status === 'saved') setStatus({ kind: 'saved', path: r.value.path });
    else if (r.value.status === 'failed') setStatus({ kind: 'error', message: t('errors.writeFailed') });
    else setStatus({ kind: 'idle' });
  }

  async function open(): Promise<void> {
    const r = await api.xliff.open({});
    if (!r.ok) return setStatus({ kind: 'error', message: t('errors.unexpected') });
    if (r.value.status === 'cancelled') return setStatus({ kind: 'idle' });
    if (r.value.status === 'failed') return setStatus({ kind: 'error', message: t(`errors.${r.value.code}`) });
    const imported = importXliff(r.value.xml, await scope.load(), { source });
    const summary = summarizeXliffImport(imported);
    if (summary.fatal) {
      return setStatus({ kind: 'error', message: t(`problems.${summary.fatal.code}`, { ...summary.fatal.params, expectedSource: nameOf(source) }) });
    }
    if (imported.target && summary.applied > 0) await scope.apply(imported, r.value.xml);
    setStatus({ kind: 'imported', file: r.value.name, target: imported.target ?? target, summary });
  }

  const busy = status.kind === 'busy';
  return (
    <div className="dialog-backdrop" onMouseDown={onClose}>
      <div className="dialog xliff-dialog" role="dialog" aria-modal="true" aria-labelledby="xliff-title" onMouseDown={(e) => e.stopPropagation()}>
        <h2 id="xliff-title">{t('xliff.title')}</h2>
        <p className="muted">{scope.count === 1 ? t('xliff.introOne', { source: nameOf(source) }) : t('xliff.introMany', { source: nameOf(source), count: scope.count })}</p>

        <section className="xliff-part" aria-labelledby="xliff-export-title">
          <h3 id="xliff-export-title">{t('xliff.exportTitle')}</h3>
          <div className="xliff-row">
            <label htmlFor="xliff-target">{t('xliff.targetLabel')}</label>
            <select id="xliff-target" value={target} onChange={(e) => setTarget(choices.find((l) => l === e.target.value) ?? target)}>
              {choices.map((l) => (
                <option key={l} value={l}>{nameOf(l)}</option>
              ))}
            </select>
            <button type="button" className="btn primary" disabled={busy} onClick={() => void run(save)}>{t('xliff.save')}</button>
          </div>
          <p className="field-hint">{t('xliff.exportHint')}</p>
        </section>

        <section className="xliff-part" aria-labelledby="xliff-import-title">
          <h3 id="xliff-import-title">{t('xliff.importTitle')}</h3>
          <div className="xliff-row">
            <button type="button" className="btn" disabled={busy} onClick={() => void run(open)}>{t('xliff.open')}</button>
          </div>
          <p className="field-hint">{t('xliff.importHint')}</p>
        </section>

        <div role="status" aria-live="polite" className="xliff-status">
          {status.kind === 'saved' && <p className="xliff-ok">{t('xliff.saved', { path: status.path })}</p>}
          {status.kind === 'error' && <p className="xliff-error">{status.message}</p>}
          {status.kind === 'imported' && (
            <div className="xliff-result">
              <p className={status.summary.applied > 0 ? 'xliff-ok' : undefined}>
                {t('xliff.applied', { count: status.summary.applied, locale: nameOf(status.target), file: status.file })}
              </p>
              {status.summary.sourceChanged.length > 0 && (
                <p className="xliff-warn">
                  {t('xliff.sourceChanged', {
                    count: status.summary.sourceChanged.length,
                    fields: status.summary.sourceChanged.map((p) => fieldLabel(p.field ?? '', t, tc)).join(t('xliff.listSeparator')),
                  })}
                </p>
              )}
              {status.summary.untranslated > 0 && <p className="muted">{t('xliff.untranslated', { count: status.summary.untranslated })}</p>}
              {status.summary.other.map((p, i) => (
                <p key={i} className="xliff-warn">{t(`problems.${p.code}`, { ...p.params, field: fieldLabel(p.field ?? '', t, tc) })}</p>
              ))}
            </div>
          )}
        </div>

        <div className="dialog-actions">
          <button ref={closeRef} type="button" className="btn" onClick={onClose}>{tc('actions.close')}</button>
        </div>
      </div>
    </div>
  );
}

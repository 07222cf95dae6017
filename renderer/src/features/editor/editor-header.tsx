import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayTitle } from '@shared/model/factory';
import { LISTING_STATUSES, type Listing, type ListingStatus } from '@shared/model/listing';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Icon } from '../../components/icon';
import type { SaveState } from './autosaver';
import { SaveIndicator } from './save-indicator';
import { IS_MAC } from './use-editor-history';
import { ISSUE_PANEL_ID } from './issue-panel';

interface Props {
  listing: Listing;
  /** The status that is stored: "ready" falls back to draft while there are errors. */
  status: ListingStatus;
  errorCount: number;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  /** A failed duplicate/delete, already translated. */
  actionError: string | null;
  onUndo(): void;
  onRedo(): void;
  onStatus(status: ListingStatus): void;
  onDuplicate(): void;
  onDelete(): void;
  onBack(): void;
}

const UNDO_KEYS = IS_MAC ? '⌘Z' : 'Ctrl+Z';
const REDO_KEYS = IS_MAC ? '⇧⌘Z' : 'Ctrl+Shift+Z';

export function EditorHeader(p: Props) {
  const { t, i18n } = useTranslation('editor');
  const { t: tc } = useTranslation('common');
  const { t: te } = useTranslation('errors');
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const prefer = i18n.language === 'zh-CN' ? (['zh-CN', 'en-US'] as const) : (['en-US', 'zh-CN'] as const);
  const title = displayTitle(p.listing, prefer) || t('header.untitled');
  const isReadyBlocked = p.listing.status === 'ready' && p.status !== 'ready';
  const headerRef = useRef<HTMLElement>(null);

  // The rail and the section anchors sit below the sticky header, whose height grows with notices.
  useLayoutEffect(() => {
    const header = headerRef.current;
    const page = header?.parentElement;
    if (!header || !page) return;
    const observer = new ResizeObserver(() => page.style.setProperty('--editor-header-h', `${header.offsetHeight}px`));
    observer.observe(header);
    return () => observer.disconnect();
  }, []);

  return (
    <header ref={headerRef} className="editor-header">
      <div className="editor-header-main">
        <button type="button" className="btn ghost back-btn" aria-label={t('header.backLabel')} onClick={p.onBack}>
          <Icon name="back" />
          <span className="back-text">{t('header.back')}</span>
        </button>
        <div className="editor-title">
          <span className={p.listing.spuCode.trim() ? 'editor-spu' : 'editor-spu empty'}>{p.listing.spuCode.trim() || t('header.noCode')}</span>
          <h1 title={title}>{title}</h1>
        </div>
        <SaveIndicator state={p.saveState} />
        <select className={`status-select ${p.status}`} aria-label={t('header.status')} title={t('header.status')} value={p.status} onChange={(e) => p.onStatus(LISTING_STATUSES.find((s) => s === e.target.value) ?? 'draft')}>
          {LISTING_STATUSES.map((s) => (
            <option key={s} value={s}>{tc(`status.${s}`)}</option>
          ))}
        </select>
        <div className="toolbar-group">
          <button type="button" className="btn icon-btn" aria-label={t('header.undo')} title={t('header.undoShortcut', { keys: UNDO_KEYS })} disabled={!p.canUndo} onClick={p.onUndo}>
            <Icon name="undo" />
          </button>
          <button type="button" className="btn icon-btn" aria-label={t('header.redo')} title={t('header.redoShortcut', { keys: REDO_KEYS })} disabled={!p.canRedo} onClick={p.onRedo}>
            <Icon name="redo" />
          </button>
        </div>
        <button type="button" className="btn" onClick={p.onDuplicate}>
          <Icon name="copy" />
          {t('header.duplicate')}
        </button>
        <button type="button" className="btn danger" onClick={() => setConfirmingDelete(true)}>
          <Icon name="trash" />
          {t('header.delete')}
        </button>
      </div>
      {isReadyBlocked && (
        <p className="editor-notice warning" role="status">
          <Icon name="alert" size={14} />
          {t('header.readyBlocked', { count: p.errorCount })}
          <button type="button" className="btn small" onClick={() => document.getElementById(ISSUE_PANEL_ID)?.focus()}>{t('header.showIssues')}</button>
        </p>
      )}
      {p.saveState.kind === 'failed' && (
        <p className="editor-notice error" role="alert">
          <Icon name="alert" size={14} />
          {te('storage')}
        </p>
      )}
      {p.actionError && (
        <p className="editor-notice error" role="alert">
          <Icon name="alert" size={14} />
          {p.actionError}
        </p>
      )}
      {isConfirmingDelete && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { name: p.listing.spuCode.trim() || title })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={tc('actions.cancel')}
          isDanger
          onConfirm={() => {
            setConfirmingDelete(false);
            p.onDelete();
          }}
          onCancel={() => setConfirmingDelete(false)}
        />
      )}
    </header>
  );
}

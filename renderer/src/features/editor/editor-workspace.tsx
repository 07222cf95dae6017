import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listing } from '@shared/model/listing';
import { effectiveStatus, validateListing } from '@shared/model/validate';
import { listingsRepo } from '../../db/repos/listings';
import { useAppStore } from '../../store';
import { PublishPanel } from '../publish/publish-panel';
import { ChecklistPanel } from './checklist/checklist-panel';
import { ChecklistViewContext } from './checklist/checklist-view';
import { useChecklistViewValue } from './checklist/use-checklist-view';
import { EditorHeader } from './editor-header';
import { indexIssues } from './issue-index';
import { IssuePanel } from './issue-panel';
import { registerOpenEditor } from './open-editors';
import { SectionNav } from './section-nav';
import { BasicsSection } from './sections/basics-section';
import { CopySection } from './sections/copy-section';
import { ImagesSection } from './sections/images-section';
import { SizeChartSection } from './sections/size-chart-section';
import { SkusSection } from './sections/skus-section';
import { SpecsSection } from './sections/specs-section';
import { TagsSection } from './sections/tags-section';
import { VariantsSection } from './sections/variants-section';
import { useAutosave } from './use-autosave';
import { useEditorHistory } from './use-editor-history';
import { useMessagesFor } from './use-messages-for';

/** The loaded editor: working copy with history, autosave, validation, header and sections. */
export function EditorWorkspace({ initial }: { initial: Listing }) {
  const { t } = useTranslation('editor');
  const navigate = useAppStore((s) => s.navigate);
  const { listing, edit, undo, redo, canUndo, canRedo } = useEditorHistory(initial);
  const autosave = useAutosave(initial, listing);
  // Validation runs on every change so the inline messages and the panel follow the typing.
  const issues = useMemo(() => validateListing(listing), [listing]);
  const index = useMemo(() => indexIssues(issues), [issues]);
  const messagesFor = useMessagesFor(index);
  // Readiness per channel, also recomputed on every change: the panel and the title meters share it.
  const checklistView = useChecklistViewValue(listing);
  const [actionError, setActionError] = useState<string | null>(null);
  const props = { listing, edit, messagesFor };

  // Images attached from elsewhere (catalog drop, watched folder) land in this working copy.
  useEffect(() => registerOpenEditor(initial.id, (recipe) => edit(null, recipe)), [initial.id, edit]);

  async function duplicate(): Promise<void> {
    setActionError(null);
    // The copy is made from what is stored, so store the latest edits first.
    const isSaved = await autosave.flush();
    const copy = isSaved ? await listingsRepo.duplicate(listing.id).catch(() => undefined) : undefined;
    if (copy) navigate({ name: 'editor', listingId: copy.id });
    else setActionError(t('header.duplicateFailed'));
  }

  async function remove(): Promise<void> {
    setActionError(null);
    // No save may land after the delete, or it would bring the listing back.
    await autosave.pause();
    try {
      await listingsRepo.remove(listing.id);
      navigate({ name: 'catalog' });
    } catch {
      autosave.resume();
      setActionError(t('header.deleteFailed'));
    }
  }

  return (
    <div className="editor-page" data-listing-id={listing.id}>
      <EditorHeader
        listing={listing}
        status={effectiveStatus(listing, issues)}
        errorCount={index.total.errors}
        saveState={autosave.state}
        canUndo={canUndo}
        canRedo={canRedo}
        actionError={actionError}
        onUndo={undo}
        onRedo={redo}
        onStatus={(status) => edit(null, (l) => (l.status === status ? l : { ...l, status }))}
        onDuplicate={() => void duplicate()}
        onDelete={() => void remove()}
        onBack={() => navigate({ name: 'catalog' })}
      />
      <div className="editor-layout">
        <aside className="editor-rail">
          <SectionNav counts={index.bySection} />
          <IssuePanel issues={issues} total={index.total} />
          <ChecklistPanel view={checklistView} edit={edit} />
        </aside>
        <ChecklistViewContext value={checklistView}>
          <div className="editor-sections">
            <BasicsSection {...props} />
            <VariantsSection {...props} />
            <SkusSection {...props} />
            <ImagesSection {...props} />
            <SpecsSection {...props} />
            <TagsSection {...props} />
            <SizeChartSection {...props} />
            <CopySection {...props} />
            <PublishPanel listing={listing} flush={autosave.flush} />
          </div>
        </ChecklistViewContext>
      </div>
    </div>
  );
}

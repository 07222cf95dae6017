import { useTranslation } from 'react-i18next';
import type { EditFn } from '../use-editor-history';
import { ChannelTabs, CHECKLIST_TABPANEL_ID, checklistTabId } from './channel-tabs';
import type { ChecklistView } from './checklist-view';
import { LocaleReadiness } from './locale-readiness';
import './checklist.css';

interface Props {
  view: ChecklistView;
  edit: EditFn;
}

export const CHECKLIST_PANEL_ID = 'editor-checklist';

/** Readiness per channel, recomputed as the user types; items jump to their field, warnings can be accepted. */
export function ChecklistPanel({ view, edit }: Props) {
  const { t } = useTranslation('checklist');
  const { summaries, channel } = view;
  const summary = summaries.find((s) => s.channel === channel) ?? summaries[0];
  const readyCount = summaries.filter((s) => s.ready).length;
  return (
    <section id={CHECKLIST_PANEL_ID} className="checklist-panel" aria-labelledby="checklist-panel-title" data-testid="checklist-panel">
      <header className="checklist-panel-header">
        <h2 id="checklist-panel-title">{t('panel.title')}</h2>
        <span className="checklist-ready-count">{t('panel.readyCount', { count: readyCount, total: summaries.length })}</span>
      </header>
      <ChannelTabs summaries={summaries} channel={channel} onSelect={view.selectChannel} />
      {summary && (
        <div id={CHECKLIST_TABPANEL_ID} role="tabpanel" aria-labelledby={checklistTabId(summary.channel)} className="checklist-body">
          {summary.results.map((result) => (
            <LocaleReadiness key={result.locale} result={result} hasLocaleLabel={summary.results.length > 1} edit={edit} />
          ))}
        </div>
      )}
    </section>
  );
}

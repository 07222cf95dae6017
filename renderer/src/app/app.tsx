import { ErrorBoundary } from './error-boundary';
import { Sidebar } from './sidebar';
import { useAppStore } from '../store';
import { CatalogPage } from '../features/catalog/catalog-page';
import { EditorPage } from '../features/editor/editor-page';
import { SettingsPage } from '../features/settings/settings-page';
import { RulePacksPage } from '../features/settings/rules/rule-packs-page';
import { OutboxPage } from '../features/publish/outbox-page';
import { LaunchesPage } from '../features/launch/launches-page';
import { LaunchPage } from '../features/launch/launch-page';
import { IntakeNoticeHost } from '../features/images/intake-notice-host';
import { SettingsRepairNotice } from '../features/settings/settings-repair-notice';

function CurrentScreen() {
  const route = useAppStore((s) => s.route);
  switch (route.name) {
    case 'catalog':
      return <CatalogPage />;
    case 'editor':
      // key: a different listing gets a fresh editor (own undo history and autosave timer).
      return <EditorPage key={route.listingId} listingId={route.listingId} />;
    case 'settings':
      return <SettingsPage />;
    case 'rules':
      return <RulePacksPage />;
    case 'outbox':
      return <OutboxPage />;
    case 'launches':
      return <LaunchesPage />;
    case 'launch':
      return <LaunchPage key={route.launchId} launchId={route.launchId} />;
  }
}

export function App() {
  return (
    <div className="app" data-app-state="ready">
      <Sidebar />
      <main className="content">
        <ErrorBoundary>
          <CurrentScreen />
        </ErrorBoundary>
      </main>
      <IntakeNoticeHost />
      <SettingsRepairNotice />
    </div>
  );
}

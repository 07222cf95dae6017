import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listing } from '@shared/model';
import type { ChannelId } from '@shared/model/ids';
import type { AccountTarget } from '@shared/publish/accounts';
import { listingsRepo } from '../../db/repos/listings';
import { useAppStore } from '../../store';
import { useListingChecklist } from '../checklist/use-listing-checklist';
import { ExportPackage } from './export-package';
import { outboxRepo, pokeOutbox } from './outbox';
import { PublishTargetRow, type TargetReadiness } from './publish-target-row';
import { useAccounts, useLatestJobs } from './use-outbox';
import './publish.css';

/** The webhook's mall has no rule pack of its own: it sells what the own mall sells. */
const READINESS_CHANNEL: Record<AccountTarget, ChannelId> = { 'own-mall': 'own-mall', shopify: 'shopify', woocommerce: 'woocommerce', webhook: 'own-mall' };

interface Props {
  /** The working copy: readiness follows the typing. */
  listing: Listing;
  /** Stores pending edits now; false when the save failed. */
  flush(): Promise<boolean>;
}

/** Push to each channel with an account, or export a package; what was pushed is the stored revision. */
export function PublishPanel({ listing, flush }: Props) {
  const { t } = useTranslation('publish');
  const navigate = useAppStore((s) => s.navigate);
  const accounts = useAccounts();
  const jobs = useLatestJobs(listing.id);
  const checklist = useListingChecklist(listing);
  const [busyTarget, setBusyTarget] = useState<AccountTarget | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [alreadyPushed, setAlreadyPushed] = useState<AccountTarget | null>(null);

  const targets = useMemo(() => (accounts ?? []).filter((a) => a.hasSecret).map((a) => a.endpoint.target), [accounts]);
  const readiness = useMemo(() => {
    const out = new Map<AccountTarget, TargetReadiness>();
    for (const target of targets) {
      const { ready, results } = checklist.evaluateChannel(READINESS_CHANNEL[target]);
      const blockers = results.reduce((n, r) => n + r.items.filter((i) => i.severity === 'blocker' && !i.override).length, 0);
      out.set(target, { ready, blockers });
    }
    return out;
  }, [checklist, targets]);

  /** What a push or export sends: the listing as stored after the latest edits are saved. */
  async function loadSaved(): Promise<Listing | null> {
    const isSaved = await flush();
    return isSaved ? ((await listingsRepo.get(listing.id)) ?? null) : null;
  }

  async function push(target: AccountTarget): Promise<void> {
    setBusyTarget(target);
    setSaveFailed(false);
    setAlreadyPushed(null);
    try {
      const stored = await loadSaved();
      if (!stored) return setSaveFailed(true);
      const job = await outboxRepo.enqueue(stored, target);
      // Same saved version, already delivered: nothing is sent again (same idempotency key), so say so.
      setAlreadyPushed(job.state === 'done' ? target : null);
      pokeOutbox();
    } finally {
      setBusyTarget(null);
    }
  }

  return (
    <section className="card editor-section publish-panel" aria-labelledby="publish-panel-title" data-testid="publish-panel">
      <header className="section-header">
        <h2 id="publish-panel-title">{t('panel.title')}</h2>
        <div className="section-actions">
          <button type="button" className="btn small" onClick={() => navigate({ name: 'outbox' })}>
            {t('panel.outboxLink')}
          </button>
        </div>
      </header>
      <p className="section-intro">{t('panel.intro')}</p>
      <h3>{t('panel.channels')}</h3>
      {accounts && targets.length === 0 && (
        <p className="publish-hint">
          {t('panel.noAccounts')}{' '}
          <button type="button" className="btn small" onClick={() => navigate({ name: 'settings' })}>
            {t('panel.openSettings')}
          </button>
        </p>
      )}
      {saveFailed && (
        <p className="field-error" role="alert">
          {t('panel.saveFailed')}
        </p>
      )}
      {targets.length > 0 && (
        <ul className="publish-targets">
          {targets.map((target) => (
            <PublishTargetRow
              key={target}
              target={target}
              readiness={readiness.get(target) ?? { ready: false, blockers: 0 }}
              job={jobs?.get(target)}
              isBusy={busyTarget === target}
              isAlreadyPushed={alreadyPushed === target}
              onPush={() => void push(target)}
            />
          ))}
        </ul>
      )}
      <ExportPackage loadSaved={loadSaved} />
    </section>
  );
}

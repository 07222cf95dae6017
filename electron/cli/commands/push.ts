import { join, resolve } from 'node:path';
import type { ChannelId } from '../../../shared/model/ids';
import type { Listing } from '../../../shared/model/listing';
import { PUSH_TARGETS, type AccountTarget } from '../../../shared/publish/accounts';
import { DEFAULT_MARKETS } from '../../../shared/markets/market';
import { pushListing } from '../../services/publish';
import { readAccountFile, singleAccountService } from '../account-file';
import { onePositional, parseChannel, parseDate, requireString, stringOf, today } from '../args';
import { withWorkspace, type Command } from '../context';
import { EXIT, InputError } from '../io';
import { contentHashOf, endpointKey, idempotencyKeyOf, openJournal, type Journal } from '../push-journal';
import { assess } from '../readiness';
import type { Workspace } from '../workspace';

/** Whose readiness rules gate a push: the webhook feeds the merchant's own mall. */
const GATE_CHANNEL: Record<AccountTarget, ChannelId> = { 'own-mall': 'own-mall', shopify: 'shopify', woocommerce: 'woocommerce', webhook: 'own-mall' };

type ItemStatus = 'pushed' | 'already' | 'failed' | 'notReady';

interface PushItemJson {
  listingId: string;
  spuCode: string;
  status: ItemStatus;
  remoteId: string | null;
  created: boolean | null;
  idempotencyKey: string | null;
  error: { kind: string; message: string; status?: number } | null;
  imageFailures: { assetId: string; code: string }[];
}

async function pushOne(ws: Workspace, journal: Journal, deps: Parameters<typeof pushListing>[0], target: AccountTarget, listing: Listing): Promise<PushItemJson> {
  const contentHash = contentHashOf(listing);
  const previous = journal.get(listing.id);
  const base = { listingId: listing.id, spuCode: listing.spuCode, imageFailures: [] };
  if (previous?.status === 'done' && previous.contentHash === contentHash) {
    return { ...base, status: 'already', remoteId: previous.remoteId, created: previous.created, idempotencyKey: previous.idempotencyKey, error: null };
  }
  const idempotencyKey = idempotencyKeyOf(listing, contentHash, target);
  const outcome = await pushListing(deps, { target, listing, idempotencyKey });
  const attempts = (previous?.contentHash === contentHash ? previous.attempts : 0) + 1;
  const common = { spuCode: listing.spuCode, contentHash, revision: listing.revision, idempotencyKey, attempts, at: new Date().toISOString() };
  if (outcome.ok) {
    await journal.record(listing.id, { ...common, status: 'done', remoteId: outcome.value.remoteId, created: outcome.value.created, error: null });
    return {
      ...base, status: 'pushed', remoteId: outcome.value.remoteId, created: outcome.value.created, idempotencyKey, error: null,
      imageFailures: outcome.value.imageFailures.map((f) => ({ assetId: f.assetId, code: f.code })),
    };
  }
  const error = { kind: outcome.error.kind, message: outcome.error.message, ...(outcome.error.status === undefined ? {} : { status: outcome.error.status }) };
  await journal.record(listing.id, { ...common, status: 'failed', remoteId: previous?.remoteId ?? null, created: null, error });
  return { ...base, status: 'failed', remoteId: null, created: null, idempotencyKey, error };
}

/** shelfready push <bundle> --channel TARGET --account FILE [--force] [--state FILE] [--concurrency N] */
export const pushCommand: Command = {
  options: {
    channel: { type: 'string' }, account: { type: 'string' }, force: { type: 'boolean' }, state: { type: 'string' },
    concurrency: { type: 'string' }, 'as-of': { type: 'string' },
  },
  async run(ctx) {
    const bundleDir = onePositional(ctx.positionals, '<bundle>');
    const target = parseChannel(requireString(ctx.values, 'channel'), PUSH_TARGETS, 'errors.notPushTarget');
    const account = await readAccountFile(requireString(ctx.values, 'account'));
    if (account.endpoint.target !== target) throw new InputError('errors.accountTargetMismatch', { target: account.endpoint.target, channel: target });
    const concurrencyFlag = stringOf(ctx.values, 'concurrency') ?? '1';
    const concurrency = Number(concurrencyFlag);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new InputError('errors.usage', { message: `--concurrency ${concurrencyFlag}: 1–16` });
    const asOfFlag = stringOf(ctx.values, 'as-of');
    const asOf = asOfFlag === undefined ? today(ctx.now()) : parseDate(asOfFlag);
    const isForced = ctx.values.force === true;
    const { t } = ctx.out.messages;

    return withWorkspace(ctx, bundleDir, async (ws) => {
      const statePath = resolve(stringOf(ctx.values, 'state') ?? join(ws.bundle.dir, '.shelfready', `push-${target}-${endpointKey(account.endpoint)}.json`));
      const journal = await openJournal(statePath, account.endpoint);
      const gate = GATE_CHANNEL[target];
      const readiness = assess(ws, ctx.out.messages, [gate], { asOf });
      const isReady = (id: string) => readiness.find((r) => r.listingId === id)?.ready === true;
      const deps = { assets: ws.assets, accounts: singleAccountService(account), logger: ws.logger, markets: () => DEFAULT_MARKETS };

      const items: PushItemJson[] = new Array<PushItemJson>(ws.listings.length);
      let next = 0;
      let finished = 0;
      const label = t('push.progress', { target });
      const worker = async () => {
        while (next < ws.listings.length) {
          const index = next;
          next += 1;
          const listing = ws.listings[index];
          if (!listing) continue;
          const item: PushItemJson = !isForced && !isReady(listing.id)
            ? { listingId: listing.id, spuCode: listing.spuCode, status: 'notReady', remoteId: null, created: null, idempotencyKey: null, error: null, imageFailures: [] }
            : await pushOne(ws, journal, deps, target, listing);
          items[index] = item;
          finished += 1;
          switch (item.status) {
            case 'pushed': ctx.out.line(`  ✓ ${t('push.pushed', { spu: item.spuCode, remoteId: item.remoteId })}`); break;
            case 'already': ctx.out.line(`  ✓ ${t('push.skippedDone', { spu: item.spuCode, remoteId: item.remoteId })}`); break;
            case 'failed': ctx.out.line(`  ✗ ${t('push.failed', { spu: item.spuCode, message: item.error?.message ?? '' })}`); break;
            case 'notReady': ctx.out.line(`  – ${t('push.skippedNotReady', { spu: item.spuCode, channel: gate })}`); break;
          }
          ctx.out.progress(finished, ws.listings.length, label);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, ws.listings.length)) }, worker));

      const count = (status: ItemStatus) => items.filter((i) => i.status === status).length;
      const summary = { listings: items.length, pushed: count('pushed'), already: count('already'), failed: count('failed'), notReady: count('notReady') };
      ctx.out.line();
      ctx.out.line(t('push.summary', { ...summary, journal: journal.path }));
      ctx.out.json({ command: 'push', bundle: ws.bundle.dir, target, journal: journal.path, forced: isForced, summary, items });
      return summary.failed > 0 || summary.notReady > 0 ? EXIT.notReady : EXIT.ok;
    });
  },
};

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelId, CopyLocale } from '../../shared/model/ids';
import type { Listing } from '../../shared/model/listing';
import type { Market } from '../../shared/markets/market';
import { sizeChartOutputFor } from '../../shared/size-chart/channel-output';
import type { AccountTarget } from '../../shared/publish/accounts';
import type { PushOutcome } from '../../shared/publish/push-error';
import type { AssetStore } from './asset-store';
import type { ChannelAccountsService } from './channel-accounts';
import { MIME_TYPES, stageRenditions, type ImageFailure } from './channel-renditions';
import { connectorFor } from './connectors';
import type { ConnectionInfo, PushImage, PushResult } from './connectors/types';
import type { Logger } from './logger';

/*
 * One push, as the outbox runner asks for it over IPC: the account's connector (credentials stay
 * in main), the listing's images rendered for the target's rules and staged, then the connector's
 * upsert with the job's idempotency key. Images that cannot be rendered are left out and reported
 * with the result; the push itself goes on. A size chart goes along, converted for the target's
 * markets, as an HTML table for descriptions and as data (the webhook's sizeChart); one that cannot
 * be output is logged and left out.
 */

/** Whose image rules a target's renditions follow; the webhook's mall gets the own mall's. */
const IMAGE_CHANNEL: Record<AccountTarget, ChannelId> = { 'own-mall': 'own-mall', shopify: 'shopify', woocommerce: 'woocommerce', webhook: 'own-mall' };

export interface PublishDeps {
  assets: AssetStore;
  accounts: ChannelAccountsService;
  logger: Logger;
  /** The merchant's markets as they are now: they say how the size chart is converted and labelled. */
  markets: () => readonly Market[];
}

export async function testAccount(deps: PublishDeps, target: AccountTarget): Promise<PushOutcome<ConnectionInfo>> {
  const connector = connectorFor(target, deps.accounts);
  return connector.ok ? connector.value.testConnection() : connector;
}

export async function pushListing(
  deps: PublishDeps,
  { target, listing, idempotencyKey }: { target: AccountTarget; listing: Listing; idempotencyKey: string },
): Promise<PushOutcome<PushResult & { imageFailures: ImageFailure[] }>> {
  const connector = connectorFor(target, deps.accounts);
  if (!connector.ok) return connector;
  const staging = await mkdtemp(join(tmpdir(), 'shelfready-push-'));
  try {
    const { images, failures } = await stageRenditions(deps.assets, IMAGE_CHANNEL[target], listing, staging, '');
    const pushImages: PushImage[] = images.map(({ ref, filePath, format }, i) => ({
      ...ref, filePath, mimeType: MIME_TYPES[format], fileName: `${listing.spuCode || listing.id}_${i + 1}.${format === 'jpeg' ? 'jpg' : format}`,
    }));
    const locales = (Object.keys(listing.copy) as CopyLocale[]).filter((l) => listing.copy[l]?.title.trim());
    const chart = sizeChartOutputFor(listing, IMAGE_CHANNEL[target], deps.markets());
    if (chart && !chart.ok) deps.logger.info('size chart not sent', { target, spuCode: listing.spuCode, problem: chart.problem });
    const sizeChart = chart?.ok ? { sizeChartHtml: chart.value.html, sizeChart: chart.value.data } : {};
    const outcome = await connector.value.push({ listing, images: pushImages, idempotencyKey, locales, ...sizeChart });
    if (!outcome.ok) deps.logger.warn('push failed', { target, kind: outcome.error.kind, status: outcome.error.status });
    return outcome.ok ? { ok: true, value: { ...outcome.value, imageFailures: failures } } : outcome;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';

/*
 * A real Vendure 3 server for connector tests: sql.js in memory (no database service), assets in a
 * temp folder, admin API on a free 127.0.0.1 port, telemetry off. Populated with one zone and tax
 * rate because Vendure prices variants through the channel's default tax zone and refuses to
 * create variants without one. Vendure is a test dependency only: the app talks GraphQL over HTTP.
 */

export const SUPERADMIN = { username: 'superadmin', password: 'superadmin-test-pw' };

/** Booting Nest + TypeORM + sql.js takes a few seconds on a busy 2-core machine. */
export const VENDURE_BOOT_TIMEOUT_MS = 60_000;

export interface VendureTestServer {
  adminApiUrl: string;
  port: number;
  bootMs: number;
  stop(): Promise<void>;
}

/** A port the OS just handed out and released: free at the moment we ask. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startVendure(options: { currency?: string } = {}): Promise<VendureTestServer> {
  process.env.VENDURE_DISABLE_TELEMETRY = 'true';
  const started = performance.now();
  const port = await freePort();
  const assetDir = await mkdtemp(join(tmpdir(), 'shelfready-vendure-'));
  // Imported here so test files that only import helpers do not pay for loading Vendure.
  const core = await import('@vendure/core');
  const { AssetServerPlugin } = await import('@vendure/asset-server-plugin');
  const { populate } = await import('@vendure/core/cli');
  const config: import('@vendure/core').VendureConfig = {
    apiOptions: { port, hostname: '127.0.0.1', adminApiPath: 'admin-api', shopApiPath: 'shop-api' },
    authOptions: {
      tokenMethod: 'bearer',
      superadminCredentials: { identifier: SUPERADMIN.username, password: SUPERADMIN.password },
      requireVerification: false,
    },
    dbConnectionOptions: { type: 'sqljs', synchronize: true, logging: false },
    paymentOptions: { paymentMethodHandlers: [core.dummyPaymentHandler] },
    logger: new core.DefaultLogger({ level: core.LogLevel.Error }),
    plugins: [AssetServerPlugin.init({ route: 'assets', assetUploadDir: assetDir })],
  };
  let app: INestApplication | undefined;
  try {
    app = await populate(() => core.bootstrap(config), {
      defaultLanguage: core.LanguageCode.en,
      defaultZone: 'Asia',
      countries: [{ name: 'China', code: 'CN', zone: 'Asia' }],
      taxRates: [{ name: 'Standard Tax', percentage: 13 }],
      shippingMethods: [],
      paymentMethods: [],
      collections: [],
    });
    if (options.currency) {
      // The merchant's mall sells in the listing's currency; Vendure's default channel starts in USD.
      const channelService = app.get(core.ChannelService);
      const ctx = await app.get(core.RequestContextService).create({ apiType: 'admin' });
      const channel = await channelService.getDefaultChannel();
      const code = options.currency as import('@vendure/core').CurrencyCode;
      await channelService.update(ctx, { id: channel.id, defaultCurrencyCode: code, availableCurrencyCodes: [code] });
    }
  } catch (error) {
    await app?.close();
    await rm(assetDir, { recursive: true, force: true });
    throw error;
  }
  const running = app;
  return {
    adminApiUrl: `http://127.0.0.1:${port}/admin-api`,
    port,
    bootMs: Math.round(performance.now() - started),
    async stop() {
      await running.close();
      await rm(assetDir, { recursive: true, force: true });
    },
  };
}

import { pushError, type PushOutcome } from '../../../shared/publish/push-error';
import type { AccountTarget } from '../../../shared/publish/accounts';
import type { ChannelAccountsService } from '../channel-accounts';
import { createShopifyConnector } from './shopify';
import type { Connector } from './types';
import { createVendureConnector } from './vendure';
import { createWebhookConnector } from './webhook';
import { createWooCommerceConnector } from './woocommerce';

/** The connector for a saved account, built in main from its decrypted credentials. */
export function connectorFor(target: AccountTarget, accounts: ChannelAccountsService): PushOutcome<Connector> {
  const noAccount = { ok: false, error: pushError('auth', `no saved credentials for ${target}`) } as const;
  switch (target) {
    case 'own-mall': {
      const c = accounts.credentials('own-mall');
      if (!c) return noAccount;
      return { ok: true, value: createVendureConnector({ adminApiUrl: c.endpoint.adminApiUrl, username: c.endpoint.username, password: c.secret.password }) };
    }
    case 'shopify': {
      const c = accounts.credentials('shopify');
      if (!c) return noAccount;
      return { ok: true, value: createShopifyConnector({ shopDomain: c.endpoint.shopDomain, accessToken: c.secret.accessToken }) };
    }
    case 'woocommerce': {
      const c = accounts.credentials('woocommerce');
      if (!c) return noAccount;
      const base = c.endpoint.imageBaseUrl?.replace(/\/+$/, '');
      const username = c.endpoint.wpUsername;
      const applicationPassword = c.secret.wpAppPassword;
      return {
        ok: true,
        value: createWooCommerceConnector({
          baseUrl: c.endpoint.baseUrl,
          consumerKey: c.secret.consumerKey,
          consumerSecret: c.secret.consumerSecret,
          // Uploading to the media library needs both halves; the image address is the fallback.
          ...(username && applicationPassword ? { wordpress: { username, applicationPassword } } : {}),
          // WooCommerce downloads images by URL; the merchant uploads the package's images/ there.
          ...(base ? { publicUrlFor: async (image) => ({ ok: true, value: `${base}/${encodeURIComponent(image.fileName)}` }) } : {}),
          noImagesReason: username && !applicationPassword
            ? 'the WordPress user name is set but its application password is missing (Settings → Channel accounts)'
            : !username && applicationPassword
              ? 'the WordPress application password is set but the WordPress user name is missing (Settings → Channel accounts)'
              : undefined,
        }),
      };
    }
    case 'webhook': {
      const c = accounts.credentials('webhook');
      if (!c) return noAccount;
      return { ok: true, value: createWebhookConnector({ url: c.endpoint.url, secret: c.secret.secret }) };
    }
  }
}

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
      return {
        ok: true,
        value: createWooCommerceConnector({
          baseUrl: c.endpoint.baseUrl,
          consumerKey: c.secret.consumerKey,
          consumerSecret: c.secret.consumerSecret,
          // WooCommerce downloads images by URL; the merchant uploads the package's images/ there.
          publicUrlFor: async (image) => base
            ? { ok: true, value: `${base}/${encodeURIComponent(image.fileName)}` }
            : { ok: false, error: pushError('validation', 'WooCommerce needs an image base URL to fetch images from', { fields: [{ field: 'imageBaseUrl', message: 'required for images' }] }) },
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

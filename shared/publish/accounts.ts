import { z } from 'zod';

/*
 * Channel accounts: where to push and with what. The endpoint part is plain settings; the secret
 * part (tokens, passwords, keys) only ever goes renderer → main once, is encrypted there with
 * Electron safeStorage, and never comes back: the renderer sees `hasSecret` only.
 */

export const PUSH_TARGETS = ['own-mall', 'shopify', 'woocommerce', 'webhook'] as const;
export type AccountTarget = (typeof PUSH_TARGETS)[number];

const url = z.url({ protocol: /^https?$/ }).max(2048);

export const accountEndpointSchema = z.discriminatedUnion('target', [
  /** Vendure Admin API, e.g. https://mall.example.com/admin-api */
  z.object({ target: z.literal('own-mall'), adminApiUrl: url, username: z.string().trim().min(1).max(200) }),
  /** Shop domain, e.g. my-shop.myshopify.com */
  z.object({ target: z.literal('shopify'), shopDomain: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i, 'a *.myshopify.com domain') }),
  /**
   * WooCommerce's REST keys cannot upload media, so images reach the shop one of two ways:
   * - wpUsername (+ the secret's wpAppPassword, a WordPress ≥ 5.6 application password): the
   *   connector uploads each rendition to /wp-json/wp/v2/media itself. Preferred when both are set.
   * - imageBaseUrl: where the merchant hosts the renditions; WordPress downloads them by URL.
   * With neither, the product is still pushed and the result says its images were not sent.
   * The user name is not secret (it is on the site's author pages), so it lives in the endpoint.
   */
  z.object({
    target: z.literal('woocommerce'),
    baseUrl: url,
    imageBaseUrl: url.optional(),
    wpUsername: z.string().trim().min(1).max(200).optional(),
  }),
  z.object({ target: z.literal('webhook'), url }),
]);
export type AccountEndpoint = z.infer<typeof accountEndpointSchema>;

export const accountSecretSchemas = {
  'own-mall': z.object({ password: z.string().min(1).max(1000) }),
  shopify: z.object({ accessToken: z.string().trim().min(1).max(1000) }),
  woocommerce: z.object({
    consumerKey: z.string().trim().min(1).max(200),
    consumerSecret: z.string().trim().min(1).max(200),
    /** WordPress application password (Users → Profile → Application Passwords), for media uploads. */
    wpAppPassword: z.string().trim().min(1).max(200).optional(),
  }),
  webhook: z.object({ secret: z.string().min(16, 'at least 16 characters').max(1000) }),
} as const;
export type AccountSecret<T extends AccountTarget> = z.infer<(typeof accountSecretSchemas)[T]>;

/** What the renderer may know about an account. */
export interface AccountSummary {
  endpoint: AccountEndpoint;
  hasSecret: boolean;
  updatedAt: number;
}

import { describe, expect, it } from 'vitest';
import { toProductSetInput } from '../../../../electron/services/connectors/listing-to-shopify';
import { toWooBodies } from '../../../../electron/services/connectors/listing-to-woocommerce';
import { DEFAULT_LANGUAGE_MAP, planProduct } from '../../../../electron/services/connectors/vendure-mapping';
import { DEFAULT_MARKETS } from '../../../../shared/markets/market';
import { sizeChartOutputFor } from '../../../../shared/size-chart';
import { TOP_CHART } from '../../../fixtures/size-chart/charts';
import { testListing } from '../../../integration/connectors/fake-server';

/* Each web connector puts the size chart table, as the channel's market reads it, after the copy. */

const listing = testListing({ sizeChart: TOP_CHART, categoryPath: ['Women', 'Tops'] });

function htmlFor(channel: 'shopify' | 'woocommerce' | 'own-mall'): string {
  const output = sizeChartOutputFor(listing, channel, DEFAULT_MARKETS);
  if (!output?.ok) throw new Error(`no chart for ${channel}`);
  return output.value.html;
}

describe('size chart in pushed descriptions', () => {
  it('is converted and labelled for the market: inches and English for the US web stores, cm and both languages for the own mall', () => {
    const us = htmlFor('shopify');
    expect(us).toContain('<table');
    expect(us).toMatch(/Chest/);
    expect(us).not.toMatch(/胸围/);
    // 96 cm chest is 37.8 in: the US table carries inches, not the typed centimetres.
    expect(us).toMatch(/37\.8/);
    expect(us).not.toMatch(/>96</);
    const mall = htmlFor('own-mall');
    expect(mall).toMatch(/胸围/);
    expect(mall).toMatch(/>96</);
  });

  it('Shopify: descriptionHtml ends with the table', () => {
    const html = htmlFor('shopify');
    const input = toProductSetInput(listing, ['en-US'], [], { sizeChartHtml: html });
    expect(input.ok && input.value.descriptionHtml).toBe(`<p>Light chiffon.</p>\n<p>Fitted &lt;waist&gt;.</p>\n<ul><li>Breathable</li><li>Slim fit</li></ul>\n${html}`);
    const without = toProductSetInput(listing, ['en-US'], [], {});
    expect(without.ok && without.value.descriptionHtml).not.toContain('<table');
  });

  it('WooCommerce: the long description ends with the table, the short one keeps the bullets', () => {
    const html = htmlFor('woocommerce');
    const bodies = toWooBodies(listing, ['en-US'], undefined, html);
    expect(bodies.ok && bodies.value.product.description).toBe(`<p>Light chiffon.</p>\n<p>Fitted &lt;waist&gt;.</p>\n${html}`);
    expect(bodies.ok && bodies.value.product.short_description).toBe('<ul><li>Breathable</li><li>Slim fit</li></ul>');
  });

  it('Vendure: every translation’s description ends with the same table', () => {
    const html = htmlFor('own-mall');
    const planned = planProduct(listing, ['zh-CN', 'en-US'], DEFAULT_LANGUAGE_MAP, html);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.plan.translations.map((t) => t.description.endsWith(html))).toEqual([true, true]);
    expect(planned.plan.translations[0]?.description.startsWith('<p>轻盈雪纺。</p>')).toBe(true);
  });
});

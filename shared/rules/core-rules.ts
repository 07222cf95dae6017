import { IN_FORCE, type ChannelRule } from './channel-rule';

/*
 * Checks every channel runs, on top of its own pack: what a listing needs to be sold anywhere, the
 * merchandiser's own lists (competitor brands, margin) and keyword advice. Their ids start with
 * "core." and are the same on every channel, so an override (e.g. of a 广告法 term) clears the
 * warning on every channel that raises it.
 */


function core(id: string, check: ChannelRule['check'], severity: ChannelRule['severity'], source: string): ChannelRule {
  return { id: `core.${id}`, check, severity, source, confidence: 'verified', effectiveFrom: IN_FORCE };
}

const SELLABLE = 'app rule: every channel needs a title, SKUs, a price and a stock level (channel-rules.md §1.2 num/price, §3 sku_list, §4 spec_prices, §7.3)';

export const CORE = {
  titlePresent: core('title.present.v1', { kind: 'title-present' }, 'blocker', SELLABLE),
  skuPresent: core('sku.present.v1', { kind: 'sku-present' }, 'blocker', SELLABLE),
  skuPriced: core('sku.priced.v1', { kind: 'sku-priced' }, 'blocker', SELLABLE),
  skuStocked: core('sku.stocked.v1', { kind: 'sku-stocked' }, 'blocker', SELLABLE),
  skuInStock: core('sku.in-stock.v1', { kind: 'sku-in-stock' }, 'warning', 'app rule: a SKU launched with 0 stock shows as sold out'),
  saleWithinList: core('price.sale-within-list.v1', { kind: 'sale-within-list' }, 'blocker',
    'app rule: a selling price above the list (划线) price reads as a fake discount; Douyin requires reference_price > price (channel-rules.md §4)'),
  margin: core('price.margin.v1', { kind: 'margin' }, 'warning', 'app rule: margin over cost below the threshold set in Settings'),
  competitorBrand: core('text.competitor-brand.v1', { kind: 'competitor-brand' }, 'blocker',
    'app rule: the competitor brands listed in Settings must not appear in title or copy'),
  adLaw: core('text.ad-law.v1', { kind: 'ad-law' }, 'warning',
    'channel-rules.md §8: 广告法 第九条第(三)项 absolute terms; platforms ban 极限词 in titles and copy. Context can justify a term, so: warning with override and reason'),
  primaryKeyword: core('keyword.primary.v1', { kind: 'keyword-in-title', priority: 'primary' }, 'warning', 'app rule: primary target keywords belong in the title'),
  secondaryKeyword: core('keyword.secondary.v1', { kind: 'keyword-in-title', priority: 'secondary' }, 'warning', 'app rule: secondary target keywords in the title where room allows'),
  keywordUpFront: {
    ...core('keyword.up-front.v1', { kind: 'keyword-up-front' }, 'warning',
      'app estimate: search results and mobile lists show only the start of a title; no channel publishes how much'),
    confidence: 'unverified',
  },
  copyLocale: core('copy.locale.v1', { kind: 'copy-locale' }, 'blocker',
    'app rule: a channel needs copy in its own language and in the language of every market that sells on it (Settings → Markets)'),
  translationCurrent: core('copy.translation-current.v1', { kind: 'translation-current' }, 'warning',
    'app rule: a translated field counts as current once reviewed against the source as it is now; a source edit (or text never reviewed) flags it. The wording may rightly stay, so: warning with override'),
  glossary: core('copy.glossary.v1', { kind: 'glossary' }, 'warning',
    'app rule: translations use the agreed term from the glossary in Settings; context can justify another wording, so: warning with override'),
  marketPrices: core('price.market-currency.v1', { kind: 'market-prices' }, 'blocker',
    'app rule: a channel sells in its markets\' currencies (Settings → Markets); a SKU needs a price typed for the currency or derivable from the base price through the rate table'),
  sizeChart: core('size-chart.present.v1', { kind: 'size-chart' }, 'warning',
    'app rule: clothing and shoes sell with a size chart (Douyin size_info_template_id, channel-rules.md §4; Taobao 尺码库, §1.5). No channel doc makes it mandatory and one-size items exist, so: warning with override'),
} satisfies Record<string, ChannelRule>;

/** Core rules every pack includes (the 广告法 rule only where Chinese advertising law applies). */
export const CORE_RULES: readonly ChannelRule[] = [
  CORE.copyLocale, CORE.titlePresent, CORE.skuPresent, CORE.skuPriced, CORE.marketPrices, CORE.skuStocked, CORE.skuInStock, CORE.saleWithinList, CORE.margin,
  CORE.competitorBrand, CORE.primaryKeyword, CORE.secondaryKeyword, CORE.keywordUpFront,
  CORE.translationCurrent, CORE.glossary, CORE.sizeChart,
];

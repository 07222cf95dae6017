import { LISTING_STATUSES, type ListingStatus } from '../model/listing';
import { CURRENCIES, type Currency } from '../model/ids';
import { checkBarcode, type BarcodeCheck } from '../model/gtin';
import { parseAmount, parseStock } from '../model/money';

/*
 * Reading one cell of the template. Every parser is forgiving about how people type (full-width
 * punctuation, stray spaces, currency signs) and returns undefined when the text cannot mean a
 * value, so the caller can report the row.
 */

/** Whitespace-folded text, for deciding whether two rows say the same thing. */
export function sameText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** "女装 > 连衣裙" → ["女装", "连衣裙"]; '>' with or without spaces, full-width ＞ too. */
export function splitCategory(text: string): string[] {
  return text.normalize('NFKC').split('>').map((s) => s.trim()).filter(Boolean);
}

/** Tags and keywords: ";" "；" "," "，" "、" separate; blanks are dropped. */
export function splitList(text: string): string[] {
  return text.split(/[;；,，、]/).map((s) => s.trim()).filter(Boolean);
}

/** Bullets: one per line, or separated by "|" / "｜" when the cell is a single line. */
export function splitBullets(text: string): string[] {
  return text.split(/\r\n|\r|\n|[|｜]/).map((s) => s.trim()).filter(Boolean);
}

const CURRENCY_ALIASES: Readonly<Record<string, Currency>> = {
  rmb: 'CNY', '¥': 'CNY', '￥': 'CNY', 人民币: 'CNY', 元: 'CNY',
  $: 'USD', 美元: 'USD', '€': 'EUR', 欧元: 'EUR', '£': 'GBP', 英镑: 'GBP',
  日元: 'JPY', 港币: 'HKD', 港元: 'HKD', 韩元: 'KRW',
};

export function parseCurrency(text: string): Currency | undefined {
  const key = text.normalize('NFKC').trim().toLowerCase();
  return CURRENCIES.find((c) => c.toLowerCase() === key) ?? CURRENCY_ALIASES[key];
}

const STATUS_ALIASES: Readonly<Record<string, ListingStatus>> = {
  草稿: 'draft', 就绪: 'ready', 待上架: 'ready', 已就绪: 'ready', 归档: 'archived', 已归档: 'archived',
};

export function parseStatus(text: string): ListingStatus | undefined {
  const key = text.normalize('NFKC').trim().toLowerCase();
  return LISTING_STATUSES.find((s) => s === key) ?? STATUS_ALIASES[key];
}

/**
 * An amount as the model stores it (text, see listing.ts), without the currency sign and thousands
 * separators, decimals as typed: "¥1,299.50" → "1299.50". '' for a blank cell; undefined when the
 * text is not an amount or is negative.
 */
export function cleanAmount(text: string): string | undefined {
  const parsed = parseAmount(text.normalize('NFKC'));
  if (parsed.kind === 'empty') return '';
  if (parsed.kind === 'invalid' || parsed.value < 0) return undefined;
  return text.normalize('NFKC').trim().replace(/^[¥$€£]/, '').replace(/,/g, '').trim();
}

/** Whole, non-negative stock: "1,000" → "1000"; '' when blank; undefined otherwise. */
export function cleanStock(text: string): string | undefined {
  const parsed = parseStock(text.normalize('NFKC'));
  if (parsed.kind === 'empty') return '';
  if (parsed.kind === 'invalid' || parsed.value < 0) return undefined;
  return String(parsed.value);
}

/** A barcode with its GS1 check; blank is fine (many SKUs have none yet). */
export function checkBarcodeCell(text: string): { value: string; check: BarcodeCheck | null } {
  const value = text.normalize('NFKC').replace(/\s+/g, '');
  return { value, check: value === '' ? null : checkBarcode(value) };
}

export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'ok'; value: number };

/** Parses an amount as a merchandiser types it: "199", "199.00", "1,299.5", "¥99", " 12 ". */
const PLAIN_AMOUNT = /^\d+(\.\d+)?$/;

export function parseAmount(raw: string): ParsedAmount {
  // Most stored amounts are already plain ("199.00"): skip the clean-up (the checklist parses every SKU).
  if (PLAIN_AMOUNT.test(raw)) return { kind: 'ok', value: Number(raw) };
  const text = raw.trim().replace(/^[¥$€£￥]/, '').replace(/,/g, '').trim();
  if (text === '') return { kind: 'empty' };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'invalid' };
  return { kind: 'ok', value: Number(text) };
}

export function parseStock(raw: string): ParsedAmount {
  const text = raw.trim().replace(/,/g, '');
  if (text === '') return { kind: 'empty' };
  if (!/^-?\d+$/.test(text)) return { kind: 'invalid' };
  return { kind: 'ok', value: Number(text) };
}

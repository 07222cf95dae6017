export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'ok'; value: number };

/** Parses an amount as a merchandiser types it: "199", "199.00", "1,299.5", "¥99", " 12 ". */
export function parseAmount(raw: string): ParsedAmount {
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

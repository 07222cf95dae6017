/** GS1 mod-10 check digit over all digits but the last. */
function gs1CheckDigit(body: string): number {
  let sum = 0;
  // Weights alternate 3,1,3… starting from the rightmost body digit.
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export type BarcodeKind = 'EAN-8' | 'UPC-A' | 'EAN-13' | 'GTIN-14';
const KINDS: Record<number, BarcodeKind> = { 8: 'EAN-8', 12: 'UPC-A', 13: 'EAN-13', 14: 'GTIN-14' };

export type BarcodeCheck =
  | { ok: true; kind: BarcodeKind }
  | { ok: false; reason: 'not-digits' | 'length' | 'check-digit'; expected?: number };

export function checkBarcode(raw: string): BarcodeCheck {
  const code = raw.trim();
  if (!/^\d+$/.test(code)) return { ok: false, reason: 'not-digits' };
  const kind = KINDS[code.length];
  if (!kind) return { ok: false, reason: 'length' };
  const expected = gs1CheckDigit(code.slice(0, -1));
  if (expected !== Number(code.slice(-1))) return { ok: false, reason: 'check-digit', expected };
  return { ok: true, kind };
}

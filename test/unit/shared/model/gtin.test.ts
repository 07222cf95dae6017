import { describe, expect, it } from 'vitest';
import { checkBarcode } from '@shared/model/gtin';

describe('checkBarcode', () => {
  it('accepts real EAN-13 and UPC-A codes', () => {
    expect(checkBarcode('4006381333931')).toEqual({ ok: true, kind: 'EAN-13' });
    expect(checkBarcode('6901234567892')).toEqual({ ok: true, kind: 'EAN-13' });
    expect(checkBarcode('036000291452')).toEqual({ ok: true, kind: 'UPC-A' });
    expect(checkBarcode('96385074')).toEqual({ ok: true, kind: 'EAN-8' });
    expect(checkBarcode(' 4006381333931 ')).toEqual({ ok: true, kind: 'EAN-13' });
  });

  it('rejects a wrong check digit and names the right one', () => {
    expect(checkBarcode('4006381333932')).toEqual({ ok: false, reason: 'check-digit', expected: 1 });
    expect(checkBarcode('036000291453')).toEqual({ ok: false, reason: 'check-digit', expected: 2 });
  });

  it('rejects non-digits and wrong lengths', () => {
    expect(checkBarcode('40063813339X1')).toMatchObject({ ok: false, reason: 'not-digits' });
    expect(checkBarcode('12345')).toMatchObject({ ok: false, reason: 'length' });
  });
});

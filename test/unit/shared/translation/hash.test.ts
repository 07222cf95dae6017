import { describe, expect, it } from 'vitest';
import { fieldHash } from '@shared/translation/hash';

/** Reference FNV-1a 64 with BigInt over TextEncoder bytes, to check the limb arithmetic. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

describe('fieldHash', () => {
  it('matches the published FNV-1a 64 vectors', () => {
    expect(fieldHash('')).toBe('cbf29ce484222325');
    expect(fieldHash('a')).toBe('af63dc4c8601ec8c');
    expect(fieldHash('foobar')).toBe('85944171f73967e8');
  });

  it('agrees with a BigInt reference on UTF-8 text', () => {
    for (const text of ['纯棉T恤', '👗 dress\n', ' <a & b> ', 'ｶﾀｶﾅ', '한국어', 'x'.repeat(5000)]) expect(fieldHash(text)).toBe(reference(text));
  });

  it('tells tiny edits apart and is stable', () => {
    expect(fieldHash('法式碎花连衣裙')).toBe(fieldHash('法式碎花连衣裙'));
    expect(fieldHash('法式碎花连衣裙')).not.toBe(fieldHash('法式碎花连衣裙 '));
    expect(fieldHash('\uD800')).not.toBe(fieldHash('\uDC00'));
    expect(fieldHash('abc')).toMatch(/^[0-9a-f]{16}$/);
  });
});

import { describe, expect, it } from 'vitest';
import { bundleImagePath, checkBundlePath, isSafeBundlePath } from '@shared/bundle/paths';

describe('checkBundlePath', () => {
  it('accepts images/<portable name>', () => {
    expect(checkBundlePath('images/abc123.jpg')).toEqual({ ok: true });
    expect(isSafeBundlePath('images/DR-01_main.v2.webp')).toBe(true);
  });

  it('tells escaping paths from merely non-portable ones', () => {
    expect(checkBundlePath('/etc/passwd')).toEqual({ ok: false, escapes: true, reason: 'absolute' });
    expect(checkBundlePath('images/nul')).toEqual({ ok: false, escapes: false, reason: 'reservedName' });
  });
});

describe('bundleImagePath', () => {
  it('names the file after the asset id, keeping a sane extension', () => {
    expect(bundleImagePath('abc', '.JPG')).toBe('images/abc.jpg');
    expect(bundleImagePath('abc', '')).toBe('images/abc.bin');
    expect(bundleImagePath('abc', '.a/b')).toBe('images/abc.bin');
    expect(isSafeBundlePath(bundleImagePath('f'.repeat(64), '.jpeg'))).toBe(true);
  });
});

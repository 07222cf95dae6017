/*
 * The hash that records which source text a translation was made from. It is stored in listings and
 * travels through XLIFF files, so it must never change: FNV-1a 64 over the text's UTF-8 bytes, as 16
 * lowercase hex digits. Not cryptographic (nobody gains from forging it); 64 bits keep accidental
 * collisions between two versions of one field out of reach. UTF-8 rather than UTF-16 units so any
 * other tool can recompute it; computed in four 16-bit limbs because BigInt is ~20× slower here.
 */

const PRIME_LOW = 0x1b3; // FNV 64 prime is 2^40 + 0x1b3

export function fieldHash(text: string): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const step = (byte: number): void => {
    h0 ^= byte;
    let t0 = h0 * PRIME_LOW;
    let t1 = h1 * PRIME_LOW;
    let t2 = h2 * PRIME_LOW + (h0 << 8); // the 2^40 term: limb 0 shifted by 40 = limb 2 shifted by 8
    let t3 = h3 * PRIME_LOW + (h1 << 8);
    t1 += t0 >>> 16;
    t0 &= 0xffff;
    t2 += t1 >>> 16;
    t1 &= 0xffff;
    t3 += t2 >>> 16;
    t2 &= 0xffff;
    h0 = t0;
    h1 = t1;
    h2 = t2;
    h3 = t3 & 0xffff;
  };
  forEachUtf8Byte(text, step);
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/**
 * UTF-8 by hand: shared/ has no TextEncoder in its typings. A lone surrogate (broken paste) is
 * encoded as its own three bytes (WTF-8) instead of U+FFFD, so two different broken texts still
 * hash differently.
 */
function forEachUtf8Byte(text: string, emit: (byte: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) emit(cp);
    else if (cp < 0x800) {
      emit(0xc0 | (cp >> 6));
      emit(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      emit(0xe0 | (cp >> 12));
      emit(0x80 | ((cp >> 6) & 0x3f));
      emit(0x80 | (cp & 0x3f));
    } else {
      emit(0xf0 | (cp >> 18));
      emit(0x80 | ((cp >> 12) & 0x3f));
      emit(0x80 | ((cp >> 6) & 0x3f));
      emit(0x80 | (cp & 0x3f));
    }
  }
}

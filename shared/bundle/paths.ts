/*
 * Image paths inside a bundle come from a file someone sent us, so each is checked before any
 * code joins it to a folder. Pure string rules, the same on every OS: a bundle made on Windows is
 * read on macOS and back, so a path that is harmless on one system but escapes on the other
 * (backslashes, drive letters, UNC prefixes) is refused everywhere. The file service still
 * resolves real paths afterwards, because symlinks cannot be seen in a string.
 */

/** Folder inside the bundle that holds every image. */
export const IMAGES_DIR = 'images';

/** Why a path escapes the bundle folder (reported as bundle.pathEscapes). */
export type PathEscape = 'absolute' | 'drive' | 'backslash' | 'parent' | 'control';
/** Why a path that stays inside is still refused (reported as bundle.badPath). */
export type PathFault = 'empty' | 'notInImages' | 'badName' | 'reservedName';

export type PathCheck = { ok: true } | { ok: false; escapes: true; reason: PathEscape } | { ok: false; escapes: false; reason: PathFault };

/**
 * Names Windows cannot create whatever the extension ("con.jpg"); a bundle must copy anywhere.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
/** Portable file names: letters, digits, dot, dash, underscore; no leading dot, no trailing dot. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Checks a manifest image path ("images/<name>"): forward slashes, relative, one level, portable name. */
export function checkBundlePath(path: string): PathCheck {
  if (path.length === 0) return { ok: false, escapes: false, reason: 'empty' };
  // NUL and other control characters truncate or confuse paths in some file APIs.
  if (hasControlChar(path)) return { ok: false, escapes: true, reason: 'control' };
  if (path.includes('\\')) return { ok: false, escapes: true, reason: 'backslash' };
  if (path.startsWith('/')) return { ok: false, escapes: true, reason: 'absolute' };
  // "C:x" is relative to drive C's current folder on Windows: outside the bundle too.
  if (/^[A-Za-z]:/.test(path)) return { ok: false, escapes: true, reason: 'drive' };
  const segments = path.split('/');
  if (segments.some((s) => s === '..')) return { ok: false, escapes: true, reason: 'parent' };
  if (segments.length !== 2 || segments[0] !== IMAGES_DIR) return { ok: false, escapes: false, reason: 'notInImages' };
  const name = segments[1] ?? '';
  if (!SAFE_NAME.test(name) || name.endsWith('.')) return { ok: false, escapes: false, reason: 'badName' };
  if (RESERVED.test(name)) return { ok: false, escapes: false, reason: 'reservedName' };
  return { ok: true };
}

export function isSafeBundlePath(path: string): boolean {
  return checkBundlePath(path).ok;
}

/** The file name the writer gives an image: its asset id (a content hash) and the source's extension. */
export function bundleImagePath(assetId: string, extension: string): string {
  const ext = extension.toLowerCase().replace(/^\./, '');
  return `${IMAGES_DIR}/${assetId}.${/^[a-z0-9]{1,5}$/.test(ext) ? ext : 'bin'}`;
}

function hasControlChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

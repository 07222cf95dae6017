/*
 * What can be wrong with a launch bundle, as values. Each code is stable and maps to the i18n key
 * `bundle:problems.<code>`; params carry what the message needs (listing index and id, the path,
 * the field), so the UI can translate and point at the culprit. The parser (pure) and the file
 * service report through the same list, so a caller handles one shape whatever went wrong.
 */

export const BUNDLE_PROBLEM_CODES = [
  'bundle.notFound', // the folder or its bundle.json / listings.json is not there
  'bundle.badJson', // bundle.json or listings.json is not JSON
  'bundle.wrongFormat', // JSON, but not a ShelfReady bundle manifest
  'bundle.unsupportedVersion', // made by a newer ShelfReady than this one
  'bundle.invalidManifest', // a manifest field is missing or of the wrong type
  'bundle.invalidListing', // a listing does not match the Listing schema
  'bundle.duplicateId', // two listings share an id
  'bundle.pathEscapes', // an image path that would leave the bundle folder
  'bundle.badPath', // an image path that stays inside but is not portable (CON.jpg, spaces, subfolders)
  'bundle.duplicateFile', // two asset ids name the same image file
  'bundle.missingImage', // a listing's image is not in the table, or its file is not in the folder
  'bundle.imageMismatch', // the file's size or SHA-256 differs from the manifest
  'bundle.tooLarge', // over a size or count limit (see BUNDLE_LIMITS)
  'bundle.targetNotEmpty', // writing: the folder holds something that is not a bundle
] as const;
export type BundleProblemCode = (typeof BUNDLE_PROBLEM_CODES)[number];

/** The two JSON files of a bundle, named in problems about them. */
export type BundleFile = 'bundle.json' | 'listings.json';

export interface BundleProblem {
  code: BundleProblemCode;
  /** Message parameters: index/id of the listing, path, field, found/supported … */
  params: Record<string, string | number>;
}

export type BundleResult<T> = { ok: true; bundle: T } | { ok: false; errors: BundleProblem[] };

export function problem(code: BundleProblemCode, params: BundleProblem['params'] = {}): BundleProblem {
  return { code, params };
}

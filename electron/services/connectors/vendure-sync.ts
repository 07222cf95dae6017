import { createHash } from 'node:crypto';
import { pushError, type PushOutcome } from '../../../shared/publish/push-error';
import type { PushImage } from './types';
import { errorResultOf, type VendureClient } from './vendure-client';
import { ASSETS_BY_TAG, CREATE_ASSETS, CREATE_FACET, CREATE_FACET_VALUES, FACET_BY_CODE } from './vendure-documents';
import type { Translation } from './vendure-mapping';
import { readPushImage } from './read-image';

/*
 * The two steps of a push that reuse what is already in the mall instead of creating it again:
 * images (an asset is tagged with a hash of its bytes, so a re-push, or a retry after a push that
 * died between upload and assignment, finds it instead of uploading a copy) and tag facet values.
 */

export const TAGS_FACET_CODE = 'tags';
/** Prefix of the asset tag that carries the content hash. */
export const CONTENT_TAG_PREFIX = 'shelfready-';

export interface RemoteAsset {
  id: string;
  name: string;
  tags: { value: string }[];
}

function contentTagOf(bytes: Uint8Array<ArrayBuffer>): string {
  return CONTENT_TAG_PREFIX + createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

export function isOurAsset(asset: RemoteAsset): boolean {
  return asset.tags.some((t) => t.value.startsWith(CONTENT_TAG_PREFIX));
}

/** Asset id per file name for every image given, uploading only those the mall does not have yet. */
export async function ensureAssets(
  client: VendureClient,
  images: readonly PushImage[],
  productAssets: readonly RemoteAsset[],
  signal?: AbortSignal,
): Promise<PushOutcome<Map<string, string>>> {
  const ids = new Map<string, string>();
  const missing: { image: PushImage; bytes: Uint8Array<ArrayBuffer>; tag: string }[] = [];
  const tagByFile = new Map<string, string>();
  for (const image of images) {
    const read = await readPushImage(image);
    if (!read.ok) return read;
    const bytes = new Uint8Array(read.value);
    const tag = contentTagOf(bytes);
    tagByFile.set(image.fileName, tag);
    const onProduct = productAssets.find((a) => a.tags.some((t) => t.value === tag));
    if (onProduct) {
      ids.set(image.fileName, onProduct.id);
      continue;
    }
    const found = await client.request<{ assets: { items: RemoteAsset[] } }>(ASSETS_BY_TAG, { tags: [tag] }, signal);
    if (!found.ok) return found;
    const existing = found.value.assets.items[0];
    if (existing) ids.set(image.fileName, existing.id);
    else if (!missing.some((m) => m.tag === tag)) missing.push({ image, bytes, tag });
  }
  if (missing.length > 0) {
    const uploaded = await client.upload<{ createAssets: ({ __typename: string; id?: string } & Record<string, unknown>)[] }>(
      CREATE_ASSETS,
      missing.map(({ image, bytes, tag }) => ({ fileName: image.fileName, mimeType: image.mimeType, bytes, tags: [tag] })),
      signal,
    );
    if (!uploaded.ok) return uploaded;
    for (const [index, result] of uploaded.value.createAssets.entries()) {
      const failure = errorResultOf(result);
      const entry = missing[index];
      if (failure || !entry || typeof result.id !== 'string') {
        return { ok: false, error: { ...(failure ?? pushError('malformed-response', 'createAssets answered without an id')), fields: entry ? [{ field: `images.${entry.image.fileName}`, message: failure?.message ?? 'not stored' }] : undefined } };
      }
      ids.set(entry.image.fileName, result.id);
    }
  }
  // Two file names with the same bytes share one asset.
  for (const [fileName, tag] of tagByFile) {
    if (ids.has(fileName)) continue;
    const twin = missing.find((m) => m.tag === tag);
    const id = twin ? ids.get(twin.image.fileName) : undefined;
    if (id) ids.set(fileName, id);
  }
  return { ok: true, value: ids };
}

interface RemoteFacet {
  id: string;
  code: string;
  values: { id: string; code: string }[];
}

/** Facet value ids for the tags, creating the "tags" facet and any missing values. */
export async function ensureTagValues(
  client: VendureClient,
  tags: readonly { code: string; name: string }[],
  languageCodes: readonly string[],
  signal?: AbortSignal,
): Promise<PushOutcome<string[]>> {
  if (tags.length === 0) return { ok: true, value: [] };
  const translate = (name: string): Translation[] => languageCodes.map((languageCode) => ({ languageCode, name }));
  const found = await client.request<{ facets: { items: RemoteFacet[] } }>(FACET_BY_CODE, { code: TAGS_FACET_CODE }, signal);
  if (!found.ok) return found;
  let facet = found.value.facets.items[0];
  if (!facet) {
    const created = await client.request<{ createFacet: RemoteFacet }>(CREATE_FACET, {
      input: {
        code: TAGS_FACET_CODE,
        isPrivate: false,
        translations: translate('Tags'),
        values: tags.map((t) => ({ code: t.code, translations: translate(t.name) })),
      },
    }, signal);
    if (!created.ok) return created;
    facet = created.value.createFacet;
  }
  const facetId = facet.id;
  const known = new Map(facet.values.map((v) => [v.code, v.id]));
  const toCreate = tags.filter((t) => !known.has(t.code));
  if (toCreate.length > 0) {
    const created = await client.request<{ createFacetValues: { id: string; code: string }[] }>(CREATE_FACET_VALUES, {
      input: toCreate.map((t) => ({ facetId, code: t.code, translations: translate(t.name) })),
    }, signal);
    if (!created.ok) return created;
    for (const value of created.value.createFacetValues) known.set(value.code, value.id);
  }
  return { ok: true, value: tags.map((t) => known.get(t.code)).filter((id): id is string => id !== undefined) };
}

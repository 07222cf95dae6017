import { z } from 'zod';
import { pushError, type PushError, type PushOutcome } from '../../../shared/publish/push-error';
import { requestJson, type HttpRequest } from './http';
import { readPushImage } from './read-image';
import { joinUrl } from './secure-endpoint';
import { contentHash, hashedFileName } from './shopify';
import type { PushImage } from './types';

/*
 * Image upload to WordPress core's media endpoint (/wp-json/wp/v2/media) for the WooCommerce
 * connector. WooCommerce's consumer keys only authenticate the wc/ namespace, so this uses HTTP
 * Basic auth with a WordPress user name + application password (WordPress ≥ 5.6). The file is sent
 * as the raw body with Content-Type and Content-Disposition; WordPress answers 201 with the
 * attachment ({ id, source_url, … }) and the product then references it as images[] { id }.
 *
 * Idempotency is by content, as for Shopify: the file is named "<name>-<sha256, 12 hex>.<ext>" and
 * the attachment title is set to that name without extension (sent explicitly, because WordPress
 * otherwise prefers an IPTC/EXIF title embedded in the file). Before uploading, an image is looked
 * for (1) among the product's current images (name or src containing "-<hash>", no request), then
 * (2) in the media library with ?search=<hash> (the attachments controller searches titles and
 * file names, via _filter_query_attachment_filenames). Only when neither finds it is it uploaded;
 * a retried upload whose first answer was lost (timeout) is found here too. The library search is what makes this robust:
 * it needs no state on our side, survives a push that failed after uploading (the next push finds
 * the orphaned upload instead of adding a copy), shares one upload between products that use the
 * same picture, and notices a deleted attachment (not found → uploaded again). Keeping a
 * hash → id map in the product's meta_data would lose all of that, since it only exists once
 * the product call has succeeded. A user renaming the attachment's title and file costs one
 * duplicate upload, never a wrong picture: a match needs the full hash.
 */

export interface WordPressMediaConfig {
  baseUrl: URL;
  username: string;
  applicationPassword: string;
  timeoutMs: number;
}

export interface ResolvedImage {
  image: PushImage;
  id: number;
}

const mediaSchema = z.object({
  id: z.number(),
  source_url: z.string().default(''),
  mime_type: z.string().optional(),
  title: z.union([z.object({ rendered: z.string().optional(), raw: z.string().optional() }), z.string()]).optional(),
});
type Media = z.infer<typeof mediaSchema>;

const MEDIA = '/wp-json/wp/v2/media';

/** Codes WordPress answers when the user, the password or the user's rights are the problem. */
const AUTH_CODES = new Set(['rest_cannot_create', 'rest_cannot_edit', 'rest_forbidden', 'rest_not_logged_in', 'incorrect_password', 'invalid_username', 'invalid_email', 'application_passwords_disabled', 'rest_cannot_read']);
/** Codes for an upload WordPress received but could not store (file type, disk, folder rights). */
const STORE_CODES = new Set(['rest_upload_sideload_error', 'rest_upload_unknown_error', 'rest_upload_file_error']);

function titleOf(media: Media): string {
  if (typeof media.title === 'string') return media.title;
  return media.title?.raw ?? media.title?.rendered ?? '';
}

/** True when the attachment carries this content hash in its title or file name. */
function hasHash(media: { name?: string; src?: string }, hash: string): boolean {
  const tag = `-${hash}`;
  const file = (media.src ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
  return (media.name ?? '').includes(tag) || file.includes(tag);
}

/** Header-safe file name: Content-Disposition must be Latin-1, and WordPress sanitises it anyway. */
function asciiFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** The WordPress error of a media request, reworded so the user knows which setting to fix. */
function mediaError(error: PushError, wp: { code?: string; message?: string }, what: string, size?: number): PushError {
  const { code } = wp;
  // Only WordPress's own JSON message is quoted; a web server's HTML error page is not.
  const said = wp.message ? ` WordPress said: ${wp.message}` : '';
  if (error.kind === 'auth' || (code !== undefined && AUTH_CODES.has(code))) {
    return pushError('auth', `WordPress refused the media ${what}: check the WordPress user name and application password in Settings → Channel accounts (WordPress: Users → Profile → Application Passwords), and that this user may upload files.${said}`, { ...(error.status === undefined ? {} : { status: error.status }) });
  }
  // 413 comes from the web server or PHP limits; WordPress itself says rest_upload_file_too_big,
  // and a body over PHP's post_max_size arrives empty, which WordPress answers as rest_upload_no_data.
  if (error.status === 413 || code === 'rest_upload_file_too_big' || code === 'rest_upload_no_data') {
    const sized = size === undefined ? '' : ` (${formatBytes(size)})`;
    return pushError('validation', `${what}${sized}: image too large for the server's upload limit. Raise the site's upload limit (PHP upload_max_filesize / post_max_size, or the web server's request body limit) or use smaller renditions.${said}`, {
      ...(error.status === undefined ? {} : { status: error.status }),
      fields: [{ field: 'images', message: 'image too large for the server\'s upload limit' }],
    });
  }
  // Answered 500, but retrying the same file gives the same refusal (file type, folder rights).
  if (code !== undefined && STORE_CODES.has(code)) {
    return pushError('validation', `WordPress could not store ${what}.${said}`, { ...(error.status === undefined ? {} : { status: error.status }), fields: [{ field: 'images', message: wp.message ?? code }] });
  }
  return { ...error, message: `media ${what}: ${error.message}` };
}

export function createWordPressMedia(config: WordPressMediaConfig) {
  const authorization = `Basic ${Buffer.from(`${config.username}:${config.applicationPassword}`).toString('base64')}`;

  async function call<S extends z.ZodType>(request: Omit<HttpRequest, 'url' | 'timeoutMs'> & { path: string }, schema: S, what: string, size?: number): Promise<PushOutcome<z.infer<S>>> {
    const wp: { code?: string; message?: string } = {};
    const { path, ...rest } = request;
    const answer = await requestJson<unknown>(
      { ...rest, url: joinUrl(config.baseUrl, path), headers: { authorization, ...rest.headers }, timeoutMs: config.timeoutMs },
      (body) => {
        const { code, message } = (body ?? {}) as { code?: unknown; message?: unknown };
        if (typeof code === 'string') wp.code = code;
        if (typeof message === 'string') wp.message = message;
        return typeof message === 'string' ? { message } : {};
      },
    );
    if (!answer.ok) return { ok: false, error: mediaError(answer.error, wp, what, size) };
    const parsed = schema.safeParse(answer.value.body);
    if (!parsed.success) return { ok: false, error: pushError('malformed-response', `unexpected answer to the media ${what}`, { status: answer.value.status }) };
    return { ok: true, value: parsed.data };
  }

  return {
    /** Signs in as the WordPress user and checks the user may upload files. */
    async check(signal?: AbortSignal): Promise<PushOutcome<void>> {
      const me = await call({ path: '/wp-json/wp/v2/users/me?context=edit', signal }, z.object({ capabilities: z.record(z.string(), z.unknown()).optional() }), 'sign-in');
      if (!me.ok) return me;
      if (me.value.capabilities && me.value.capabilities.upload_files !== true) {
        return { ok: false, error: pushError('auth', 'WordPress refused the media sign-in: this WordPress user may not upload files (it needs the upload_files capability, e.g. the Shop manager or Editor role).') };
      }
      return { ok: true, value: undefined };
    },

    /**
     * Every image as an attachment id, in order: found on the product, found in the library, or
     * uploaded now. The first failure ends it (before the product call, so a bad password creates
     * no product).
     */
    async resolve(images: readonly PushImage[], onProduct: readonly { id: number; name?: string; src?: string }[], alt: string, signal?: AbortSignal): Promise<PushOutcome<ResolvedImage[]>> {
      const resolved: ResolvedImage[] = [];
      const hashes = new Map<string, { id: number }>();
      for (const image of images) {
        const read = await readPushImage(image);
        if (!read.ok) return read;
        const bytes = read.value;
        const hash = contentHash(bytes);
        const fileName = asciiFileName(hashedFileName(image.fileName, hash));
        // The same picture twice in one listing (main and variant image) is one attachment.
        const known = onProduct.find((m) => hasHash(m, hash)) ?? hashes.get(hash);
        if (known) {
          resolved.push({ image, id: known.id });
          continue;
        }
        const found = await call({ path: `${MEDIA}?search=${hash}&media_type=image&per_page=20&orderby=id&order=asc`, signal }, z.array(mediaSchema), `lookup of ${image.fileName}`);
        if (!found.ok) return found;
        const match = found.value.filter((m) => hasHash({ name: titleOf(m), src: m.source_url }, hash)).sort((a, b) => a.id - b.id)[0];
        if (match) {
          resolved.push({ image, id: match.id });
          hashes.set(hash, match);
          continue;
        }
        const title = fileName.replace(/\.[^.]+$/, '');
        const uploaded = await call(
          {
            path: `${MEDIA}?title=${encodeURIComponent(title)}&alt_text=${encodeURIComponent(alt)}`,
            method: 'POST',
            headers: { 'content-type': image.mimeType, 'content-disposition': `attachment; filename="${fileName}"` },
            body: new Uint8Array(bytes),
            signal,
          },
          mediaSchema,
          `upload of ${image.fileName}`,
          bytes.length,
        );
        if (!uploaded.ok) return uploaded;
        resolved.push({ image, id: uploaded.value.id });
        hashes.set(hash, uploaded.value);
      }
      return { ok: true, value: resolved };
    },
  };
}

export type WordPressMedia = ReturnType<typeof createWordPressMedia>;

import { readFile } from 'node:fs/promises';
import { pushError, type PushOutcome } from '../../../shared/publish/push-error';
import type { PushImage } from './types';

/**
 * The bytes of a staged rendition. A file that vanished (cleaned temp folder, disk error) fails
 * the push as a validation error naming the image, never as a throw.
 */
export async function readPushImage(image: PushImage): Promise<PushOutcome<Buffer>> {
  try {
    return { ok: true, value: await readFile(image.filePath) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { ok: false, error: pushError('validation', `image ${image.fileName} could not be read (${code})`, { fields: [{ field: 'images', message: image.fileName }] }) };
  }
}

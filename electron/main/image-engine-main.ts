import type { ImageEngine, ImageOutcome } from '../services/image-engine';
import type { Logger } from '../services/logger';

/*
 * The app's ImageEngine. Placeholder until the utilityProcess worker spawn lands
 * (createImagePool({ spawn: <utilityProcess spawn> }) goes here): every job answers `internal`, so
 * the app starts and says images are unavailable instead of decoding in the main process.
 */
export function createMainImageEngine(logger: Logger): ImageEngine {
  const unavailable = async (): Promise<ImageOutcome<never>> => {
    logger.warn('image engine not available in this build');
    return { ok: false, code: 'internal', detail: 'image engine not available' };
  };
  return { probe: unavailable, thumbnail: unavailable, render: unavailable, close: async () => undefined };
}

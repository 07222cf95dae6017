import { err, ok } from '../../../shared/ipc/result';
import { findImageRule } from '../../../shared/rules/image-rules';
import type { AppServices } from '../../services/app-services';
import { imageFailure } from './assets';
import type { Handlers } from './handle';

export function createRenditionHandlers({ assets }: Pick<AppServices, 'assets'>): Pick<Handlers, 'renditions:render' | 'renditions:preview'> {
  return {
    'renditions:render': async ({ hash, channel, slot }) => {
      const rule = findImageRule(channel, slot);
      if (rule === undefined) return err('not-found', `no image rule for ${channel} ${slot}`);
      const rendition = await assets.render(hash, rule);
      return rendition.ok ? ok(rendition.value) : imageFailure(rendition);
    },
    'renditions:preview': async ({ key }) => {
      const rendition = await assets.readRendition(key);
      if (rendition === null) return err('not-found', 'no rendition with this key');
      return ok({ bytes: rendition.bytes, mime: `image/${rendition.format}` as const });
    },
  };
}

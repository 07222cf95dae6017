import { readFile } from 'node:fs/promises';
import { SIZE_CHART_DRAW_PROBLEMS, type SizeChartDrawProblem } from '../../../shared/ipc/contract-size-chart';
import { ok } from '../../../shared/ipc/result';
import { sizeChartOutputFor } from '../../../shared/size-chart/channel-output';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

const isDrawProblem = (value: string): value is SizeChartDrawProblem => (SIZE_CHART_DRAW_PROBLEMS as readonly string[]).includes(value);

/** The chart as the channel's package would carry it: same markets, same worker, same size. */
export function createSizeChartHandlers({ assets, settings, logger }: Pick<AppServices, 'assets' | 'settings' | 'logger'>): Pick<Handlers, 'sizeCharts:draw'> {
  const log = logger.child({ area: 'size-chart' });
  return {
    'sizeCharts:draw': async ({ sizeChart, categoryPath, channel }) => {
      const output = sizeChartOutputFor({ sizeChart, categoryPath }, channel, settings.get().markets);
      if (!output) return ok({ status: 'problem' as const, problem: 'empty' as const });
      if (!output.ok) return ok({ status: 'problem' as const, problem: output.problem });
      const drawn = await assets.sizeChartFile(output.value.data, output.value.image);
      if (!drawn.ok) {
        log.warn('size chart not drawn', { channel, code: drawn.code });
        return ok({ status: 'problem' as const, problem: 'failed' as const });
      }
      if (!drawn.value.drawn) return ok({ status: 'problem' as const, problem: isDrawProblem(drawn.value.problem) ? drawn.value.problem : 'failed' });
      const { unit, locales } = output.value.data;
      return ok({ status: 'drawn' as const, bytes: new Uint8Array(await readFile(drawn.value.path)), mime: 'image/png' as const, width: drawn.value.width, height: drawn.value.height, unit, locales });
    },
  };
}

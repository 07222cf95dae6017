import { z } from 'zod';
import { imageBytesSchema } from '../images/schemas';
import { CHANNEL_IDS } from '../model/ids';
import { sizeChartSchema } from '../model/listing';
import { SIZE_CHART_PROBLEMS } from '../size-chart/validate';

/*
 * The size chart drawn as a channel gets it, for the editor to show before anything is exported.
 * The renderer sends the chart and the category (which decides men's or women's shoe sizing); main
 * adds the merchant's markets, draws in the image worker and answers with the PNG's bytes.
 */

/** The chart's own problems, what stops the drawing (too tall, no font) and a worker that failed. */
export const SIZE_CHART_DRAW_PROBLEMS = [...SIZE_CHART_PROBLEMS, 'too-tall', 'bad-width', 'font-missing', 'failed'] as const;
export type SizeChartDrawProblem = (typeof SIZE_CHART_DRAW_PROBLEMS)[number];

export const sizeChartChannels = {
  'sizeCharts:draw': {
    input: z.object({ sizeChart: sizeChartSchema, categoryPath: z.array(z.string().max(200)).max(20), channel: z.enum(CHANNEL_IDS) }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('drawn'),
        bytes: imageBytesSchema,
        mime: z.literal('image/png'),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        /** What the channel's markets made of the chart: its unit and label languages. */
        unit: z.enum(['cm', 'in']),
        locales: z.array(z.string()),
      }),
      z.object({ status: z.literal('problem'), problem: z.enum(SIZE_CHART_DRAW_PROBLEMS) }),
    ]),
  },
} as const;

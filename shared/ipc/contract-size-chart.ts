import { z } from 'zod';
import { imageBytesSchema } from '../images/schemas';
import { CHANNEL_IDS } from '../model/ids';
import { SIZE_UNITS } from '../model/listing';
import { MAX_CELL_CHARS, MAX_ROWS, MAX_SIZES, SIZE_CHART_PROBLEMS } from '../size-chart/validate';

/*
 * The size chart drawn as a channel gets it, for the editor to show before anything is exported.
 * The renderer sends the chart and the category (which decides men's or women's shoe sizing); main
 * adds the merchant's markets, draws in the image worker and answers with the PNG's bytes.
 */

/** The chart's own problems, what stops the drawing (too tall, no font) and a worker that failed. */
export const SIZE_CHART_DRAW_PROBLEMS = [...SIZE_CHART_PROBLEMS, 'too-tall', 'bad-width', 'font-missing', 'failed'] as const;
export type SizeChartDrawProblem = (typeof SIZE_CHART_DRAW_PROBLEMS)[number];

/**
 * A size chart as the renderer may send it: the listing's schema has no bounds, so these are one
 * over each output limit. A chart just over one still reaches checkSizeChart and gets its problem
 * in words (too-many-sizes, cell-too-long); one far beyond is refused before main does any work.
 */
const cell = z.string().max(MAX_CELL_CHARS + 1);
const drawableChartSchema = z.object({
  unit: z.enum(SIZE_UNITS),
  sizes: z.array(cell).max(MAX_SIZES + 1),
  rows: z.array(z.object({ id: z.string().max(200), name: cell, values: z.array(cell).max(MAX_SIZES + 1) })).max(MAX_ROWS + 1),
});

export const sizeChartChannels = {
  'sizeCharts:draw': {
    input: z.object({ sizeChart: drawableChartSchema, categoryPath: z.array(z.string().max(200)).max(20), channel: z.enum(CHANNEL_IDS) }).strict(),
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

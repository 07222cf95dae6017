import { z } from 'zod';
import { imageErrorCodeSchema } from '../images/schemas';
import { listingSchema } from '../model/listing';
import { EXPORT_CHANNELS } from '../publish/export-channels';

/*
 * Launch channels. A launch's files (export packages, the report) go to a folder the app owns,
 * <data>/launches/<id>/, so a resumed launch needs no path from the renderer and none is trusted
 * from it; the user opens that folder with launches:reveal.
 */
export const LAUNCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
const launchId = z.string().regex(LAUNCH_ID);

export const launchChannels = {
  'launches:export': {
    /** One channel's export package for a launch's items, written under the launch's folder. */
    input: z.object({ launchId, channel: z.enum(EXPORT_CHANNELS), listings: z.array(listingSchema).min(1).max(2000) }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('done'),
        folder: z.string(),
        zipPath: z.string(),
        /** Listings the exporter left out, with why (e.g. no price the channel can take). */
        skipped: z.array(z.object({ spuCode: z.string(), code: z.string() })),
        imageFailures: z.array(z.object({ spuCode: z.string(), assetId: z.string(), code: imageErrorCodeSchema })),
      }),
      z.object({ status: z.literal('failed'), code: z.enum(['nothing-to-export', 'missing-image', 'write-failed']), path: z.string().optional() }),
    ]),
  },
  'launches:saveReport': {
    /** The report as the renderer rendered it (HTML and CSV), saved as report.html / report.csv. */
    input: z.object({ launchId, html: z.string().max(50_000_000), csv: z.string().max(50_000_000) }).strict(),
    output: z.object({ folder: z.string(), htmlPath: z.string(), csvPath: z.string() }),
  },
  'launches:reveal': {
    /** Opens the launch's folder in the file manager (what: the folder, or its report.html). */
    input: z.object({ launchId, what: z.enum(['folder', 'report']) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
} as const;

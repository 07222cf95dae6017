import { z } from 'zod';

/*
 * XLIFF files for translators. Like every other file channel, no path comes from the renderer:
 * main opens the OS dialog itself; the renderer builds and reads the XLIFF text (shared/translation).
 */

/** Far beyond a season's copy (about 2 KB per listing and language). */
export const MAX_XLIFF_BYTES = 50_000_000;

/** A file name without folders or characters Windows refuses; the dialog lets the user change it. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|]+\.xlf$/)
  .refine((name) => [...name].every((c) => c.charCodeAt(0) >= 0x20), 'control-character');

export const XLIFF_READ_PROBLEMS = ['tooLarge', 'unreadable', 'notText'] as const;

export const translationChannels = {
  'xliff:save': {
    /** Opens the save dialog (suggesting `fileName`) and writes `xml` there. */
    input: z.object({ fileName, xml: z.string().max(MAX_XLIFF_BYTES) }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('saved'), path: z.string() }),
      z.object({ status: z.literal('failed'), code: z.literal('write-failed') }),
    ]),
  },
  'xliff:open': {
    /** Opens the open dialog (.xlf / .xliff) and returns the file's text. */
    input: z.object({}).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('read'), name: z.string(), xml: z.string() }),
      z.object({ status: z.literal('failed'), code: z.enum(XLIFF_READ_PROBLEMS) }),
    ]),
  },
} as const;

import { CHANNEL_IDS, type ChannelId } from '../model/ids';
import type { Copy } from '../model/listing';
import { createEmptyCopy } from '../model/factory';

/*
 * The translatable parts of a Copy, addressed by a flat key so outdated tracking, the editor and
 * XLIFF units all name a field the same way: "title", "subtitle", "description", "bullets.<n>",
 * "titleOverrides.<channel>". Keywords and primary keywords are left out on purpose: they are search
 * terms researched per market, not translations of the source's keywords.
 */

export const FIELD_KINDS = ['title', 'subtitle', 'bullets', 'description', 'titleOverrides'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export type FieldKey = 'title' | 'subtitle' | 'description' | `bullets.${number}` | `titleOverrides.${ChannelId}`;

export type ParsedFieldKey =
  | { kind: 'title' | 'subtitle' | 'description' }
  | { kind: 'bullets'; index: number }
  | { kind: 'titleOverrides'; channel: ChannelId };

/** Bullets beyond this are not a real listing; the cap keeps a hostile "bullets.99999999" from padding an array. */
export const MAX_BULLET_INDEX = 99;

export function parseFieldKey(key: string): ParsedFieldKey | null {
  if (key === 'title' || key === 'subtitle' || key === 'description') return { kind: key };
  const bullet = /^bullets\.(0|[1-9]\d{0,1})$/.exec(key);
  if (bullet) return { kind: 'bullets', index: Number(bullet[1]) };
  const override = /^titleOverrides\.(.+)$/.exec(key);
  const channel = override ? CHANNEL_IDS.find((c) => c === override[1]) : undefined;
  return channel ? { kind: 'titleOverrides', channel } : null;
}

export function isFieldKey(key: string): key is FieldKey {
  return parseFieldKey(key) !== null;
}

/** The field keys a copy has text slots for, in editor order; restricted to `kinds` when given. */
export function fieldKeysOf(copy: Copy, kinds: readonly FieldKind[] = FIELD_KINDS): FieldKey[] {
  const keys: FieldKey[] = [];
  for (const kind of FIELD_KINDS) {
    if (!kinds.includes(kind)) continue;
    if (kind === 'bullets') copy.bullets.forEach((_, i) => keys.push(`bullets.${i}`));
    else if (kind === 'titleOverrides') {
      for (const channel of CHANNEL_IDS) if (copy.titleOverrides[channel] !== undefined) keys.push(`titleOverrides.${channel}`);
    } else keys.push(kind);
  }
  return keys;
}

/** The text of a field, or undefined when the copy has no such slot (no 4th bullet, no override). */
export function readField(copy: Copy | undefined, key: FieldKey): string | undefined {
  const parsed = parseFieldKey(key);
  if (!copy || !parsed) return undefined;
  switch (parsed.kind) {
    case 'bullets':
      return copy.bullets[parsed.index];
    case 'titleOverrides':
      return copy.titleOverrides[parsed.channel];
    default:
      return copy[parsed.kind];
  }
}

/**
 * A new copy with one field set. A bullet past the end pads with empty bullets so the index keeps
 * pointing at the source's bullet of the same position; the editor shows the empty ones as to-do.
 */
export function writeField(copy: Copy | undefined, key: FieldKey, text: string): Copy {
  const base = copy ?? createEmptyCopy();
  const parsed = parseFieldKey(key);
  if (!parsed) return base;
  switch (parsed.kind) {
    case 'bullets': {
      const bullets = [...base.bullets];
      while (bullets.length < parsed.index) bullets.push('');
      bullets[parsed.index] = text;
      return { ...base, bullets };
    }
    case 'titleOverrides':
      return { ...base, titleOverrides: { ...base.titleOverrides, [parsed.channel]: text } };
    default:
      return { ...base, [parsed.kind]: text };
  }
}

import { passesImageRule } from '../images/checks';
import type { ImageRule, ImageSlot } from '../images/types';
import type { ChannelId } from '../model/ids';
import type { ImageRef, Listing } from '../model/listing';
import { findImageRule } from '../rules/image-rules';
import type { ChecklistContext } from './types';

/*
 * Which of a listing's images count for a channel: an image counts in a slot only when the
 * channel's rule for that slot passes on it — the same checkImage the rendition worker applies
 * to the original, plus what a rendered rendition reported (e.g. it cannot fit the byte limit).
 * An image whose original is not measured (missing from the asset store) does not count.
 */

export interface SlotCount {
  passing: ImageRef[];
  failing: ImageRef[];
}

export class ImageFacts {
  private readonly bySlot = new Map<ChannelId, Map<ImageSlot, SlotCount>>();
  private readonly totals = new Map<ChannelId, number>();
  private readonly variantsMissing = new Map<ChannelId, string[]>();
  /** The listing's images by role, in listing order (a slot's images are its role's). */
  private readonly byRole = new Map<string, ImageRef[]>();

  constructor(
    private readonly listing: Listing,
    private readonly ctx: ChecklistContext,
  ) {
    for (const ref of listing.images) {
      const refs = this.byRole.get(ref.role);
      if (refs) refs.push(ref);
      else this.byRole.set(ref.role, [ref]);
    }
  }

  passes(ref: ImageRef, rule: ImageRule): boolean {
    const meta = this.ctx.imageMeta(ref.assetId);
    if (!meta) return false;
    if (this.ctx.renditionPassing?.(ref.assetId, rule.id) === false) return false;
    return passesImageRule(meta, rule);
  }

  /** Values of the listing's first option axis with no passing variant image for the channel. */
  variantValuesMissing(channel: ChannelId): string[] {
    let missing = this.variantsMissing.get(channel);
    if (!missing) {
      const covered = new Set(this.slot(channel, 'variant').passing.map((ref) => ref.variantValue));
      missing = (this.listing.options[0]?.values ?? []).filter((v) => v.trim() && !covered.has(v));
      this.variantsMissing.set(channel, missing);
    }
    return missing;
  }

  slot(channel: ChannelId, slot: ImageSlot): SlotCount {
    let channelSlots = this.bySlot.get(channel);
    if (!channelSlots) {
      channelSlots = new Map();
      this.bySlot.set(channel, channelSlots);
    }
    let count = channelSlots.get(slot);
    if (!count) {
      count = { passing: [], failing: [] };
      const rule = findImageRule(channel, slot);
      for (const ref of this.byRole.get(slot) ?? []) {
        (rule && this.passes(ref, rule) ? count.passing : count.failing).push(ref);
      }
      channelSlots.set(slot, count);
    }
    return count;
  }

  /** Images the channel would receive: those in slots it has a rule for. */
  total(channel: ChannelId): number {
    let total = this.totals.get(channel);
    if (total === undefined) {
      total = this.listing.images.filter((ref) => findImageRule(channel, ref.role) !== undefined).length;
      this.totals.set(channel, total);
    }
    return total;
  }
}

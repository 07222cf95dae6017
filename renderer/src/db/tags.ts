/**
 * Tags as the catalog filters them: trimmed (full-width spaces too), inner runs of whitespace
 * collapsed, empty ones dropped, duplicates removed ignoring case. The first spelling wins, so
 * "Cross-border" stays as the user typed it and a later "cross-border " disappears.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function areTagsNormalized(tags: readonly string[]): boolean {
  const normal = normalizeTags(tags);
  return normal.length === tags.length && normal.every((t, i) => t === tags[i]);
}

/*
 * Chip inputs (option values, tags, keywords) take text typed or pasted in one go. Merchandisers
 * paste from spreadsheets and Chinese documents, so full-width commas and 、 separate values too.
 */
const SEPARATORS = /[,，、;；\n\t]+/;

export function splitChipText(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Appends the new values that are not already there, ignoring case ("Red" and "red" are one chip). */
export function addChips(existing: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(existing.map((v) => v.toLowerCase()));
  const result = [...existing];
  for (const value of incoming) {
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/** True when the separator just typed should turn the text before it into chips. */
export function endsWithSeparator(text: string): boolean {
  return /[,，、;；]$/.test(text);
}

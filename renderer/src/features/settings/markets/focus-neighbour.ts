/**
 * After a row is removed with its own button (which goes with it): focus the row now at its place,
 * else the one before, else `fallbackId` (the list's Add button), once React has rendered the list.
 */
export function focusNeighbour(remainingIds: readonly string[], index: number, fallbackId: string): void {
  const id = remainingIds[index] ?? remainingIds[index - 1] ?? fallbackId;
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

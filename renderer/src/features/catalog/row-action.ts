import type { ListingSummary } from '../../db/summary';

export type RowAction = 'open' | 'duplicate' | 'archive' | 'unarchive' | 'delete';

/** Where a row's action menu opens: under its button, or at the pointer for a right-click. */
export interface MenuAnchor {
  x: number;
  y: number;
  /** The menu's right edge sits at x (button) rather than its left edge (pointer). */
  isAlignedRight: boolean;
  /** Gets focus back when the menu closes without leaving the page. */
  returnFocusTo: HTMLElement | null;
}

export interface RowMenuRequest {
  summary: ListingSummary;
  anchor: MenuAnchor;
}

/** What a listing is called in menus, dialogs and notices: its code, else its title. */
export function listingName(s: Pick<ListingSummary, 'spuCode' | 'titleZh'>, untitled: string): string {
  return s.spuCode.trim() || s.titleZh.trim() || untitled;
}

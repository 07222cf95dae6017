import type { FieldPath } from '@shared/model/validate';
import { fieldId, sectionDomId, sectionOf } from './field-id';

function reveal(el: HTMLElement, block: ScrollLogicalPosition): void {
  el.scrollIntoView({ block, inline: 'nearest' });
  // preventScroll: the scroll above already placed it clear of the sticky header.
  el.focus({ preventScroll: true });
}

/**
 * Brings the input for a validation path into view and focuses it. When that exact field is not on
 * screen (e.g. a language the listing does not carry yet), the nearest enclosing control is used:
 * ["copy", "ja-JP", "title"] falls back to "f-copy-ja-JP", then "f-copy", then the section.
 */
/**
 * A section that shows some fields only in one of its views (the SKU table's prices per currency)
 * is asked first: it returns true when it switches its view to show the path's field.
 */
export type FieldRequestListener = (path: FieldPath) => boolean;
const requestListeners = new Set<FieldRequestListener>();

export function onFieldRequest(listener: FieldRequestListener): () => void {
  requestListeners.add(listener);
  return () => {
    requestListeners.delete(listener);
  };
}

export function focusFieldPath(path: FieldPath): void {
  let isSwitching = false;
  for (const listener of requestListeners) if (listener(path)) isSwitching = true;
  // The field appears once React has rendered the new view: look for it on the next frame.
  if (isSwitching) requestAnimationFrame(() => revealPath(path));
  else revealPath(path);
}

function revealPath(path: FieldPath): void {
  for (let n = path.length; n > 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (el) {
      reveal(el, 'center');
      return;
    }
  }
  const section = document.getElementById(sectionDomId(sectionOf(path)));
  if (section) reveal(section, 'start');
}

/** After undo/redo: show the field that changed without jumping if it is already visible. */
export function revealFieldId(id: string): void {
  const el = document.getElementById(id);
  if (el && el !== document.activeElement) reveal(el, 'nearest');
}

/** Focus a control created by the click that is being handled, once React has rendered it. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

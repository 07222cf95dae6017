import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ListingSummary } from '../../db/summary';
import { listingName, type MenuAnchor, type RowAction } from './row-action';

interface Props {
  summary: ListingSummary;
  anchor: MenuAnchor;
  onAction(action: RowAction): void;
  onClose(): void;
}

const MARGIN = 8;

/**
 * A row's actions as a menu (WAI-ARIA menu pattern): focus starts on the first item, arrows move,
 * Escape/Tab/outside click/scroll close it. Rendered into <body> because rows are transformed, which
 * would otherwise turn position: fixed into position: absolute.
 */
export function RowActionsMenu({ summary, anchor, onAction, onClose }: Props) {
  const { t } = useTranslation('catalog');
  const menuRef = useRef<HTMLDivElement>(null);
  const isArchived = summary.status === 'archived';
  const items: { action: RowAction; label: string; isDanger?: boolean }[] = [
    { action: 'open', label: t('actions.open') },
    { action: 'duplicate', label: t('actions.duplicate') },
    isArchived ? { action: 'unarchive', label: t('actions.unarchive') } : { action: 'archive', label: t('actions.archive') },
    { action: 'delete', label: t('actions.delete'), isDanger: true },
  ];

  // Placed after layout so the menu's real size keeps it inside the window.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    const left = anchor.isAlignedRight ? anchor.x - width : anchor.x;
    const fitsBelow = anchor.y + height + MARGIN <= window.innerHeight;
    const top = fitsBelow ? anchor.y : anchor.y - height - (anchor.isAlignedRight ? 36 : 0);
    menu.style.left = `${Math.max(MARGIN, Math.min(left, window.innerWidth - width - MARGIN))}px`;
    menu.style.top = `${Math.max(MARGIN, top)}px`;
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [anchor]);

  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (!(e.target instanceof Node)) return;
      // The trigger's own click toggles the menu; closing here first would reopen it at once.
      if (menuRef.current?.contains(e.target) || anchor.returnFocusTo?.contains(e.target)) return;
      onClose();
    };
    const onScroll = (e: Event) => {
      if (e.target instanceof Node && menuRef.current?.contains(e.target)) return;
      onClose();
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onClose);
    window.addEventListener('blur', onClose);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onClose);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose, anchor]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const menuItems = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = menuItems.findIndex((el) => el === document.activeElement);
    const focus = (i: number) => menuItems[(i + menuItems.length) % menuItems.length]?.focus();
    switch (e.key) {
      case 'ArrowDown': focus(at + 1); break;
      case 'ArrowUp': focus(at - 1); break;
      case 'Home': focus(0); break;
      case 'End': focus(menuItems.length - 1); break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  return createPortal(
    <div
      ref={menuRef}
      role="menu"
      className="catalog-menu"
      aria-label={t('row.actions', { name: listingName(summary, t('row.untitled')) })}
      style={{ left: anchor.x, top: anchor.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.isDanger ? 'catalog-menu-item danger' : 'catalog-menu-item'}
          onClick={() => onAction(item.action)}
        >
          {item.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}

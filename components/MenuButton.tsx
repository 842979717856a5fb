import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

export interface MenuButtonProps {
  /** The button's visible text ("Actions"). */
  text: string;
  /** Its accessible name, containing the visible text ("Actions for Ana Silva"). */
  label: string;
  items: readonly MenuItem[];
  testId?: string;
}

/**
 * A menu button as the WAI-ARIA Authoring Practices describe it: Enter, Space or ArrowDown open the
 * menu on its first item, ArrowUp on its last; ArrowUp/ArrowDown move (wrapping), Home/End jump,
 * a letter moves to the next item starting with it, Enter/Space choose, Escape closes and returns
 * focus to the button, Tab closes and moves on. The menu is fixed-positioned under the button, so a
 * scrolling table never clips it; it closes when the page scrolls or is resized under it.
 */
export function MenuButton({ text, label, items, testId = 'cc-menu' }: MenuButtonProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const show = (first: number) => {
    setActive(first);
    setOpen(true);
  };

  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const r = button.current.getBoundingClientRect();
    const width = menu.current?.offsetWidth ?? 200;
    const height = menu.current?.offsetHeight ?? 0;
    const below = r.bottom + 2 + height <= window.innerHeight || r.top < height;
    setPos({
      top: below ? r.bottom + 2 : r.top - height - 2,
      left: Math.max(4, Math.min(r.right - width, window.innerWidth - width - 4)),
    });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const item = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active];
    item?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    // Closing from outside never takes the focus back: the user is elsewhere now.
    const away = (e: Event) => {
      const target = e.target as Node | null;
      if (target && (menu.current?.contains(target) || button.current?.contains(target))) return;
      setOpen(false);
    };
    const moved = (e: Event) => {
      if (e.target instanceof Node && menu.current?.contains(e.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', away, true);
    window.addEventListener('scroll', moved, true);
    window.addEventListener('resize', moved);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      window.removeEventListener('scroll', moved, true);
      window.removeEventListener('resize', moved);
    };
  }, [open]);

  const onButtonKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      show(items.length - 1);
    }
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const n = items.length;
    const go = (i: number) => {
      e.preventDefault();
      setActive(((i % n) + n) % n);
    };
    switch (e.key) {
      case 'ArrowDown':
        return go(active + 1);
      case 'ArrowUp':
        return go(active - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(n - 1);
      case 'Escape':
        e.preventDefault();
        return close(true);
      case 'Tab':
        return close(false);
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const item = items[active];
        close(true);
        item?.onSelect();
        return;
      }
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const k = e.key.toLocaleLowerCase();
          for (let step = 1; step <= n; step++) {
            const i = (active + step) % n;
            if (items[i]?.label.toLocaleLowerCase().startsWith(k)) return go(i);
          }
        }
    }
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="cc-btn cc-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={label}
        data-testid={testId}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {text}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={label}
          className="cc-menu"
          data-testid={`${testId}-list`}
          style={{ position: 'fixed', top: pos?.top ?? -9999, left: pos?.left ?? -9999 }}
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              className={item.danger ? 'cc-menu-item cc-menu-danger' : 'cc-menu-item'}
              data-testid={`${testId}-${item.key}`}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
              onMouseEnter={() => setActive(i)}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}

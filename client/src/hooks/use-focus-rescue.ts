import { type RefObject, useLayoutEffect } from "react";

const focusable =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * When a control that has the keyboard focus leaves the page (the chair's "Open the session"
 * becomes "Suspend", a granted request leaves the list), the browser drops focus to the top of the
 * page and a keyboard user must start again. This moves focus to the nearest control that is still
 * there: first in the same row of buttons, then in the same list item, form or panel.
 */
export function useFocusRescue(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const node = ref.current;
    return () => {
      // Layout cleanups run before React detaches the node, so focus can still be read here.
      if (!node || node.ownerDocument.activeElement !== node) return;
      const groups: HTMLElement[] = [];
      for (let at = node.parentElement; at && at !== node.ownerDocument.body; at = at.parentElement) {
        if (at.matches(".button-row, li, form, section, article, main")) groups.push(at);
      }
      requestAnimationFrame(() => {
        const active = node.ownerDocument.activeElement;
        if (active && active !== node.ownerDocument.body) return; // someone already moved it
        for (const group of groups) {
          if (!group.isConnected) continue;
          const next = group.querySelector<HTMLElement>(focusable);
          if (next) return next.focus();
        }
      });
    };
  }, [ref]);
}

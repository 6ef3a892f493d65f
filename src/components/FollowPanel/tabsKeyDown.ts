import type { KeyboardEvent } from 'react';

/**
 * The APG tabs keys for a horizontal tab list with automatic activation: ArrowRight / ArrowLeft
 * move (wrapping, and mirrored in right-to-left text), Home / End go to the ends. Returns the
 * handler for the tab list; `select` receives the index to select and focus.
 */
export function tabsKeyDown(count: number, current: number, select: (index: number) => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const rtl = isRightToLeft(event.currentTarget);
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === forward) next = (current + 1) % count;
    else if (event.key === backward) next = (current - 1 + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    select(next);
  };
}

function isRightToLeft(element: Element): boolean {
  try {
    return element.matches(':dir(rtl)');
  } catch {
    // Browsers without :dir() (before 2023).
    return getComputedStyle(element).direction === 'rtl';
  }
}

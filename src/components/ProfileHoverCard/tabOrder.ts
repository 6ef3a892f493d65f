const TABBABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable="true"]';

/** The elements of `root` that Tab stops at, in document order (positive tabindex aside). */
export function tabbablesIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      !(element instanceof HTMLInputElement && element.type === 'hidden') &&
      (element.checkVisibility?.() ?? true),
  );
}

/** The first element Tab stops at after `after` in its document, outside `skip`. */
export function nextTabbableAfter(after: Element, skip: Element): HTMLElement | undefined {
  return tabbablesIn(after.ownerDocument).find(
    (element) =>
      !skip.contains(element) &&
      !after.contains(element) &&
      (after.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
}

import { type ReactNode, useEffect } from 'react';

/** The size every element reports while a render is mounted (see `renderWithFollowKit`). */
export interface JsdomLayout {
  width: number;
  height: number;
}

const SIZE_PROPERTIES = ['clientWidth', 'clientHeight'] as const;
let mounted = 0;
let originals: Map<string, PropertyDescriptor | undefined> | undefined;

/** Whether this is jsdom, which lays nothing out: every element measures 0 × 0. */
function isJsdom(): boolean {
  return typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');
}

/**
 * Makes every element report `layout`'s size as `clientWidth` / `clientHeight` (what a
 * virtualizer reads), in jsdom only; returns the undo, which restores jsdom's getters once
 * every render that asked has gone. Before render, so the first measurement sees it.
 */
export function applyJsdomLayout(layout: JsdomLayout): () => void {
  if (!isJsdom()) return () => {};
  if (mounted === 0) {
    originals = new Map(
      SIZE_PROPERTIES.map((name) => [
        name,
        Object.getOwnPropertyDescriptor(Element.prototype, name),
      ]),
    );
  }
  mounted += 1;
  const sizes = { clientWidth: layout.width, clientHeight: layout.height };
  for (const name of SIZE_PROPERTIES) {
    Object.defineProperty(Element.prototype, name, {
      configurable: true,
      get: () => sizes[name],
    });
  }
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    mounted -= 1;
    if (mounted > 0) return;
    for (const name of SIZE_PROPERTIES) {
      const original = originals?.get(name);
      if (original) Object.defineProperty(Element.prototype, name, original);
      else delete (Element.prototype as unknown as Record<string, unknown>)[name];
    }
  };
}

/** Runs `effect` as an effect of the render it wraps: its cleanup runs at unmount (testing-library's cleanup included). */
export function MountEffect({
  effect,
  children,
}: {
  effect: () => () => void;
  children?: ReactNode;
}) {
  useEffect(effect, [effect]);
  return children;
}

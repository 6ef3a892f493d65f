import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on `container` and fails with each violation's rule, impact and offending
 * markup. Color contrast is left to the real-browser tier: jsdom has no layout or canvas, so
 * that rule could only ever report "incomplete" (and log canvas errors).
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const { violations } = await axe.run(container, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
  );
  expect(report).toEqual([]);
}

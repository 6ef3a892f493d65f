import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on `container` and fails with each violation's rule, impact and offending
 * markup. jsdom has no layout, so layout rules (color contrast) report "incomplete", never pass.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const { violations } = await axe.run(container, { resultTypes: ['violations'] });
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
  );
  expect(report).toEqual([]);
}

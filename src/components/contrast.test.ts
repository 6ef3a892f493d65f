import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio as contrast } from '../../test/contrast';

// Reads the palette from the shipped stylesheet, so a colour change cannot dodge the check.
const css = readFileSync(join(__dirname, '..', 'styles.css'), 'utf8');
const rootBlock = css.match(/:where\(:root\)\s*{([^}]*)}/)?.[1] ?? '';

function property(name: string, theme: 'light' | 'dark'): string {
  const value = rootBlock.match(new RegExp(`${name}:\\s*([^;]+);`))?.[1]?.trim();
  if (!value) throw new Error(`${name} is not defined on :root`);
  const pair = value.match(/^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i);
  if (pair) return (theme === 'light' ? pair[1] : pair[2]) as string;
  if (/^#[0-9a-f]{6}$/i.test(value)) return value;
  throw new Error(`${name} is neither a hex colour nor a light-dark() pair: ${value}`);
}

const themes = ['light', 'dark'] as const;

describe('palette contrast (WCAG AA)', () => {
  // Initials of a small avatar are 12.8 px at weight 600: small text, so 4.5:1, not 3:1.
  it.each(themes)('every avatar colour passes 4.5:1 against its initials (%s)', (theme) => {
    const text = property('--rfk-on-avatar', theme);
    const ratios = Array.from({ length: 8 }, (_, i) =>
      contrast(property(`--rfk-avatar-color-${i}`, theme), text),
    );
    expect(ratios.filter((ratio) => ratio < 4.5)).toEqual([]);
  });

  it.each(themes)('every follow button state passes 4.5:1 (%s)', (theme) => {
    const pairs: Array<[string, string, string]> = [
      ['solid Follow', '--rfk-on-accent', '--rfk-accent'],
      ['outline Follow', '--rfk-accent', '--rfk-bg'],
      ['ghost Follow', '--rfk-accent', '--rfk-accent-subtle'],
      ['Following', '--rfk-text', '--rfk-surface'],
      ['outline Following', '--rfk-text', '--rfk-bg'],
      ['confirm Unfollow', '--rfk-on-danger', '--rfk-danger'],
      ['muted text', '--rfk-text-muted', '--rfk-bg'],
    ];
    const failing = pairs
      .map(([what, fg, bg]) => ({
        what,
        ratio: contrast(property(fg, theme), property(bg, theme)),
      }))
      .filter(({ ratio }) => ratio < 4.5);
    expect(failing).toEqual([]);
  });

  it('a settled button edge is visible (3:1 against the page, WCAG 1.4.11)', () => {
    for (const theme of themes) {
      expect(
        contrast(property('--rfk-text-muted', theme), property('--rfk-bg', theme)),
      ).toBeGreaterThan(3);
    }
  });
});

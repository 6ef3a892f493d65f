import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const css = readFileSync(join(__dirname, '..', 'styles.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

describe('styles.css', () => {
  it('prefixes every class with rfk- and every custom property with --rfk-', () => {
    const classes = [...css.matchAll(/\.([a-zA-Z_][\w-]*)/g)].map((m) => m[1]);
    expect(classes.length).toBeGreaterThan(20);
    expect(classes.filter((name) => !name?.startsWith('rfk-'))).toEqual([]);
    const properties = [...css.matchAll(/(?<![\w-])(--[\w-]+)/g)].map((m) => m[1]);
    expect(properties.filter((name) => !name?.startsWith('--rfk-'))).toEqual([]);
  });

  it('uses logical properties only, so right-to-left layouts mirror', () => {
    const physical =
      /(^|[\s;{])(margin|padding|border)-(left|right|top|bottom)\b|(^|[\s;{])(left|right|top|bottom)\s*:|text-align:\s*(left|right)/m;
    expect(css).not.toMatch(physical);
  });

  it('has focus rings, reduced motion and ellipses', () => {
    expect(css).toContain(':focus-visible');
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(css).toContain('text-overflow: ellipsis');
  });

  it('writes the palette once, as light-dark() pairs chosen by the theme attribute', () => {
    expect(css).not.toContain('prefers-color-scheme');
    const colors = [
      ...css.matchAll(/(--rfk-(?:bg|surface|text|accent|danger)[\w-]*):\s*([^;]+);/g),
    ];
    expect(colors.length).toBeGreaterThanOrEqual(8);
    for (const [, name, value] of colors)
      expect({ name, value }).toMatchObject({ value: /^light-dark\(/ });
    const scheme = (theme: string) =>
      css.match(new RegExp(`\\[data-rfk-theme="${theme}"\\]\\s*{([^}]*)}`))?.[1] ?? '';
    expect(scheme('dark')).toMatch(/--rfk-color-scheme: dark;[\s\S]*color-scheme: dark;/);
    expect(scheme('auto')).toMatch(
      /--rfk-color-scheme: light dark;[\s\S]*color-scheme: light dark;/,
    );
    expect(scheme('light')).toMatch(/--rfk-color-scheme: light;/);
    // The default is light even inside an app whose own root is dark.
    expect(css).toMatch(/:where\(:root\)\s*{\s*--rfk-color-scheme: light;/);
    expect(css).toMatch(/\.rfk-list[^{]*{\s*color-scheme: var\(--rfk-color-scheme\);/);
  });
});

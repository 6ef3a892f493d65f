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

  it('has dark themes, focus rings and reduced motion', () => {
    expect(css).toContain('[data-rfk-theme="dark"]');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*{\s*\[data-rfk-theme="auto"\]/);
    expect(css).toContain(':focus-visible');
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(css).toContain('text-overflow: ellipsis');
  });
});

/** Circle colours of generated avatars, each at least 4.5:1 against their white initials. */
export const AVATAR_COLORS: readonly string[] = [
  '#b91c1c',
  '#c2410c',
  '#854d0e',
  '#15803d',
  '#0f766e',
  '#0369a1',
  '#1d4ed8',
  '#6d28d9',
  '#be185d',
  '#4b5563',
];

/**
 * Up to two initials: the first letter of the first two words that start with a letter.
 * Letters only, so the result is safe to put inside SVG markup unescaped.
 */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.match(/^\p{L}/u)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  return letters.slice(0, 2).join('').toUpperCase() || '?';
}

const cache = new Map<string, string>();

/**
 * An avatar as an SVG data URI: initials of `name` on a circle of one of ten colours, in the kit's avatar weight (600)
 * (`colorIndex` wraps). Identical avatars share one string, so 100,000 of them stay cheap.
 */
export function initialsAvatar(name: string, colorIndex: number): string {
  const initials = initialsOf(name);
  const color = AVATAR_COLORS[Math.abs(colorIndex) % AVATAR_COLORS.length] as string;
  const key = `${initials}|${color}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<circle cx="32" cy="32" r="32" fill="${color}"/>` +
    `<text x="32" y="32" dy=".35em" text-anchor="middle" fill="#fff" ` +
    `font-family="system-ui,sans-serif" font-size="26" font-weight="600">${initials}</text></svg>`;
  const uri = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  cache.set(key, uri);
  return uri;
}

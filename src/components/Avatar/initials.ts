// Made on first use, not at import: an app that never shows initials never builds one.
let segmenter: Intl.Segmenter | undefined;

function firstGrapheme(word: string): string {
  if (typeof Intl.Segmenter !== 'function') return Array.from(word)[0] ?? '';
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(word)) return segment;
  return '';
}

/** Punctuation and symbols before a word's first letter, digit or emoji ("<img" → "img"). */
const LEADING_NON_LETTERS = /^[^\p{L}\p{N}\p{Extended_Pictographic}]+/u;

/**
 * Up to two initials of `name`: the first grapheme (so an emoji or a combining mark stays
 * whole) of its first and last words. "Ada Lovelace" → "AL", "李雷" → "李".
 */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(LEADING_NON_LETTERS, ''))
    .filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return (firstGrapheme(first) + (last ? firstGrapheme(last) : '')).toLocaleUpperCase();
}

/** How many fallback colors the theme defines (`--rfk-avatar-color-0` … `-7`). */
export const AVATAR_COLOR_COUNT = 8;

/** A stable color slot for `userID` (FNV-1a), so a user keeps their color everywhere. */
export function colorIndexOf(userID: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userID.length; i++) {
    hash ^= userID.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AVATAR_COLOR_COUNT;
}

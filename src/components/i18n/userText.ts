/**
 * User-provided text (names, signatures) inside the kit's UI: when it counts as empty, how it
 * is isolated inside a message so that it cannot reorder the text around it, and how much of
 * it an accessible name carries.
 */

/** Placeholders whose values come from users, not from the catalog or the kit. */
export const USER_TEXT_PLACEHOLDERS: ReadonlySet<string> = new Set(['name']);

/** Characters that show nothing: whitespace, format characters (zero-width space, word
 * joiner, bidi controls…), combining marks without a base, and the blank fillers. */
const INVISIBLE = /[\s\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** `value` when it is a string with at least one visible character, else undefined. */
export function visibleText(value: unknown): string | undefined {
  return typeof value === 'string' && value.replace(INVISIBLE, '') !== '' ? value : undefined;
}

/** The name to show and speak for a user: the nick when it shows something, else the ID. */
export function displayNameOf(nick: unknown, userID: string): string {
  return visibleText(nick) ?? userID;
}

/**
 * Right-to-left letters (Unicode's right-to-left blocks: Hebrew to Arabic, their presentation
 * forms, and the historic and African scripts of planes 1) and explicit bidi controls. Where
 * neither the value nor its message has any, every character keeps its place whether isolated
 * or not, so plain names stay exactly as typed ("Follow back Alice") for apps' tests and for
 * assistive technology.
 */
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Whether `value` could reorder the message `template` around it (see {@link isolateUserText}). */
export function needsIsolation(value: string, template: string): boolean {
  return BIDI_SENSITIVE.test(value) || BIDI_SENSITIVE.test(template);
}

/** Isolate controls inside a value would close the isolate around it early. */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * `value` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069) when it
 * or the message `template` it goes into holds right-to-left text or bidi controls: a name
 * with a right-to-left override then cannot reorder the rest of the message.
 */
export function isolateUserText(value: string, template: string): string {
  if (!needsIsolation(value, template)) return value;
  return `\u2068${value.replace(ISOLATE_CONTROLS, '')}\u2069`;
}

/** Longest user text, in graphemes, that an accessible name carries. */
export const MAX_LABEL_TEXT = 64;

let segmenter: Intl.Segmenter | undefined;

/** `value` cut to {@link MAX_LABEL_TEXT} graphemes with an ellipsis, for accessible names. */
export function labelText(value: string, max = MAX_LABEL_TEXT): string {
  if (value.length <= max) return value;
  if (typeof Intl.Segmenter !== 'function') return `${Array.from(value).slice(0, max).join('')}…`;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let cut = '';
  let count = 0;
  for (const { segment } of segmenter.segment(value)) {
    if (count === max) return `${cut}…`;
    cut += segment;
    count += 1;
  }
  return cut;
}

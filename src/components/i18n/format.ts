import type { PluralMessage } from './messages';

/** Values for a message's `{placeholders}`. */
export type MessageValues = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Splits a template into text and placeholder names, in order. */
export function splitTemplate(template: string): Array<{ text: string } | { name: string }> {
  const parts: Array<{ text: string } | { name: string }> = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1] as string });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** Fills `{name}`-style placeholders; unknown ones stay as written so a typo is visible. */
export function interpolate(template: string, values: MessageValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The text of `message` for `count`: its plural category's form, else `other`. */
export function selectPlural(
  message: string | PluralMessage,
  count: number | undefined,
  rules: Intl.PluralRules,
): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  return message[rules.select(count)] ?? message.other;
}

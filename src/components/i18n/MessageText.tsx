import type { FollowTranslator } from './translator';
import { needsIsolation, USER_TEXT_PLACEHOLDERS } from './userText';

/**
 * A message rendered as rich text: user text (`{name}`) goes into a `<bdi>` wherever it could
 * reorder the sentence around it (right-to-left letters or direction controls in it or in the
 * message), and stays plain text otherwise, so `getByText("Couldn't follow Alice…")` works.
 */
export function MessageText({
  parts,
  values,
}: {
  /** The message's parts, from the component's translator: `parts('followFailed')`. */
  parts: ReturnType<FollowTranslator['parts']>;
  values: Record<string, string>;
}) {
  const template = parts.map((part) => ('text' in part ? part.text : '')).join('');
  const filled = parts.map((part, i) => {
    if ('text' in part) return part.text;
    const value = values[part.name] ?? `{${part.name}}`;
    return USER_TEXT_PLACEHOLDERS.has(part.name) && needsIsolation(value, template) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: a message's parts never reorder
      <bdi key={i} dir="auto">
        {value}
      </bdi>
    ) : (
      value
    );
  });
  // Adjacent strings as one text node, as the plain message would be.
  return filled.every((part) => typeof part === 'string') ? filled.join('') : filled;
}

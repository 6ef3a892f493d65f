'use client';

import { useFollowMessages } from './FollowMessagesProvider';
import type { FollowMessageKey } from './translator';
import { needsIsolation, USER_TEXT_PLACEHOLDERS } from './userText';

/**
 * A message rendered as rich text: user text (`{name}`) goes into a `<bdi>` wherever it could
 * reorder the sentence around it (right-to-left letters or direction controls in it or in the
 * message), and stays plain text otherwise, so `getByText("Couldn't follow Alice…")` works.
 */
export function MessageText({
  id,
  values,
}: {
  id: FollowMessageKey;
  values: Record<string, string>;
}) {
  const parts = useFollowMessages().parts(id);
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

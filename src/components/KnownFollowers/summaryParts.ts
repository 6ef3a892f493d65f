import type { FollowTranslator } from '../i18n/translator';

/** A piece of the sentence: the catalog's text, or a user's name (to isolate for bidi). */
export type SummaryPart = { text: string } | { userText: string };

/**
 * How many names the sentence shows: all when they fit in `limit`, else one fewer than the
 * avatars so that "and N others" takes the last place (at least one name).
 */
export function namedCount(total: number, limit: number): number {
  return total <= limit ? total : Math.max(1, limit - 1);
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormatFor(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format;
}

/**
 * "Followed by Alice, Bob, and 3 others you follow" as parts: the names joined the locale's
 * way (`Intl.ListFormat`), "N others" last when not every name is shown.
 */
export function knownFollowersSummary(
  translator: FollowTranslator,
  names: readonly string[],
  total: number,
): SummaryPart[] {
  const others = total - names.length;
  const items =
    others > 0 ? [...names, translator.t('knownFollowersOthers', { count: others })] : [...names];
  let element = 0;
  const list = listFormatFor(translator.locale)
    .formatToParts(items)
    .map((part): SummaryPart => {
      if (part.type !== 'element') return { text: part.value };
      return element++ < names.length ? { userText: part.value } : { text: part.value };
    });
  return translator
    .parts('knownFollowersSummary')
    .flatMap((part) =>
      'text' in part ? [part] : part.name === 'names' ? list : [{ text: `{${part.name}}` }],
    );
}

import { catalogFor, type FollowCatalogs } from './catalogs';
import { interpolate, type MessageValues, selectPlural, splitTemplate } from './format';
import type { FollowMessages } from './messages';
import { formatCompactNumber, formatNumber, supportedLocale } from './numbers';
import { isolateUserText, USER_TEXT_PLACEHOLDERS } from './userText';

/** A message key of {@link FollowMessages}. */
export type FollowMessageKey = keyof FollowMessages;

/** Texts and number formats for one locale, as the components use them. */
export interface FollowTranslator {
  /** The locale numbers are formatted for (a valid BCP 47 tag). */
  locale: string;
  /**
   * The merged catalog: English ← the locale's catalog (if handed in) ← the overrides. In a
   * component's translator, English is only that component's part.
   */
  messages: FollowMessages;
  /**
   * The message `key` with its placeholders filled. A numeric `count` picks the plural form
   * and is shown formatted for the locale ("1,999"); pass `countText` to show another text
   * (a compact "1.9K") while still choosing the form by `count`. User text (`{name}`) is
   * isolated (U+2068 … U+2069) wherever it could reorder the message around it.
   */
  t(key: FollowMessageKey, values?: MessageValues & { countText?: string }): string;
  /**
   * Like `t`, split around the placeholders so they can be wrapped in markup: each part is
   * literal text or the name of a placeholder.
   */
  parts(key: FollowMessageKey, count?: number): Array<{ text: string } | { name: string }>;
  /** 1999 → "1,999" for the locale. */
  formatNumber(value: number): string;
  /** 1999 → "1.9K" for the locale (truncated, never rounded up). */
  formatCompact(value: number): string;
}

/**
 * What a provider resolves for its locale: the number locale, plural rules, and the handed-in
 * catalog under the overrides. English is not part of it: each component brings its own.
 */
export interface FollowLocaleMessages {
  locale: string;
  rules: Intl.PluralRules;
  messages: Partial<FollowMessages>;
}

/** Resolves `locale`: the catalog of `catalogs` for it (see {@link catalogFor}), then `overrides`. */
export function resolveLocaleMessages(
  locale: string,
  overrides?: Partial<FollowMessages>,
  catalogs?: FollowCatalogs,
): FollowLocaleMessages {
  const numberLocale = supportedLocale(locale);
  return {
    locale: numberLocale,
    rules: new Intl.PluralRules(numberLocale),
    messages: { ...catalogFor(numberLocale, catalogs), ...overrides },
  };
}

/**
 * The translator of a resolved locale over `english`, the fallback for the messages the
 * locale lacks. A key neither has shows as its own name.
 */
export function bindTranslator(
  resolved: FollowLocaleMessages,
  english: Partial<FollowMessages>,
): FollowTranslator {
  const { locale, rules } = resolved;
  const messages = { ...english, ...resolved.messages } as FollowMessages;
  const templateOf = (key: FollowMessageKey, count: number | undefined) =>
    selectPlural(messages[key] ?? key, count, rules);
  return {
    locale,
    messages,
    t(key, values = {}) {
      const { countText, ...rest } = values;
      const count = typeof rest.count === 'number' ? rest.count : undefined;
      const shown = countText ?? (count === undefined ? rest.count : formatNumber(locale, count));
      const template = templateOf(key, count);
      const filled: MessageValues = shown === undefined ? rest : { ...rest, count: shown };
      for (const name of USER_TEXT_PLACEHOLDERS) {
        const value = filled[name];
        if (typeof value === 'string') filled[name] = isolateUserText(value, template);
      }
      return interpolate(template, filled);
    },
    parts: (key, count) => splitTemplate(templateOf(key, count)),
    formatNumber: (value) => formatNumber(locale, value),
    formatCompact: (value) => formatCompactNumber(locale, value),
  };
}

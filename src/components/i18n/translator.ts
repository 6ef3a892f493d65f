import { catalogFor, type FollowCatalogs } from './catalogs';
import { interpolate, type MessageValues, selectPlural, splitTemplate } from './format';
import { en, type FollowMessages } from './messages';
import { formatCompactNumber, formatNumber, supportedLocale } from './numbers';
import { isolateUserText, USER_TEXT_PLACEHOLDERS } from './userText';

/** A message key of {@link FollowMessages}. */
export type FollowMessageKey = keyof FollowMessages;

/** Texts and number formats for one locale, as the components use them. */
export interface FollowTranslator {
  /** The locale numbers are formatted for (a valid BCP 47 tag). */
  locale: string;
  /** The merged catalog: English ← the locale's catalog (if handed in) ← the overrides. */
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
 * Builds the translator for `locale`: English, then the catalog of `catalogs` for the locale
 * (see {@link catalogFor}), then `overrides`.
 */
export function createFollowTranslator(
  locale: string,
  overrides?: Partial<FollowMessages>,
  catalogs?: FollowCatalogs,
): FollowTranslator {
  const numberLocale = supportedLocale(locale);
  const messages: FollowMessages = {
    ...en,
    ...catalogFor(numberLocale, catalogs),
    ...overrides,
  };
  const rules = new Intl.PluralRules(numberLocale);
  const templateOf = (key: FollowMessageKey, count: number | undefined) =>
    selectPlural(messages[key], count, rules);
  return {
    locale: numberLocale,
    messages,
    t(key, values = {}) {
      const { countText, ...rest } = values;
      const count = typeof rest.count === 'number' ? rest.count : undefined;
      const shown =
        countText ?? (count === undefined ? rest.count : formatNumber(numberLocale, count));
      const template = templateOf(key, count);
      const filled: MessageValues = shown === undefined ? rest : { ...rest, count: shown };
      for (const name of USER_TEXT_PLACEHOLDERS) {
        const value = filled[name];
        if (typeof value === 'string') filled[name] = isolateUserText(value, template);
      }
      return interpolate(template, filled);
    },
    parts: (key, count) => splitTemplate(templateOf(key, count)),
    formatNumber: (value) => formatNumber(numberLocale, value),
    formatCompact: (value) => formatCompactNumber(numberLocale, value),
  };
}

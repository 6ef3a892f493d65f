const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${compact}`;
  let format = cache.get(key);
  if (!format) {
    // Truncating: "1.9K" for 1,999 never claims a follower that does not exist.
    const options: Intl.NumberFormatOptions = compact
      ? { notation: 'compact', roundingMode: 'trunc' }
      : {};
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** A locale the `Intl` APIs accept: `locale` when valid, else 'en'. */
export function supportedLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The full number for the locale: 1999 → "1,999". */
export function formatNumber(locale: string, value: number): string {
  return formatter(locale, false).format(value);
}

/** The compact number for the locale, truncated: 1999 → "1.9K", 19999 in zh-CN → "1.9万". */
export function formatCompactNumber(locale: string, value: number): string {
  return formatter(locale, true).format(value);
}

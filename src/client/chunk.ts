/**
 * Splits a list into consecutive slices of at most `size` items, keeping order: the REST API
 * caps IDs per call (20 or 100), so longer lists go out as several calls.
 *
 * @example chunk(['a', 'b', 'c'], 2) // [['a', 'b'], ['c']]
 * @throws RangeError when `size` is not a positive integer.
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  }
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    slices.push(items.slice(start, start + size));
  }
  return slices;
}

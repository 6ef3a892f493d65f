/**
 * Joins the kit's class (dropped when `unstyled`) with the consumer's `className`.
 *
 * @example classNames('rfk-avatar', unstyled, className)
 */
export function classNames(
  kitClass: string,
  unstyled: boolean | undefined,
  className?: string,
): string | undefined {
  const joined = [unstyled ? undefined : kitClass, className].filter(Boolean).join(' ');
  return joined || undefined;
}

/** The kit's class of a part, or none when `unstyled`. */
export function partClass(kitClass: string, unstyled: boolean | undefined): string | undefined {
  return unstyled ? undefined : kitClass;
}

/** A boolean as a present-or-absent `data-*` attribute. */
export function dataFlag(on: boolean): '' | undefined {
  return on ? '' : undefined;
}

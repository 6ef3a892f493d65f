import type { SyntheticEvent } from 'react';

/**
 * Runs the consumer's handler first, then the kit's unless the consumer called
 * `event.preventDefault()`.
 */
export function composeEventHandlers<E extends SyntheticEvent>(
  consumer: ((event: E) => void) | undefined,
  internal: (event: E) => void,
): (event: E) => void {
  return (event) => {
    consumer?.(event);
    if (!event.defaultPrevented) internal(event);
  };
}

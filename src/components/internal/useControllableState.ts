'use client';

import { useCallback, useState } from 'react';

/**
 * A value that is controlled when `value` is given and internal otherwise; `onChange` is
 * called on every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;
  const setValue = useCallback(
    (next: T) => {
      if (!controlled) setInternal(next);
      if (next !== current) onChange?.(next);
    },
    [controlled, current, onChange],
  );
  return [current, setValue];
}

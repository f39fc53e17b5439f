import { useCallback, useRef, useState } from 'react';

/**
 * One controllable-state helper used by every component (the Radix pattern):
 * when `value` is not `undefined` the host controls the state and the component
 * only calls `onChange`; otherwise the component keeps it, starting at `defaultValue`.
 */
export function useControllableState<T, A extends unknown[] = []>(options: {
  value: T | undefined;
  defaultValue: T | (() => T);
  onChange?: ((value: T, ...extra: A) => void) | undefined;
}): [T, (next: T, ...extra: A) => void] {
  const { value, defaultValue, onChange } = options;
  const [internal, setInternal] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const setValue = useCallback(
    (next: T, ...extra: A) => {
      if (!controlled) setInternal(next);
      onChangeRef.current?.(next, ...extra);
    },
    [controlled],
  );
  return [current, setValue];
}

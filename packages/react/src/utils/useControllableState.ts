import { useCallback, useRef, useState } from 'react';

/**
 * What a `KringLinkProvider` shares for one piece of state (the selected person, the
 * selected event, the date): its value and setter, and which values it may carry here.
 */
export interface LinkedValue<T> {
  value: T;
  set: (value: T) => void;
  /**
   * Which values this view shares with the link (default: all): the Ecogram shares a selected
   * person, not a selected tie, and follows the link only to someone on its own map.
   */
  shares?: (value: T) => boolean;
}

/**
 * One controllable-state helper used by every component (the Radix pattern), with the link:
 * - **controlled** when `value` is not `undefined` (also `null`): the host holds the state and
 *   the component only calls `onChange`;
 * - else **linked** when `link` is given (inside a `KringLinkProvider`): the component keeps
 *   its own value, follows every change of the link's value that it shares, and hands its own
 *   changes to the link (those it shares) and to `onChange`;
 * - else **kept**: the component keeps it, starting at `defaultValue`.
 * A linked view starts at `defaultValue`, or at the link's value when no default is given.
 */
export function useControllableState<T, A extends unknown[] = []>(options: {
  value: T | undefined;
  defaultValue: T | (() => T);
  onChange?: ((value: T, ...extra: A) => void) | undefined;
  link?: LinkedValue<T> | null;
  /** The default was given by the host (a linked view then starts there, not at the link's value). */
  hasDefault?: boolean;
}): [T, (next: T, ...extra: A) => void] {
  const { value, defaultValue, onChange } = options;
  const controlled = value !== undefined;
  const link = controlled ? null : (options.link ?? null);
  const shares = (v: T): boolean => link?.shares?.(v) ?? true;
  const [internal, setInternal] = useState<T>(() =>
    link && !options.hasDefault && shares(link.value) ? link.value : typeof defaultValue === 'function' ? (defaultValue as () => T)() : defaultValue,
  );
  // Follow the link: when its value changes (another view picked someone), adopt it if shared.
  // State adjusted while rendering (React's pattern for "reset on prop change"), no effect pass.
  const [seen, setSeen] = useState<{ value: T } | null>(link ? { value: link.value } : null);
  if (link && (!seen || !Object.is(seen.value, link.value))) {
    setSeen({ value: link.value });
    if (shares(link.value) && !Object.is(internal, link.value)) setInternal(link.value);
  }
  const current = controlled ? value : internal;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const linkRef = useRef(link);
  linkRef.current = link;
  const setValue = useCallback(
    (next: T, ...extra: A) => {
      if (!controlled) setInternal(next);
      const l = linkRef.current;
      if (l && (l.shares?.(next) ?? true)) l.set(next);
      onChangeRef.current?.(next, ...extra);
    },
    [controlled],
  );
  return [current, setValue];
}

/**
 * usePrintOnlyValue: a part drawn for paper only follows changes when the browser is idle,
 * when printing starts, or when an export asks (flush) — and at once when the screen shows it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { usePrintOnlyValue } from '../src/paper/usePrintOnly';

describe('usePrintOnlyValue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // A browser where printing can be noticed (jsdom has no matchMedia).
    window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('keeps the last value until idle, then follows', () => {
    const { result, rerender } = renderHook(({ v }) => usePrintOnlyValue(v, false), { initialProps: { v: 'a' } });
    rerender({ v: 'b' });
    expect(result.current.value).toBe('a');
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(result.current.value).toBe('b');
  });

  it('follows at once when printing starts, and when flushed (an export)', () => {
    const { result, rerender } = renderHook(({ v }) => usePrintOnlyValue(v, false), { initialProps: { v: 1 } });
    rerender({ v: 2 });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(result.current.value).toBe(2);
    rerender({ v: 3 });
    expect(result.current.value).toBe(2);
    act(() => result.current.flush());
    expect(result.current.value).toBe(3);
  });

  it('is the value itself while the screen shows the part', () => {
    const { result, rerender } = renderHook(({ v }) => usePrintOnlyValue(v, true), { initialProps: { v: 'x' } });
    rerender({ v: 'y' });
    expect(result.current.value).toBe('y');
  });
});

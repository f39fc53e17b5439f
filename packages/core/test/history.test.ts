import { describe, expect, it, vi } from 'vitest';
import {
  createHistory, initHistoryState, pushHistoryState, redoHistoryState, undoHistoryState,
} from '../src/history';

/** A hand-cranked clock. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('createHistory: undo and redo', () => {
  it('starts with nothing to undo or redo', () => {
    const h = createHistory('a');
    expect(h.present).toBe('a');
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe('a');
    expect(h.redo()).toBe('a');
  });

  it('undoes and redoes each push in order', () => {
    const h = createHistory('a');
    h.push('b');
    h.push('c');
    expect(h.present).toBe('c');
    expect(h.canUndo).toBe(true);
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(true);
    expect(h.redo()).toBe('b');
    expect(h.redo()).toBe('c');
    expect(h.canRedo).toBe(false);
  });

  it('returns to the very same object', () => {
    const first = { n: 1 };
    const second = { n: 2 };
    const h = createHistory(first);
    h.push(second);
    expect(h.undo()).toBe(first);
    expect(h.redo()).toBe(second);
  });

  it('drops the redo branch when something new is pushed after an undo', () => {
    const h = createHistory('a');
    h.push('b');
    h.push('c');
    h.undo();
    h.push('d');
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBe('d');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
  });

  it('ignores a push of the object that is already present', () => {
    const value = { n: 1 };
    const h = createHistory(value);
    const listener = vi.fn();
    h.subscribe(listener);
    h.push(value);
    expect(h.canUndo).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });

  it('treats an equal but different object as a change', () => {
    const h = createHistory({ n: 1 });
    h.push({ n: 1 });
    expect(h.canUndo).toBe(true);
  });

  it('reset forgets every step', () => {
    const h = createHistory('a');
    h.push('b');
    h.push('c');
    h.undo();
    h.reset('z');
    expect(h.present).toBe('z');
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(false);
  });
});

describe('createHistory: limit', () => {
  it('keeps 100 steps by default and drops the oldest', () => {
    const h = createHistory(0);
    for (let i = 1; i <= 150; i++) h.push(i);
    let undone = 0;
    while (h.canUndo) {
      h.undo();
      undone++;
    }
    expect(undone).toBe(100);
    expect(h.present).toBe(50);
  });

  it('honours a custom limit', () => {
    const h = createHistory('a', { limit: 2 });
    h.push('b');
    h.push('c');
    h.push('d');
    expect(h.undo()).toBe('c');
    expect(h.undo()).toBe('b');
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toBe('c');
    expect(h.redo()).toBe('d');
  });

  it('keeps no steps with limit 0, and treats nonsense limits sanely', () => {
    const none = createHistory('a', { limit: 0 });
    none.push('b');
    expect(none.canUndo).toBe(false);
    expect(none.present).toBe('b');
    const negative = createHistory('a', { limit: -5 });
    negative.push('b');
    expect(negative.canUndo).toBe(false);
    const nan = createHistory(0, { limit: Number.NaN });
    for (let i = 1; i <= 101; i++) nan.push(i);
    expect(nan.state.past).toHaveLength(100);
  });
});

describe('createHistory: coalescing', () => {
  it('merges pushes with the same key within the window into one undo step', () => {
    const c = clock();
    const h = createHistory('start', { now: c.now });
    h.push('drag-1', { coalesceKey: 'drag:p-1' });
    c.advance(300);
    h.push('drag-2', { coalesceKey: 'drag:p-1' });
    c.advance(300);
    h.push('drag-3', { coalesceKey: 'drag:p-1' });
    expect(h.present).toBe('drag-3');
    expect(h.undo()).toBe('start');
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toBe('drag-3');
  });

  it('measures the window from the previous push, so a long steady drag stays one step', () => {
    const c = clock();
    const h = createHistory(0, { now: c.now, coalesceMs: 1000 });
    for (let i = 1; i <= 10; i++) {
      h.push(i, { coalesceKey: 'drag' });
      c.advance(900);
    }
    expect(h.undo()).toBe(0);
    expect(h.canUndo).toBe(false);
  });

  it('includes a push exactly at the window edge and starts a new step after it', () => {
    const c = clock();
    const h = createHistory('a', { now: c.now, coalesceMs: 500 });
    h.push('b', { coalesceKey: 'k' });
    c.advance(500);
    h.push('c', { coalesceKey: 'k' });
    c.advance(501);
    h.push('d', { coalesceKey: 'k' });
    expect(h.undo()).toBe('c');
    expect(h.undo()).toBe('a');
  });

  it('does not merge different keys, unkeyed pushes, or across an undo', () => {
    const c = clock();
    const h = createHistory('a', { now: c.now });
    h.push('b', { coalesceKey: 'x' });
    h.push('c', { coalesceKey: 'y' });
    h.push('d');
    h.push('e');
    h.push('f', { coalesceKey: 'y' });
    expect([h.undo(), h.undo(), h.undo(), h.undo(), h.undo()]).toEqual(['e', 'd', 'c', 'b', 'a']);

    const g = createHistory('a', { now: c.now });
    g.push('b', { coalesceKey: 'k' });
    g.undo();
    g.push('c', { coalesceKey: 'k' });
    g.push('d', { coalesceKey: 'k' });
    expect(g.undo()).toBe('a');
    expect(g.canRedo).toBe(true);
    expect(g.redo()).toBe('d');
  });

  it('does not merge when the clock runs backwards', () => {
    const c = clock();
    const h = createHistory('a', { now: c.now });
    h.push('b', { coalesceKey: 'k' });
    c.advance(-10);
    h.push('c', { coalesceKey: 'k' });
    expect(h.undo()).toBe('b');
  });

  it('a merged step still respects the limit', () => {
    const c = clock();
    const h = createHistory(0, { now: c.now, limit: 1 });
    h.push(1);
    h.push(2, { coalesceKey: 'k' });
    h.push(3, { coalesceKey: 'k' });
    expect(h.undo()).toBe(1);
    expect(h.canUndo).toBe(false);
  });
});

describe('createHistory: subscribe', () => {
  it('notifies on push, undo, redo and reset, and stops after unsubscribe', () => {
    const h = createHistory('a');
    const listener = vi.fn();
    const off = h.subscribe(listener);
    h.push('b');
    h.undo();
    h.redo();
    h.reset('c');
    expect(listener).toHaveBeenCalledTimes(4);
    off();
    h.push('d');
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('does not notify when nothing changed', () => {
    const h = createHistory('a');
    const listener = vi.fn();
    h.subscribe(listener);
    h.undo();
    h.redo();
    h.reset('a');
    expect(listener).not.toHaveBeenCalled();
  });

  it('lets a listener read the new state', () => {
    const h = createHistory('a');
    const seen: string[] = [];
    h.subscribe(() => seen.push(`${h.present}:${h.canUndo}:${h.canRedo}`));
    h.push('b');
    h.undo();
    expect(seen).toEqual(['b:true:false', 'a:false:true']);
  });

  it('notifies on a merged push too', () => {
    const c = clock();
    const h = createHistory('a', { now: c.now });
    const listener = vi.fn();
    h.subscribe(listener);
    h.push('b', { coalesceKey: 'k' });
    h.push('c', { coalesceKey: 'k' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps every subscription separate and survives unsubscribing during a notification', () => {
    const h = createHistory('a');
    const listener = vi.fn();
    const offA = h.subscribe(listener);
    h.subscribe(listener);
    const offSelf: { off?: () => void } = {};
    const once = vi.fn(() => offSelf.off?.());
    offSelf.off = h.subscribe(once);
    h.push('b');
    expect(listener).toHaveBeenCalledTimes(2);
    offA();
    offA();
    h.push('c');
    expect(listener).toHaveBeenCalledTimes(3);
    expect(once).toHaveBeenCalledTimes(1);
  });

  it('tells every listener even when one throws, then rethrows; the change stands', () => {
    const h = createHistory('a');
    const after = vi.fn();
    h.subscribe(() => {
      throw new Error('host bug');
    });
    h.subscribe(after);
    expect(() => h.push('b')).toThrow('host bug');
    expect(after).toHaveBeenCalledTimes(1);
    expect(h.present).toBe('b');
  });

  it('gives a new state snapshot on every change and the same one otherwise', () => {
    const h = createHistory('a');
    const s0 = h.state;
    expect(h.state).toBe(s0);
    h.push('b');
    const s1 = h.state;
    expect(s1).not.toBe(s0);
    h.redo();
    expect(h.state).toBe(s1);
  });
});

describe('pure history helpers', () => {
  it('never change the state they are given', () => {
    const s0 = Object.freeze(initHistoryState('a'));
    const s1 = pushHistoryState(s0, 'b');
    const s2 = undoHistoryState(s1);
    const s3 = redoHistoryState(s2);
    expect(s0).toEqual({ past: [], present: 'a', future: [] });
    expect(s1).toEqual({ past: ['a'], present: 'b', future: [] });
    expect(s2).toEqual({ past: [], present: 'a', future: ['b'] });
    expect(s3).toEqual(s1);
    expect(pushHistoryState(s1, 'b')).toBe(s1);
    expect(undoHistoryState(s0)).toBe(s0);
    expect(redoHistoryState(s0)).toBe(s0);
  });

  it('coalesce with an explicit time', () => {
    const s1 = pushHistoryState(initHistoryState(0), 1, { coalesceKey: 'k', at: 10 });
    const s2 = pushHistoryState(s1, 2, { coalesceKey: 'k', at: 20, coalesceMs: 10 });
    expect(s2.past).toEqual([0]);
    const s3 = pushHistoryState(s2, 3, { coalesceKey: 'k', at: 31, coalesceMs: 10 });
    expect(s3.past).toEqual([0, 2]);
  });
});

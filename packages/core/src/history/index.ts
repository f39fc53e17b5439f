/**
 * Undo / redo history for any immutable value (a {@link Network} in practice).
 *
 * Framework-free: {@link createHistory} returns a small store with `subscribe`, which fits
 * React's `useSyncExternalStore`, Vue refs, Svelte stores or plain callbacks alike.
 * The store is a thin stateful wrapper around the pure functions below
 * ({@link pushHistoryState}, {@link undoHistoryState}, {@link redoHistoryState}); there is
 * one implementation of the rules, usable both ways.
 *
 * @packageDocumentation
 */

import type { Network } from '../model/types';

/** The default maximum number of undo steps kept. */
export const DEFAULT_HISTORY_LIMIT = 100;
/** The default window (milliseconds) in which pushes with the same coalesce key merge. */
export const DEFAULT_COALESCE_MS = 1000;

/**
 * An immutable snapshot of an undo history. Every change produces a new object, so the
 * snapshot itself can serve as a cheap change marker.
 */
export interface HistoryState<T> {
  /** Earlier values, oldest first; the last one is what `undo` returns to. */
  readonly past: readonly T[];
  /** The current value. */
  readonly present: T;
  /** Undone values, the next one to redo last. */
  readonly future: readonly T[];
  /**
   * The coalesce key and time of the last push, while further pushes may still merge into
   * it. Cleared by undo, redo and reset.
   */
  readonly lastPush?: { readonly key: string; readonly at: number };
}

/** Options for {@link pushHistoryState}. */
export interface PushStateOptions {
  /** Pushes with the same key within `coalesceMs` of the previous push form one undo step. */
  coalesceKey?: string;
  /** The time of this push in milliseconds (only compared with earlier pushes). */
  at?: number;
  /** Maximum number of undo steps kept; the oldest are dropped. Default {@link DEFAULT_HISTORY_LIMIT}. */
  limit?: number;
  /** The coalescing window in milliseconds. Default {@link DEFAULT_COALESCE_MS}. */
  coalesceMs?: number;
}

/** Options for {@link createHistory}. */
export interface HistoryOptions {
  /** Maximum number of undo steps kept; the oldest are dropped. Default 100. `0` keeps none. */
  limit?: number;
  /**
   * Pushes with the same `coalesceKey` less than or exactly this many milliseconds after the
   * previous push merge into one undo step (e.g. the many moves of one drag). Default 1000.
   */
  coalesceMs?: number;
  /** The clock, injectable for tests. Default `Date.now`. */
  now?: () => number;
}

/** Options for {@link History.push}. */
export interface PushOptions {
  /**
   * Consecutive pushes with the same key, each within `coalesceMs` of the previous one, are
   * one undo step: undo returns to the value before the first of them.
   */
  coalesceKey?: string;
}

/** A framework-free undo/redo store. */
export interface History<T> {
  /** The current value. */
  readonly present: T;
  /** Whether {@link History.undo} would change anything. */
  readonly canUndo: boolean;
  /** Whether {@link History.redo} would change anything. */
  readonly canRedo: boolean;
  /**
   * The whole immutable state; a new object after every change (a stable snapshot for
   * `useSyncExternalStore`). Additive to the agreed API.
   */
  readonly state: HistoryState<T>;
  /**
   * Make `next` the present. Drops the redo branch; drops the oldest step beyond `limit`.
   * Pushing the very object that is already present does nothing.
   */
  push(next: T, options?: PushOptions): void;
  /** Step back; returns the new present (unchanged when there is nothing to undo). */
  undo(): T;
  /** Step forward again; returns the new present (unchanged when there is nothing to redo). */
  redo(): T;
  /** Replace the present and forget all undo and redo steps (e.g. after loading another network). */
  reset(present: T): void;
  /** Call `listener` after every change. Returns a function that unsubscribes. */
  subscribe(listener: () => void): () => void;
}

/** A network history, the usual case. */
export type NetworkHistory = History<Network>;

function sanitizeLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_HISTORY_LIMIT;
  if (limit === Infinity) return Infinity;
  return Math.max(0, Math.floor(limit));
}

function sanitizeMs(ms: number | undefined): number {
  if (ms === undefined || Number.isNaN(ms)) return DEFAULT_COALESCE_MS;
  return Math.max(0, ms);
}

/** A fresh history state holding only `present`. */
export function initHistoryState<T>(present: T): HistoryState<T> {
  return { past: [], present, future: [] };
}

/**
 * Pure push: the state after making `next` the present. Returns `state` itself when `next`
 * is the present already (so nothing changed).
 */
export function pushHistoryState<T>(state: HistoryState<T>, next: T, options: PushStateOptions = {}): HistoryState<T> {
  if (Object.is(next, state.present)) return state;
  const limit = sanitizeLimit(options.limit);
  const coalesceMs = sanitizeMs(options.coalesceMs);
  const at = typeof options.at === 'number' && !Number.isNaN(options.at) ? options.at : 0;
  const key = typeof options.coalesceKey === 'string' ? options.coalesceKey : undefined;
  const last = state.lastPush;
  const lastPush = key === undefined ? undefined : { key, at };
  // Merge into the step the previous push started: replace the present, keep the past.
  if (key !== undefined && last && last.key === key && at >= last.at && at - last.at <= coalesceMs && state.future.length === 0) {
    return { past: state.past, present: next, future: [], lastPush };
  }
  let past = [...state.past, state.present];
  if (past.length > limit) past = past.slice(past.length - limit);
  return lastPush ? { past, present: next, future: [], lastPush } : { past, present: next, future: [] };
}

/** Pure undo: one step back, or `state` itself when there is nothing to undo. */
export function undoHistoryState<T>(state: HistoryState<T>): HistoryState<T> {
  if (state.past.length === 0) return state;
  const past = state.past.slice(0, -1);
  const present = state.past[state.past.length - 1] as T;
  return { past, present, future: [...state.future, state.present] };
}

/** Pure redo: one step forward, or `state` itself when there is nothing to redo. */
export function redoHistoryState<T>(state: HistoryState<T>): HistoryState<T> {
  if (state.future.length === 0) return state;
  const future = state.future.slice(0, -1);
  const present = state.future[state.future.length - 1] as T;
  return { past: [...state.past, state.present], present, future };
}

/**
 * Create an undo/redo store. Not tied to any framework.
 *
 * ```ts
 * const history = createHistory(network);
 * history.push(addPerson(history.present, { name: 'Latifa', kind: 'person' }).network);
 * history.undo();
 * ```
 */
export function createHistory<T>(initial: T, options: HistoryOptions = {}): History<T> {
  const limit = sanitizeLimit(options.limit);
  const coalesceMs = sanitizeMs(options.coalesceMs);
  const now = typeof options.now === 'function' ? options.now : Date.now;
  let state = initHistoryState(initial);
  const listeners = new Set<() => void>();

  function commit(next: HistoryState<T>): void {
    if (next === state) return;
    state = next;
    let failure: { error: unknown } | undefined;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        // Every listener still hears of the change; the first failure is rethrown afterwards.
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }

  return {
    get present() {
      return state.present;
    },
    get canUndo() {
      return state.past.length > 0;
    },
    get canRedo() {
      return state.future.length > 0;
    },
    get state() {
      return state;
    },
    push(next, pushOptions) {
      if (Object.is(next, state.present)) return;
      commit(pushHistoryState(state, next, { coalesceKey: pushOptions?.coalesceKey, at: now(), limit, coalesceMs }));
    },
    undo() {
      commit(undoHistoryState(state));
      return state.present;
    },
    redo() {
      commit(redoHistoryState(state));
      return state.present;
    },
    reset(present) {
      if (Object.is(present, state.present) && state.past.length === 0 && state.future.length === 0 && !state.lastPush) return;
      commit(initHistoryState(present));
    },
    subscribe(listener) {
      if (typeof listener !== 'function') return () => {};
      // Wrap so that subscribing the same function twice gives two independent subscriptions.
      const entry = () => listener();
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
  };
}

/**
 * The network a view shows, read the same way by every view.
 *
 * The host owns the data: `network` + `onChange` (controlled) or `defaultNetwork`
 * (uncontrolled, the view keeps its own copy). Whatever comes in is read with core's
 * `parseNetwork` — the same rules for the Ecogram, the Lifeline and every later view — and a
 * network the view made itself (an edit it committed), or that a host got from one of Kring's
 * operations (`isMadeByKring`), is trusted without reading it again.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isMadeByKring, issue, parseNetwork, shareUnchanged, type Network, type ParseResult } from '@kring/core';
import { useControllableState } from '../utils/useControllableState';

/** Networks made by a view's own edits: valid by construction, not parsed again. */
const trusted = new WeakSet<object>();

/** The data props every view shares. */
export interface NetworkSourceProps<C> {
  /** The network to show (controlled): the view calls `onChange` and shows what the host passes back. */
  network?: Network | undefined;
  /** The network to start from (uncontrolled): the view keeps its edits itself. */
  defaultNetwork?: Network | undefined;
  /** Called with the new network and what changed, after every edit, undo and redo. */
  onChange?: ((next: Network, change: C) => void) | undefined;
}

/** What {@link useNetworkSource} returns. */
export interface NetworkSource<C> {
  /** The network read with `parseNetwork` (or its errors). */
  parsed: ParseResult;
  /** What the host passed (or the view keeps): the key to reset an error boundary on. */
  source: Network | undefined;
  /** Hand an edited network to the host (and keep it when uncontrolled). */
  commit: (next: Network, change: C) => void;
}

/**
 * Read the view's network: controlled or uncontrolled, parsed with `parseNetwork`, and —
 * after an edit by the host — sharing the identity of unchanged people and ties with the
 * network shown before (`shareUnchanged`), so one edit redraws one node, not all of them.
 * `fallback` (a constant, shown as it is) is used when neither `network` nor `defaultNetwork` is given.
 * @internal
 */
export function useNetworkSource<C>(props: NetworkSourceProps<C>, fallback?: Network): NetworkSource<C> {
  const onChangeProp = props.onChange;
  const [source, setSource] = useControllableState<Network | undefined, [C]>({
    value: props.network,
    defaultValue: () => props.defaultNetwork ?? fallback,
    onChange: onChangeProp ? (next, change) => next && onChangeProp(next, change) : undefined,
  });
  const [lastShown] = useState(() => ({ current: null as Network | null }));
  const parsed: ParseResult = useMemo(() => {
    if (source && typeof source === 'object' && (trusted.has(source) || source === fallback)) return { ok: true, network: source, warnings: [] };
    // What an operation (or parseNetwork) returned to the host, unchanged since: valid and
    // complete as it is, like the view's own edits. Its unchanged items still take the identity
    // of those shown before (the host's first edit works on its own copy of the network).
    if (isMadeByKring(source)) {
      const network = source as Network;
      return { ok: true, network: lastShown.current ? shareUnchanged(lastShown.current, network) : network, warnings: [] };
    }
    try {
      // The network shown before: items the host did not change are taken over, not read again.
      const result = parseNetwork(source, lastShown.current ? { previous: lastShown.current } : {});
      if (!result.ok || !lastShown.current) return result;
      return { ...result, network: shareUnchanged(lastShown.current, result.network) };
    } catch (e) {
      return { ok: false, errors: [issue('not-an-object', '', String(e))] };
    }
    // `fallback` is a constant of the view's module (its empty network).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, lastShown]);
  useEffect(() => {
    if (parsed.ok) lastShown.current = parsed.network;
  }, [parsed, lastShown]);
  const commit = useCallback(
    (next: Network, change: C) => {
      trusted.add(next);
      setSource(next, change);
    },
    [setSource],
  );
  return { parsed, source, commit };
}

/** Mark a network as made by Kring's own operations (a view need not read it again). @internal */
export function trustNetwork(network: Network): void {
  trusted.add(network);
}

/**
 * The Ecogram's UI state (the state hook of state → behaviour → view): the selected person or
 * tie, the date the map shows, map or list — each controlled by the host, linked with the
 * other views inside a `KringLinkProvider`, or kept here — and what follows from them: the
 * redacted view, the network as it was on that date, and whether the user may edit.
 */
import { useCallback, useMemo, useRef } from 'react';
import { compareFuzzyDates, parseFuzzyDate, todayFuzzyDate, type Network } from '@kring/core';
import { lazyModule, useLazyModule, usePreloadWhenIdle } from '../utils/lazyPart';
import { useKeptWhileEqual } from '../utils/useKeptWhileEqual';
import { useKringLink } from '../linked';
import { useRedaction, type RedactedView } from '../redaction/useRedaction';
import { useLayoutEffect } from '../utils/layoutEffect';
import { useControllableState } from '../utils/useControllableState';
import type { EcogramProps, EcogramView } from './types';

/**
 * Time travel (`networkAt`, timeTravel.ts): fetched when a map first shows a date other than now
 * or the changes since one (issue 16: ~1.5 KB of a map's first load). Printing and the unit tests
 * load it first (preloadParts).
 */
export const timeTravel = /* @__PURE__ */ lazyModule(() => import('./timeTravel'));

/** What {@link useEcogramState} returns. @internal */
export interface EcogramState {
  redacted: NonNullable<EcogramProps['redacted']>;
  redaction: RedactedView;
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  /** The date shown (`undefined` = now); `atGiven` is what the host or link asked for, readable or not. */
  at: string | undefined;
  atGiven: string | undefined;
  atInvalid: boolean;
  setAt: (next: string | undefined) => void;
  view: EcogramView;
  setView: (next: EcogramView) => void;
  today: string;
  /** The map shows a date in the past (read-only). */
  past: boolean;
  editable: boolean;
  /** The network as drawn: redacted, then on the date shown. */
  shown: Network;
  /**
   * The map waits (draws nobody yet): it was given a date from the start and the time-travel code
   * is still on its way — drawn meanwhile, it would show today's network under that date.
   */
  holding: boolean;
}

/** @internal */
export function useEcogramState(props: Omit<EcogramProps, 'network'> & { network: Network }): EcogramState {
  const { network } = props;
  // Inside a KringLinkProvider the selected person and the date are shared with the other
  // views (e.g. the Lifeline); explicit props still win.
  const link = useKringLink();
  // Redacted, the map shows opaque ids (p1, t1, …); the host's ids are translated at the boundary.
  const redacted = props.redacted ?? false;
  const redaction = useRedaction(network, redacted);
  // The selection in the host's ids (controlled, linked or kept: one helper); the map shows the
  // opaque ids of the redacted copy. The link carries a selected person, not a tie, and the
  // map follows it only to someone on this map.
  const [selectedHost, setSelectedHost] = useControllableState<string | null>({
    value: props.selectedId,
    defaultValue: props.defaultSelectedId ?? null,
    hasDefault: props.defaultSelectedId !== undefined,
    onChange: props.onSelectionChange,
    link: link && { value: link.selectedPersonId, set: link.selectPerson, shares: (id) => id === null || network.people.some((p) => p.id === id) },
  });
  const selectedId = redaction.toShown(selectedHost);
  // Read through a ref so that the setter (and the click handlers of every node and tie built
  // on it) stays the same function across edits: the redacted view is a new object after every
  // edit, and depending on it redrew every node and tie (the re-render benchmark).
  const redactionRef = useRef(redaction);
  useLayoutEffect(() => {
    redactionRef.current = redaction;
  }, [redaction]);
  const setSelectedId = useCallback((id: string | null) => setSelectedHost(redactionRef.current.toHost(id)), [setSelectedHost]);
  // `null` is "now", controlled: a host that controls `at` brings the map back to now with
  // `null` (`undefined` means the map keeps its own date).
  const [atOwn, setAtOwn] = useControllableState<string | null>({
    value: props.at,
    defaultValue: props.defaultAt ?? null,
    hasDefault: props.defaultAt !== undefined,
    onChange: props.onAtChange,
    link: link && { value: link.date, set: link.setDate },
  });
  const atGiven = atOwn ?? undefined;
  // A date that cannot be read (`at="gisteren"`, `2019-13`) is not silently shown as now: the
  // map shows the network as it is now, read-only, with a message saying so (`ecogram.invalidAt`).
  const atInvalid = atGiven !== undefined && parseFuzzyDate(atGiven) === null;
  const at = atInvalid ? undefined : atGiven;
  const setAt = useCallback((next: string | undefined) => setAtOwn(next ?? null), [setAtOwn]);
  const [view, setView] = useControllableState<EcogramView>({
    value: props.view,
    defaultValue: props.defaultView ?? 'map',
    onChange: props.onViewChange,
  });

  const today = props.today ?? todayFuzzyDate();
  const past = at !== undefined && compareFuzzyDates(at, today) < 0;
  const editable = !props.readOnly && !redacted && !past && !atInvalid;
  // Redacted before time travel, so the opaque ids stay put while the date moves.
  const traveller = useLazyModule(timeTravel, at !== undefined, 'time travel');
  const travelled = useMemo(
    () => (at === undefined ? redaction.network : traveller ? traveller.networkAt(redaction.network, at) : null),
    [redaction, at, traveller],
  );
  // While the time-travel code comes (once per page, a moment), a map keeps what it showed: a
  // date chosen later shows when the code is here. A map given a date from the start has shown
  // nothing yet: it holds (draws nobody) instead of showing today's network under that date.
  const kept = useKeptWhileEqual<Network | null>(travelled, (_before, now) => now === null);
  const shown = kept ?? redaction.network;
  const holding = kept === null;
  // A slider is there to choose dates: the time travel they need is here by the first one.
  usePreloadWhenIdle(timeTravel, Boolean(props.showTimeSlider));


  return { redacted, redaction, selectedId, setSelectedId, at, atGiven, atInvalid, setAt, view, setView, today, past, editable, shown, holding };
}

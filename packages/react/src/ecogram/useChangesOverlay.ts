/**
 * "Wat is er veranderd sinds <datum>" (issue 15 point 3): the overlay's state — the date
 * chosen (controlled by `changesSince`, or kept here; off by default) — and what follows: the
 * network then (`networkAt`, or the host's earlier version `changesBase`), the changes the
 * map marks (view/map/changeMarks.ts), and the people gone since then, who are laid out with
 * the others (so they take a free spot where nobody's name is) and drawn faint where they
 * were. Their places are kept out of the positions everything else uses (keyboard, filter).
 * @internal
 */
import { useMemo, useState } from 'react';
import { parseFuzzyDate, type Network } from '@kring/core';
import { useControllableState } from '../utils/useControllableState';
import { lazyModule, useLazyModule } from '../utils/lazyPart';
import type { MapChanges } from '../view/map/mapChanges';
import type { Pt } from '../view/map/geometry';
import type { EcogramProps } from './types';
import { timeTravel } from './useEcogramState';

/**
 * What the overlay computes with (`diffNetworks` and the map's reading of it): loaded when a
 * date is first chosen, or when the date control is first focused (issue 16). Printing and
 * the unit tests load it first (preloadParts).
 */
export const changesModule = /* @__PURE__ */ lazyModule(() => import('../view/map/mapChanges'));

/** What {@link useChangesOverlay} returns. @internal */
export interface ChangesOverlay {
  /** The date chosen (null: off); an unreadable date counts as off. */
  since: string | null;
  setSince: (next: string | null) => void;
  /** The network on `since` (null: off). */
  before: Network | null;
  changes: MapChanges | null;
  /** What to lay out: the network shown plus the people gone since then. */
  layoutInput: Network;
  /**
   * The map waits (draws nobody yet): a date was given from the start and the overlay's code is
   * still on its way — drawn without it first, the people gone since then would join the map a
   * moment later and move the others.
   */
  holding: boolean;
}

/** @internal */
export function useChangesOverlay(props: EcogramProps, full: Network, shown: Network, redacted: boolean): ChangesOverlay {
  const [given, setSince] = useControllableState<string | null>({
    value: props.changesSince,
    defaultValue: props.defaultChangesSince ?? null,
    onChange: props.onChangesSinceChange,
  });
  const since = given !== null && parseFuzzyDate(given) !== null ? given : null;
  // The host's earlier version carries the host's ids: not with redacted names (opaque ids).
  const base = redacted ? undefined : props.changesBase;
  // The network then: the host's version, or time travel (loaded with the overlay's own code).
  const traveller = useLazyModule(timeTravel, since !== null && !base, 'time travel');
  const before = useMemo(() => (since === null ? null : base ?? (traveller ? traveller.networkAt(full, since) : null)), [since, base, full, traveller]);
  const changer = useLazyModule(changesModule, since !== null, 'the change overlay');
  const [atStart] = useState(since !== null);
  const changes = useMemo(() => (before && changer ? changer.mapChanges(before, shown) : null), [before, shown, changer]);
  const layoutInput = useMemo(
    () => (changes && changes.gone.length > 0 ? { ...shown, people: [...shown.people, ...changes.gone], ties: shown.ties } : shown),
    [changes, shown],
  );
  return { since, setSince, before, changes, layoutInput, holding: atStart && since !== null && (!changer || !before) };
}

/** The laid-out places split: everyone shown, and the people gone (drawn faint). Same Map when nobody is gone. */
export function splitGhosts(all: Map<string, Pt>, changes: MapChanges | null): { positions: Map<string, Pt>; ghosts: Map<string, Pt> } {
  if (!changes || changes.gone.length === 0) return { positions: all, ghosts: NO_GHOSTS };
  const gone = new Set(changes.gone.map((p) => p.id));
  const positions = new Map<string, Pt>();
  const ghosts = new Map<string, Pt>();
  for (const [id, p] of all) (gone.has(id) ? ghosts : positions).set(id, p);
  return { positions, ghosts };
}

const NO_GHOSTS = new Map<string, Pt>();

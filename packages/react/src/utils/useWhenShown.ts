import { useCallback, useMemo, useRef } from 'react';
import { shareUnchanged, type Network } from '@kring/core';
import { useLayoutEffect } from './layoutEffect';

/** What is done once the edit is shown: announce it, select what it added. */
export type ShownJob = (shown: Network) => void;

interface Pending {
  /** The network the edit was made on. */
  before: Network;
  jobs: ShownJob[];
  /** A render has passed with `before` still shown: the host refused or answers later. */
  waited: boolean;
}

/**
 * Say an edit is done only when it is shown.
 *
 * A controlled component hands each edit to the host (`onChange`; the custom elements'
 * cancelable `kring-change`) and shows whatever network the host passes back. The host may
 * refuse: keep the old network, pass back an equal copy of it, or call `preventDefault()` on
 * the element's event. So "Noor toegevoegd" is announced, and Noor selected, only once the
 * component shows a network other than the one the edit was made on: at once for a host
 * that takes the change (and always when uncontrolled), later for a host that saves first
 * and then sets the network, never for a refused edit, which is announced by nothing (the
 * map simply stays as it was; a host that refuses says why in its own words).
 *
 * `whenShown(before, job)` queues `job` for an edit made on `before`; jobs queued in the same
 * event (the announcement and the selection of one edit) wait together. An edit made after a
 * render in which the previous one was still waiting replaces it: only the latest edit waits
 * for the host. `afterLastEdit(job)` runs `job` when the latest edit is shown: now when it is
 * (or there was none), later or never when it still waits (the Ecogram's and the Lifeline's
 * "… bijgewerkt" when an editor closes, after edits that were not announced one by one).
 * @internal
 */
export function useWhenShown(network: Network): {
  whenShown: (before: Network, job: ShownJob) => void;
  afterLastEdit: (job: ShownJob) => void;
} {
  const pending = useRef<Pending | null>(null);
  const shownRef = useRef(network);
  shownRef.current = network;
  // After every render (cheap: an identity check while the old network is still shown).
  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (network === p.before || shareUnchanged(p.before, network) === p.before) {
      p.waited = true;
      return;
    }
    pending.current = null;
    for (const job of p.jobs) job(network);
  });
  const whenShown = useCallback((before: Network, job: ShownJob) => {
    const p = pending.current;
    if (p && p.before === before && !p.waited) p.jobs.push(job);
    else pending.current = { before, jobs: [job], waited: false };
  }, []);
  const afterLastEdit = useCallback((job: ShownJob) => {
    if (pending.current) pending.current.jobs.push(job);
    else job(shownRef.current);
  }, []);
  return useMemo(() => ({ whenShown, afterLastEdit }), [whenShown, afterLastEdit]);
}

/**
 * What a view shows when names are hidden: the redacted copy of the network (core
 * `redactNetworkWithIds`), whose ids are opaque (`p1`, `t1`, `e1`, …) so that no id made from a
 * name reaches the DOM (`data-id`, element ids) or an exported file.
 *
 * The host still talks to the view in its own ids: a controlled selection, a default
 * selection and the linked views' shared selection are translated in with `toShown`, and
 * selection callbacks get the host's id back through `toHost`. The redacted network is made
 * from the whole network, before any time travel (`networkAt`), so the ids stay the same
 * while the time slider moves.
 */
import { useMemo } from 'react';
import type { Network, RedactionMode } from '@kring/core';
import { redactModule } from './redactModule';

/** The network a view shows and how ids cross its boundary. */
export interface RedactedView {
  /** The redacted copy, or the network itself when nothing is hidden. */
  network: Network;
  /** A host id → the id shown; `undefined` and `null` stay as they are; an id the copy does not have → `null`. */
  toShown<T extends string | null | undefined>(id: T): T extends string ? string | null : T;
  /** An id shown → the host's id (`null` stays `null`; an unknown id → `null`). */
  toHost(id: string | null): string | null;
}

function identity<T>(id: T): T {
  return id;
}

/** The redacted view of `network` for `mode` (`false`: the network itself, ids unchanged). */
export function useRedaction(network: Network, mode: RedactionMode | false): RedactedView {
  return useMemo((): RedactedView => {
    if (!mode) return { network, toShown: identity as RedactedView['toShown'], toHost: identity };
    // Loaded before the view renders (RedactionGate): core's redaction loads on first use.
    const redaction = redactModule.get();
    if (!redaction) throw new Error('Kring: names are to be hidden, but the redaction has not loaded (render the view inside RedactionGate)');
    const { network: shown, ids } = redaction.redactNetworkWithIds(network, mode);
    const back = new Map<string, string>();
    for (const [original, opaque] of ids) back.set(opaque, original);
    const toShown = ((id: string | null | undefined) => (typeof id === 'string' ? (ids.get(id) ?? null) : id)) as RedactedView['toShown'];
    const toHost = (id: string | null): string | null => (id === null ? null : (back.get(id) ?? null));
    return { network: shown, toShown, toHost };
  }, [network, mode]);
}

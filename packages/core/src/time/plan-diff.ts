/**
 * The plan's part of `diffNetworks`: actions and meetings matched by id.
 * @internal
 */
import { actionStatus, type Action, type ActionStatus, type Meeting, type Network } from '../model/types';
import type { NetworkChange, NetworkChangeKind } from './diff';

const STATUS_KIND: Record<ActionStatus, NetworkChangeKind> = { done: 'action-done', dropped: 'action-dropped', open: 'action-reopened' };

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of Array.isArray(items) ? items : []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** The plan changes from `a` to `b`, in the order `diffNetworks` documents. */
export function planChanges(a: Network, b: Network): NetworkChange[] {
  const changes: NetworkChange[] = [];
  const actionsA = byId<Action>(a.actions);
  const actionsB = byId<Action>(b.actions);
  for (const [id] of actionsB) if (!actionsA.has(id)) changes.push({ kind: 'action-added', actionId: id });
  for (const [id] of actionsA) if (!actionsB.has(id)) changes.push({ kind: 'action-removed', actionId: id });
  for (const [id, action] of actionsB) {
    const before = actionsA.get(id);
    if (!before) continue;
    const from = actionStatus(before);
    const to = actionStatus(action);
    if (from !== to) changes.push({ kind: STATUS_KIND[to], actionId: id, from, to });
  }
  const meetingsA = byId<Meeting>(a.meetings);
  const meetingsB = byId<Meeting>(b.meetings);
  for (const [id] of meetingsB) if (!meetingsA.has(id)) changes.push({ kind: 'meeting-added', meetingId: id });
  for (const [id] of meetingsA) if (!meetingsB.has(id)) changes.push({ kind: 'meeting-removed', meetingId: id });
  for (const [id, meeting] of meetingsB) {
    const before = meetingsA.get(id);
    if (before && before.outcome === undefined && meeting.outcome !== undefined) changes.push({ kind: 'meeting-held', meetingId: id });
  }
  return changes;
}

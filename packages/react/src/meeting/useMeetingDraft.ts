/**
 * The meeting form's state (the state hook): where the invitees come from (a group or a
 * selection), the chosen group and people, title, kind and date, and which meeting is being
 * changed. The invitation list is core's `invitationList` over that source, every render.
 * @internal
 */
import { useCallback, useMemo, useState } from 'react';
import { invitationList, type InvitationList, type Meeting, type MeetingKind, type Network } from '@kring/core';
import { invitationSource, plannableGroups } from './meetingData';
import type { MeetingText } from './messages';

/** Where the invitees come from. */
export type InviteSource = 'group' | 'selection';

/** The form's fields. */
export interface DraftFields {
  /** The meeting being changed; `null` for a new one. */
  editing: string | null;
  source: InviteSource;
  group: string | undefined;
  people: string[];
  title: string;
  /** The title was typed by the caseworker (otherwise it follows the kind). */
  titleEdited: boolean;
  kind: MeetingKind;
  date: string | undefined;
  /** Counts resets and loads: the typed fields start afresh (no "required" message left from before). */
  version: number;
}

/** What {@link useMeetingDraft} returns. */
export interface MeetingDraft {
  fields: DraftFields;
  /** Who may be invited, who to ask first, who is left out (for the caseworker only). */
  invitation: InvitationList;
  setSource: (source: InviteSource) => void;
  setGroup: (group: string | undefined) => void;
  togglePerson: (id: string, on: boolean) => void;
  setTitle: (title: string | undefined) => void;
  setKind: (kind: MeetingKind) => void;
  setDate: (date: string | undefined) => void;
  /** Load a meeting into the form to change it. */
  edit: (meeting: Meeting) => void;
  /** Back to a new meeting (after saving, or "Niet wijzigen"). */
  reset: () => void;
}

const kindForGroup = (network: Network, group: string | undefined): MeetingKind =>
  network.groups.find((g) => g.id === group)?.kind === 'base-team' ? 'base-team' : 'network-meeting';

function initial(network: Network, t: MeetingText, group: string | undefined, people: readonly string[] | undefined): DraftFields {
  const groups = plannableGroups(network);
  const fromGroup = people === undefined ? (group && groups.some((g) => g.id === group) ? group : groups.find((g) => g.kind === 'support-group' || g.kind === 'base-team')?.id) : undefined;
  const kind = kindForGroup(network, fromGroup);
  return {
    editing: null,
    source: fromGroup ? 'group' : 'selection',
    group: fromGroup,
    people: people ? [...new Set(people)].filter((id) => id !== network.focus && network.people.some((p) => p.id === id)) : [],
    title: t.label('meetingKind', kind),
    titleEdited: false,
    kind,
    date: undefined,
    version: 0,
  };
}

/** @internal */
export function useMeetingDraft(network: Network, t: MeetingText, group: string | undefined, people: readonly string[] | undefined): MeetingDraft {
  const [fields, setFields] = useState<DraftFields>(() => initial(network, t, group, people));
  const invitation = useMemo(() => invitationList(network, invitationSource(fields.source, fields.group, fields.people)), [network, fields.source, fields.group, fields.people]);

  const withKind = useCallback(
    (f: DraftFields, kind: MeetingKind): DraftFields => ({ ...f, kind, title: f.titleEdited ? f.title : t.label('meetingKind', kind) }),
    [t],
  );
  const setSource = useCallback((source: InviteSource) => setFields((f) => {
    // Switching to a selection starts from the group's people, so the caseworker can add or take out one.
    if (source === 'selection' && f.source === 'group' && f.people.length === 0 && f.group) {
      const members = network.groups.find((g) => g.id === f.group)?.members ?? [];
      return { ...f, source, people: members.filter((id) => id !== network.focus) };
    }
    return { ...f, source };
  }), [network]);
  const setGroup = useCallback((g: string | undefined) => setFields((f) => withKind({ ...f, group: g }, kindForGroup(network, g))), [network, withKind]);
  const togglePerson = useCallback((id: string, on: boolean) => setFields((f) => ({
    ...f,
    people: on ? (f.people.includes(id) ? f.people : [...f.people, id]) : f.people.filter((x) => x !== id),
  })), []);
  const setTitle = useCallback((title: string | undefined) => setFields((f) => ({ ...f, title: title ?? '', titleEdited: true })), []);
  const setKind = useCallback((kind: MeetingKind) => setFields((f) => withKind(f, kind)), [withKind]);
  const setDate = useCallback((date: string | undefined) => setFields((f) => ({ ...f, date })), []);
  const edit = useCallback((m: Meeting) => setFields((f) => ({
    version: f.version + 1,
    editing: m.id,
    source: 'selection',
    group: m.group,
    people: [...m.invited],
    title: m.title,
    titleEdited: true,
    kind: m.kind,
    date: m.date,
  })), []);
  const reset = useCallback(() => setFields((f) => ({
    ...initial(network, t, f.source === 'group' ? f.group : undefined, f.source === 'group' ? undefined : []),
    source: f.source,
    version: f.version + 1,
  })), [network, t]);
  return { fields, invitation, setSource, setGroup, togglePerson, setTitle, setKind, setDate, edit, reset };
}

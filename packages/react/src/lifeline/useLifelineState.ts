/**
 * The Lifeline's UI state (the state hook of state → behaviour → view): the selected event,
 * the view (time line or list), the marked date (`at`) and the highlighted person — each controlled
 * by the host, linked with the other views inside a `KringLinkProvider`, or kept here — and
 * what follows from them: the redacted view and whether the user may edit.
 */
import { useCallback, useMemo } from 'react';
import { dayOrdinalToFuzzyDate, formatFuzzyDate, fuzzyDateStart, type Network } from '@kring/core';
import { useKringLink } from '../linked';
import { useRedaction, type RedactedView } from '../redaction/useRedaction';
import { useControllableState } from '../utils/useControllableState';
import type { LifelineText } from './text';
import type { LifelineProps, LifelineRedaction, LifelineView } from './types';

/** The props {@link useLifelineState} reads. @internal */
export type LifelineStateProps = Pick<
  LifelineProps,
  | 'readOnly'
  | 'redacted'
  | 'selectedId'
  | 'defaultSelectedId'
  | 'onSelectionChange'
  | 'highlightPersonId'
  | 'at'
  | 'defaultAt'
  | 'onAtChange'
  | 'view'
  | 'defaultView'
  | 'onViewChange'
>;

/** What {@link useLifelineState} returns. @internal */
export interface LifelineState {
  /** How names are hidden. */
  redaction: LifelineRedaction;
  /** Read-only by the host, or because names are hidden. */
  readOnly: boolean;
  /** The redacted copy and how ids cross the boundary. */
  redactedView: RedactedView;
  /** The network as drawn (redacted when names are hidden). */
  shown: Network;
  /** The selected event, in the ids shown. */
  selectedId: string | null;
  /** Select an event (ids shown); the host and the link hear the host's id. */
  select: (id: string | null) => void;
  /** The person whose events stand out (ids shown). */
  highlightPersonId: string | null;
  /** The date to mark (`at`), as the host, the link or the user gave it (readable or not). */
  markedDate: string | null;
  /** The marked date's day ordinal, or `null` when there is none or it cannot be read. */
  markedDay: number | null;
  /** A marked date was given but cannot be read: said, not silently left out. */
  markedInvalid: boolean;
  /** Pick a day on the ruler: it becomes `at` (the host and the link hear it). */
  pickDay: (day: number) => void;
  view: LifelineView;
  setView: (next: LifelineView) => void;
}

/** @internal */
export function useLifelineState(options: {
  props: LifelineStateProps;
  network: Network;
  t: LifelineText;
  announce: (message: string) => void;
}): LifelineState {
  const { props, network, t, announce } = options;
  const link = useKringLink();
  const redaction = props.redacted ?? false;
  const readOnly = (props.readOnly ?? false) || redaction !== false;
  // Redacted, the chart shows opaque ids (e1, p1, …); the host's ids are translated at the boundary.
  const redactedView = useRedaction(network, redaction);

  // The selected event in the host's ids (controlled, linked or kept: the one helper the
  // Ecogram uses too); the chart shows the opaque ids of the redacted copy.
  const [selectedHost, setSelectedHost] = useControllableState<string | null>({
    value: props.selectedId,
    defaultValue: props.defaultSelectedId ?? null,
    hasDefault: props.defaultSelectedId !== undefined,
    onChange: props.onSelectionChange,
    link: link && { value: link.selectedEventId, set: link.selectEvent },
  });
  const selectedId = redactedView.toShown(selectedHost);
  const select = useCallback((id: string | null) => setSelectedHost(redactedView.toHost(id)), [setSelectedHost, redactedView]);
  const highlightPersonId = redactedView.toShown(
    props.highlightPersonId !== undefined ? props.highlightPersonId : (link?.selectedPersonId ?? null),
  );

  // `at`: controlled by the host (`null` = now, nothing marked), else linked (the date every
  // linked view looks at), else the user's pick.
  const [markedDate, setMarkedDate] = useControllableState<string | null>({
    value: props.at,
    defaultValue: props.defaultAt ?? null,
    hasDefault: props.defaultAt !== undefined,
    onChange: props.onAtChange,
    link: link && { value: link.date, set: link.setDate },
  });
  const markedDay = markedDate && Number.isFinite(fuzzyDateStart(markedDate)) ? fuzzyDateStart(markedDate) : null;
  // An `at` that cannot be read is said, not silently left out.
  const markedInvalid = Boolean(markedDate) && markedDay === null;
  const pickDay = useCallback(
    (day: number) => {
      const date = dayOrdinalToFuzzyDate(day);
      setMarkedDate(date);
      announce(t('lifeline.announcePicked', { date: formatFuzzyDate(date, t.locale) }));
    },
    [setMarkedDate, announce, t],
  );

  const [view, setView] = useControllableState<LifelineView>({
    value: props.view,
    defaultValue: props.defaultView ?? 'timeline',
    onChange: props.onViewChange,
  });

  return useMemo(
    () => ({
      redaction,
      readOnly,
      redactedView,
      shown: redactedView.network,
      selectedId,
      select,
      highlightPersonId,
      markedDate,
      markedDay,
      markedInvalid,
      pickDay,
      view,
      setView,
    }),
    [redaction, readOnly, redactedView, selectedId, select, highlightPersonId, markedDate, markedDay, markedInvalid, pickDay, view, setView],
  );
}

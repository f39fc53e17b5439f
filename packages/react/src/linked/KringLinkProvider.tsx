/**
 * Linked views: one shared selection (a person, an event, a date) for every Kring view
 * inside the provider, so that picking a person in the Ecogram highlights their events in
 * the Lifeline and picking a date on the Lifeline moves the Ecogram's time.
 *
 * Components never need the provider: outside it {@link useKringLink} returns `null` and
 * they keep their own state. Explicit props of a component always win over the link.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { createHistory, type History, type Network } from '@kring/core';

/** The shared selection. `null` = nothing selected. */
export interface KringLinkState {
  /** The person selected in any view (e.g. a node in the Ecogram). */
  selectedPersonId: string | null;
  /** The life event selected in any view (e.g. on the Lifeline). */
  selectedEventId: string | null;
  /** The date every view looks at (a fuzzy date, e.g. `2019-05-01`); `null` = now. */
  date: string | null;
}

/** The shared selection plus its setters, as {@link useKringLink} returns it. */
export interface KringLink extends KringLinkState {
  selectPerson(id: string | null): void;
  selectEvent(id: string | null): void;
  setDate(date: string | null): void;
}

/** Props of {@link KringLinkProvider}. */
export interface KringLinkProviderProps {
  children?: ReactNode;
  /** Start values (uncontrolled). */
  defaultSelectedPersonId?: string | null;
  defaultSelectedEventId?: string | null;
  defaultDate?: string | null;
  /** Controlled values: when given (also `null`), the host owns that part of the state. */
  selectedPersonId?: string | null;
  selectedEventId?: string | null;
  date?: string | null;
  /** Called after every change with the whole new state and the part that changed. */
  onChange?: (state: KringLinkState, changed: keyof KringLinkState) => void;
}

const LinkContext = /* @__PURE__ */ createContext<KringLink | null>(null);

/** The undo history of a network, shared by the linked views that show it. */
type HistoryOf = (network: Network) => History<Network>;
const HistoryContext = /* @__PURE__ */ createContext<HistoryOf | null>(null);
/** Histories kept per provider: the networks switched to last (a caseworker moving between clients). */
const KEPT_HISTORIES = 8;

/**
 * Shares selection between the Kring views inside it. Each of the three values can be
 * controlled by the host (pass it) or kept by the provider (pass a `default…` or nothing).
 */
export function KringLinkProvider(props: KringLinkProviderProps) {
  const { children, onChange } = props;
  const [person, setPerson] = useState<string | null>(props.defaultSelectedPersonId ?? null);
  const [event, setEvent] = useState<string | null>(props.defaultSelectedEventId ?? null);
  const [date, setDateState] = useState<string | null>(props.defaultDate ?? null);

  const state: KringLinkState = {
    selectedPersonId: props.selectedPersonId !== undefined ? props.selectedPersonId : person,
    selectedEventId: props.selectedEventId !== undefined ? props.selectedEventId : event,
    date: props.date !== undefined ? props.date : date,
  };
  const stateRef = useRef(state);
  stateRef.current = state;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const update = useCallback(<K extends keyof KringLinkState>(key: K, value: KringLinkState[K], set: (v: KringLinkState[K]) => void) => {
    if (stateRef.current[key] === value) return;
    set(value);
    const next = { ...stateRef.current, [key]: value };
    stateRef.current = next;
    onChangeRef.current?.(next, key);
  }, []);

  const selectPerson = useCallback((id: string | null) => update('selectedPersonId', id, setPerson), [update]);
  const selectEvent = useCallback((id: string | null) => update('selectedEventId', id, setEvent), [update]);
  const setDate = useCallback((d: string | null) => update('date', d, setDateState), [update]);

  const value = useMemo<KringLink>(
    () => ({ ...state, selectPerson, selectEvent, setDate }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.selectedPersonId, state.selectedEventId, state.date, selectPerson, selectEvent, setDate],
  );
  // One undo history per network (by its id): the Ecogram and the Lifeline of one client undo
  // and redo one sequence of edits, whichever view made them.
  const [histories] = useState(() => new Map<string, History<Network>>());
  const historyOf = useCallback<HistoryOf>(
    (network) => {
      const key = typeof network.id === 'string' ? network.id : '';
      let history = histories.get(key);
      if (history) {
        histories.delete(key); // most recently used last
      } else {
        history = createHistory<Network>(network, { limit: 100 });
        const oldest = histories.keys().next();
        if (histories.size >= KEPT_HISTORIES && !oldest.done) histories.delete(oldest.value);
      }
      histories.set(key, history);
      return history;
    },
    [histories],
  );
  return (
    <LinkContext.Provider value={value}>
      <HistoryContext.Provider value={historyOf}>{children}</HistoryContext.Provider>
    </LinkContext.Provider>
  );
}

/** The shared undo history of `network` inside a {@link KringLinkProvider}, or `null` outside one. @internal */
export function useLinkedHistory(): HistoryOf | null {
  return useContext(HistoryContext);
}

/**
 * The shared selection of the nearest {@link KringLinkProvider}, or `null` outside one
 * (components then keep their own selection).
 */
export function useKringLink(): KringLink | null {
  return useContext(LinkContext);
}

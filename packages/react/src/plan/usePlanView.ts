/**
 * The plan's UI state (the state hook): the filter (controlled or not), the add form, which
 * row has a form open, the "removed" notice with its undo, and where focus goes after an edit
 * (the changed row, or the plan's heading when the row left the view).
 * @internal
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Network } from '@kring/core';
import { useControllableState } from '../utils/useControllableState';
import type { PlanFilter } from '../view/plan';
import type { RowMode } from './PlanRow';
import type { NetworkPlanProps } from './types';

/** What {@link usePlanView} returns. @internal */
export interface PlanView {
  filter: PlanFilter;
  setFilter: (filter: PlanFilter) => void;
  adding: boolean;
  setAdding: (adding: boolean) => void;
  open: { id: string; mode: Exclude<RowMode, null> } | null;
  setOpen: (open: { id: string; mode: Exclude<RowMode, null> } | null) => void;
  removed: string | null;
  setRemoved: (step: string | null) => void;
  /** After the next render: focus this action's row, else the fallback element. */
  focusLater: (actionId: string | null, fallback?: 'title' | 'add') => void;
  rootRef: React.RefObject<HTMLElement | null>;
  titleRef: React.RefObject<HTMLHeadingElement | null>;
  addRef: React.RefObject<HTMLButtonElement | null>;
}

/** @internal */
export function usePlanView(props: NetworkPlanProps, network: Network): PlanView {
  const [filter, setFilter] = useControllableState<PlanFilter>({ value: props.filter, defaultValue: () => props.defaultFilter ?? {}, onChange: props.onFilterChange });
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<PlanView['open']>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ id: string | null; fallback: 'title' | 'add'; n: number } | null>(null);
  const rootRef = useRef<HTMLElement | null>(null);
  const titleRef = useRef<HTMLHeadingElement | null>(null);
  const addRef = useRef<HTMLButtonElement | null>(null);
  const focusLater = useCallback((id: string | null, fallback: 'title' | 'add' = 'title') => setFocus((f) => ({ id, fallback, n: (f?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!focus) return;
    const rows = focus.id ? [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-action-id]') ?? [])] : [];
    const row = rows.find((r) => r.getAttribute('data-action-id') === focus.id)?.querySelector<HTMLElement>('[data-part="plan-step"]') ?? null;
    const target = row ?? (focus.fallback === 'add' ? addRef.current : null) ?? titleRef.current;
    target?.focus();
    // Again once the host shows the edit (a controlled host passes the network back).
  }, [focus, network]);
  useEffect(() => {
    // Focus is moved once per request; a later network from elsewhere does not steal it.
    if (focus) {
      const handle = setTimeout(() => setFocus(null), 0);
      return () => clearTimeout(handle);
    }
    return undefined;
  }, [focus, network]);
  return { filter, setFilter, adding, setAdding, open, setOpen, removed, setRemoved, focusLater, rootRef, titleRef, addRef };
}

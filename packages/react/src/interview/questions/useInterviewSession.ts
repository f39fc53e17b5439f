/**
 * The interview's UI state (the state hook of state → behaviour → view): the step
 * (controlled or not), who was named at it, the questions skipped, the status chosen per
 * question, a name that may be someone already in the network, the form's issues and status
 * line, and where focus goes after a change. The network itself comes from the document layer
 * (`useNetworkSource`); the edits are in `useInterviewCommands`.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { Network, NetworkIssue, Person, PersonInput, TieStatus } from '@kring/core';
import type { Text } from '../../i18n';
import { useControllableState } from '../../utils/useControllableState';
import { namedAt, readInterviewRecord, startStatus, type NamedPerson } from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import type { InterviewPrompt, NetworkInterviewProps } from '../types';

/** Where focus goes after the next render: a heading, or away from an element that left. */
export type FocusTarget = 'heading' | 'named' | { keepFrom: Element } | null;

/** The props the session reads: the step, controlled or not. */
type StepProps = Pick<NetworkInterviewProps, 'step' | 'defaultStep' | 'onStepChange'>;

/** A name typed that may be someone already in the network. */
export interface Duplicate {
  input: PersonInput;
  match: Person;
}

/** What {@link useInterviewSession} returns. @internal */
export interface InterviewSession {
  step: number;
  prompt: InterviewPrompt | undefined;
  skipped: ReadonlySet<string>;
  status: TieStatus | undefined;
  setStatusFor: Dispatch<SetStateAction<Record<string, TieStatus>>>;
  duplicate: Duplicate | null;
  setDuplicate: (next: Duplicate | null) => void;
  notice: string;
  setNotice: (next: string) => void;
  issues: NetworkIssue[] | undefined;
  setIssues: (next: NetworkIssue[] | undefined) => void;
  /** The add form's key (a new form after a duplicate is resolved) and whether it takes focus. */
  form: { key: number; focus: boolean };
  /** A fresh form with the cursor in it. */
  renewForm: () => void;
  /** The name the form's status line reports as added (once the host shows it), or `null`. */
  addedName: string | null;
  setAddedName: (next: string | null) => void;
  /** Clear what belongs to one moment of a step: the duplicate question, notices, issues. */
  resetStepUi: () => void;
  focusAfter: (target: FocusTarget) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  namedRef: RefObject<HTMLHeadingElement | null>;
  hasClient: boolean;
  named: NamedPerson[];
  goTo: (next: number) => void;
  unskip: (promptId: string) => void;
  skip: () => void;
  countAt: (p: InterviewPrompt) => number;
}

/** The step, clamped to the questions and the overview. */
function useStep(props: StepProps, overviewStep: number) {
  const [rawStep, setRawStep] = useControllableState<number>({ value: props.step, defaultValue: props.defaultStep ?? 0, onChange: props.onStepChange });
  const step = Math.min(overviewStep, Math.max(0, Number.isFinite(rawStep) ? Math.trunc(rawStep) : 0));
  return [step, setRawStep] as const;
}

/** Focus moved after a render: to a heading, or on from an element an edit took away. */
function useFocusAfter(headingRef: RefObject<HTMLHeadingElement | null>, namedRef: RefObject<HTMLHeadingElement | null>) {
  const next = useRef<FocusTarget>(null);
  useEffect(() => {
    const target = next.current;
    next.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target === 'named') namedRef.current?.focus();
    else if (target && !target.keepFrom.isConnected) (namedRef.current ?? headingRef.current)?.focus();
  });
  return useCallback((target: FocusTarget) => {
    next.current = target;
  }, []);
}

/** @internal */
export function useInterviewSession(
  props: StepProps,
  network: Network,
  t: Text<InterviewTextKey>,
  prompts: readonly InterviewPrompt[],
  announce: (message: string) => void,
): InterviewSession {
  const overviewStep = prompts.length;
  const [step, setStep] = useStep(props, overviewStep);
  const prompt: InterviewPrompt | undefined = prompts[step];

  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const [statusFor, setStatusFor] = useState<Record<string, TieStatus>>({});
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [notice, setNotice] = useState('');
  const [issues, setIssues] = useState<NetworkIssue[] | undefined>(undefined);
  const [form, setForm] = useState({ key: 0, focus: false });
  const [addedName, setAddedName] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const namedRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useFocusAfter(headingRef, namedRef);

  const hasClient = network.people.some((p) => p.id === network.focus);
  const record = useMemo(() => readInterviewRecord(network), [network]);
  const named = useMemo(() => (prompt ? namedAt(network, prompt.id) : []), [network, prompt]);
  const status = prompt ? (statusFor[prompt.id] ?? startStatus(prompt)) : undefined;

  const resetStepUi = () => {
    setDuplicate(null);
    setNotice('');
    setIssues(undefined);
  };

  const goTo = (next: number) => {
    resetStepUi();
    setAddedName(null);
    setForm((f) => (f.focus ? { key: f.key, focus: false } : f));
    focusAfter('heading');
    setStep(Math.min(overviewStep, Math.max(0, next)));
  };

  const unskip = (promptId: string) => {
    setSkipped((s) => {
      if (!s.has(promptId)) return s;
      const copy = new Set(s);
      copy.delete(promptId);
      return copy;
    });
  };

  const skip = () => {
    if (prompt && named.length === 0) setSkipped((s) => new Set(s).add(prompt.id));
    announce(t('interview.skipped'));
    goTo(step + 1);
  };

  const countAt = useCallback(
    (p: InterviewPrompt) => new Set([...(record.added[p.id] ?? []), ...(record.mentioned[p.id] ?? [])].filter((pid) => network.people.some((x) => x.id === pid && pid !== network.focus))).size,
    [record, network],
  );

  return {
    step, prompt, skipped, status, setStatusFor, duplicate, setDuplicate, notice, setNotice, issues, setIssues,
    form, renewForm: () => setForm((f) => ({ key: f.key + 1, focus: true })), addedName, setAddedName,
    resetStepUi, focusAfter, headingRef, namedRef, hasClient, named, goTo, unskip, skip, countAt,
  };
}

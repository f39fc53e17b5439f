/**
 * The interview's state and commands (state hook → behaviour → view): the network (controlled
 * or not), the step, who was named at it, a name that may be someone already in the network,
 * and the edits — add, link to someone already there, take back, skip — through core
 * operations (`interviewEdits.ts`), each reported to the host with what changed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  FORMAT_NAME, FORMAT_VERSION,
  type Network, type NetworkIssue, type OperationResult, type Person, type PersonInput, type TieStatus,
} from '@kring/core';
import type { SubmitAnswer } from '../editor/AddPersonForm';
import type { Text } from '../i18n';
import { useControllableState } from '../utils/useControllableState';
import {
  addNamedPerson, findByName, linkNamedPerson, namedAt, readInterviewRecord, removeNamedPerson, startStatus,
  unlinkNamedPerson, type LinkUndo, type NamedPerson,
} from './interviewEdits';
import type { InterviewTextKey } from './messages';
import type { InterviewChange, InterviewPrompt, NetworkInterviewProps } from './types';

const NO_NETWORK: Network = { format: FORMAT_NAME, version: FORMAT_VERSION, focus: '', people: [], ties: [], groups: [], events: [] };

/** @internal */
export function useInterviewSession(props: NetworkInterviewProps, t: Text<InterviewTextKey>, prompts: readonly InterviewPrompt[]) {
  const overviewStep = prompts.length;
  const [network, setNetwork] = useControllableState<Network, [InterviewChange]>({
    value: props.network,
    defaultValue: props.defaultNetwork ?? NO_NETWORK,
    onChange: props.onChange,
  });
  const [rawStep, setRawStep] = useControllableState<number>({ value: props.step, defaultValue: props.defaultStep ?? 0, onChange: props.onStepChange });
  const step = Math.min(overviewStep, Math.max(0, Number.isFinite(rawStep) ? Math.trunc(rawStep) : 0));
  const prompt: InterviewPrompt | undefined = prompts[step];

  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const [statusFor, setStatusFor] = useState<Record<string, TieStatus>>({});
  const [duplicate, setDuplicate] = useState<{ input: PersonInput; match: Person } | null>(null);
  const [notice, setNotice] = useState('');
  const [issues, setIssues] = useState<NetworkIssue[] | undefined>(undefined);
  const [form, setForm] = useState({ key: 0, focus: false });
  const [announcement, setAnnouncement] = useState('');
  const undos = useRef(new Map<string, LinkUndo>());
  const focusNext = useRef<'heading' | 'named' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const namedRef = useRef<HTMLHeadingElement>(null);

  const hasClient = network.people.some((p) => p.id === network.focus);
  const record = useMemo(() => readInterviewRecord(network), [network]);
  const named = useMemo(() => (prompt ? namedAt(network, prompt.id) : []), [network, prompt]);
  const status = prompt ? (statusFor[prompt.id] ?? startStatus(prompt)) : undefined;

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target === 'named') namedRef.current?.focus();
  });

  const resetStepUi = () => {
    setDuplicate(null);
    setNotice('');
    setIssues(undefined);
    setForm((f) => (f.focus ? { key: f.key, focus: false } : f));
  };

  const goTo = (next: number) => {
    resetStepUi();
    focusNext.current = 'heading';
    setRawStep(Math.min(overviewStep, Math.max(0, next)));
  };

  const unskip = (promptId: string) => {
    setSkipped((s) => {
      if (!s.has(promptId)) return s;
      const copy = new Set(s);
      copy.delete(promptId);
      return copy;
    });
  };

  const apply = (result: OperationResult, change: Omit<InterviewChange, 'message'>, message: string, announce: boolean): boolean => {
    if (!result.ok) {
      setIssues(result.errors);
      setAnnouncement(t('interview.failed'));
      return false;
    }
    setIssues(undefined);
    if (announce) setAnnouncement(message);
    setNetwork(result.network, { ...change, message });
    return true;
  };

  const add = (input: PersonInput): boolean => {
    if (!prompt) return false;
    const result = addNamedPerson(network, prompt, input, status);
    const ok = apply(result, { type: 'add-person', personId: result.ok ? (result.id ?? '') : '', promptId: prompt.id }, t('interview.added', { name: input.name }), false);
    if (ok) unskip(prompt.id);
    return ok;
  };

  const link = (person: Person): boolean => {
    if (!prompt) return false;
    const { result, undo } = linkNamedPerson(network, prompt, person.id, status);
    const ok = apply(result, { type: 'link-person', personId: person.id, promptId: prompt.id }, t('interview.linked', { name: person.name }), true);
    if (ok) {
      if (undo) undos.current.set(`${prompt.id}\u0000${person.id}`, undo);
      unskip(prompt.id);
    }
    return ok;
  };

  const submit = (input: PersonInput): SubmitAnswer => {
    if (!prompt) return false;
    setDuplicate(null);
    setNotice('');
    const match = findByName(network, input.name);
    if (match) {
      if (named.some((n) => n.person.id === match.id)) {
        setNotice(t('interview.alreadyHere', { name: match.name }));
        return false;
      }
      setDuplicate({ input, match });
      return false;
    }
    return add(input);
  };

  const resolveDuplicate = (same: boolean) => {
    if (!duplicate) return;
    const ok = same ? link(duplicate.match) : add(duplicate.input);
    if (!ok) return;
    if (!same) setAnnouncement(t('interview.added', { name: duplicate.input.name }));
    setDuplicate(null);
    setForm((f) => ({ key: f.key + 1, focus: true }));
  };

  const takeBack = (item: NamedPerson) => {
    if (!prompt) return;
    const key = `${prompt.id}\u0000${item.person.id}`;
    const name = item.person.name;
    const ok =
      item.how === 'added'
        ? apply(removeNamedPerson(network, prompt.id, item.person.id), { type: 'remove-person', personId: item.person.id, promptId: prompt.id }, t('interview.removed', { name }), true)
        : apply(unlinkNamedPerson(network, prompt.id, item.person.id, undos.current.get(key)), { type: 'unlink-person', personId: item.person.id, promptId: prompt.id }, t('interview.unlinked', { name }), true);
    if (ok) {
      undos.current.delete(key);
      focusNext.current = 'named';
    }
  };

  const skip = () => {
    if (prompt && named.length === 0) setSkipped((s) => new Set(s).add(prompt.id));
    setAnnouncement(t('interview.skipped'));
    goTo(step + 1);
  };

  const countAt = useCallback(
    (p: InterviewPrompt) => new Set([...(record.added[p.id] ?? []), ...(record.mentioned[p.id] ?? [])].filter((pid) => network.people.some((x) => x.id === pid && pid !== network.focus))).size,
    [record, network],
  );

  return {
    network, step, prompt, skipped, status, setStatusFor, duplicate, notice, issues, form, announcement,
    headingRef, namedRef, hasClient, named, goTo, submit, resolveDuplicate, takeBack, skip, unskip, countAt,
  };
}

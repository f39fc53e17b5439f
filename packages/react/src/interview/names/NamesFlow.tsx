/**
 * The names-first flow (`flow="names"`, the default): four steps — Namen, Plaatsen, Details,
 * Wie nog meer? — with the step list on top and back / next below. State here (the step,
 * controlled or not; the "Ik heb geen netwerk" path; the details card shown; the conversation
 * hook shown), behaviour in `useNamesCommands`, parts in the step files.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { Text } from '../../i18n';
import { useControllableState } from '../../utils/useControllableState';
import { namedAt, textIn } from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import { defaultInterviewPrompts } from '../prompts';
import type { FlowProps } from '../questions/QuestionsFlow';
import { DetailsStep } from './DetailsStep';
import { interviewPeople, isPlaced, LOST_PROMPT, NAMES_PROMPT, PLACES_PROMPT, POTENTIAL_PROMPT } from './namesEdits';
import { NameEntry } from './NameEntry';
import { PlaceStep } from './PlaceStep';
import { RolesStep } from './RolesStep';
import { useNamesCommands } from './useNamesCommands';

type T = Text<InterviewTextKey>;

/** The steps, in order. */
export const NAMES_STEPS = ['names', 'place', 'details', 'roles'] as const;
const LAST = NAMES_STEPS.length - 1;

/** What each step says it holds, in the step list ("3 genoemd", "2 van 5 geplaatst"). */
function stepCount(step: (typeof NAMES_STEPS)[number], network: Network, t: T): string | null {
  if (step === 'names') {
    const n = namedAt(network, NAMES_PROMPT.id).length;
    return n ? t('interview.stepCount', { count: n }) : null;
  }
  if (step === 'place') {
    const people = interviewPeople(network);
    return people.length ? `${people.filter(isPlaced).length}/${people.length}` : null;
  }
  if (step === 'roles') {
    const n = [LOST_PROMPT, POTENTIAL_PROMPT, PLACES_PROMPT].reduce((sum, p) => sum + namedAt(network, p.id).length, 0);
    return n ? t('interview.stepCount', { count: n }) : null;
  }
  return null;
}

/** Step 1: the conversation hook, the name field with its chips, and "Ik heb geen netwerk". */
function NamesStep({ network, commands, t, hook, onNextHook, onNoNetwork, autoFocus }: {
  network: Network;
  commands: ReturnType<typeof useNamesCommands>;
  t: T;
  hook: string;
  onNextHook: () => void;
  onNoNetwork: () => void;
  autoFocus: boolean;
}): ReactElement {
  return (
    <>
      <p data-part="interview-hint">{t('names.namesIntro')}</p>
      <div data-part="names-hook">
        <p><span data-part="names-hook-label">{t('names.hook')}</span> {hook}</p>
        <button type="button" data-part="button" onClick={onNextHook}>{t('names.nextHook')}</button>
      </div>
      <NameEntry prompt={NAMES_PROMPT} network={network} commands={commands} t={t} label={t('names.field')} hint={t('names.fieldHint')} listLabel={t('names.chips')} autoFocus={autoFocus} />
      {namedAt(network, NAMES_PROMPT.id).length === 0 ? <p data-part="interview-empty">{t('names.chipsEmpty')}</p> : null}
      <div data-part="names-none">
        <button type="button" data-part="button" onClick={onNoNetwork}>{t('names.noNetwork')}</button>
        <p>{t('names.noNetworkHint')}</p>
      </div>
    </>
  );
}

/** @internal */
export function NamesFlow(props: FlowProps): ReactElement {
  const { t, network, id, H2, H3, announce, editing, mapRef, onDone } = props;
  const [rawStep, setStep] = useControllableState<number>({ value: props.step, defaultValue: props.defaultStep ?? 0, onChange: props.onStepChange });
  const step = Math.min(LAST, Math.max(0, Number.isFinite(rawStep) ? Math.trunc(rawStep) : 0));
  const [noNetwork, setNoNetwork] = useState(false);
  const [card, setCard] = useState(0);
  const [hookAt, setHookAt] = useState(0);
  const [moved, setMoved] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const commands = useNamesCommands({ network, t, announce, editing });
  const hooks = props.prompts ?? defaultInterviewPrompts;
  const hasClient = network.people.some((p) => p.id === network.focus);

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [step]);

  const goTo = (next: number) => {
    focusHeading.current = true;
    setMoved(true);
    setStep(Math.min(LAST, Math.max(0, next)));
  };
  const titles = [t('names.namesTitle'), t('names.placeTitle'), t('names.detailsTitle'), t('names.rolesTitle')];
  const hook = hooks.length ? textIn(hooks[hookAt % hooks.length]?.text, t.locale) : '';

  return (
    <div data-part="interview-flow" data-flow="names" onKeyDown={commands.onKeyDown}>
      <nav aria-label={t('names.steps')} data-part="interview-steps">
        <ol>
          {NAMES_STEPS.map((s, i) => {
            const count = stepCount(s, network, t);
            return (
              <li key={s}>
                <button type="button" data-part="interview-step-button" aria-current={i === step ? 'step' : undefined} onClick={() => goTo(i)}>
                  <span data-part="interview-step-number" aria-hidden="true">{i + 1}</span>
                  <span data-part="interview-step-label">{t(`names.step.${s}`)}</span>
                  {count ? <span data-part="interview-step-count">{count}</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      {!hasClient ? (
        <p role="alert" data-part="interview-problem">{t('interview.noClient')}</p>
      ) : (
        <div data-part="interview-step" data-step={NAMES_STEPS[step]} role="group" aria-labelledby={`${id}-question`}>
          <p data-part="interview-progress">{t('names.progress', { current: step + 1 })}</p>
          <H2 id={`${id}-question`} data-part="interview-question" tabIndex={-1} ref={headingRef}>{titles[step]}</H2>
          {step === 0 ? (
            <NamesStep network={network} commands={commands} t={t} hook={hook} onNextHook={() => setHookAt((i) => i + 1)} autoFocus={moved}
              onNoNetwork={() => {
                setNoNetwork(true);
                announce(t('names.noNetworkHint'));
                goTo(3);
              }} />
          ) : step === 1 ? (
            <PlaceStep network={network} commands={commands} t={t} mapRef={mapRef} announce={announce} />
          ) : step === 2 ? (
            <DetailsStep network={network} commands={commands} t={t} index={card} setIndex={setCard} onDone={() => goTo(3)} H={H3} />
          ) : (
            <RolesStep network={network} commands={commands} t={t} noNetwork={noNetwork} H={H3} id={id} />
          )}
          <div data-part="interview-actions">
            <button type="button" data-part="button" onClick={() => goTo(step - 1)} disabled={step === 0}>{t('interview.back')}</button>
            <span data-part="interview-actions-end">
              {step === 2 ? <button type="button" data-part="button" onClick={() => goTo(3)}>{t('names.skipDetails')}</button> : null}
              {step < LAST ? (
                <button type="button" data-part="button" data-variant="primary" onClick={() => goTo(step + 1)}>{t('interview.next')}</button>
              ) : onDone ? (
                <button type="button" data-part="button" data-variant="primary" onClick={onDone}>{t('interview.finish')}</button>
              ) : null}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}

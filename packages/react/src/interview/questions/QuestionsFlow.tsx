/**
 * The question flow (`flow="questions"`): one conversation question at a time, each with the
 * full add form and the question's defaults, then an overview. Composition only: state
 * (`useInterviewSession`) → behaviour (`useInterviewCommands`) → parts (`QuestionStep`,
 * `InterviewOverview`).
 */
import type { ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { NetworkEditing } from '../../document';
import type { Text } from '../../i18n';
import { defaultInterviewPrompts } from '../prompts';
import type { InterviewTextKey } from '../messages';
import type { InterviewChange, NetworkInterviewProps } from '../types';
import { Overview, type Heading } from './InterviewOverview';
import { QuestionStep, StepNav } from './QuestionStep';
import { useInterviewCommands } from './useInterviewCommands';
import { useInterviewSession } from './useInterviewSession';

/** What the shell gives a flow. @internal */
export interface FlowProps extends Pick<NetworkInterviewProps, 'step' | 'defaultStep' | 'onStepChange' | 'onDone' | 'prompts'> {
  id: string;
  network: Network;
  onCommit: (next: Network, change: InterviewChange) => void;
  t: Text<InterviewTextKey>;
  announce: (message: string) => void;
  editing: NetworkEditing<InterviewChange>;
  H2: Heading;
  H3: Heading;
  /** The live map beside the flow (a drop target at the names flow's "Plaatsen" step). */
  mapRef: { current: HTMLElement | null };
}

/** @internal */
export function QuestionsFlow(props: FlowProps): ReactElement {
  const { t, network, onDone, id, H2, H3 } = props;
  const prompts = props.prompts ?? defaultInterviewPrompts;
  const session = useInterviewSession(props, network, t, prompts, props.announce);
  const commands = useInterviewCommands({ network, t, announce: props.announce, session, editing: props.editing });
  const { step, prompt, goTo } = session;

  return (
    <div data-part="interview-flow" data-flow="questions" onKeyDown={commands.onKeyDown}>
      <StepNav prompts={prompts} session={session} t={t} />
      {!session.hasClient ? (
        <p role="alert" data-part="interview-problem">
          {t('interview.noClient')}
        </p>
      ) : prompt ? (
        <QuestionStep id={id} prompt={prompt} total={prompts.length} network={network} session={session} commands={commands} t={t} H2={H2} H3={H3} />
      ) : (
        <div data-part="interview-overview" role="group" aria-labelledby={`${id}-overview`}>
          <H2 id={`${id}-overview`} data-part="interview-question" tabIndex={-1} ref={session.headingRef}>
            {t('interview.doneTitle')}
          </H2>
          <Overview prompts={prompts} network={network} skipped={session.skipped} t={t} H={H3} goTo={goTo} />
          <div data-part="interview-actions">
            <button type="button" data-part="button" onClick={() => goTo(step - 1)} disabled={prompts.length === 0}>
              {t('interview.back')}
            </button>
            {onDone ? (
              <button type="button" data-part="button" data-variant="primary" onClick={onDone}>
                {t('interview.finish')}
              </button>
            ) : null}
          </div>
        </div>
      )}
    </div>
  );
}

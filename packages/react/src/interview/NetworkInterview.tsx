import { useId, type ReactElement } from 'react';
import { FORMAT_NAME, FORMAT_VERSION, type Network } from '@kring/core';
import { InvalidNetwork, LiveRegion, useAnnouncer, useNetworkSource, ViewErrorBoundary } from '../document';
import { useText, type Text } from '../i18n';
import { defaultInterviewPrompts } from './prompts';
import { Overview, type Heading } from './InterviewOverview';
import { QuestionStep, StepNav } from './InterviewStep';
import { useInterviewCommands } from './useInterviewCommands';
import { useInterviewSession } from './useInterviewSession';
import { INTERVIEW_BUNDLES, type InterviewTextKey } from './messages';
import type { InterviewChange, NetworkInterviewProps } from './types';

const heading = (level: number): Heading => `h${Math.min(5, Math.max(2, level))}` as Heading;

/**
 * What the interview shows when the host gives neither `network` nor `defaultNetwork`.
 *
 * Decision (issue 14): `useNetworkSource` reads `network`/`defaultNetwork` with core's
 * `parseNetwork`, which refuses a network without people or with a `focus` that names no one.
 * Given nothing, the interview still starts — as it always did — on this empty network, passed
 * as `useNetworkSource`'s `fallback`: a constant shown as it is, not parsed, so the interview
 * says in its own words that there is no client ("interview.noClient") instead of listing
 * parse errors for data the host never gave. A network the host does give, and that is not
 * valid, shows `InvalidNetwork` with the path of each bad field, like every other view.
 */
const NO_NETWORK: Network = { format: FORMAT_NAME, version: FORMAT_VERSION, focus: '', people: [], ties: [], groups: [], events: [] };

/**
 * A guided conversation to map the network together with the client ("Wie is voor jou
 * belangrijk?"). One question at a time — someone to fall back on, the weekend, an ordinary
 * day, the last WhatsApp contact, people you lost touch with, places, who you help — and the
 * people named are added right away (name, kind, sector, circle, consent) with the question's
 * defaults for the person and their tie with the client, through the core operations.
 *
 * Every question can be skipped; back and next; a list of the questions to jump to; the step is
 * controlled (`step`/`onStepChange`) or not (`defaultStep`) so a host can resume later. Who was
 * named at which step is kept in `network.extensions["kring.interview"]`; each can be taken
 * out again. When a name is already in the network, it asks whether it is the same
 * person (then the existing tie gets the question's support instead of a duplicate).
 *
 * The document layer (`../document`) as in every view: the network is read with
 * `parseNetwork` (`useNetworkSource`; a bad one shows `InvalidNetwork`), every edit is one
 * step on the network's undo history (`useNetworkEditing`; Ctrl/⌘+Z and Shift+Ctrl/⌘+Z, shared
 * with a linked Ecogram or Lifeline of the same network inside a `KringLinkProvider`), and
 * said in one live region once the host shows it. This file is composition only: state
 * (`useInterviewSession`) → behaviour (`useInterviewCommands`) → parts (`InterviewStep`,
 * `InterviewOverview`).
 *
 * Large targets (44px), plain language, Dutch by default; the questions are data
 * (`prompts`, default {@link defaultInterviewPrompts}).
 */
export function NetworkInterview(props: NetworkInterviewProps): ReactElement {
  const t = useText(INTERVIEW_BUNDLES, props.locale, props.messages);
  const { parsed, source, commit } = useNetworkSource<InterviewChange>(props, NO_NETWORK);
  if (!parsed.ok) {
    return (
      <section data-part="network-interview" data-state="invalid" className={props.className} style={props.style} lang={t.locale}>
        <InvalidNetwork issues={parsed.errors} texts={{ title: t('interview.invalidNetwork'), more: (count) => t('interview.invalidMore', { count }), issue: t.issue }} />
      </section>
    );
  }
  return (
    <ViewErrorBoundary
      view="interview"
      resetKey={source}
      fallback={(retry) => (
        <div role="alert" data-part="network-interview" data-state="error">
          <p>{t('interview.renderError')}</p>
          <button type="button" data-part="button" onClick={retry}>{t('interview.retry')}</button>
        </div>
      )}
    >
      <Interview {...props} network={parsed.network} onCommit={commit} t={t} />
    </ViewErrorBoundary>
  );
}

interface InterviewInnerProps extends Omit<NetworkInterviewProps, 'network' | 'defaultNetwork' | 'onChange'> {
  network: Network;
  onCommit: (next: Network, change: InterviewChange) => void;
  t: Text<InterviewTextKey>;
}

function Interview(props: InterviewInnerProps): ReactElement {
  const { t, network, headingLevel = 2, onDone } = props;
  const prompts = props.prompts ?? defaultInterviewPrompts;
  const id = useId();
  const H1 = heading(headingLevel);
  const H2 = heading(headingLevel + 1);
  const H3 = heading(headingLevel + 2);
  const { announce, message } = useAnnouncer();
  const session = useInterviewSession(props, network, t, prompts, announce);
  const commands = useInterviewCommands({ network, onCommit: props.onCommit, t, announce, session });
  const { step, prompt, goTo } = session;

  return (
    <section
      data-part="network-interview"
      aria-labelledby={`${id}-title`}
      className={props.className}
      style={props.style}
      lang={t.locale}
      onKeyDown={commands.onKeyDown}
    >
      <header data-part="interview-header">
        <H1 id={`${id}-title`} data-part="interview-title">
          {props.title ?? t('interview.title')}
        </H1>
        <p data-part="interview-intro">{t('interview.intro')}</p>
      </header>

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

      <LiveRegion message={message} />
    </section>
  );
}

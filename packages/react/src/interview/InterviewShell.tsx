/**
 * The interview around its flow: the title, the one live region, the network's one undo
 * history (shared with the live map beside it), and the map itself. The flow (`names/` or
 * `questions/`) is chosen by the `flow` prop.
 */
import { useId, useMemo, useRef, type ReactElement, type ReactNode } from 'react';
import type { Network } from '@kring/core';
import { LiveRegion, useAnnouncer, useNetworkEditing } from '../document';
import type { Text } from '../i18n';
import { KringLinkProvider, useKringLink } from '../linked/KringLinkProvider';
import { InterviewMap } from './map/InterviewMap';
import type { InterviewTextKey } from './messages';
import { NamesFlow } from './names/NamesFlow';
import type { Heading } from './questions/InterviewOverview';
import { QuestionsFlow } from './questions/QuestionsFlow';
import type { InterviewChange, NetworkInterviewProps } from './types';

const heading = (level: number): Heading => `h${Math.min(5, Math.max(2, level))}` as Heading;

/** Props of the shell: the interview's props with the network read and a way to hand it on. @internal */
export interface InterviewShellProps extends Omit<NetworkInterviewProps, 'network' | 'defaultNetwork' | 'onChange'> {
  network: Network;
  onCommit: (next: Network, change: InterviewChange) => void;
  t: Text<InterviewTextKey>;
}

/**
 * The map beside the interview edits the same network: one undo history for both. Inside a
 * host's `KringLinkProvider` that one is used (shared with the host's other views); else the
 * interview brings its own.
 */
function SharedHistory({ children }: { children: ReactNode }): ReactElement {
  const outer = useKringLink();
  return outer ? <>{children}</> : <KringLinkProvider>{children}</KringLinkProvider>;
}

/** @internal */
export function InterviewShell(props: InterviewShellProps): ReactElement {
  return (
    <SharedHistory>
      <Shell {...props} />
    </SharedHistory>
  );
}

function Shell(props: InterviewShellProps): ReactElement {
  const { t, network, headingLevel = 2, flow = 'names', showMap = true } = props;
  const id = useId();
  const H1 = heading(headingLevel);
  const { announce, message } = useAnnouncer();
  const messages = useMemo(
    () => ({ undone: t('interview.undone'), redone: t('interview.redone'), nothingToUndo: t('interview.nothingToUndo'), nothingToRedo: t('interview.nothingToRedo') }),
    [t],
  );
  // The interview is never read-only: a network without a client refuses every edit itself.
  const editing = useNetworkEditing<InterviewChange>({ network, commit: props.onCommit, editable: true, announce, messages });
  const mapRef = useRef<HTMLElement | null>(null);
  const flowProps = {
    id, network, t, announce, editing, onCommit: props.onCommit, mapRef,
    step: props.step, defaultStep: props.defaultStep, onStepChange: props.onStepChange, onDone: props.onDone, prompts: props.prompts,
    H2: heading(headingLevel + 1), H3: heading(headingLevel + 2),
  };
  const hasClient = network.people.some((p) => p.id === network.focus);

  return (
    <section
      data-part="network-interview"
      data-flow={flow}
      data-map={showMap && hasClient ? '' : undefined}
      aria-labelledby={`${id}-title`}
      className={props.className}
      style={props.style}
      lang={t.locale}
    >
      <header data-part="interview-header">
        <H1 id={`${id}-title`} data-part="interview-title">
          {props.title ?? t('interview.title')}
        </H1>
        {flow === 'questions' ? <p data-part="interview-intro">{t('interview.intro')}</p> : null}
      </header>
      {/* The interview's one live region, first: the live map (an Ecogram) has its own, for edits made on it. */}
      <LiveRegion message={message} />
      <div data-part="interview-body">
        {flow === 'questions' ? <QuestionsFlow {...flowProps} /> : <NamesFlow {...flowProps} />}
        {showMap && hasClient ? <InterviewMap containerRef={mapRef} network={network} onCommit={props.onCommit} t={t} /> : null}
      </div>
    </section>
  );
}

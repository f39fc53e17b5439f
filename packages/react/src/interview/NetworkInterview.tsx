import type { ReactElement } from 'react';
import { FORMAT_NAME, FORMAT_VERSION, type Network } from '@kring/core';
import { DocumentView } from '../document';
import { useText } from '../i18n';
import { InterviewShell } from './InterviewShell';
import { INTERVIEW_BUNDLES } from './messages';
import type { InterviewChange, NetworkInterviewProps } from './types';

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
 * belangrijk?"), with the live map beside it (below it on a phone) growing with every name.
 *
 * By default (`flow="names"`, issue 15) it starts with names, because "het strakke stramien …
 * past niet goed bij deze groep": 1 "Namen" — type a name, Enter, the next, or paste a list;
 * each name is a person on the map at once (progress kept after each one); 2 "Plaatsen" —
 * drag a name into a sector and circle on the map, or focus it and press two digits (sector,
 * then circle); 3 "Details" — one optional card per person (strength, kind of contact,
 * support both ways, consent), "Overslaan" always there; 4 "Wie zou een rol kunnen spelen" —
 * people from the past, people who could help, places. "Ik heb geen netwerk" at step 1 goes
 * straight to step 4, which then starts with places and people from the past.
 *
 * `flow="questions"` is the earlier one-question-at-a-time interview: someone to fall back
 * on, the weekend, an ordinary day, the last WhatsApp contact, people you lost touch with,
 * places, who you help, each with the full add form and the question's defaults.
 *
 * The step is controlled (`step`/`onStepChange`) or not (`defaultStep`) so a host can resume
 * later. Who was named at which step is kept in `network.extensions["kring.interview"]`; each
 * can be taken out again.
 *
 * The document layer (`../document`) as in every view: the network is read with
 * `parseNetwork` (`useNetworkSource`; a bad one shows `InvalidNetwork`), every edit is one
 * step on the network's undo history (`useNetworkEditing`; Ctrl/⌘+Z and Shift+Ctrl/⌘+Z, shared
 * with a linked Ecogram or Lifeline of the same network inside a `KringLinkProvider`), and
 * said in one live region once the host shows it. This file reads the network; the shell
 * (`InterviewShell`: header, live region, history, map) holds one of the flows (`names/`,
 * `questions/`), each state → behaviour → parts.
 *
 * Large targets (44px), plain language, Dutch by default; the questions are data
 * (`prompts`, default {@link defaultInterviewPrompts}).
 */
export function NetworkInterview(props: NetworkInterviewProps): ReactElement {
  const t = useText(INTERVIEW_BUNDLES, props.locale, props.messages);
  return (
    <DocumentView<InterviewChange>
      source={props}
      fallback={NO_NETWORK}
      part="network-interview"
      view="interview"
      lang={t.locale}
      locale={props.locale}
      className={props.className}
      style={props.style}
      texts={{
        invalid: t('interview.invalidNetwork'),
        invalidMore: (count) => t('interview.invalidMore', { count }),
        issue: t.issue,
        renderError: t('interview.renderError'),
        retry: t('interview.retry'),
      }}
    >
      {(network, commit) => <InterviewShell {...props} network={network} onCommit={commit} t={t} />}
    </DocumentView>
  );
}


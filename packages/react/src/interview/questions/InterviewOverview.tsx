/**
 * The interview's last step: everyone named, per question, with a way back to each question;
 * and the short description of a named person used there and in each step.
 */
import type { ReactElement } from 'react';
import type { Network, Person } from '@kring/core';
import type { Text } from '../../i18n';
import { isolate } from '../../utils/bidi';
import { UserText } from '../../utils/UserText';
import { namedAt, textIn } from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import type { InterviewPrompt } from '../types';

/** The heading levels the interview uses. @internal */
export type Heading = 'h2' | 'h3' | 'h4' | 'h5';

/** "Familie · Binnenste cirkel · Verwaterd · Geen contact opnemen" */
/** @internal */
export function details(person: Person, t: Text<InterviewTextKey>, network: Network): string {
  const parts: string[] = [];
  if (person.role) parts.push(isolate(person.role));
  if (person.sector) parts.push(t.label('sector', person.sector));
  if (person.closeness) parts.push(t.label('closeness', person.closeness));
  const tie = network.ties.find((x) => x.between.includes(network.focus) && x.between.includes(person.id));
  if (tie?.status && tie.status !== 'active') parts.push(t.label('status', tie.status));
  if (person.consent === 'not-allowed') parts.push(t('interview.consentNo'));
  else if (person.consent === 'ask-first') parts.push(t.label('consent', 'ask-first'));
  return parts.join(' · ');
}

/** @internal */
export function Overview({ prompts, network, skipped, t, H, goTo }: {
  prompts: readonly InterviewPrompt[];
  network: Network;
  skipped: ReadonlySet<string>;
  t: Text<InterviewTextKey>;
  H: Heading;
  goTo: (step: number) => void;
}): ReactElement {
  const perStep = prompts.map((p) => namedAt(network, p.id));
  const total = new Set(perStep.flatMap((xs) => xs.map((x) => x.person.id))).size;
  return (
    <>
      <p data-part="interview-intro">{total === 0 ? t('interview.doneNone') : total === 1 ? t('interview.doneCountOne') : t('interview.doneCount', { count: total })}</p>
      <ol data-part="interview-overview-list">
        {prompts.map((p, i) => {
          const items = perStep[i] ?? [];
          const question = textIn(p.text, t.locale);
          return (
            <li key={p.id} data-part="interview-overview-item">
              <H data-part="interview-overview-question">{question}</H>
              {items.length ? (
                <ul data-part="interview-overview-names">
                  {items.map((item) => (
                    <li key={item.person.id}>
                      <span data-part="interview-person-name"><UserText>{item.person.name}</UserText></span>
                      {details(item.person, t, network) ? <span data-part="interview-person-details">{` — ${details(item.person, t, network)}`}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p data-part="interview-empty">{skipped.has(p.id) ? t('interview.doneStepSkipped') : t('interview.doneStepEmpty')}</p>
              )}
              <button type="button" data-part="button" aria-label={t('interview.goToStepLabel', { question })} onClick={() => goTo(i)}>
                {t('interview.goToStep')}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}

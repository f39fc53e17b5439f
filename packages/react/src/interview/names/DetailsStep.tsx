/**
 * Step 3 "Details" (optional): one compact card per person — how strong the contact is, what
 * kind of contact (steunend, wisselend, stressvol, schadelijk), support both ways, and whether
 * the caseworker may contact them. Every choice is saved at once; "Overslaan" goes to the next
 * person, and the whole step can be skipped.
 */
import { useEffect, useId, useRef, type ReactElement } from 'react';
import { CONSENTS, QUALITIES, STRENGTHS, type Network, type Person, type SupportType, type Tie } from '@kring/core';
import { CheckboxGroupField, RadioGroupField } from '../../editor/fields';
import type { Text } from '../../i18n';
import { UserText } from '../../utils/UserText';
import { clientTie } from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import type { Heading } from '../questions/InterviewOverview';
import { interviewPeople } from './namesEdits';
import type { NamesCommands } from './useNamesCommands';

type T = Text<InterviewTextKey>;

/** The Dutch ecogram's support codes: praktisch, gezelschap, advies, emotioneel. */
const SUPPORT: readonly SupportType[] = ['practical', 'companionship', 'informational', 'emotional'];

/** What the client gets and gives on a tie, whichever way round it is stored. */
function supportOf(network: Network, tie: Tie | undefined): { gets: SupportType[]; gives: SupportType[] } {
  if (!tie) return { gets: [], gives: [] };
  const fromClient = tie.between[0] === network.focus;
  const s = tie.support ?? {};
  return { gets: [...((fromClient ? s.receives : s.gives) ?? [])], gives: [...((fromClient ? s.gives : s.receives) ?? [])] };
}

function supportPatch(network: Network, tie: Tie, gets: SupportType[], gives: SupportType[]): NonNullable<Tie['support']> {
  const fromClient = tie.between[0] === network.focus;
  const out: NonNullable<Tie['support']> = {};
  const [receives, give] = fromClient ? [gets, gives] : [gives, gets];
  if (receives.length) out.receives = receives;
  if (give.length) out.gives = give;
  return out;
}

/** @internal */
export function DetailsStep({ network, commands, t, index, setIndex, onDone, H }: {
  network: Network;
  commands: NamesCommands;
  t: T;
  index: number;
  setIndex: (i: number) => void;
  onDone: () => void;
  H: Heading;
}): ReactElement {
  const people = interviewPeople(network);
  const i = Math.min(Math.max(0, index), Math.max(0, people.length - 1));
  const person: Person | undefined = people[i];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cardId = useId();
  const first = useRef(true);
  useEffect(() => {
    // A new card: its name takes focus (not on the step's first render: the step heading has it).
    if (first.current) first.current = false;
    else headingRef.current?.focus();
  }, [person?.id]);
  if (!person) return <p data-part="interview-empty">{t('names.detailsNone')}</p>;
  const tie = clientTie(network, person.id);
  const { gets, gives } = supportOf(network, tie);
  const name = person.name;
  const next = () => (i + 1 < people.length ? setIndex(i + 1) : onDone());

  return (
    <>
      <p data-part="interview-hint">{t('names.detailsIntro')}</p>
      <article data-part="details-card" aria-labelledby={cardId}>
        <H id={cardId} data-part="details-name" tabIndex={-1} ref={headingRef}>
          <UserText>{name}</UserText> <span data-part="details-count">{t('names.detailsCount', { current: i + 1, total: people.length })}</span>
        </H>
        <div data-part="details-fields">
          {tie ? (
            <>
              <RadioGroupField part="details-choice" legend={t('names.detailsStrength')} value={tie.strength} emptyLabel={t('names.unknown')}
                options={STRENGTHS.map((v) => ({ value: v, label: t.label('strength', v) }))}
                onChange={(v) => commands.updateTie(person, { strength: v }, t('names.detailsStrength'))} />
              <RadioGroupField part="details-choice" legend={t('names.detailsQuality')} value={tie.quality} emptyLabel={t('names.unknown')}
                options={QUALITIES.map((v) => ({ value: v, label: t.label('quality', v) }))}
                onChange={(v) => commands.updateTie(person, { quality: v }, t('names.detailsQuality'))} />
              <CheckboxGroupField legend={t('names.detailsReceives', { name })} values={gets}
                options={SUPPORT.map((v) => ({ value: v, label: t.label('support', v) }))}
                onChange={(v) => commands.updateTie(person, { support: supportPatch(network, tie, v, gives) }, t('names.detailsReceives', { name }))} />
              <CheckboxGroupField legend={t('names.detailsGives', { name })} values={gives}
                options={SUPPORT.map((v) => ({ value: v, label: t.label('support', v) }))}
                onChange={(v) => commands.updateTie(person, { support: supportPatch(network, tie, gets, v) }, t('names.detailsGives', { name }))} />
            </>
          ) : null}
          <RadioGroupField part="details-choice" legend={t('names.detailsConsent', { name })} value={person.consent ?? 'unknown'}
            options={CONSENTS.map((v) => ({ value: v, label: t.label('consent', v) }))}
            onChange={(v) => commands.updatePerson(person, { consent: v ?? 'unknown' }, t('names.detailsConsent', { name }))} />
        </div>
        <div data-part="details-nav">
          <button type="button" data-part="button" onClick={() => setIndex(i - 1)} disabled={i === 0}>{t('names.prevPerson')}</button>
          <span data-part="interview-actions-end">
            <button type="button" data-part="button" onClick={next}>{t('names.skipPerson')}</button>
            <button type="button" data-part="button" data-variant="primary" onClick={next}>{t('names.nextPerson')}</button>
          </span>
        </div>
      </article>
    </>
  );
}

/**
 * Step 4 "Wie zou een rol kunnen spelen?" (the Netwerkatlas's "who plays, played or could
 * play a role"): people from the past (a faded tie, to re-engage), people who could help (a
 * potential tie) and places (inloop, dagbesteding, kerk of moskee, sportclub: one press adds
 * one). On the "Ik heb geen netwerk" path places come first, then people from the past, with
 * gentle prompts; nothing is required.
 */
import { useMemo, useState, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import { RadioGroupField } from '../../editor/fields';
import type { Text } from '../../i18n';
import { findByName } from '../interviewEdits';
import type { InterviewTextKey, InterviewMessageKey } from '../messages';
import type { Heading } from '../questions/InterviewOverview';
import { LOST_PROMPT, PLACES_PROMPT, POTENTIAL_PROMPT } from './namesEdits';
import { NameEntry } from './NameEntry';
import type { NamesCommands } from './useNamesCommands';

type T = Text<InterviewTextKey>;

const SUGGESTED_PLACES = ['inloop', 'dagbesteding', 'faith', 'sport', 'library'] as const;
const PAST = ['school', 'work', 'neighbourhood', 'family'] as const;

interface RolesProps {
  network: Network;
  commands: NamesCommands;
  t: T;
  noNetwork: boolean;
  H: Heading;
  /** Prefix of the section headings' ids. */
  id: string;
}

function Places(props: RolesProps & { first: boolean }): ReactElement {
  const { network, commands, t, H, first } = props;
  return (
    <section data-part="roles-section" aria-labelledby={`${props.id}-places`}>
      <H id={`${props.id}-places`} data-part="interview-subtitle">{t('names.placesTitle')}</H>
      <p data-part="interview-hint">{t('names.placesHint')}</p>
      <p data-part="roles-suggest-label">{t('names.placeSuggestions')}</p>
      <ul data-part="roles-suggestions">
        {SUGGESTED_PLACES.map((key) => {
          const name = t(`names.suggest.${key}` as InterviewMessageKey);
          const there = findByName(network, name) !== undefined;
          return (
            <li key={key}>
              <button type="button" data-part="button" disabled={there}
                aria-label={t('names.suggestAdd', { name })}
                onClick={() => commands.add(PLACES_PROMPT, [name], 'place')}>
                {there ? '✓ ' : '+ '}{name}
              </button>
            </li>
          );
        })}
      </ul>
      <NameEntry prompt={PLACES_PROMPT} network={network} commands={commands} t={t} kind="place" label={t('names.placesField')} listLabel={t('names.listed')} autoFocus={first} />
    </section>
  );
}

function Past(props: RolesProps): ReactElement {
  const { network, commands, t, H } = props;
  // Faded (to pick up again) or broken off: the status of the tie for the next names.
  const [status, setStatus] = useState<'faded' | 'broken'>('faded');
  const prompt = useMemo(() => ({ ...LOST_PROMPT, defaults: { ...LOST_PROMPT.defaults, tie: { status } } }), [status]);
  return (
    <section data-part="roles-section" aria-labelledby={`${props.id}-past`}>
      <H id={`${props.id}-past`} data-part="interview-subtitle">{t('names.lostTitle')}</H>
      <p data-part="interview-hint">{t('names.lostHint')}</p>
      <p data-part="roles-suggest-label">{t('names.pastPrompts')}</p>
      <ul data-part="roles-prompts">
        {PAST.map((key) => <li key={key}>{t(`names.past.${key}` as InterviewMessageKey)}</li>)}
      </ul>
      <RadioGroupField part="interview-status" legend={t('interview.statusLegend')} value={status}
        options={(['faded', 'broken'] as const).map((v) => ({ value: v, label: t(`interview.status.${v}`) }))}
        onChange={(v) => v && setStatus(v)} />
      <NameEntry prompt={prompt} network={network} commands={commands} t={t} label={t('names.lostField')} listLabel={t('names.listed')} />
    </section>
  );
}

function Potential(props: RolesProps): ReactElement {
  const { network, commands, t, H } = props;
  return (
    <section data-part="roles-section" aria-labelledby={`${props.id}-potential`}>
      <H id={`${props.id}-potential`} data-part="interview-subtitle">{t('names.potentialTitle')}</H>
      <p data-part="interview-hint">{t('names.potentialHint')}</p>
      <NameEntry prompt={POTENTIAL_PROMPT} network={network} commands={commands} t={t} label={t('names.potentialField')} listLabel={t('names.listed')} />
    </section>
  );
}

/** @internal */
export function RolesStep(props: RolesProps): ReactElement {
  const { t, noNetwork } = props;
  return (
    <>
      <p data-part="interview-reassurance">{noNetwork ? t('names.rolesNoNetworkIntro') : t('names.rolesIntro')}</p>
      <div data-part="roles-sections">
        {noNetwork ? (
          <>
            <Places {...props} first />
            <Past {...props} />
            <Potential {...props} />
          </>
        ) : (
          <>
            <Past {...props} />
            <Potential {...props} />
            <Places {...props} first={false} />
          </>
        )}
      </div>
    </>
  );
}

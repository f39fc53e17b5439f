/**
 * The parts of one step of the interview: the list of questions to jump to, the question with
 * its add form (and "is it the same person?"), who was named at it, and back / skip / next.
 */
import type { ReactElement } from 'react';
import type { Network } from '@kring/core';
import { AddPersonForm } from '../../editor/AddPersonForm';
import { RadioGroupField } from '../../editor/fields';
import type { Text } from '../../i18n';
import { KindIcon, SymbolImage } from '../../symbols/icons';
import { UserText } from '../../utils/UserText';
import { details, type Heading } from './InterviewOverview';
import { textIn } from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import type { InterviewPrompt } from '../types';
import type { InterviewCommands } from './useInterviewCommands';
import type { InterviewSession } from './useInterviewSession';

type T = Text<InterviewTextKey>;

/** The list of questions (and the overview) to jump to, with how many were named at each. @internal */
export function StepNav({ prompts, session, t }: { prompts: readonly InterviewPrompt[]; session: InterviewSession; t: T }): ReactElement {
  const { step, goTo, countAt, skipped } = session;
  const overviewStep = prompts.length;
  return (
    <nav aria-label={t('interview.steps')} data-part="interview-steps">
      <ol>
        {prompts.map((p, i) => {
          const count = countAt(p);
          return (
            <li key={p.id}>
              <button type="button" data-part="interview-step-button" aria-current={i === step ? 'step' : undefined} onClick={() => goTo(i)}>
                <span data-part="interview-step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span data-part="interview-step-label">{textIn(p.label, t.locale)}</span>
                {count > 0 ? (
                  <span data-part="interview-step-count">{t('interview.stepCount', { count })}</span>
                ) : skipped.has(p.id) ? (
                  <span data-part="interview-step-count">{t('interview.stepSkipped')}</span>
                ) : null}
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" data-part="interview-step-button" aria-current={step === overviewStep ? 'step' : undefined} onClick={() => goTo(overviewStep)}>
            <span data-part="interview-step-number" aria-hidden="true">
              ✓
            </span>
            <span data-part="interview-step-label">{t('interview.overviewStep')}</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}

interface StepProps {
  id: string;
  prompt: InterviewPrompt;
  total: number;
  network: Network;
  session: InterviewSession;
  commands: InterviewCommands;
  t: T;
  H2: Heading;
  H3: Heading;
}

/** One question: the add column, who was named, and the way on. @internal */
export function QuestionStep(props: StepProps): ReactElement {
  const { id, prompt, total, session, t, H2 } = props;
  const { step, goTo, skip, unskip } = session;
  return (
    <div data-part="interview-step" role="group" aria-labelledby={`${id}-question`}>
      <p data-part="interview-progress">{t('interview.progress', { current: step + 1, total })}</p>
      <H2 id={`${id}-question`} data-part="interview-question" tabIndex={-1} ref={session.headingRef}>
        {textIn(prompt.text, t.locale)}
      </H2>
      {prompt.hint ? <p data-part="interview-hint">{textIn(prompt.hint, t.locale)}</p> : null}
      <p data-part="interview-reassurance">{prompt.reassurance ? textIn(prompt.reassurance, t.locale) : t('interview.reassurance')}</p>

      <div data-part="interview-columns">
        <AddColumn {...props} />
        <NamedList {...props} />
      </div>

      <div data-part="interview-actions">
        <button type="button" data-part="button" onClick={() => goTo(step - 1)} disabled={step === 0}>
          {t('interview.back')}
        </button>
        <span data-part="interview-actions-end">
          <button type="button" data-part="button" onClick={skip}>
            {t('interview.skip')}
          </button>
          <button
            type="button"
            data-part="button"
            data-variant="primary"
            onClick={() => {
              unskip(prompt.id);
              goTo(step + 1);
            }}
          >
            {step === total - 1 ? t('interview.toOverview') : t('interview.next')}
          </button>
        </span>
      </div>
    </div>
  );
}

/** The add form with the step's defaults, the status choice, and "is it the same person?". */
function AddColumn({ prompt, network, session, commands, t, H3 }: StepProps): ReactElement {
  const { status, setStatusFor, form, issues, notice, duplicate, addedName } = session;
  return (
    <div data-part="interview-add">
      <H3 data-part="interview-subtitle">{t('interview.addHeading')}</H3>
      {prompt.statusChoices?.length ? (
        <RadioGroupField
          part="interview-status"
          legend={t('interview.statusLegend')}
          value={status}
          options={prompt.statusChoices.map((s) => ({ value: s, label: t(`interview.status.${s}`) }))}
          onChange={(v) => v && setStatusFor((m) => ({ ...m, [prompt.id]: v }))}
        />
      ) : null}
      <AddPersonForm
        key={`${prompt.id}-${form.key}`}
        onSubmit={commands.submit}
        defaultValues={{ kind: prompt.defaults?.kind, sector: prompt.defaults?.sector, closeness: prompt.defaults?.closeness, consent: prompt.defaults?.consent }}
        issues={issues}
        autoFocus={form.focus}
        showTitle={false}
        // The live region says "… is toegevoegd." (once the host shows it); the form's line only shows it.
        announce={false}
        added={addedName}
        locale={t.locale}
        messages={{ 'editor.addPerson.title': t('interview.addForm') }}
      />
      <div data-part="interview-notice" role="status">
        {notice ? <p>{notice}</p> : null}
        {duplicate ? (
          <div data-part="interview-duplicate">
            <p>{t('interview.duplicate', { name: duplicate.match.name })}</p>
            <p data-part="interview-person-details">{details(duplicate.match, t, network)}</p>
            <div data-part="interview-duplicate-actions">
              <button type="button" data-part="button" data-variant="primary" onClick={() => commands.resolveDuplicate(true)}>
                {t('interview.duplicateSame')}
              </button>
              <button type="button" data-part="button" onClick={() => commands.resolveDuplicate(false)}>
                {t('interview.duplicateOther')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Who was named at this step, each with a way to take them back. */
function NamedList({ id, network, session, commands, t, H3 }: StepProps): ReactElement {
  const { named, namedRef } = session;
  return (
    <section data-part="interview-named" aria-labelledby={`${id}-named`}>
      <H3 id={`${id}-named`} data-part="interview-subtitle" tabIndex={-1} ref={namedRef}>
        {t('interview.named')}
      </H3>
      {named.length ? (
        <ul data-part="interview-named-list">
          {named.map((item) => (
            <li key={item.person.id} data-part="interview-named-item">
              <SymbolImage>
                <KindIcon kind={item.person.kind} />
              </SymbolImage>
              <span data-part="interview-person">
                <span data-part="interview-person-name"><UserText>{item.person.name}</UserText></span>
                <span data-part="interview-person-details">
                  {[details(item.person, t, network), item.how === 'mentioned' ? t('interview.alreadyKnown') : ''].filter(Boolean).join(' · ')}
                </span>
              </span>
              <button type="button" data-part="button" aria-label={t('interview.removeLabel', { name: item.person.name })} onClick={() => commands.takeBack(item)}>
                {t('interview.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p data-part="interview-empty">{t('interview.namedEmpty')}</p>
      )}
    </section>
  );
}

import { useId, type ReactElement } from 'react';
import { ViewErrorBoundary } from '../document';
import { AddPersonForm } from '../editor/AddPersonForm';
import { RadioGroupField } from '../editor/fields';
import { KindIcon, SymbolImage } from '../symbols/icons';
import { UserText } from '../utils/UserText';
import { defaultInterviewPrompts } from './prompts';
import { textIn } from './interviewEdits';
import { useText, type Text } from '../i18n';
import { details, Overview, type Heading } from './InterviewOverview';
import { useInterviewSession } from './useInterviewSession';
import { INTERVIEW_BUNDLES, type InterviewTextKey } from './messages';
import type { NetworkInterviewProps } from './types';

const heading = (level: number): Heading => `h${Math.min(5, Math.max(2, level))}` as Heading;

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
 * out again (undo). When a name is already in the network, it asks whether it is the same
 * person (then the existing tie gets the question's support instead of a duplicate).
 *
 * Large targets (44px), plain language, Dutch by default; the questions are data
 * (`prompts`, default {@link defaultInterviewPrompts}).
 */
export function NetworkInterview(props: NetworkInterviewProps): ReactElement {
  const t = useText(INTERVIEW_BUNDLES, props.locale, props.messages);
  return (
    <ViewErrorBoundary
      view="interview"
      resetKey={props.network}
      fallback={(retry) => (
        <div role="alert" data-part="network-interview" data-state="error">
          <p>{t('interview.renderError')}</p>
          <button type="button" data-part="button" onClick={retry}>{t('interview.retry')}</button>
        </div>
      )}
    >
      <Interview {...props} t={t} />
    </ViewErrorBoundary>
  );
}

function Interview(props: NetworkInterviewProps & { t: Text<InterviewTextKey> }): ReactElement {
  const { t, headingLevel = 2, onDone } = props;
  const prompts = props.prompts ?? defaultInterviewPrompts;
  const overviewStep = prompts.length;
  const id = useId();
  const H1 = heading(headingLevel);
  const H2 = heading(headingLevel + 1);
  const H3 = heading(headingLevel + 2);

  const {
    network, step, prompt, skipped, status, setStatusFor, duplicate, notice, issues, form, announcement,
    headingRef, namedRef, hasClient, named, goTo, submit, resolveDuplicate, takeBack, skip, unskip, countAt,
  } = useInterviewSession(props, t, prompts);

  const title = props.title ?? t('interview.title');

  return (
    <section
      data-part="network-interview"
      aria-labelledby={`${id}-title`}
      className={props.className}
      style={props.style}
      lang={t.locale}
    >
      <header data-part="interview-header">
        <H1 id={`${id}-title`} data-part="interview-title">
          {title}
        </H1>
        <p data-part="interview-intro">{t('interview.intro')}</p>
      </header>

      <nav aria-label={t('interview.steps')} data-part="interview-steps">
        <ol>
          {prompts.map((p, i) => {
            const count = countAt(p);
            return (
              <li key={p.id}>
                <button
                  type="button"
                  data-part="interview-step-button"
                  aria-current={i === step ? 'step' : undefined}
                  onClick={() => goTo(i)}
                >
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

      {!hasClient ? (
        <p role="alert" data-part="interview-problem">
          {t('interview.noClient')}
        </p>
      ) : prompt ? (
        <div data-part="interview-step" role="group" aria-labelledby={`${id}-question`}>
          <p data-part="interview-progress">{t('interview.progress', { current: step + 1, total: prompts.length })}</p>
          <H2 id={`${id}-question`} data-part="interview-question" tabIndex={-1} ref={headingRef}>
            {textIn(prompt.text, t.locale)}
          </H2>
          {prompt.hint ? <p data-part="interview-hint">{textIn(prompt.hint, t.locale)}</p> : null}
          <p data-part="interview-reassurance">{prompt.reassurance ? textIn(prompt.reassurance, t.locale) : t('interview.reassurance')}</p>

          <div data-part="interview-columns">
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
                onSubmit={submit}
                defaultValues={{ kind: prompt.defaults?.kind, sector: prompt.defaults?.sector, closeness: prompt.defaults?.closeness, consent: prompt.defaults?.consent }}
                issues={issues}
                autoFocus={form.focus}
                showTitle={false}
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
                      <button type="button" data-part="button" data-variant="primary" onClick={() => resolveDuplicate(true)}>
                        {t('interview.duplicateSame')}
                      </button>
                      <button type="button" data-part="button" onClick={() => resolveDuplicate(false)}>
                        {t('interview.duplicateOther')}
                      </button>
                    </div>
                  </div>
                ) : null}
              </div>
            </div>

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
                      <button type="button" data-part="button" aria-label={t('interview.removeLabel', { name: item.person.name })} onClick={() => takeBack(item)}>
                        {t('interview.remove')}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p data-part="interview-empty">{t('interview.namedEmpty')}</p>
              )}
            </section>
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
                {step === prompts.length - 1 ? t('interview.toOverview') : t('interview.next')}
              </button>
            </span>
          </div>
        </div>
      ) : (
        <div data-part="interview-overview" role="group" aria-labelledby={`${id}-overview`}>
          <H2 id={`${id}-overview`} data-part="interview-question" tabIndex={-1} ref={headingRef}>
            {t('interview.doneTitle')}
          </H2>
          <Overview prompts={prompts} network={network} skipped={skipped} t={t} H={H3} goTo={goTo} />
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

      <p data-part="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

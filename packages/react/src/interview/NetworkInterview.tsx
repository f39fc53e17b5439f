import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactElement } from 'react';
import { ViewErrorBoundary } from '../document';
import {
  FORMAT_NAME, FORMAT_VERSION,
  type Network, type NetworkIssue, type OperationResult, type Person, type PersonInput, type TieStatus,
} from '@kring/core';
import { AddPersonForm, type SubmitAnswer } from '../editor/AddPersonForm';
import { RadioGroupField } from '../editor/fields';
import { KindIcon, SymbolImage } from '../symbols/icons';
import { useControllableState } from '../utils/useControllableState';
import { isolate } from '../utils/bidi';
import { UserText } from '../utils/UserText';
import { defaultInterviewPrompts } from './prompts';
import {
  addNamedPerson, findByName, linkNamedPerson, namedAt, readInterviewRecord, removeNamedPerson, startStatus, textIn,
  unlinkNamedPerson, type LinkUndo, type NamedPerson,
} from './model';
import { useText, type Text } from '../i18n';
import { INTERVIEW_BUNDLES, type InterviewTextKey } from './messages';
import type { InterviewChange, InterviewPrompt, NetworkInterviewProps } from './types';

const NO_NETWORK: Network = { format: FORMAT_NAME, version: FORMAT_VERSION, focus: '', people: [], ties: [], groups: [], events: [] };

type Heading = 'h2' | 'h3' | 'h4' | 'h5';
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

  const [network, setNetwork] = useControllableState<Network, [InterviewChange]>({
    value: props.network,
    defaultValue: props.defaultNetwork ?? NO_NETWORK,
    onChange: props.onChange,
  });
  const [rawStep, setRawStep] = useControllableState<number>({ value: props.step, defaultValue: props.defaultStep ?? 0, onChange: props.onStepChange });
  const step = Math.min(overviewStep, Math.max(0, Number.isFinite(rawStep) ? Math.trunc(rawStep) : 0));
  const prompt: InterviewPrompt | undefined = prompts[step];

  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const [statusFor, setStatusFor] = useState<Record<string, TieStatus>>({});
  const [duplicate, setDuplicate] = useState<{ input: PersonInput; match: Person } | null>(null);
  const [notice, setNotice] = useState('');
  const [issues, setIssues] = useState<NetworkIssue[] | undefined>(undefined);
  const [form, setForm] = useState({ key: 0, focus: false });
  const [announcement, setAnnouncement] = useState('');
  const undos = useRef(new Map<string, LinkUndo>());
  const focusNext = useRef<'heading' | 'named' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const namedRef = useRef<HTMLHeadingElement>(null);

  const hasClient = network.people.some((p) => p.id === network.focus);
  const record = useMemo(() => readInterviewRecord(network), [network]);
  const named = useMemo(() => (prompt ? namedAt(network, prompt.id) : []), [network, prompt]);
  const status = prompt ? (statusFor[prompt.id] ?? startStatus(prompt)) : undefined;

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target === 'named') namedRef.current?.focus();
  });

  const resetStepUi = () => {
    setDuplicate(null);
    setNotice('');
    setIssues(undefined);
    setForm((f) => (f.focus ? { key: f.key, focus: false } : f));
  };

  const goTo = (next: number) => {
    resetStepUi();
    focusNext.current = 'heading';
    setRawStep(Math.min(overviewStep, Math.max(0, next)));
  };

  const unskip = (promptId: string) => {
    setSkipped((s) => {
      if (!s.has(promptId)) return s;
      const copy = new Set(s);
      copy.delete(promptId);
      return copy;
    });
  };

  const apply = (result: OperationResult, change: Omit<InterviewChange, 'message'>, message: string, announce: boolean): boolean => {
    if (!result.ok) {
      setIssues(result.errors);
      setAnnouncement(t('interview.failed'));
      return false;
    }
    setIssues(undefined);
    if (announce) setAnnouncement(message);
    setNetwork(result.network, { ...change, message });
    return true;
  };

  const add = (input: PersonInput): boolean => {
    if (!prompt) return false;
    const result = addNamedPerson(network, prompt, input, status);
    const ok = apply(result, { type: 'add-person', personId: result.ok ? (result.id ?? '') : '', promptId: prompt.id }, t('interview.added', { name: input.name }), false);
    if (ok) unskip(prompt.id);
    return ok;
  };

  const link = (person: Person): boolean => {
    if (!prompt) return false;
    const { result, undo } = linkNamedPerson(network, prompt, person.id, status);
    const ok = apply(result, { type: 'link-person', personId: person.id, promptId: prompt.id }, t('interview.linked', { name: person.name }), true);
    if (ok) {
      if (undo) undos.current.set(`${prompt.id}\u0000${person.id}`, undo);
      unskip(prompt.id);
    }
    return ok;
  };

  const submit = (input: PersonInput): SubmitAnswer => {
    if (!prompt) return false;
    setDuplicate(null);
    setNotice('');
    const match = findByName(network, input.name);
    if (match) {
      if (named.some((n) => n.person.id === match.id)) {
        setNotice(t('interview.alreadyHere', { name: match.name }));
        return false;
      }
      setDuplicate({ input, match });
      return false;
    }
    return add(input);
  };

  const resolveDuplicate = (same: boolean) => {
    if (!duplicate) return;
    const ok = same ? link(duplicate.match) : add(duplicate.input);
    if (!ok) return;
    if (!same) setAnnouncement(t('interview.added', { name: duplicate.input.name }));
    setDuplicate(null);
    setForm((f) => ({ key: f.key + 1, focus: true }));
  };

  const takeBack = (item: NamedPerson) => {
    if (!prompt) return;
    const key = `${prompt.id}\u0000${item.person.id}`;
    const name = item.person.name;
    const ok =
      item.how === 'added'
        ? apply(removeNamedPerson(network, prompt.id, item.person.id), { type: 'remove-person', personId: item.person.id, promptId: prompt.id }, t('interview.removed', { name }), true)
        : apply(unlinkNamedPerson(network, prompt.id, item.person.id, undos.current.get(key)), { type: 'unlink-person', personId: item.person.id, promptId: prompt.id }, t('interview.unlinked', { name }), true);
    if (ok) {
      undos.current.delete(key);
      focusNext.current = 'named';
    }
  };

  const skip = () => {
    if (prompt && named.length === 0) setSkipped((s) => new Set(s).add(prompt.id));
    setAnnouncement(t('interview.skipped'));
    goTo(step + 1);
  };

  const countAt = useCallback(
    (p: InterviewPrompt) => new Set([...(record.added[p.id] ?? []), ...(record.mentioned[p.id] ?? [])].filter((pid) => network.people.some((x) => x.id === pid && pid !== network.focus))).size,
    [record, network],
  );

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

/** "Familie · Binnenste cirkel · Verwaterd · Geen contact opnemen" */
function details(person: Person, t: Text<InterviewTextKey>, network: Network): string {
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

function Overview({ prompts, network, skipped, t, H, goTo }: {
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

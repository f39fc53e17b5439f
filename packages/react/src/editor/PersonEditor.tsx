import { useId, type ReactElement } from 'react';
import {
  AREAS, BURDENS, CHANNELS, CLOSENESSES, CONSENTS, PERSON_KINDS, SECTORS, SOURCES,
  effectiveFormality, todayFuzzyDate,
  type Area, type Formality, type Network, type NetworkIssue, type Person, type PersonPatch,
} from '@kring/core';
import { useText, type Locale } from '../i18n';
import { EDITOR_BUNDLES, type EditorTextKey } from './messages';
import { listText, languageName, countryName } from '../view/ties/describeTie';
import { CheckboxField, CheckboxGroupField, RadioGroupField, SelectField, TextField } from './fields';
import { FormErrors, issueLookup } from './FormErrors';
import { DateField } from './DateField';
import { optionsOf } from './options';
import { withLocaleGate } from '../locales';

/** Fields of a person that an editor can hide. */
export type PersonField = Exclude<keyof Person, 'id' | 'extensions'>;

/** Props of {@link PersonEditor}. */
export interface PersonEditorProps {
  /** The person as it is now (controlled). */
  value: Person;
  /**
   * Called on every change with only the changed fields. A field set to `undefined` is to be
   * removed (the `updatePerson` convention). Half-typed text that is not valid yet (an empty
   * name, a date like `2019-1`) is not sent; the editor says what is wrong.
   */
  onChange?: (patch: PersonPatch) => void;
  /** The network the person is in: used to match issue paths (`people[3].consent`). */
  network?: Network;
  /** Issues from the last core operation (e.g. `updatePerson` errors); shown next to their field. */
  issues?: readonly NetworkIssue[];
  /** Show everything, change nothing. */
  readOnly?: boolean;
  /** Fields to leave out (hosts may hide what they do not use). */
  hiddenFields?: readonly PersonField[];
  locale?: Locale;
  messages?: Partial<Record<EditorTextKey, string>>;
  /** Today as a fuzzy date, for the "Vandaag" button (default: the real today). */
  today?: () => string;
}

const SHOWN: readonly string[] = [
  'name', 'kind', 'sector', 'formality', 'closeness', 'role', 'relationCode', 'consent', 'consentDate', 'source', 'burden',
  'boundary', 'location', 'languages', 'interpreter', 'channels', 'deceased', 'since', 'note',
];

/** Parse "ar, nl" into language tags. */
export function parseLanguages(text: string): string[] {
  return text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Edits every field of a person with native form controls: name, kind, sector, formality
 * (with the automatic care → formal default shown), circle, role, relation code, consent and
 * its date, source, burden, boundary and its note, where they live (area and country),
 * languages, interpreter, channels, deceased, since, note.
 */
export const PersonEditor = /* @__PURE__ */ withLocaleGate(PersonEditorView, 'PersonEditor');

function PersonEditorView(props: PersonEditorProps): ReactElement {
  const { value: p, onChange, network, issues, readOnly = false, hiddenFields = [], today = () => todayFuzzyDate() } = props;
  const t = useText(EDITOR_BUNDLES, props.locale, props.messages);
  const { locale } = t;
  const id = useId();
  const show = (f: PersonField) => !hiddenFields.includes(f);
  const set = (patch: PersonPatch) => {
    if (!readOnly) onChange?.(patch);
  };
  const index = network ? network.people.findIndex((x) => x.id === p.id) : -1;
  const errors = issueLookup(issues, index >= 0 ? `people[${index}]` : undefined, t, SHOWN);
  const autoFormality: Formality = effectiveFormality({ ...p, formality: undefined });
  const location = p.location ?? {};
  const setLocation = (next: { area?: Area | undefined; country?: string | undefined }) => {
    const merged = { ...location, ...next };
    const clean: NonNullable<Person['location']> = {};
    if (merged.area) clean.area = merged.area;
    if (merged.country) clean.country = merged.country;
    set({ location: clean.area || clean.country ? clean : undefined });
  };
  const sectionTitle = (key: 'basics' | 'contact' | 'where' | 'care' | 'more') => t(`editor.person.section.${key}`);

  return (
    <div data-part="person-editor" data-readonly={readOnly || undefined}>
      <FormErrors issues={errors.general} />
      <fieldset data-part="editor-section" disabled={readOnly} aria-labelledby={`${id}-basics`}>
        <legend id={`${id}-basics`}>{sectionTitle('basics')}</legend>
        {show('name') ? (
          <TextField
            label={t('field.person.name')}
            value={p.name}
            required
            autoComplete="off"
            validate={(text) => (text.trim() === '' ? t('issue.required') : undefined)}
            onCommit={(v) => v !== undefined && set({ name: v })}
            error={errors.at('name')}
          />
        ) : null}
        {show('kind') ? (
          <SelectField label={t('field.person.kind')} value={p.kind} options={optionsOf(t, 'kind', PERSON_KINDS)} onChange={(v) => v && set({ kind: v })} error={errors.at('kind')} />
        ) : null}
        {show('sector') ? (
          <SelectField label={t('field.person.sector')} value={p.sector} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'sector', SECTORS)} onChange={(v) => set({ sector: v })} error={errors.at('sector')} />
        ) : null}
        {show('formality') ? (
          <RadioGroupField
            legend={t('field.person.formality')}
            value={p.formality}
            emptyLabel={t('editor.formalityAuto', { value: t.label('formality', autoFormality) })}
            options={optionsOf(t, 'formality', ['formal', 'informal'] as const)}
            onChange={(v) => set({ formality: v })}
            hint={t('editor.formalityHint')}
            error={errors.at('formality')}
          />
        ) : null}
        {show('closeness') ? (
          <RadioGroupField legend={t('field.person.closeness')} value={p.closeness} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'closeness', CLOSENESSES)} onChange={(v) => set({ closeness: v })} error={errors.at('closeness')} />
        ) : null}
        {show('role') ? (
          <TextField label={t('field.person.role')} value={p.role} hint={t('editor.roleHint')} onCommit={(v) => set({ role: v })} error={errors.at('role')} autoComplete="off" />
        ) : null}
        {show('relationCode') ? (
          <TextField
            label={t('field.person.relationCode')}
            value={p.relationCode}
            hint={t('editor.relationCodeHint')}
            normalize={(s) => s.toUpperCase().replace(/\s+/g, '')}
            onCommit={(v) => set({ relationCode: v })}
            error={errors.at('relationCode')}
            autoComplete="off"
          />
        ) : null}
      </fieldset>

      {show('consent') || show('consentDate') || show('source') || show('channels') ? (
        <fieldset data-part="editor-section" disabled={readOnly} aria-labelledby={`${id}-contact`}>
          <legend id={`${id}-contact`}>{sectionTitle('contact')}</legend>
          {show('consent') ? (
            <RadioGroupField part="consent" legend={t('field.person.consent')} value={p.consent ?? 'unknown'} options={optionsOf(t, 'consent', CONSENTS)} onChange={(v) => set({ consent: v })} error={errors.at('consent')} />
          ) : null}
          {show('consentDate') ? (
            <DateField label={t('field.person.consentDate')} value={p.consentDate} onCommit={(v) => set({ consentDate: v })} t={t} error={errors.at('consentDate')} readOnly={readOnly} today={today} />
          ) : null}
          {show('source') ? (
            <SelectField label={t('field.person.source')} value={p.source} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'source', SOURCES)} onChange={(v) => set({ source: v })} error={errors.at('source')} />
          ) : null}
          {show('channels') ? (
            <CheckboxGroupField legend={t('field.person.channels')} values={p.channels} options={optionsOf(t, 'channel', CHANNELS)} onChange={(v) => set({ channels: v.length ? v : undefined })} error={errors.at('channels')} />
          ) : null}
        </fieldset>
      ) : null}

      {show('location') || show('languages') || show('interpreter') ? (
        <fieldset data-part="editor-section" disabled={readOnly} aria-labelledby={`${id}-where`}>
          <legend id={`${id}-where`}>{sectionTitle('where')}</legend>
          {show('location') ? (
            <>
              <SelectField label={t('field.location.area')} value={location.area} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'area', AREAS)} onChange={(v) => setLocation({ area: v })} error={errors.at('location.area')} />
              <TextField
                label={t('field.location.country')}
                value={location.country}
                hint={t('editor.countryHint')}
                maxLength={2}
                autoComplete="off"
                normalize={(s) => s.toUpperCase().replace(/[^A-Z]/g, '')}
                validate={(s) => (s === '' || /^[A-Z]{2}$/.test(s) ? undefined : t('issue.invalid-value'))}
                reads={(s) => (/^[A-Z]{2}$/.test(s) ? t('editor.reads', { value: countryName(s, locale, t) }) : undefined)}
                onCommit={(v) => setLocation({ country: v })}
                error={errors.at('location.country') ?? errors.at('location')}
              />
            </>
          ) : null}
          {show('languages') ? (
            <TextField
              label={t('field.person.languages')}
              value={p.languages?.join(', ')}
              hint={t('editor.languagesHint')}
              autoComplete="off"
              reads={(s) => {
                const tags = parseLanguages(s);
                return tags.length ? t('editor.reads', { value: listText(tags.map((x) => languageName(x, locale, t)), locale) }) : undefined;
              }}
              onCommit={(v) => {
                const tags = v ? parseLanguages(v) : [];
                set({ languages: tags.length ? tags : undefined });
              }}
              error={errors.at('languages')}
            />
          ) : null}
          {show('interpreter') ? (
            <CheckboxField label={t('field.person.interpreter')} checked={p.interpreter === true} onChange={(c) => set({ interpreter: c ? true : undefined })} error={errors.at('interpreter')} />
          ) : null}
        </fieldset>
      ) : null}

      {show('burden') || show('boundary') ? (
        <fieldset data-part="editor-section" disabled={readOnly} aria-labelledby={`${id}-care`}>
          <legend id={`${id}-care`}>{sectionTitle('care')}</legend>
          {show('burden') ? (
            <RadioGroupField legend={t('field.person.burden')} value={p.burden} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'burden', BURDENS)} onChange={(v) => set({ burden: v })} error={errors.at('burden')} />
          ) : null}
          {show('boundary') ? (
            <>
              <CheckboxField label={t('editor.boundaryToggle')} checked={p.boundary !== undefined} onChange={(c) => set({ boundary: c ? { ...(p.boundary ?? {}) } : undefined })} error={errors.at('boundary') && !p.boundary ? errors.at('boundary') : undefined} />
              {p.boundary ? (
                <TextField label={t('field.boundary.note')} value={p.boundary.note} multiline onCommit={(v) => set({ boundary: v ? { ...p.boundary, note: v } : {} })} error={errors.at('boundary')} />
              ) : null}
            </>
          ) : null}
        </fieldset>
      ) : null}

      {show('deceased') || show('since') || show('note') ? (
        <fieldset data-part="editor-section" disabled={readOnly} aria-labelledby={`${id}-more`}>
          <legend id={`${id}-more`}>{sectionTitle('more')}</legend>
          {show('since') ? (
            <DateField label={t('field.person.since')} value={p.since} onCommit={(v) => set({ since: v })} t={t} error={errors.at('since')} readOnly={readOnly} />
          ) : null}
          {show('deceased') ? (
            <DateField label={t('field.person.deceased')} value={p.deceased} onCommit={(v) => set({ deceased: v })} t={t} error={errors.at('deceased')} readOnly={readOnly} />
          ) : null}
          {show('note') ? (
            <TextField label={t('field.person.note')} value={p.note} multiline onCommit={(v) => set({ note: v })} error={errors.at('note')} />
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

/**
 * Small internal stand-ins for parts another engineer builds (editor popover,
 * editors, network list, time slider). They keep the Ecogram usable and testable
 * until the shared parts land, and are replaced by them.
 * @internal
 */
import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import {
  CLOSENESSES, PERSON_KINDS, QUALITIES, SECTORS, STRENGTHS, TIE_STATUSES,
  type Closeness, type Network, type Person, type PersonKind, type Quality, type Sector, type Strength, type Tie, type TieStatus,
} from '@kring/core';
import type { Text } from './text';

/** Props of the fallback popover. */
export interface PopoverProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/** A non-modal dialog beside the map; Escape closes it. */
export function FallbackPopover({ open, onClose, title, children }: PopoverProps): ReactElement | null {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={id}
      data-part="popover"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div data-part="popover-header">
        <h2 id={id} data-part="popover-title">{title}</h2>
      </div>
      {children}
    </div>
  );
}

function Select<T extends string>({ label, value, options, onChange, optionLabel }: {
  label: string; value: T | ''; options: readonly T[]; onChange: (v: T) => void; optionLabel: (v: T) => string;
}): ReactElement {
  const id = useId();
  return (
    <div data-part="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {value === '' ? <option value="">—</option> : null}
        {options.map((o) => <option key={o} value={o}>{optionLabel(o)}</option>)}
      </select>
    </div>
  );
}

function TextField({ label, value, onChange, required }: { label: string; value: string; onChange: (v: string) => void; required?: boolean }): ReactElement {
  const id = useId();
  return (
    <div data-part="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} required={required} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Edits of a person: a patch of changed fields. */
export type PersonPatchLike = Partial<Pick<Person, 'name' | 'role' | 'sector' | 'closeness' | 'consent' | 'kind'>>;

/** Fallback person editor: the most used fields, applied when saved. */
export function FallbackPersonEditor({ person, isFocus, t, onSave, onDelete, onCancel }: {
  person: Person; isFocus: boolean; t: Text;
  onSave: (patch: PersonPatchLike) => void; onDelete: () => void; onCancel: () => void;
}): ReactElement {
  const [draft, setDraft] = useState<PersonPatchLike>({});
  const v = { ...person, ...draft };
  const set = (patch: PersonPatchLike) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      data-part="editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (Object.keys(draft).length > 0) onSave(draft);
        else onCancel();
      }}
    >
      <TextField label={t('field.person.name')} value={v.name} required onChange={(name) => set({ name })} />
      <TextField label={t('field.person.role')} value={v.role ?? ''} onChange={(role) => set({ role: role || undefined })} />
      {isFocus ? null : (
        <>
          <Select<Sector> label={t('field.person.sector')} value={v.sector ?? ''} options={SECTORS} optionLabel={(s) => t(`sector.${s}`)} onChange={(sector) => set({ sector })} />
          <Select<Closeness> label={t('field.person.closeness')} value={v.closeness ?? ''} options={CLOSENESSES} optionLabel={(c) => t(`closeness.${c}`)} onChange={(closeness) => set({ closeness })} />
          <Select label={t('field.person.consent')} value={v.consent ?? 'unknown'} options={['allowed', 'not-allowed', 'ask-first', 'unknown'] as const} optionLabel={(c) => t(`consent.${c}`)} onChange={(consent) => set({ consent })} />
        </>
      )}
      <div data-part="editor-actions">
        <button type="submit" data-part="button" data-variant="primary">{t('ecogram.save')}</button>
        <button type="button" data-part="button" onClick={onCancel}>{t('ecogram.cancel')}</button>
        {isFocus ? null : <button type="button" data-part="button" data-variant="danger" onClick={onDelete}>{t('ecogram.delete')}</button>}
      </div>
    </form>
  );
}

/** Fallback form to add a person. */
export function FallbackAddPersonForm({ t, onAdd, onCancel }: {
  t: Text; onAdd: (person: Omit<Person, 'id'>) => void; onCancel: () => void;
}): ReactElement {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PersonKind>('person');
  const [sector, setSector] = useState<Sector>('family');
  const [closeness, setCloseness] = useState<Closeness>('middle');
  return (
    <form
      data-part="editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onAdd({ name: name.trim(), kind, sector, closeness });
      }}
    >
      <TextField label={t('field.person.name')} value={name} required onChange={setName} />
      <Select label={t('field.person.kind')} value={kind} options={PERSON_KINDS} optionLabel={(k) => t(`kind.${k}`)} onChange={setKind} />
      <Select label={t('field.person.sector')} value={sector} options={SECTORS} optionLabel={(s) => t(`sector.${s}`)} onChange={setSector} />
      <Select label={t('field.person.closeness')} value={closeness} options={CLOSENESSES} optionLabel={(c) => t(`closeness.${c}`)} onChange={setCloseness} />
      <div data-part="editor-actions">
        <button type="submit" data-part="button" data-variant="primary">{t('ecogram.addPerson')}</button>
        <button type="button" data-part="button" onClick={onCancel}>{t('ecogram.cancel')}</button>
      </div>
    </form>
  );
}

/** Edits of a tie. */
export type TiePatchLike = Partial<Pick<Tie, 'strength' | 'quality' | 'status'>>;

/** Fallback tie editor. */
export function FallbackTieEditor({ tie, t, onSave, onDelete, onCancel }: {
  tie: Tie; t: Text; onSave: (patch: TiePatchLike) => void; onDelete: () => void; onCancel: () => void;
}): ReactElement {
  const [draft, setDraft] = useState<TiePatchLike>({});
  const v = { ...tie, ...draft };
  const set = (patch: TiePatchLike) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      data-part="editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (Object.keys(draft).length > 0) onSave(draft);
        else onCancel();
      }}
    >
      <Select<Strength> label={t('field.tie.strength')} value={v.strength ?? ''} options={STRENGTHS} optionLabel={(s) => t(`strength.${s}`)} onChange={(strength) => set({ strength })} />
      <Select<Quality> label={t('field.tie.quality')} value={v.quality ?? ''} options={QUALITIES} optionLabel={(q) => t(`quality.${q}`)} onChange={(quality) => set({ quality })} />
      <Select<TieStatus> label={t('field.tie.status')} value={v.status ?? 'active'} options={TIE_STATUSES} optionLabel={(s) => t(`status.${s}`)} onChange={(status) => set({ status })} />
      <div data-part="editor-actions">
        <button type="submit" data-part="button" data-variant="primary">{t('ecogram.save')}</button>
        <button type="button" data-part="button" onClick={onCancel}>{t('ecogram.cancel')}</button>
        <button type="button" data-part="button" data-variant="danger" onClick={onDelete}>{t('ecogram.delete')}</button>
      </div>
    </form>
  );
}

/** Fallback form to add a tie between two people. */
export function FallbackAddTieForm({ network, from, t, onAdd, onCancel }: {
  network: Network; from?: string | undefined; t: Text;
  onAdd: (tie: Omit<Tie, 'id'>) => void; onCancel: () => void;
}): ReactElement {
  const ids = network.people.map((p) => p.id);
  const nameOf = (id: string) => network.people.find((p) => p.id === id)?.name ?? id;
  const [a, setA] = useState<string>(from ?? network.focus);
  const [b, setB] = useState<string>(() => ids.find((id) => id !== (from ?? network.focus)) ?? '');
  const [strength, setStrength] = useState<Strength>('moderate');
  const [quality, setQuality] = useState<Quality>('supportive');
  return (
    <form
      data-part="editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (a && b && a !== b) onAdd({ between: [a, b], strength, quality, status: 'active' });
      }}
    >
      <Select label={t('ecogram.tieFrom')} value={a} options={ids} optionLabel={nameOf} onChange={setA} />
      <Select label={t('ecogram.tieTo')} value={b} options={ids.filter((id) => id !== a)} optionLabel={nameOf} onChange={setB} />
      <Select label={t('field.tie.strength')} value={strength} options={STRENGTHS} optionLabel={(s) => t(`strength.${s}`)} onChange={setStrength} />
      <Select label={t('field.tie.quality')} value={quality} options={QUALITIES} optionLabel={(q) => t(`quality.${q}`)} onChange={setQuality} />
      <div data-part="editor-actions">
        <button type="submit" data-part="button" data-variant="primary">{t('ecogram.addTie')}</button>
        <button type="button" data-part="button" onClick={onCancel}>{t('ecogram.cancel')}</button>
      </div>
    </form>
  );
}

/** Fallback non-visual list of the network. */
export function FallbackNetworkList({ network, t }: { network: Network; t: Text }): ReactElement {
  const focus = network.people.find((p) => p.id === network.focus);
  return (
    <section data-part="list" aria-label={t('ecogram.viewList')}>
      <ul>
        {network.people.filter((p) => p.id !== network.focus).map((p) => (
          <li key={p.id}>
            {p.name}
            {p.role ? `, ${p.role}` : ''} — {t(`sector.${p.sector ?? 'other'}`)}, {t(`closeness.${p.closeness ?? 'outer'}`)}
          </li>
        ))}
      </ul>
      <p>{focus?.name}</p>
    </section>
  );
}

/** Fallback time slider: a range over the network's dates plus "now". */
export function FallbackTimeSlider({ dates, value, onChange, t, formatDate }: {
  dates: string[]; value: string | undefined; onChange: (v: string | undefined) => void; t: Text; formatDate: (d: string) => string;
}): ReactElement {
  const id = useId();
  const steps = [...dates, undefined];
  const index = value === undefined ? steps.length - 1 : Math.max(0, dates.indexOf(value));
  const current = steps[index];
  return (
    <div data-part="time-slider">
      <label htmlFor={id}>{t('ecogram.timeLabel')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        aria-valuetext={current === undefined ? t('ecogram.timeNow') : formatDate(current)}
        onChange={(e) => onChange(steps[Number(e.target.value)])}
      />
      <output htmlFor={id}>{current === undefined ? t('ecogram.timeNow') : formatDate(current)}</output>
    </div>
  );
}

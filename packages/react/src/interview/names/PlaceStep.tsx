/**
 * Step 2 "Plaatsen": everyone named as a chip, placed in a sector and circle on the live map —
 * by dragging the chip onto the map, by two keys on a focused chip (the sector's digit 1–7,
 * then the circle's 1–3; focus then moves on to the next name still to place), or by pressing
 * the chip and choosing from two lists (for a screen reader or a switch).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactElement, type RefObject } from 'react';
import { CLOSENESSES, SECTORS, type Closeness, type Network, type Person, type Sector } from '@kring/core';
import type { Text } from '../../i18n';
import { KindIcon, SymbolImage } from '../../symbols/icons';
import { UserText } from '../../utils/UserText';
import type { InterviewTextKey } from '../messages';
import { closenessForKey, interviewPeople, isPlaced, sectorForKey } from './namesEdits';
import { useChipDrag } from './useChipDrag';
import type { NamesCommands } from './useNamesCommands';

type T = Text<InterviewTextKey>;

/** The visible key help: the sector digits and the circle digits. */
function KeyHelp({ t, id }: { t: T; id: string }): ReactElement {
  return (
    <div data-part="place-keys" id={id}>
      <p>{t('names.placeKeys')}</p>
      <dl>
        <dt>{t('names.placeKeysSector')}</dt>
        <dd>{SECTORS.map((s, i) => <span key={s} data-part="place-key"><kbd>{i + 1}</kbd> {t.label('sector', s)}</span>)}</dd>
        <dt>{t('names.placeKeysCircle')}</dt>
        <dd>{CLOSENESSES.map((c, i) => <span key={c} data-part="place-key"><kbd>{i + 1}</kbd> {t.label('closeness', c)}</span>)}</dd>
      </dl>
    </div>
  );
}

/** Choose a sector and a circle from two lists, then "Plaatsen" (the pointer-free, key-free way). */
function Picker({ person, t, onPlace, onClose }: { person: Person; t: T; onPlace: (s: Sector, c: Closeness) => void; onClose: () => void }): ReactElement {
  const [sector, setSector] = useState<Sector>(person.sector ?? 'family');
  const [closeness, setCloseness] = useState<Closeness>(person.closeness ?? 'middle');
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div data-part="place-picker" role="group" aria-label={t('names.chipPlace', { name: person.name })}>
      <label>
        {t('names.placeKeysSector')}
        <select ref={first} value={sector} onChange={(e) => setSector(e.target.value as Sector)}>
          {SECTORS.map((s) => <option key={s} value={s}>{t.label('sector', s)}</option>)}
        </select>
      </label>
      <label>
        {t('names.placeKeysCircle')}
        <select value={closeness} onChange={(e) => setCloseness(e.target.value as Closeness)}>
          {CLOSENESSES.map((c) => <option key={c} value={c}>{t.label('closeness', c)}</option>)}
        </select>
      </label>
      <button type="button" data-part="button" data-variant="primary" onClick={() => onPlace(sector, closeness)}>{t('names.step.place')}</button>
      <button type="button" data-part="button" onClick={onClose}>{t('interview.back')}</button>
    </div>
  );
}

/** @internal */
export function PlaceStep({ network, commands, t, mapRef, announce }: {
  network: Network;
  commands: NamesCommands;
  t: T;
  mapRef: RefObject<HTMLElement | null>;
  announce: (message: string) => void;
}): ReactElement {
  const people = interviewPeople(network);
  const left = people.filter((p) => !isPlaced(p)).length;
  const [pending, setPending] = useState<{ id: string; sector: Sector } | null>(null);
  const [picker, setPicker] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const chips = useRef(new Map<string, HTMLButtonElement>());
  const helpId = useId();

  useEffect(() => {
    if (!focusId) return;
    chips.current.get(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  /** Placed: focus moves on to the next name still to place (after this one, then from the top). */
  const placeAndMove = (person: Person, sector: Sector, closeness: Closeness) => {
    if (!commands.place(person, sector, closeness)) return;
    const i = people.findIndex((p) => p.id === person.id);
    const next = [...people.slice(i + 1), ...people.slice(0, i)].find((p) => !isPlaced(p));
    setFocusId(next?.id ?? person.id);
  };
  const { drag, handlers, clickAfterDrag } = useChipDrag(mapRef, (person, cell) => placeAndMove(person, cell.sector, cell.closeness));

  const onKeyDown = (person: Person) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape' && pending) {
      e.preventDefault();
      setPending(null);
      return;
    }
    if (pending?.id === person.id) {
      const closeness = closenessForKey(e.key);
      if (!closeness) return;
      e.preventDefault();
      setPending(null);
      placeAndMove(person, pending.sector, closeness);
      return;
    }
    const sector = sectorForKey(e.key);
    if (!sector) return;
    e.preventDefault();
    setPending({ id: person.id, sector });
    announce(t('names.chooseCircle', { sector: t.label('sector', sector) }));
  };

  const where = (p: Person) => (isPlaced(p) && p.sector && p.closeness ? `${t.label('sector', p.sector)} · ${t.label('closeness', p.closeness)}` : null);

  return (
    <>
      <p data-part="interview-hint">{t('names.placeIntro')}</p>
      <KeyHelp t={t} id={helpId} />
      <p data-part="place-left" role="status">{people.length === 0 ? t('names.nothingToPlace') : left === 0 ? t('names.allPlaced') : `${t('names.toPlace')}: ${left}`}</p>
      <ul data-part="place-chips" aria-label={t('names.listed')}>
        {people.map((p) => {
          const at = where(p);
          const waiting = pending?.id === p.id ? t('names.chooseCircle', { sector: t.label('sector', pending.sector) }) : null;
          return (
            <li key={p.id} data-part="place-item">
              <button
                type="button"
                data-part="place-chip"
                data-person-id={p.id}
                data-placed={at ? '' : undefined}
                data-dragging={drag?.person.id === p.id ? '' : undefined}
                aria-describedby={helpId}
                aria-expanded={picker === p.id}
                ref={(el) => {
                  if (el) chips.current.set(p.id, el);
                  else chips.current.delete(p.id);
                }}
                onKeyDown={onKeyDown(p)}
                onBlur={() => pending?.id === p.id && setPending(null)}
                onClick={() => {
                  if (clickAfterDrag()) return;
                  setPicker((cur) => (cur === p.id ? null : p.id));
                }}
                {...handlers(p)}
              >
                <SymbolImage><KindIcon kind={p.kind} /></SymbolImage>
                <span data-part="place-chip-name"><UserText>{p.name}</UserText></span>{' '}
                <span data-part="place-chip-where">{waiting ?? at ?? t('names.notPlaced')}</span>
              </button>
              {picker === p.id ? (
                <Picker person={p} t={t} onClose={() => { setPicker(null); setFocusId(p.id); }} onPlace={(s, c) => { setPicker(null); placeAndMove(p, s, c); }} />
              ) : null}
            </li>
          );
        })}
      </ul>
      {drag ? (
        <div data-part="place-ghost" aria-hidden="true" style={{ left: drag.x + 14, top: drag.y + 14 }}>
          <strong><UserText>{drag.person.name}</UserText></strong>{' '}
          {drag.cell ? t('names.dropHere', { place: `${t.label('sector', drag.cell.sector)} · ${t.label('closeness', drag.cell.closeness)}` }) : t('names.dropNowhere')}
        </div>
      ) : null}
    </>
  );
}

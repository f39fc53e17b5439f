/**
 * A name field with the names given as chips: type a name, Enter, the next (the field stays
 * focused and empties); paste a list (lines, commas) to add several; Backspace in the empty
 * field takes the last one back; each chip can be renamed in place and has a remove button.
 * Each name is a person on the map at once.
 */
import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactElement, type RefObject } from 'react';
import type { Network, Person } from '@kring/core';
import type { Text } from '../../i18n';
import { findByName, namedAt } from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import type { InterviewPrompt } from '../types';
import { isList, splitNames } from './namesEdits';
import type { NamesCommands } from './useNamesCommands';

/** Props of {@link NameEntry}. @internal */
export interface NameEntryProps {
  prompt: InterviewPrompt;
  network: Network;
  commands: NamesCommands;
  t: Text<InterviewTextKey>;
  /** The field's label. */
  label: string;
  /** Help under the field (keys). */
  hint?: string;
  /** The heading of the chips. */
  listLabel: string;
  kind?: Person['kind'];
  inputRef?: RefObject<HTMLInputElement | null>;
  autoFocus?: boolean;
}

/** @internal */
export function NameEntry(props: NameEntryProps): ReactElement {
  const { prompt, network, commands, t, kind } = props;
  const id = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  const [value, setValue] = useState('');
  // A name already on the map: said once; Enter again adds someone else with that name.
  const [twice, setTwice] = useState<string | null>(null);
  const named = namedAt(network, prompt.id).filter((n) => n.how === 'added');

  const submit = (names: string[]) => {
    if (names.length === 1 && names[0] !== twice) {
      const match = findByName(network, names[0] ?? '');
      if (match) {
        setTwice(names[0] ?? null);
        return;
      }
    }
    if (commands.add(prompt, names, kind)) {
      setValue('');
      setTwice(null);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit(splitNames(value));
    } else if (e.key === 'Backspace' && value === '' && named.length > 0) {
      e.preventDefault();
      const last = named[named.length - 1];
      if (last) commands.remove(prompt.id, last.person);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text');
    if (!isList(text)) return;
    e.preventDefault();
    submit(splitNames(`${value}\n${text}`));
  };

  return (
    <div data-part="name-entry">
      <label htmlFor={`${id}-field`} data-part="name-entry-label">{props.label}</label>
      <input
        id={`${id}-field`}
        ref={inputRef}
        data-part="name-entry-field"
        type="text"
        autoComplete="off"
        enterKeyHint="enter"
        value={value}
        autoFocus={props.autoFocus}
        aria-describedby={[props.hint ? `${id}-hint` : '', twice ? `${id}-twice` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setValue(e.target.value);
          if (twice) setTwice(null);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {props.hint ? <p id={`${id}-hint`} data-part="name-entry-hint">{props.hint}</p> : null}
      {twice ? (
        <p id={`${id}-twice`} data-part="name-entry-notice" role="status">
          {t('names.twice', { name: twice })}
        </p>
      ) : null}
      <ul data-part="name-chips" aria-label={props.listLabel}>
        {named.map((item, i) => (
          <Chip key={item.person.id} person={item.person} number={i + 1} t={t}
            onRename={(name) => commands.rename(item.person, name)}
            onRemove={() => {
              if (commands.remove(prompt.id, item.person)) inputRef.current?.focus();
            }}
          />
        ))}
      </ul>
    </div>
  );
}

/** One name: an editable field (Enter or leaving it saves; Escape puts the name back) and ×. */
function Chip({ person, number, t, onRename, onRemove }: { person: Person; number: number; t: Text<InterviewTextKey>; onRename: (name: string) => void; onRemove: () => void }): ReactElement {
  const [draft, setDraft] = useState(person.name);
  const [shown, setShown] = useState(person.name);
  if (shown !== person.name) {
    setShown(person.name);
    setDraft(person.name);
  }
  const save = () => {
    if (draft.trim() && draft !== person.name) onRename(draft);
    else setDraft(person.name);
  };
  return (
    <li data-part="name-chip">
      <input
        data-part="name-chip-field"
        type="text"
        aria-label={t('names.chipName', { number })}
        value={draft}
        size={Math.max(3, Math.min(28, draft.length + 1))}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            setDraft(person.name);
          }
        }}
      />
      <button type="button" data-part="name-chip-remove" aria-label={t('names.chipRemove', { name: person.name })} onClick={onRemove}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

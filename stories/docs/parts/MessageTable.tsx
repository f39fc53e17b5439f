/**
 * The message keys of every part with their Dutch and English texts, read from the shipped
 * bundles (`getMessages`): the table cannot drift from what the components show.
 */
import { useState, type ReactElement } from 'react';
import { getMessages } from '../../../packages/react/src';

const nl = getMessages('nl') as Readonly<Record<string, string>>;
const en = getMessages('en') as Readonly<Record<string, string>>;

/** Keys grouped by their part (the text before the first dot). */
export function messageParts(): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const key of Object.keys(nl).sort()) {
    const part = key.slice(0, key.indexOf('.'));
    parts.set(part, [...(parts.get(part) ?? []), key]);
  }
  return parts;
}

export function MessageTable(): ReactElement {
  const parts = messageParts();
  const [part, setPart] = useState([...parts.keys()][0] ?? '');
  const keys = parts.get(part) ?? [];
  return (
    <div>
      <p>
        <label>
          Part{' '}
          <select value={part} onChange={(e) => setPart(e.target.value)}>
            {[...parts].map(([name, list]) => <option key={name} value={name}>{`${name}.* (${list.length})`}</option>)}
          </select>
        </label>{' '}
        {Object.keys(nl).length} keys in all, the same in both languages.
      </p>
      <table>
        <caption>{`Keys of ${part}.*`}</caption>
        <thead><tr><th scope="col">Key</th><th scope="col">Nederlands</th><th scope="col">English</th></tr></thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}><th scope="row"><code>{k}</code></th><td lang="nl">{nl[k]}</td><td lang="en">{en[k]}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

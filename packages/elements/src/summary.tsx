import type { ReactElement } from 'react';
import type { Network, NetworkIssue } from '@kring/core';
import { getMessages, issueText, NetworkSummary, type Locale } from '@kring/react';
import { KringElement } from './base';

/** How many problems the error message lists. */
const MAX_SHOWN = 8;

/** The problems of a network that cannot be summed up, in the ecogram's words. */
function InvalidNetwork({ issues, locale }: { issues: readonly NetworkIssue[]; locale: Locale }): ReactElement {
  const m = getMessages(locale);
  return (
    <div role="alert" data-part="invalid">
      <p>
        <strong>{m['ecogram.invalid.title']}</strong>
      </p>
      <p>{m['ecogram.invalid.intro']}</p>
      <ul>
        {issues.slice(0, MAX_SHOWN).map((issue, i) => (
          <li key={`${issue.path}-${issue.code}-${i}`}>
            {issue.path ? <code>{issue.path}</code> : null}
            {issue.path ? ': ' : null}
            {issueText(m, issue.code)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * `<kring-summary>`: the network in numbers and "what changed since" a date, read-only.
 *
 * Attributes (reflected as properties): `network` (JSON), `locale`, `redacted`
 * (`initials` | `role`), `since` (the comparison date), `theme`, `label` (the title).
 * Event: `kring-since-change` (`{ since }`) when the date picker changes the date.
 */
export class KringSummaryElement extends KringElement<never> {
  /** Attributes observed: the shared ones plus `since`. */
  static override get observedAttributes(): string[] {
    return [...KringElement.observedAttributes, 'since'];
  }

  /** The comparison date (fuzzy `YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `null` = none. Reflects `since`. */
  get since(): string | null {
    const value = this.getAttribute('since');
    return value && value.trim() ? value.trim() : null;
  }
  set since(value: string | null) {
    if (value) this.setAttribute('since', value);
    else this.removeAttribute('since');
  }

  #onSinceChange = (since: string | null): void => {
    this.since = since;
    this.dispatchEvent(new CustomEvent('kring-since-change', { detail: { since }, bubbles: true, composed: true }));
  };

  /** @internal */
  protected override renderContent(input: Network, valid: boolean): ReactElement {
    const locale = this.locale ?? 'nl';
    if (!valid) return <InvalidNetwork issues={this.issues} locale={locale} />;
    return (
      <NetworkSummary
        network={input}
        since={this.since}
        onSinceChange={this.#onSinceChange}
        redacted={this.redacted}
        locale={locale}
        {...(this.label ? { title: this.label } : {})}
      />
    );
  }
}

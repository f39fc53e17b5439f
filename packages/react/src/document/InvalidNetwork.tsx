import type { ReactElement } from 'react';
import type { NetworkIssue } from '@kring/core';

const MAX_SHOWN = 8;

/** The words of {@link InvalidNetwork}, in the view's language. */
export interface InvalidNetworkTexts {
  title: string;
  intro?: string;
  /** "and 3 more problems". */
  more: (count: number) => string;
  /** What an issue code means ("A required field is missing"). */
  issue: (code: string) => string;
}

/**
 * A readable message listing the problems of a network that cannot be shown (what
 * `parseNetwork` found), each with the path of the bad field: the same part in every view.
 * @internal
 */
export function InvalidNetwork({ issues, texts }: { issues: readonly NetworkIssue[]; texts: InvalidNetworkTexts }): ReactElement {
  const shown = issues.slice(0, MAX_SHOWN);
  return (
    <div role="alert" data-part="invalid">
      <p data-part="invalid-title"><strong>{texts.title}</strong></p>
      {texts.intro ? <p>{texts.intro}</p> : null}
      <ul data-part="invalid-list">
        {shown.map((issue, i) => (
          <li key={`${issue.path}-${issue.code}-${i}`}>
            {issue.path ? <code data-part="invalid-path">{issue.path}</code> : null}
            {issue.path ? ': ' : null}
            {texts.issue(issue.code)}
          </li>
        ))}
      </ul>
      {issues.length > MAX_SHOWN ? <p>{texts.more(issues.length - MAX_SHOWN)}</p> : null}
    </div>
  );
}

/**
 * The issues of a refused edit that belong to no field the form shows, and the lookup that
 * matches issues to fields. Used by every form: PersonEditor, TieEditor, AddPersonForm,
 * AddTieForm and the Lifeline's EventEditor / AddEventForm.
 * @internal
 */
import type { ReactElement } from 'react';
import type { NetworkIssue } from '@kring/core';
import type { LabelMessageKey, Text } from '../i18n';

/** One issue put into words: the path relative to the edited item and the text from `t.issue(code)`. */
export interface IssueText {
  path: string;
  text: string;
}

/** The first segment of a relative JSON path: `location.country` → `location`, `history[2].date` → `history`. */
function topField(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? '';
}

/**
 * Issues from core operations, matched to fields by their JSON path. `prefix` is the path of
 * the edited item (`people[3]`); without it, any `people[n]` / `ties[n]` prefix is
 * stripped. Issues on fields the editor does not show (`shownFields`), or on the item as a
 * whole, land in `general` (render them with {@link FormErrors}).
 */
export function issueLookup(
  issues: readonly NetworkIssue[] | undefined,
  prefix: string | undefined,
  t: Text<LabelMessageKey>,
  shownFields: readonly string[],
): {
  /** Words for the issues at `field` (`consent`, `location.country`, `history`…) or below it. */
  at: (field: string) => string | undefined;
  /** Issues about the item as a whole or about fields not shown, one per text. */
  general: IssueText[];
} {
  const rel: IssueText[] = [];
  for (const issue of issues ?? []) {
    let path: string | undefined;
    if (prefix !== undefined) {
      if (issue.path === prefix) path = '';
      else if (issue.path.startsWith(`${prefix}.`)) path = issue.path.slice(prefix.length + 1);
      else if (issue.path.startsWith(`${prefix}[`)) path = issue.path.slice(prefix.length);
    } else {
      const m = /^(?:people|ties)\[\d+\](?:\.|(?=\[)|$)/.exec(issue.path);
      path = m ? issue.path.slice(m[0].length) : issue.path;
    }
    if (path !== undefined) rel.push({ path, text: t.issue(issue.code) });
  }
  const seen = new Set<string>();
  const general = rel.filter((r) => !shownFields.includes(topField(r.path)) && !seen.has(r.text) && seen.add(r.text));
  return {
    at: (field) => {
      const texts = rel.filter((r) => r.path === field || r.path.startsWith(`${field}.`) || r.path.startsWith(`${field}[`)).map((r) => r.text);
      return texts.length ? [...new Set(texts)].join(' ') : undefined;
    },
    general,
  };
}

/**
 * A refused edit's issues that no field shows: `role="alert"`, `data-part="form-errors"`, one
 * `<p>` per text with the issue's path (relative to the edited item) in `data-path`.
 * Renders nothing when there are none.
 */
export function FormErrors({ issues }: { issues: readonly IssueText[] }): ReactElement | null {
  if (issues.length === 0) return null;
  return (
    <div data-part="form-errors" role="alert">
      {issues.map((issue) => (
        <p key={issue.text} data-path={issue.path || undefined}>
          {issue.text}
        </p>
      ))}
    </div>
  );
}

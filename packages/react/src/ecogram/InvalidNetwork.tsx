import type { ReactElement } from 'react';
import type { NetworkIssue } from '@kring/core';
import type { Text } from './text';

const MAX_SHOWN = 8;

/** A readable message listing the problems of a network that cannot be drawn. @internal */
export function InvalidNetwork({ issues, t }: { issues: NetworkIssue[]; t: Text }): ReactElement {
  const shown = issues.slice(0, MAX_SHOWN);
  return (
    <div role="alert" data-part="invalid">
      <p data-part="invalid-title"><strong>{t('ecogram.invalid.title')}</strong></p>
      <p>{t('ecogram.invalid.intro')}</p>
      <ul data-part="invalid-list">
        {shown.map((issue, i) => (
          <li key={`${issue.path}-${issue.code}-${i}`}>
            {issue.path ? <code data-part="invalid-path">{issue.path}</code> : null}
            {issue.path ? ': ' : null}
            {t(`issue.${issue.code}`) === `issue.${issue.code}` ? t('issue.unknown') : t(`issue.${issue.code}`)}
          </li>
        ))}
      </ul>
      {issues.length > MAX_SHOWN ? <p>{t('ecogram.invalid.more', { count: issues.length - MAX_SHOWN })}</p> : null}
    </div>
  );
}

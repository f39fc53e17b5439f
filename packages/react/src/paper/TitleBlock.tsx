import type { ReactElement } from 'react';
import type { TitleBlockContent } from './content';

/**
 * The title block on paper: the drawing's title (client name, or its redacted form), "Stand
 * per <date>", the author when given, the page ("Pagina 1 van 1", see `paperPage`) and "Vertrouwelijk — bevat
 * persoonsgegevens". Print-only (`data-print-only`): hidden on screen by the stylesheet,
 * where the host's own page says whose network it is. Text only, never HTML.
 */
export function TitleBlock({ content }: { content: TitleBlockContent }): ReactElement {
  return (
    <div data-part="title-block" data-print-only="">
      <p data-part="title-block-title">{content.title}</p>
      <p data-part="title-block-meta">
        <span data-part="title-block-date">{content.date}</span>
        {content.author ? (
          <>
            {' · '}
            <span data-part="title-block-author">{content.author}</span>
          </>
        ) : null}
      </p>
      <p data-part="title-block-confidential">{content.confidential}</p>
      {content.page ? <p data-part="title-block-page">{content.page}</p> : null}
    </div>
  );
}

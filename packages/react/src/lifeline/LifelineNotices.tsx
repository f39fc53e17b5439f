/**
 * The Lifeline's notices above the drawing: an event was removed (with Undo and Close), the
 * marked date cannot be read, there are no events yet.
 * @internal
 */
import type { ReactElement } from 'react';
import { ToolIcon } from '../toolbar';
import type { LifelineText } from './text';

/** Props of {@link LifelineNotices}. @internal */
export interface LifelineNoticesProps {
  t: LifelineText;
  readOnly: boolean;
  /** The title of the event just removed (the notice), or `null`. */
  removed: string | null;
  canUndo: boolean;
  onUndo: (from: Element | null) => void;
  onClose: (from: Element | null) => void;
  /** The marked date as given, and whether it cannot be read. */
  markedDate: string | null;
  markedInvalid: boolean;
  /** No events at all. */
  empty: boolean;
}

/** "… is verwijderd" with Undo (focus comes back to the event) and Close. Screen-only. */
function RemovedNotice({ t, title, canUndo, onUndo, onClose }: { t: LifelineText; title: string; canUndo: boolean; onUndo: (from: Element | null) => void; onClose: (from: Element | null) => void }): ReactElement {
  return (
    <div data-part="notice" data-screen-only="">
      <span>{t('lifeline.removedNotice', { title })}</span>
      <button type="button" data-part="button" data-action="notice-undo" data-size="small" disabled={!canUndo} onClick={(e) => onUndo(e.currentTarget)}>
        {t('lifeline.undo')}
      </button>
      <button type="button" data-part="button" data-action="notice-close" data-size="small" aria-label={t('lifeline.close')} onClick={(e) => onClose(e.currentTarget)}>
        <ToolIcon name="close" />
      </button>
    </div>
  );
}

/** @internal */
export function LifelineNotices({ t, readOnly, removed, canUndo, onUndo, onClose, markedDate, markedInvalid, empty }: LifelineNoticesProps): ReactElement {
  const markedShort = (markedDate ?? '').length > 40 ? `${(markedDate ?? '').slice(0, 40)}…` : (markedDate ?? '');
  return (
    <>
      {removed !== null && !readOnly ? <RemovedNotice t={t} title={removed} canUndo={canUndo} onUndo={onUndo} onClose={onClose} /> : null}

      {markedInvalid ? (
        <p data-part="date-notice" role="alert">{t('lifeline.invalidMarkedDate', { date: markedShort })}</p>
      ) : null}

      {empty ? (
        <div data-part="empty">
          <p>{t('lifeline.empty')}</p>
          {readOnly ? null : <p data-part="hint" data-screen-only="">{t('lifeline.emptyEditable')}</p>}
        </div>
      ) : null}
    </>
  );
}

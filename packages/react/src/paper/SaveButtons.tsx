import { useCallback, type ReactElement } from 'react';
import type { Text } from '../i18n';
import type { PaperTextKey } from './messages';
import { downloadBlob } from './download';

/** Props of {@link SaveButtons}. */
export interface SaveButtonsProps {
  /** The texts of the view that holds the buttons (`paper.*` keys). */
  t: Text<PaperTextKey>;
  /** The file name for an extension (see `paperFileName`). */
  fileName: (extension: 'svg' | 'png') => string;
  /** The drawing as a standalone SVG document ('' when nothing is drawn). */
  toSVG: () => Promise<string>;
  /** The drawing as a PNG image. */
  toPNG: () => Promise<Blob>;
  /** Says what happened ("… is opgeslagen" or why not), e.g. through the host's live region. */
  onStatus?: (message: string) => void;
}

/**
 * "Opslaan als SVG" and "Opslaan als PNG": one part for the Ecogram and the Lifeline. The file
 * is made in the page and saved through a Blob URL and `<a download>`: no network request.
 * Screen-only (`data-screen-only`): never printed. Never throws; a failure is reported
 * through `onStatus`.
 */
export function SaveButtons(props: SaveButtonsProps): ReactElement {
  const { t, fileName, toSVG, toPNG, onStatus } = props;
  const save = useCallback(
    (make: () => Blob | Promise<Blob>, name: string, doc: Document) => {
      const fail = (e: unknown) => onStatus?.(t('paper.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
      try {
        Promise.resolve(make()).then((blob) => {
          try {
            downloadBlob(blob, name, doc);
            onStatus?.(t('paper.saved', { file: name }));
          } catch (e) {
            fail(e);
          }
        }, fail);
      } catch (e) {
        fail(e);
      }
    },
    [t, onStatus],
  );
  return (
    <div data-part="save" data-screen-only="" role="group" aria-label={t('paper.save')}>
      <button
        type="button"
        data-part="button"
        data-action="save-svg"
        onClick={(e) => save(() => toSVG().then((source) => {
          if (!source) throw new Error('Nothing is drawn');
          return new Blob([source], { type: 'image/svg+xml' });
        }), fileName('svg'), e.currentTarget.ownerDocument)}
      >
        {t('paper.saveSvg')}
      </button>
      <button
        type="button"
        data-part="button"
        data-action="save-png"
        onClick={(e) => save(toPNG, fileName('png'), e.currentTarget.ownerDocument)}
      >
        {t('paper.savePng')}
      </button>
    </div>
  );
}
